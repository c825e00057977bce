import { useState } from 'react';
import 'syria-timeline/event-timeline';
import type { TimelineEvent } from 'syria-timeline';

const events: TimelineEvent[] = [
  { id: 'talks', title: 'Peace talks', start: '2017-01-23', category: 'diplomacy' },
  { id: 'siege', title: 'Siege', start: '2016-07~', end: '2016-12-22', category: 'military' },
  { id: 'truce', title: 'Truce', start: '2016-12-30', category: 'ceasefire' },
];

/** The tag written in JSX, typed by `syria-timeline/jsx`: React 19 sets its properties and listens to its events. */
export function TagApp() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <section>
      <event-timeline
        id="tag"
        events={events}
        selected={selected}
        label="Three events"
        ontimeline-select={(e) => setSelected(e.detail.id)}
      ></event-timeline>
      <p id="tag-state">{selected ?? 'none'}</p>
    </section>
  );
}
