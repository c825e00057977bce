import { describeDateWithQualifiers, describeEventDates, describePrecision, type DateWords } from '../data/date-words.js';
import { parseEdtf } from '../data/edtf.js';
import { DEFAULT_DATE_LOCALE, formatNumber, formatUtcDate, type DateStyle } from '../data/format-date.js';
import type { DrawnCluster } from '../layout/frame.js';
import type { LayoutItem } from '../layout/items.js';
import type { Fold } from '../layout/folds.js';
import { categoryName, fill, type TimelineStrings } from './strings.js';

const DAY_MS = 86_400_000;

/** How many cluster names a describer keeps. */
const CLUSTER_NAMES_LIMIT = 2_000;

/** How precisely a span of time is named. */
export type SpanPrecision = 'year' | 'month' | 'day';

/**
 * The one rule for how precisely a span of time is named, by its length: years for more than three years
 * (`2010` to `2017`), months for more than 60 days (`Mar 2016` to `Jan 2017`), days below that.
 */
export function spanPrecision(spanMs: number): SpanPrecision {
  const ms = Math.abs(spanMs);
  return ms > 3 * 365 * DAY_MS ? 'year' : ms > 60 * DAY_MS ? 'month' : 'day';
}

/**
 * Two dates in words, as precise as {@link spanPrecision} says for a span of `spanMs`; `…` for a date that is not
 * finite.
 */
function spanEnds(fromMs: number, toMs: number, spanMs: number, locale: string, short: boolean): { from: string; to: string } {
  const precision = spanPrecision(spanMs);
  const style = (precision === 'year' ? 'year' : `${precision === 'day' ? 'day-' : ''}month-year${short ? '-short' : ''}`) as DateStyle;
  const words = (ms: number) => (Number.isFinite(ms) ? formatUtcDate(ms, style, locale) : '…');
  return { from: words(fromMs), to: words(toMs) };
}

/**
 * The ends of a visible range in words, with short month names: `{ from: 'Mar 2016', to: 'Jan 2017' }`, as
 * precise as {@link spanPrecision} says.
 */
export function formatRange(fromMs: number, toMs: number, locale: string = DEFAULT_DATE_LOCALE): { from: string; to: string } {
  return spanEnds(fromMs, toMs, toMs - fromMs, locale, true);
}

/** The words a timeline says about what it draws, in one language. */
export interface Describer {
  /** An event's date in words ("late 2016, approximate"). */
  when(item: LayoutItem): string;
  /** An event's accessible name: its title, its date in words and its category. */
  name(item: LayoutItem): string;
  /** A category's name: the dictionary's for a documented one, else its own. */
  category(category: string): string;
  /** A cluster's accessible name: its count, the span of its events (one date when they share it), its category. */
  cluster(cluster: DrawnCluster): string;
  /** A cluster's count as its badge shows it: in full up to 9,999, then in thousands (`12k`). */
  count(n: number): string;
  /** The visible range, as the toolbar shows it ("Showing Mar 2016 to Jan 2017"). */
  range(fromMs: number, toMs: number): string;
  /** What is said when the reader's change of the view ends: the range and how many events are in it. */
  rangeChanged(fromMs: number, toMs: number, count: number): string;
  /** What is said when an event is selected. */
  selected(item: LayoutItem): string;
  /** A fold's name: its first and last months ("February 2013 to August 2016: no events"). */
  fold(fold: Fold): string;
  /** How precise an event's start is, as a noun ("quarter"); `null` for an open start. */
  precision(item: LayoutItem): string | null;
  /** A source's publication date (EDTF) in words ("18 January 2017"); the text itself when it is not EDTF. */
  published(edtf: string | undefined): string | null;
}

/**
 * The {@link Describer} of `strings` and `words` (whose `locale` writes dates and digits). An event's date and name
 * are worked out when first asked for and kept for as long as the event (a large dataset is never described all at
 * once, and a frame of a zoom names the same events again); make a new describer when the words change.
 */
export function createDescriber(strings: TimelineStrings, words: DateWords): Describer {
  const { locale } = words;
  const memo = (describe: (item: LayoutItem) => string) => {
    const done = new WeakMap<LayoutItem, string>();
    return (item: LayoutItem) => {
      let text = done.get(item);
      if (text === undefined) done.set(item, (text = describe(item)));
      return text;
    };
  };
  const when = memo((item) => describeEventDates(item.dates, words));
  const clusterNames = new Map<string, string>();
  const name = memo((item) => `${item.event.title}, ${when(item)}, ${categoryName(item.category, strings)}`);
  return {
    when,
    name,
    category: (category) => categoryName(category, strings),
    cluster: (c) => {
      // Named once per bin and content: bins are aligned in time, so a pan names the same clusters frame after frame.
      const precision = spanPrecision(c.endMs - c.startMs);
      const key = `${c.first.id}\u0000${c.last.id}\u0000${c.count}\u0000${precision}`;
      let text = clusterNames.get(key);
      if (text === undefined) {
        // As precise as the cluster's time bin is long; the dates are those of its first and last events.
        const { from, to } = spanEnds(c.first.markMs, c.last.markMs, c.endMs - c.startMs, locale, false);
        const when = from === to ? from : fill(strings.range, { from, to });
        text = fill(strings.cluster, { count: c.count, when, category: categoryName(c.category, strings) }, locale);
        if (clusterNames.size >= CLUSTER_NAMES_LIMIT) clusterNames.clear();
        clusterNames.set(key, text);
      }
      return text;
    },
    count: (n) => (n < 10000 ? formatNumber(n, locale) : `${formatNumber(Math.round(n / 1000), locale)}k`),
    range: (fromMs, toMs) => fill(strings.showing, formatRange(fromMs, toMs, locale)),
    rangeChanged: (fromMs, toMs, count) =>
      fill(strings.announceRange, { ...formatRange(fromMs, toMs, locale), count }, locale),
    selected: (item) => fill(strings.announceSelected, { name: name(item) }),
    // A fold runs from a month start to a month start (exclusive): it ends in the month before its end.
    fold: (f) => fill(strings.fold, { from: formatUtcDate(f.fromMs, 'month-year', locale), to: formatUtcDate(f.toMs - 1, 'month-year', locale) }),
    precision: (item) => (item.dates.start.kind === 'date' ? describePrecision(item.dates.start.precision, words) : null),
    published: (edtf) => {
      if (!edtf) return null;
      const parsed = parseEdtf(edtf, { allowOpen: false });
      return parsed.ok && parsed.value.kind === 'date' ? describeDateWithQualifiers(parsed.value, words) : edtf;
    },
  };
}
