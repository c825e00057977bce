/**
 * The event format shared by every timeline in this package.
 *
 * Dates are EDTF strings (Extended Date/Time Format, ISO 8601-2), so that a
 * date can say how precise and how certain it is: `2012` is the whole year
 * 2012, `2016-12` the whole of December 2016, `2017-01-18~` "about 18 January
 * 2017". See {@link parseEdtf} for the exact subset that is accepted.
 */

/**
 * The lanes a timeline knows by name, in the order they are drawn.
 *
 * - `military`: fighting, offensives and changes of territorial control.
 * - `humanitarian`: civilians, evacuations, aid.
 * - `ceasefire`: truces and ceasefire agreements.
 * - `diplomacy`: meetings, negotiations and foreign involvement.
 * - `statement`: public statements, positions and claims.
 *
 * Any other non-empty string is accepted as a free category with a lane of its own.
 */
export const CATEGORIES = ['military', 'humanitarian', 'ceasefire', 'diplomacy', 'statement'] as const;

/** One of the documented categories ({@link CATEGORIES}). */
export type KnownCategory = (typeof CATEGORIES)[number];

/** A category: one of {@link CATEGORIES}, or a free name of the data author's. */
export type Category = KnownCategory | (string & {});

/** Where an event is told: a quote and the document it comes from. */
export interface EventSource {
  /** The source's own words about the event, verbatim. */
  quote?: string;
  /** Whose words or claim the quote is (a person, an office, or the publication itself). */
  speaker?: string;
  /** The title of the source document. */
  title?: string;
  /** Who published the source document, when known. */
  publisher?: string;
  /** When the source was published, as an EDTF date (`2017-01-18`). */
  published?: string;
  /** A link to the source document (`http:`, `https:` or `mailto:` only). */
  url?: string;
  /**
   * The language of the quote, as a BCP 47 tag (`en`, `ar`, `fr-CA`). A quote is never translated: the timeline marks
   * it with this language and tells a reader of another language which one it is ("Quoted in English"). Without
   * it, nothing is said about the quote's language.
   */
  lang?: string;
}

/**
 * An event's texts in one language (see {@link TimelineEvent.translations}): any of its title, summary, date label,
 * place and actors. A field left out is shown as the event has it. The quote has no translation: it stays verbatim,
 * in the language it was said in.
 */
export interface EventTranslation {
  /** The short, neutral headline. */
  title?: string;
  /** One or two neutral sentences about the event. */
  summary?: string;
  /** The source's words for the date, translated ("à la fin de l’année dernière"). */
  dateLabel?: string;
  /** Where it happened. */
  place?: string;
  /** People, groups or states taking part, in the same order as the event's own `actors`. */
  actors?: readonly string[];
}

/** One event on a timeline: a moment or a span, with its uncertainty and its source. */
export interface TimelineEvent {
  /** A stable, unique slug (`aleppo-east-retaken`). */
  id: string;
  /** A short, neutral headline. */
  title: string;
  /** One or two neutral sentences about the event. */
  summary?: string;
  /** When the event began or happened: an EDTF date (`2012`, `2016-12`, `2017-01-18`, `2016~`, `2011?`, `2016-36~`) or `..` for an open start. */
  start: string;
  /** When a span ended: an EDTF date, or `..` when it is open (still going on). Absent for a moment. */
  end?: string;
  /** The source's own words for the date ("Late last year", "back in 2012"), when it has them. */
  dateLabel?: string;
  /** The lane the event is drawn in (see {@link CATEGORIES}). */
  category: Category;
  /** People, groups or states taking part. */
  actors?: readonly string[];
  /** Where it happened. */
  place?: string;
  /** Where the event is told, with the verbatim quote. */
  source?: EventSource;
  /** Whether the event is a draft that a person should check before it is published (set by `extractEvents` where it guessed). */
  needsReview?: boolean;
  /** What to check in a draft event ("the text gives no year: 2017 is inferred"). */
  reviewNote?: string;
  /**
   * The event's texts in other languages, by BCP 47 language tag: `{ "ar": { "title": "…" }, "fr-CA": { … } }`. A
   * timeline shows each field in its own language (its `locale`, else the nearest `lang`) when it can: from the
   * entry of that tag, then of its shorter forms (`ar-SY`, then `ar`), else the event's own field. The quote is
   * never translated (see {@link EventSource.lang}).
   */
  translations?: Readonly<Record<string, EventTranslation>>;
}

/** Metadata of a source document that a whole dataset comes from. */
export interface SourceDocument {
  /** The document's title. */
  title: string;
  /** Who published it, when known. */
  publisher?: string;
  /** When it was published, as an EDTF date. */
  published: string;
  /** A link to the document, when known. */
  url?: string;
}
