import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths } from 'date-fns/addMonths';
import { startOfMonth } from 'date-fns/startOfMonth';
import { scaleUtc } from 'd3-scale';
import type { LayoutItem } from './items.js';
import type { TimeScale } from './scale.js';

const DAY_MS = 86_400_000;

/** A quiet stretch of time, with no event in it, that the time scale folds into a narrow band. */
export interface Fold {
  /** Where the fold begins: a UTC month start, epoch ms. */
  fromMs: number;
  /** Where it ends (exclusive): a UTC month start, epoch ms. */
  toMs: number;
}

/** When a quiet stretch is folded (see {@link findFolds}). */
export interface FoldRule {
  /** A stretch with no event is folded when it is longer than this share of the events' extent. Default 0.25. */
  minShare: number;
  /** The most folds, the longest stretches first. Default 2. */
  maxFolds: number;
  /** Share of the stretch kept unfolded on each side, so that the events beside it keep some context. Default 0.02. */
  contextShare: number;
  /** The shortest fold worth drawing, in ms (after the context and the rounding to months). Default 180 days. */
  minFoldMs: number;
}

/** The default {@link FoldRule}. */
export const DEFAULT_FOLD_RULE: FoldRule = Object.freeze({
  minShare: 0.25,
  maxFolds: 2,
  contextShare: 0.02,
  minFoldMs: 180 * DAY_MS,
});

/** The share of a scale's width that each fold takes. */
export const FOLD_SHARE = 0.03;

/**
 * The stretches of time that no dated part of `items` covers (each start's and end's precision extent, and every
 * point), as `[firstMs, endMs)` in time order, and how long the dated parts reach from first to last. O(n log n).
 *
 * @internal The first step of {@link findFolds}; exported for its tests.
 */
export function quietStretches(items: readonly LayoutItem[]): { gaps: [number, number][]; totalMs: number } {
  // Each dated part covers [min, max]. With the starts and the ends of those extents sorted each on their own,
  // nothing covers the time between the k-th end and the next start exactly when that end comes first (the first
  // k + 1 starts then hold the k + 1 first ends): typed arrays sort numbers natively, with no pairs to make.
  const starts = new Float64Array(2 * items.length);
  const ends = new Float64Array(2 * items.length);
  let n = 0;
  const add = (a: number, b: number) => {
    if (Number.isFinite(a) && Number.isFinite(b)) {
      starts[n] = a;
      ends[n++] = b;
    }
  };
  // By index, as in every pass over all the events: an iterator makes an object per step in code not yet optimised.
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    add(item.startMinMs, item.startMaxMs);
    add(item.endMinMs, item.endMaxMs);
  }
  if (n < 2) return { gaps: [], totalMs: 0 };
  const from = starts.subarray(0, n).sort();
  const to = ends.subarray(0, n).sort();
  const gaps: [number, number][] = [];
  // The extents end on their last millisecond: a stretch starts one after.
  for (let k = 0; k + 1 < n; k++) if (from[k + 1] > to[k] + 1) gaps.push([to[k] + 1, from[k + 1]]);
  const totalMs = to[n - 1] - from[0];
  return { gaps, totalMs };
}

/**
 * The quiet stretches of `items` to fold, in time order: the gaps between the dated parts of the events (each
 * start's and end's precision extent, and every point) that are longer than `rule.minShare` of their whole extent,
 * at most `rule.maxFolds` of them, the longest first. The inside of a span is not an event: a span that runs
 * through a quiet stretch is drawn broken across its fold. Each fold keeps `rule.contextShare` of its stretch on
 * either side and is rounded inwards to whole UTC months (with date-fns), so that its name reads as months. O(n log n).
 *
 * @param items - The items, in any order.
 * @param rule - When to fold; default {@link DEFAULT_FOLD_RULE}.
 */
