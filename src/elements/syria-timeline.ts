import type { TimelineEvent } from '../data/types.js';
import { resolveLocale } from '../i18n/index.js';
import { EventTimeline } from './event-timeline.js';

/** Stands for "the article's events" in `events` until they have loaded. */
const ARTICLE: readonly TimelineEvent[] = Object.freeze([]);

/**
 * The article's events with the translations of the language of `tag`, shared by every `<syria-timeline>` on the
 * page. In the standalone bundle the events are a file of their own next to it (`syria-timeline.syria-events.js`),
 * which `<event-timeline>` never needs, and so is each language's translation (`syria-timeline.syria-events-ar.js`).
 */
const loadArticle = (tag: string) => import('../data/syria-article.js').then((m) => m.loadArticleEvents(tag));

/**
 * The events of a news article on the war in Syria, from the start of the conflict in 2011 to the Astana talks
 * on 23 January 2017: `<event-timeline>` preset with the events of `syriaEvents`. Every event carries the article's
 * verbatim sentence it comes from, and its texts in the reader's language (Arabic, Persian, Turkish, Russian, French,
 * German or Spanish), loaded for the language the element is shown in. `events` and `src` can still replace the data.
 *
 * @summary Timeline of the war in Syria, 2011 to the Astana talks in January 2017.
 */
export class SyriaTimeline extends EventTimeline {
  /**
   * The events to draw. Default: `syriaEvents`, the article's events, with the translations of the languages the
   * element has been shown in. They load with the element, and with the translation of each new language it is
   * shown in, and are in place before it draws (`updateComplete`); until they first are, `events` is empty.
   */
  override events: readonly TimelineEvent[] = ARTICLE;

  /** Accessible name of the list of events. Default: "Events of the war in Syria, 2011 to 2017". */
  override label = 'Events of the war in Syria, 2011 to 2017';

  /** The article's events as last loaded, and the language tag they were loaded for. */
  private _article?: readonly TimelineEvent[];
  private _articleTag = '';

  /**
   * A drawing of the article's events waits for them, and for the translation of a new language, so that no empty
   * timeline, and no events in the wrong language, show before them.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const own = this.events === ARTICLE || this.events === this._article;
    const tag = own ? this.locale || resolveLocale(this) : '';
    if (own && (this.events === ARTICLE || tag !== this._articleTag)) {
      this._articleTag = tag;
      try {
        const events = await loadArticle(tag);
        if (this.events === ARTICLE || this.events === this._article) this.events = this._article = events;
      } catch {
        // The file could not be loaded (it is served next to the bundle): the timeline says it has no events.
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
