import { parseEventDates, type EdtfValue, type EventDates } from '../data/edtf.js';
import type { TimelineEvent } from '../data/types.js';
import type { IssueCode } from '../data/validate.js';

const DAY_MS = 86_400_000;

/**
 * One event resolved for layout: its parsed dates as plain numbers (UTC epoch ms) that scales and indexes use.
 *
 * Every extent is inclusive: `[startMinMs, startMaxMs]` runs from the first to the last millisecond the start
 * may be, so a day-precision start covers `00:00:00.000`–`23:59:59.999` UTC.
 */
export interface LayoutItem {
  /** The event's id. */
  id: string;
  /** The event's position in the array given to {@link createLayoutItems}. */
  index: number;
  /** The item's position in time order (the order of the returned items, and of keyboard navigation). */
  order: number;
  /** The event itself (not copied). */
  event: TimelineEvent;
  /** The event's category (its lane). */
  category: string;
  /** `point` for an event without an end, `span` for one with an end (open or not). */
  kind: 'point' | 'span';
  /** The parsed dates. */
  dates: EventDates;
  /** Earliest instant of the start's precision extent, in UTC epoch ms; `-Infinity` for an open start. */
  startMinMs: number;
  /** Latest instant of the start's precision extent, in UTC epoch ms; `-Infinity` for an open start. */
  startMaxMs: number;
  /** For a span, earliest instant of the end's extent (`Infinity` when open); for a point, `startMinMs`. */
  endMinMs: number;
  /** For a span, latest instant of the end's extent (`Infinity` when open); for a point, `startMaxMs`. */
  endMaxMs: number;
  /**
   * Where the item's mark sits, in UTC epoch ms. For a point, the middle of its start extent (a day-precision
   * date → noon UTC, a year → about 2 July). For a span, `startMinMs` (`-Infinity` for an open start).
   */
  markMs: number;
  /** Whether the start is coarser than a day or qualified with `~`, `?` or `%`. An open start is not fuzzy. */
  fuzzyStart: boolean;
  /** For a span, the same for the end (an open end is not fuzzy); for a point, equal to `fuzzyStart`. */
  fuzzyEnd: boolean;
}

/** Why one input event was left out of the layout. */
export interface ItemIssue {
  /** The event's position in the input array. */
  index: number;
  /** The event's id, when it has a usable one. */
  id?: string;
  /** The field at fault: `start`, `end`, `id` or `category`. */
  field: string;
  /** The kind of problem, as the validator names it: `missing-id`, `duplicate-id`, `missing-category`, `invalid-date` or `end-before-start`. */
  code: IssueCode;
  /** A short reason in plain English. */
  reason: string;
}

/**
 * The domain used when no item has a finite date: the year 2011 in UTC, when the Syrian uprising began, so an
 * empty timeline still draws a plausible axis. `[Date.UTC(2011, 0, 1), Date.UTC(2012, 0, 1)]`.
 */
export const EMPTY_TIME_DOMAIN: readonly [number, number] = Object.freeze([
  Date.UTC(2011, 0, 1),
  Date.UTC(2012, 0, 1),
] as const);

/**
 * Resolves events to layout items sorted by (`markMs`, `index`): the order of their marks on the time axis.
 *
 * Events whose dates do not parse are skipped and reported with field `start` or `end` and the parser's reason.
 * So are events that the layout cannot key or place: an id that is empty or repeats an earlier event's (field
 * `id`), and a missing or blank category (field `category`). The input is neither sorted nor changed. O(n log n).
 *
 * @param events - The events, in any order.
 */
export function createLayoutItems(events: readonly TimelineEvent[]): { items: LayoutItem[]; issues: ItemIssue[] } {
  const items: LayoutItem[] = [];
  const issues: ItemIssue[] = [];
  const firstIndexOfId = new Map<string, number>();

  events.forEach((event, index) => {
    const id = typeof event?.id === 'string' ? event.id : '';
    if (id === '') {
      issues.push({ index, field: 'id', code: 'missing-id', reason: 'missing or empty id' });
      return;
    }
    const earlier = firstIndexOfId.get(id);
    if (earlier !== undefined) {
      issues.push({ index, id, field: 'id', code: 'duplicate-id', reason: `duplicate id (first used by event ${earlier})` });
      return;
    }
    firstIndexOfId.set(id, index);
    const category = typeof event.category === 'string' ? event.category : '';
    if (category.trim() === '') {
      issues.push({ index, id, field: 'category', code: 'missing-category', reason: 'missing or empty category' });
      return;
    }
    const parsed = parseEventDates(event.start, event.end);
    if (!parsed.ok) {
      const code = parsed.reason.startsWith('earlier than') ? 'end-before-start' : 'invalid-date';
      issues.push({ index, id, field: parsed.field, code, reason: parsed.reason });
      return;
    }
    items.push(toItem(event, index, id, category, parsed.value));
  });

  // Comparisons, not subtraction: open starts are -Infinity, and -Infinity - -Infinity is NaN.
  items.sort((a, b) => compareNumbers(a.markMs, b.markMs) || a.index - b.index);
  items.forEach((item, order) => (item.order = order));
  return { items, issues };
}