export function findFolds(items: readonly LayoutItem[], rule: FoldRule = DEFAULT_FOLD_RULE): Fold[] {
  const { gaps, totalMs } = quietStretches(items);
  return gaps
    .filter(([a, b]) => b - a > rule.minShare * totalMs)
    .sort((p, q) => q[1] - q[0] - (p[1] - p[0]))
    .slice(0, Math.max(0, rule.maxFolds))
    .map(([a, b]) => {
      const contextMs = Math.max(DAY_MS, (b - a) * rule.contextShare);
      const from = startOfMonth(new UTCDateMini(a + contextMs - 1));
      return {
        fromMs: (from.getTime() < a + contextMs ? addMonths(from, 1) : from).getTime(),
        toMs: startOfMonth(new UTCDateMini(b - contextMs)).getTime(),
      };
    })
    .filter((f) => f.toMs - f.fromMs >= rule.minFoldMs)
    .sort((p, q) => p.fromMs - q.fromMs);
}

/**
 * The time scale of `domain` over `[0, widthPx]` with `folds` folded: a d3-scale `scaleUtc` with a piecewise
 * (polylinear) domain, so that `invert` works through it and a zoom moves its range (see `zoomScale`). Each fold takes
 * {@link FOLD_SHARE} of the width. The stretches between folds share the rest by how much of the story each holds:
 * two thirds by its share of the events (their marks, `marksMs`), one third by its share of the time; a busy
 * stretch gets room for its events, and a quiet one is still drawn to a readable scale. Without folds (or when no
 * fold lies inside the domain) it is a plain `scaleUtc`.
 *
 * @param domain - `[startMs, endMs]`, in order.
 * @param folds - The folds, in time order and apart.
 * @param marksMs - Where the events' marks are (any order; non-finite ones are not counted).
 * @param widthPx - The scale's width in px.
 */
export function foldedScale(
  domain: readonly [number, number],
  folds: readonly Fold[],
  marksMs: ArrayLike<number>,
  widthPx: number,
): TimeScale {
  const [d0, d1] = domain;
  const inside = folds.filter((f) => f.fromMs > d0 && f.toMs < d1);
  // The stretches between folds: [d0, f1.from], [f1.to, f2.from], …, [fn.to, d1].
  const bounds = [d0, ...inside.flatMap((f) => [f.fromMs, f.toMs]), d1];
  const stretches = bounds.length / 2;
  const counts = new Array<number>(stretches).fill(0);
  let counted = 0;
  for (let i = 0; i < marksMs.length; i++) {
    const ms = marksMs[i];
    for (let s = 0; s < stretches; s++) {
      if (ms >= bounds[2 * s] && ms <= bounds[2 * s + 1]) {
        counts[s]++;
        counted++;
        break;
      }
    }
  }
  let timeMs = 0;
  for (let s = 0; s < stretches; s++) timeMs += bounds[2 * s + 1] - bounds[2 * s];
  const freePx = widthPx * (1 - FOLD_SHARE * inside.length);
  const range = [0];
  for (let s = 0; s < stretches; s++) {
    const timeShare = (bounds[2 * s + 1] - bounds[2 * s]) / timeMs;
    const share = counted ? timeShare / 3 + ((2 / 3) * counts[s]) / counted : timeShare;
    range.push(range[range.length - 1] + share * freePx);
    if (s < stretches - 1) range.push(range[range.length - 1] + widthPx * FOLD_SHARE);
  }
  range[range.length - 1] = widthPx;
  return scaleUtc().domain(bounds).range(range);
}

/** The least px per ms of a (folded) scale outside its folds: where the deepest zoom is to be measured. */
export function sparsestPxPerMs(x: TimeScale): number {
  const domain = x.domain().map((d) => d.getTime());
  const range = x.range();
  let least = Infinity;
  // Stretches are the even pieces [0,1], [2,3], …; the odd ones are the folds.
  for (let i = 0; i + 1 < domain.length; i += 2) {
    const ms = domain[i + 1] - domain[i];
    if (ms > 0) least = Math.min(least, (range[i + 1] - range[i]) / ms);
  }
  return least;
}
