/** The words of the timeline's own interface. Every user-visible string lives here so that it can be translated. */
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
  place: string;
  date: string;
  precision: string;
  /** How the source words the date: `{label}` is its words. */
  sourceWords: string;
  source: string;
  /** Caption of a quote: `{speaker}`. */
  saidBy: string;
  published: string;
  loading: string;
  /** A failed load: `{url}` and `{reason}`. */
  loadFailed: string;
  retry: string;
  empty: string;
  /** `{count}` of `{total}` events could not be shown. */
  skipped: string;
  /** `{count}` notes about the data (events drawn, with fields left out). */
  warnings: string;
  /** Dismisses the notice about events that could not be shown. */
  dismiss: string;
  /** A cluster's name: `{count}` events, `{when}` (a date or a range), in `{category}`. */
  cluster: string;
  /** A range of dates: `{from}` to `{to}`. */
  range: string;
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
  place: 'Place',
  date: 'Date',
  precision: 'Precision',
  sourceWords: 'In the source: “{label}”',
  source: 'Source',
  saidBy: '— {speaker}',
  published: 'published {date}',
  loading: 'Loading events…',
  loadFailed: 'Could not load events from {url}: {reason}',
  retry: 'Retry',
  empty: 'No events to show.',
  skipped: '{count} of {total} events could not be shown',
  warnings: '{count} notes about the data',
  dismiss: 'Dismiss',
  cluster: '{count} events, {when}, {category}; press Enter to zoom in',
  range: '{from} to {to}',
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

/** Fills `{name}` placeholders in `template` from `values`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The display name of a category: the dictionary's word for a documented one, else the name itself. */
export function categoryName(category: string, strings: TimelineStrings): string {
  return strings.categories[category] ?? category;
}
