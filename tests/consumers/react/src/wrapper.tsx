import { useState } from 'react';
import { SyriaTimeline } from 'syria-timeline/react';

/** `syria-timeline/react`: `selected` kept in state, so that React and the element agree after a click. */
export function WrapperApp() {
  const [selected, setSelected] = useState<string | null>('astana-talks');
  const [title, setTitle] = useState('');
  return (
    <section>
      <SyriaTimeline
        id="wrapped"
        selected={selected}
        strings={{ list: 'Events as a list' }}
        onTimelineSelect={(e) => {
          setSelected(e.detail.id);
          setTitle(e.detail.event?.title ?? '');
        }}
      />
      <p id="wrapped-state">{selected ?? 'none'}</p>
      <p id="wrapped-title">{title}</p>
    </section>
  );
}