/**
 * The full time extent `[minMs, maxMs]` of the items' finite dates (every start and end extent), padded on each
 * side by `padFraction` of the extent but at least `minPadMs`. Open ends do not count.
 *
 * When no item has a finite date (empty input), returns {@link EMPTY_TIME_DOMAIN}. The result is never empty:
 * a zero extent with `minPadMs` 0 is padded by half a day each side.
 *
 * @param items - The items, in any order.
 * @param padFraction - Padding on each side as a fraction of the extent; default 0.04. Negative counts as 0.
 * @param minPadMs - Least padding on each side, in ms; default one day. Negative counts as 0.
 * @param foldedMs - Time inside the extent that is folded away (see `findFolds`): the padding is a fraction of the
 *   extent without it. Default 0.
 */
export function timeDomain(items: readonly LayoutItem[], padFraction = 0.04, minPadMs = DAY_MS, foldedMs = 0): [number, number] {
  let minMs = Infinity;
  let maxMs = -Infinity;
  // No list of the four ends per item: iterating a new array costs more than the rest of this loop on a first render.
  const add = (ms: number) => {
    if (Number.isFinite(ms)) {
      if (ms < minMs) minMs = ms;
      if (ms > maxMs) maxMs = ms;
    }
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    add(item.startMinMs);
    add(item.startMaxMs);
    add(item.endMinMs);
    add(item.endMaxMs);
  }
  if (minMs > maxMs) return [EMPTY_TIME_DOMAIN[0], EMPTY_TIME_DOMAIN[1]];
  const extentMs = maxMs - minMs;
  let padMs = Math.max((extentMs - Math.min(extentMs, nonNegative(foldedMs))) * nonNegative(padFraction), nonNegative(minPadMs));
  if (extentMs + padMs === 0) padMs = DAY_MS / 2;
  return [minMs - padMs, maxMs + padMs];
}

function toItem(event: TimelineEvent, index: number, id: string, category: string, dates: EventDates): LayoutItem {
  // Each bound read on its own: a pair to destructure would be an array made and iterated for each event.
  const startMinMs = minOf(dates.start, -Infinity);
  const startMaxMs = maxOf(dates.start, -Infinity);
  const fuzzyStart = isFuzzy(dates.start);
  if (dates.kind === 'point' || dates.end === undefined) {
    return {
      id, index, order: index, event, category, kind: 'point', dates,
      startMinMs, startMaxMs, endMinMs: startMinMs, endMaxMs: startMaxMs,
      // maxMs is the last millisecond, so the extent really ends at maxMs + 1: a day's middle is then noon.
      markMs: startMinMs + (startMaxMs + 1 - startMinMs) / 2,
      fuzzyStart, fuzzyEnd: fuzzyStart,
    };
  }
  return {
    id, index, order: index, event, category, kind: 'span', dates,
    startMinMs, startMaxMs, endMinMs: minOf(dates.end, Infinity), endMaxMs: maxOf(dates.end, Infinity),
    markMs: startMinMs,
    fuzzyStart, fuzzyEnd: isFuzzy(dates.end),
  };
}

/** The first and the last instant of a date, in UTC epoch ms; `openMs` for an open end. */
const minOf = (value: EdtfValue, openMs: number): number => (value.kind === 'open' ? openMs : value.minMs);
const maxOf = (value: EdtfValue, openMs: number): number => (value.kind === 'open' ? openMs : value.maxMs);

function isFuzzy(value: EdtfValue): boolean {
  return value.kind === 'date' && (value.precision !== 'day' || value.approximate || value.uncertain);
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function nonNegative(n: number): number {
  return n > 0 ? n : 0;
}
