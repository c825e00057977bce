import 'syria-timeline';
import type { TimelineEvent } from 'syria-timeline';

// The tag's type comes from the package: no cast.
const timeline = document.createElement('syria-timeline');
const events: readonly TimelineEvent[] = timeline.events;
timeline.label = `Events of the war in Syria (${events.length} before loading)`;

timeline.addEventListener('timeline-select', (e) => {
  const title: string | undefined = e.detail.event?.title;
  document.querySelector('#selected')!.textContent = title ?? '';
});
timeline.addEventListener('timeline-range-change', (e) => {
  const from: string = e.detail.from;
  document.documentElement.dataset.from = from;
});

document.querySelector('#app')!.append(timeline);
