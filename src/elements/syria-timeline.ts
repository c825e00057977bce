import { syriaEvents } from '../data/syria-events.js';
import type { TimelineEvent } from '../data/types.js';
import { EventTimeline } from './event-timeline.js';

/**
 * The events of a news article on the war in Syria, from the start of the conflict in 2011 to the Astana talks
 * on 23 January 2017: `<event-timeline>` preset with {@link syriaEvents}. Every event carries the article's
 * verbatim sentence it comes from. `events` and `src` can still replace the data.
 *
 * @summary Timeline of the war in Syria, 2011 to the Astana talks in January 2017.
 */
export class SyriaTimeline extends EventTimeline {
  /** The events to draw. Default: {@link syriaEvents}, the article's events. */
  override events: readonly TimelineEvent[] = syriaEvents;

  /** Accessible name of the list of events. Default: "Events of the war in Syria, 2011 to 2017". */
  override label = 'Events of the war in Syria, 2011 to 2017';
}

declare global {
  interface HTMLElementTagNameMap {
    'syria-timeline': SyriaTimeline;
  }
}
