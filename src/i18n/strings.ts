import { formatNumber, isSingular } from '../data/numbers.js';

/**
 * The words of the timeline's own interface. Every user-visible string lives here so that it can be translated.
 * Besides `{name}`, a template may choose a word by a number: `{count|event|events}` is `event` when `count` is one
 * (by the plural rules of the locale) and `events` otherwise.
 */
export interface TimelineStrings {
  /** Accessible name of the list of events. */
  events: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  /** Group label of the zoom buttons. */
  zoomControls: string;
  /** The visible range: `{from}` and `{to}` are dates. */
  showing: string;
  legend: string;
  /** Legend key for an exact date. */
  exactDate: string;
  /** Legend key for a date known only to a month, a year or another period. */
  periodDate: string;
  /** Legend key for an approximate or uncertain date. */
  approximateDate: string;
  /** Hint shown when the user scrolls over the timeline without the zoom modifier; `{key}` is Ctrl or ⌘. */
  wheelHint: string;
  close: string;
  category: string;
  actors: string;
  /** What comes between the names of a list, such as the actors: `, ` in English, `، ` in Arabic. */
  listSeparator: string;
  place: string;
  date: string;
  precision: string;
  /** How the source words the date: `{label}` is its words. */
  sourceWords: string;
  source: string;
  /** Caption of a quote: `{speaker}`. */
  saidBy: string;
  /**
   * Said of a quote in another language than the reader's, which it stays in: `{language}` is that language's name
   * in the reader's language, as `Intl.DisplayNames` gives it ("English", "anglais", "الإنجليزية").
   */
  quotedIn: string;
  published: string;
  loading: string;
  /** A failed load: `{url}` and `{reason}`. */
  loadFailed: string;
  retry: string;
  empty: string;
  /** `{count}` of `{total}` events could not be shown. */
  skipped: string;
  /**
   * `{count}` notes about the data (events drawn, with fields left out). No longer shown, since warnings go to the
   * console and `timeline-error` rather than the reader's screen; kept so that `strings` given by a page still fit.
   * @deprecated
   */
  warnings: string;
  /** Dismisses the notice about events that could not be shown. */
  dismiss: string;
  /** The last line of the notice's list, past the kinds of problem it names: `{count}` more kinds. */
  moreProblems: string;
  /** A cluster's name: `{count}` events, `{when}` (a date or a range), in `{category}`. */
  cluster: string;
  /** A range of dates: `{from}` to `{to}`. */
  range: string;
  /** The list view's toggle button. */
  list: string;
  /** The list view's heading: `{count}` events in view. */
  listHeading: string;
  /** Below a long list: `{shown}` of `{total}` shown. */
  listMore: string;
  /** The help button and the heading of the key map. */
  keysHeading: string;
  /** The key map: each a key (or keys) and what it does. */
  keys: readonly (readonly [string, string])[];
  /** Announced when an event is selected: `{name}` is its title, date and category. */
  announceSelected: string;
  /** Announced when the view settles after zooming or panning: `{from}`, `{to}`, `{count}`. */
  announceRange: string;
  /** The name of a folded stretch of time with no events: `{from}` and `{to}` are months. */
  fold: string;
  /** What a fold does when activated (its tooltip and description). */
  unfold: string;
  /** The detail panel's button to the event before, in time. */
  previous: string;
  /** The detail panel's button to the event after, in time. */
  next: string;
  /** The accessible name of the overview strip's window (a slider). */
  overview: string;
  /** The names of the documented categories. */
  categories: Record<string, string>;
}

/** The English interface strings. */
export const englishStrings: TimelineStrings = {
  events: 'Events',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Show all',
  zoomControls: 'Zoom',
  showing: 'Showing {from} to {to}',
  legend: 'Legend',
  exactDate: 'exact date',
  periodDate: 'known to a period',
  approximateDate: 'approximate or uncertain',
  wheelHint: 'Use {key} + scroll to zoom, drag to pan',
  close: 'Close details',
  category: 'Category',
  actors: 'Actors',
  listSeparator: ', ',
  place: 'Place',
  date: 'Date',
  precision: 'Precision',
  sourceWords: 'In the source: “{label}”',
  source: 'Source',
  saidBy: '— {speaker}',
  quotedIn: 'Quoted in {language}',
  published: 'published {date}',
  loading: 'Loading events…',
  loadFailed: 'Could not load events from {url}: {reason}',
  retry: 'Retry',
  empty: 'No events to show.',
  skipped: '{count} of {total} {total|event|events} could not be shown',
  warnings: '{count} {count|note|notes} about the data',
  dismiss: 'Dismiss',
  moreProblems: 'and {count} more {count|kind|kinds} of problem',
  cluster: '{count} {count|event|events}, {when}, {category}; press Enter to zoom in',
  range: '{from} to {to}',
  list: 'List',
  listHeading: '{count} {count|event|events} in view',
  listMore: 'The first {shown} of {total}; zoom in for the rest.',
  keysHeading: 'Keyboard shortcuts',
  keys: [
    ['← → ↑ ↓', 'Previous or next event'],
    ['Home / End', 'First or last event'],
    ['Enter / Space', 'Select, or zoom into a cluster'],
    ['[ / ]', 'Select the previous or next event'],
    ['Escape', 'Close the details or this help'],
    ['+ / −', 'Zoom in or out'],
    ['Shift + ← →, Page Up / Down', 'Pan'],
    ['0', 'Show all'],
    ['L', 'Show or hide the list'],
    ['?', 'This help'],
  ],
  announceSelected: 'Selected: {name}',
  announceRange: 'Showing {from} to {to}, {count} {count|event|events}',
  fold: '{from} to {to}: no events',
  unfold: 'Click or press Enter to show it to scale',
  previous: 'Previous',
  next: 'Next',
  overview: 'Visible part of the timeline',
  categories: {
    military: 'Military',
    humanitarian: 'Humanitarian',
    ceasefire: 'Ceasefire',
    diplomacy: 'Diplomacy',
    statement: 'Statement',
    other: 'Other',
    era: 'Era',
  },
};

/**
 * Fills `{name}` placeholders in `template` from `values`. Given a `locale` (BCP 47; the timeline passes
 * `dateWords.locale`), numbers are written in its digits and grouped as counts are: `3`, `12,345` in `en-GB`,
 * `١٢٬٣٤٥` in `ar-EG`, `۳` in `fa-IR`; without one, as `String(n)`. `{name|one|other}` writes `one` when the number
 * `name` is in the plural category "one" of `locale` (English when none is given: 1 and only 1), else `other`.
 */
export function fill(template: string, values: Record<string, string | number>, locale?: string): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    if (one !== undefined) return isSingular(Number(value), locale) ? one : other!;
    return typeof value === 'number' && locale !== undefined
      ? formatNumber(value, locale, { grouping: true })
      : String(value);
  });
}

/** The display name of a category: the dictionary's word for a documented one, else the name itself. */
export function categoryName(category: string, strings: TimelineStrings): string {
  return strings.categories[category] ?? category;
}
