/**
 * The maths of the overview strip: the event density of each lane over the whole extent, and where the visible
 * window goes for a key. Everything is in base px, the px of the unzoomed scale over `[0, widthPx]`: the overview is
 * as wide as the plot, so it never deals with time.
 */

/** A lane as the overview counts it: the base px position of each of its events. */
export interface OverviewLane {
  /** The base px position of each event (its mark), in any order. */
  positionsPx: ArrayLike<number>;
}

/** How many events of each lane fall in each bin of the overview (see {@link overviewBins}). */
export interface OverviewBins {
  /** The width of a bin, px; the last bin may be narrower (it ends at `widthPx`). */
  binPx: number;
  /** For each lane, in order, the number of its events in each bin, from base px 0. */
  counts: Uint32Array[];
  /** The largest number of events in one bin, all lanes together: the height of the tallest stacked bar. */
  max: number;
}

/** A window of base px, `[x0Px, x1Px]` with `x0Px <= x1Px`. */
export type WindowPx = [number, number];

/** What a key does to the window (see {@link windowFromKeys}). */
export type WindowKey = 'earlier' | 'later' | 'wider' | 'narrower' | 'first' | 'last';

/** The default width of a bin, px. */
export const DEFAULT_BIN_PX = 4;
/** The share of its width that the window moves by for `earlier` and `later`. */
export const STEP_SHARE = 0.1;
/** The share of its width that the window grows or shrinks by for `wider` and `narrower`. */
export const ZOOM_SHARE = 0.25;

/**
 * Counts, for each lane, the events whose base px position falls in each bin of `binPx` over `[0, widthPx)`.
 * Positions before 0 or from `widthPx` on are counted in the first or the last bin; NaN and infinite ones are
 * skipped. No bins when `widthPx` is not positive; a `binPx` that is not positive falls back to the default. O(n)
 * in the number of positions, plus the number of bins.
 */
export function overviewBins(lanes: readonly OverviewLane[], widthPx: number, binPx = DEFAULT_BIN_PX): OverviewBins {
  const bin = binPx > 0 && Number.isFinite(binPx) ? binPx : DEFAULT_BIN_PX;
  const n = widthPx > 0 && Number.isFinite(widthPx) ? Math.ceil(widthPx / bin) : 0;
  const counts = lanes.map(() => new Uint32Array(n));
  if (n === 0) return { binPx: bin, counts, max: 0 };
  const last = n - 1;
  lanes.forEach((lane, l) => {
    const laneCounts = counts[l];
    const { positionsPx } = lane;
    for (let i = 0; i < positionsPx.length; i++) {
      const x = positionsPx[i];
      if (!Number.isFinite(x)) continue;
      const b = Math.floor(x / bin);
      laneCounts[b < 0 ? 0 : b > last ? last : b]++;
    }
  });
  let max = 0;
  for (let b = 0; b < n; b++) {
    let total = 0;
    for (const laneCounts of counts) total += laneCounts[b];
    if (total > max) max = total;
  }
  return { binPx: bin, counts, max };
}

/**
 * `window` moved by `dxPx` (positive: later), then kept inside `[0, widthPx]` with its width (a window wider than
 * `widthPx` becomes the whole of it). The ends may come in either order.
 */
export function shiftWindow(window: readonly [number, number], dxPx: number, widthPx: number): WindowPx {
  const w = Math.max(0, widthPx);
  const lo = Math.min(window[0], window[1]);
  const span = Math.min(w, Math.abs(window[1] - window[0]));
  const x0 = Math.min(w - span, Math.max(0, lo + dxPx));
  return [x0, x0 + span];
}

/**
 * `window` at least `minWidthPx` wide (widened around its centre) and at most `widthPx`, kept inside `[0, widthPx]`
 * with its width. What a window the reader drew on the overview becomes.
 */
export function clampWindow(window: readonly [number, number], widthPx: number, minWidthPx: number): WindowPx {
  const w = Math.max(0, widthPx);
  const lo = Math.min(window[0], window[1]);
  const hi = Math.max(window[0], window[1]);
  const span = Math.min(w, Math.max(hi - lo, minWidthPx));
  return shiftWindow([(lo + hi - span) / 2, (lo + hi + span) / 2], 0, w);
}

/**
 * The window after a key, in base px: `earlier` and `later` move it by a tenth of its width (at least 1 px); `wider`
 * and `narrower` grow or shrink it by a quarter around its centre, never narrower than `minWidthPx` nor wider than
 * `widthPx`; `first` and `last` move it to the start or the end. It always stays inside `[0, widthPx]`, with its
 * width.
 */
export function windowFromKeys(
  window: [number, number],
  widthPx: number,
  key: WindowKey,
  minWidthPx: number,
): WindowPx {
  const w = Math.max(0, widthPx);
  const [lo, hi] = clampWindow(window, w, 0);
  const span = hi - lo;
  const step = Math.max(1, span * STEP_SHARE);
  switch (key) {
    case 'earlier':
      return shiftWindow([lo, hi], -step, w);
    case 'later':
      return shiftWindow([lo, hi], step, w);
    case 'first':
      return shiftWindow([lo, hi], -w, w);
    case 'last':
      return shiftWindow([lo, hi], w, w);
    case 'wider':
    case 'narrower': {
      const factor = key === 'wider' ? 1 + ZOOM_SHARE : 1 - ZOOM_SHARE;
      const target = Math.min(w, Math.max(span * factor, minWidthPx));
      const centre = (lo + hi) / 2;
      return shiftWindow([centre - target / 2, centre + target / 2], 0, w);
    }
  }
}
