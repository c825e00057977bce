import type { TimelineEvent } from '../data/types.js';
import { EventTimeline } from './event-timeline.js';

/** Stands for "the article's events" in `events` until they have loaded. */
const ARTICLE: readonly TimelineEvent[] = Object.freeze([]);

/**
 * The article's events, imported once for every `<syria-timeline>` on the page. In the standalone bundle they are
 * a file of their own next to it (`syria-timeline.syria-events.js`), which `<event-timeline>` never needs.
 */
let article: Promise<readonly TimelineEvent[]> | undefined;
const loadArticle = () => (article ??= import('../data/syria-events.js').then((m) => m.syriaEvents));

/**
 * The events of a news article on the war in Syria, from the start of the conflict in 2011 to the Astana talks
 * on 23 January 2017: `<event-timeline>` preset with `syriaEvents`. Every event carries the article's verbatim
 * sentence it comes from. `events` and `src` can still replace the data.
 *
 * @summary Timeline of the war in Syria, 2011 to the Astana talks in January 2017.
 */
export class SyriaTimeline extends EventTimeline {
  /**
   * The events to draw. Default: `syriaEvents`, the article's events. They load with the element and are in place
   * when it first draws (`updateComplete`); until then `events` is empty.
   */
  override events: readonly TimelineEvent[] = ARTICLE;

  /** Accessible name of the list of events. Default: "Events of the war in Syria, 2011 to 2017". */
  override label = 'Events of the war in Syria, 2011 to 2017';

  /** The first drawing waits for the article's events, so that no empty timeline shows before them. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.events === ARTICLE) {
      try {
        const events = await loadArticle();
        if (this.events === ARTICLE) this.events = events;
      } catch {
        // The file could not be loaded (it is served next to the bundle): the timeline says it has no events.
        article = undefined;
      }
    }
    return super.scheduleUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'syria-timeline': SyriaTimeline;
  }
}
