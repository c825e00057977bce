import { bisectLeft } from 'd3-array';
import { CATEGORIES } from '../data/types.js';
import type { LayoutItem } from './items.js';
import { packRows, packRowsBy } from './lanes.js';
import { TimeIndex } from './time-index.js';

/** One category's events, indexed for drawing only what is in view. */
export interface LaneIndex {
  category: string;
  /** The lane's items sorted by `markMs` (then input order): the order of binning and of clusters. */
  byMark: LayoutItem[];
  /** `markMs` of `byMark`, for binary search. */
  marksMs: Float64Array;
  /** Which items intersect a time range. */
  index: TimeIndex<LayoutItem>;
}

/**
 * Splits items into lanes by category and indexes each lane. Lane order: the documented {@link CATEGORIES} first,
 * in their order, then free categories in order of their first event in the input. O(n log n), once per data.
 */
export function indexLanes(items: readonly LayoutItem[]): LaneIndex[] {
  const groups = new Map<string, { firstIndex: number; items: LayoutItem[] }>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let group = groups.get(item.category);
    if (!group) groups.set(item.category, (group = { firstIndex: item.index, items: [] }));
    group.firstIndex = Math.min(group.firstIndex, item.index);
    group.items.push(item);
  }
  const known: readonly string[] = CATEGORIES;
  const rank = (c: string) => (known.includes(c) ? known.indexOf(c) : known.length);
  return [...groups]
    .sort(([a, ga], [b, gb]) => rank(a) - rank(b) || ga.firstIndex - gb.firstIndex)
    .map(([category, group]) => {
      const byMark = group.items
        .slice()
        .sort((a, b) => (a.markMs < b.markMs ? -1 : a.markMs > b.markMs ? 1 : a.index - b.index));
      return {
        category,
        byMark,
        // From an array, not through an iterator (one object per step in code not yet optimised).
        marksMs: new Float64Array(byMark.map((item) => item.markMs)),
        // Items come in sorted by start, which the index keeps as the order of what it returns.
        index: new TimeIndex(group.items),
      };
    });
}

/** How many events a lane may draw one by one in a frame; past this it draws clusters. */
export const DENSE_LIMIT = 300;

/** How many rows a lane has, and whether it keeps a row for clusters. */
export interface LaneSize {
  /** Rows for single events. */
  rows: number;
  /** Whether a last, extra row holds clusters (lanes with more events than fit in `rows` at the widest view). */
  clusterRow: boolean;
}

/**
 * Sizes a lane once per data or width change, from a packing at the widest view: as many rows as that packing
 * needs, at most `maxRows`. Lanes whose events do not all fit (and lanes with more than {@link DENSE_LIMIT} events,
 * which are not packed at all) get a cluster row as well. Zooming in only moves marks apart, so the rows found here
 * are enough for every zoom, and lanes never change height while the user zooms.
 *
 * `innerBoxOf`, when given, is a box inside each event's box, starting where it starts, that costs less to make (its
 * mark without its label, which takes measuring). Rows are taken in order of start, each box in the first row free,
 * which needs as many rows as the most boxes that overlap at one place: boxes that do not all fit already do not, once
 * they are wider. Nor is the whole box of an event made before it has a row.
 */
export function sizeLane(
  lane: LaneIndex,
  boxOf: (item: LayoutItem) => { startPx: number; endPx: number },
  maxRows: number,
  gapPx: number,
  innerBoxOf?: (item: LayoutItem) => { startPx: number; endPx: number },
): LaneSize {
  const { byMark } = lane;
  if (byMark.length > DENSE_LIMIT) return { rows: maxRows, clusterRow: true };
  const inner = innerBoxOf && byMark.map(innerBoxOf);
  if (inner && packRows(inner, gapPx, maxRows).includes(-1)) return { rows: maxRows, clusterRow: true };
  // The inner boxes give the starts; a whole box's end is worked out once it has a row.
  const rows = inner
    ? packRowsBy(byMark.length, (i) => inner[i].startPx, (i) => boxOf(byMark[i]).endPx, gapPx, maxRows)
    : packRows(byMark.map(boxOf), gapPx, maxRows);
  let used = 1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < 0) return { rows: maxRows, clusterRow: true };
    used = Math.max(used, rows[i] + 1);
  }
  return { rows: used, clusterRow: false };
}

/** How many of `lane`'s events have their mark in `[t0Ms, t1Ms)`: two binary searches. */
export function countMarks(lane: LaneIndex, t0Ms: number, t1Ms: number): number {
  return bisectLeft(lane.marksMs, t1Ms) - bisectLeft(lane.marksMs, t0Ms);
}

/** A group of events too close together to draw one by one. */
export interface ClusterBin {
  /** The time range of the bin, UTC ms (`[startMs, endMs)`). */
  startMs: number;
  endMs: number;
  /** The events in it: `LaneIndex.byMark[lo]` up to (not including) `byMark[hi]`. */
  lo: number;
  hi: number;
}

/**
 * Groups the marks of `lane` in `[t0Ms, t1Ms)` into bins of `binMs`, aligned on multiples of `binMs` so that bins
 * do not change while the view pans. Costs two binary searches per bin, whatever the number of events.
 */
export function binMarks(lane: LaneIndex, t0Ms: number, t1Ms: number, binMs: number): ClusterBin[] {
  const bins: ClusterBin[] = [];
  if (!(binMs > 0) || !(t1Ms > t0Ms)) return bins;
  let start = Math.floor(t0Ms / binMs) * binMs;
  let lo = bisectLeft(lane.marksMs, start);
  while (start < t1Ms && lo < lane.byMark.length) {
    // Jump straight to the bin of the next mark instead of visiting empty bins.
    const nextMark = lane.marksMs[lo];
    if (nextMark >= start + binMs) start = Math.floor(nextMark / binMs) * binMs;
    if (start >= t1Ms) break;
    const end = start + binMs;
    const hi = bisectLeft(lane.marksMs, end, lo);
    if (hi > lo) bins.push({ startMs: start, endMs: end, lo, hi });
    lo = hi;
    start = end;
  }
  return bins;
}
