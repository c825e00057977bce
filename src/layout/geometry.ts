import type { LayoutItem } from './items.js';

/** Sizes that shape an event's marks, in px. */
export interface MarkMetrics {
  /** Half the width of a point's mark. */
  markRadiusPx: number;
  /** Space between a mark and its label, and between neighbours in a row. */
  gapPx: number;
  /** Inner padding of a label drawn inside a span's bar. */
  labelPadPx: number;
}

/** The default {@link MarkMetrics}. */
export const DEFAULT_METRICS: MarkMetrics = Object.freeze({ markRadiusPx: 7, gapPx: 6, labelPadPx: 6 });

/** A horizontal extent in px. */
export interface Extent {
  startPx: number;
  endPx: number;
}

/** How one event is drawn at the current zoom, in the px of its scale (from the plot's left edge, unless offset). */
export interface ItemGeometry {
  /** Centre of a point's mark; for a span, its start (clamped to the view). */
  markPx: number;
  /** A point's precision extent when it is coarser than a day (the whole year of `2012`), else null. */
  band: Extent | null;
  /** A span's bar, from the earliest start to the latest end; null for a point. */
  bar: Extent | null;
  /** The part of a span's bar that is certain (between the latest start and the earliest end), or null. */
  solid: Extent | null;
  /** Whether a span runs off the view (or is open) on either side. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** What the mark or bar occupies in its row, for label placement. */
  occupied: Extent;
}

/**
 * Positions further than this outside the view are clamped, so that SVG never sees huge coordinates at deep zoom.
 * It is well beyond the longest label, so a mark just left of the view keeps its place and its label stays beside it.
 */
export const OVERDRAW_PX = 4096;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** `ms` in px with `x`, clamped to `[lo, hi]`; an open end at the bound. A function of the module, not a closure made per call. */
const pxOf = (ms: number, x: (ms: number) => number, lo: number, hi: number) =>
  ms === -Infinity ? lo : ms === Infinity ? hi : clamp(x(ms), lo, hi);

/**
 * Draws `item` with the time-to-px function `x` (the zoomed scale) in a plot `widthPx` wide, whose left edge is at
 * `startPx` in the px of `x`. Open ends run to the edge of the plot.
 */
export function itemGeometry(
  item: LayoutItem,
  x: (ms: number) => number,
  widthPx: number,
  metrics: MarkMetrics = DEFAULT_METRICS,
  startPx = 0,
): ItemGeometry {
  const endPx = startPx + widthPx;
  const lo = startPx - OVERDRAW_PX;
  const hi = endPx + OVERDRAW_PX;
  if (item.kind === 'point') {
    const markPx = pxOf(item.markMs, x, lo, hi);
    const band = item.fuzzyStart ? { startPx: pxOf(item.startMinMs, x, lo, hi), endPx: pxOf(item.startMaxMs, x, lo, hi) } : null;
    const r = metrics.markRadiusPx;
    return {
      markPx,
      band,
      bar: null,
      solid: null,
      clippedStart: false,
      clippedEnd: false,
      occupied: {
        startPx: Math.min(markPx - r, band?.startPx ?? Infinity),
        endPx: Math.max(markPx + r, band?.endPx ?? -Infinity),
      },
    };
  }
  const barStartPx = pxOf(item.startMinMs, x, lo, hi);
  const bar = { startPx: barStartPx, endPx: Math.max(pxOf(item.endMaxMs, x, lo, hi), barStartPx + 2) };
  const solidStart = pxOf(item.startMaxMs, x, lo, hi);
  const solidEnd = pxOf(item.endMinMs, x, lo, hi);
  return {
    markPx: clamp(bar.startPx, startPx, endPx),
    band: null,
    bar,
    solid: solidEnd > solidStart ? { startPx: solidStart, endPx: solidEnd } : null,
    clippedStart: bar.startPx <= startPx,
    clippedEnd: bar.endPx >= endPx,
    occupied: bar,
  };
}

/**
 * The extent an event needs in its row, label included, for lane packing: from its geometry `g` at the scale the
 * rows are packed at (the base scale, unzoomed, or a frame's). Zooming in only moves marks apart while labels keep
 * their width in px, so rows packed with the boxes of the base scale keep every point's label whole at any zoom of
 * at least 1, and every label whole at the widest view. A span whose label fits inside its bar reserves only the bar:
 * when the bar later runs off the left edge and its label must move outside, label placement truncates or hides that
 * label rather than let it overlap. `startPx`: where the plot begins in the px of `g`, as for {@link itemGeometry}.
 * The box starts where the mark, its band or the bar does, whatever the label's width.
 */
export function rowBox(g: ItemGeometry, labelWidthPx: number, metrics: MarkMetrics = DEFAULT_METRICS, startPx = 0): Extent {
  return g.bar
    ? barBox(g.bar.startPx, g.bar.endPx, labelWidthPx, metrics, startPx)
    : pointBox(g.markPx, g.occupied.startPx, g.occupied.endPx, labelWidthPx, metrics);
}

/**
 * {@link rowBox} of `item`'s {@link itemGeometry} (same arguments), without making the geometry: a frame packs every
 * event in view, and at a deep zoom into dense data most of them are not drawn one by one.
 */
export function itemRowBox(
  item: LayoutItem,
  x: (ms: number) => number,
  widthPx: number,
  labelWidthPx: number,
  metrics: MarkMetrics = DEFAULT_METRICS,
  startPx = 0,
): Extent {
  const lo = startPx - OVERDRAW_PX;
  const hi = startPx + widthPx + OVERDRAW_PX;
  if (item.kind === 'point') {
    const markPx = pxOf(item.markMs, x, lo, hi);
    const r = metrics.markRadiusPx;
    const fuzzy = item.fuzzyStart;
    return pointBox(
      markPx,
      fuzzy ? Math.min(markPx - r, pxOf(item.startMinMs, x, lo, hi)) : markPx - r,
      fuzzy ? Math.max(markPx + r, pxOf(item.startMaxMs, x, lo, hi)) : markPx + r,
      labelWidthPx,
      metrics,
    );
  }
  const barStartPx = pxOf(item.startMinMs, x, lo, hi);
  return barBox(barStartPx, Math.max(pxOf(item.endMaxMs, x, lo, hi), barStartPx + 2), labelWidthPx, metrics, startPx);
}

/**
 * Where `item` is anchored in a row for grouping (the same arguments as {@link itemGeometry}): a point's mark, or the
 * start of a span's bar, no further left than the plot's left edge.
 */
export function markAnchorPx(item: LayoutItem, x: (ms: number) => number, widthPx: number, startPx = 0): number {
  const lo = startPx - OVERDRAW_PX;
  const hi = startPx + widthPx + OVERDRAW_PX;
  return item.kind === 'point' ? pxOf(item.markMs, x, lo, hi) : Math.max(pxOf(item.startMinMs, x, lo, hi), startPx);
}

/** The row box of a point's mark at `markPx` that occupies `[occupiedStartPx, occupiedEndPx]`: its label on the right. */
const pointBox = (markPx: number, occupiedStartPx: number, occupiedEndPx: number, labelWidthPx: number, metrics: MarkMetrics): Extent => ({
  startPx: occupiedStartPx,
  endPx: Math.max(occupiedEndPx, markPx + metrics.markRadiusPx + metrics.gapPx + labelWidthPx),
});

/** The row box of a bar from `barStartPx` to `barEndPx`: the bar, and its label on the right unless it fits inside. */
const barBox = (barStartPx: number, barEndPx: number, labelWidthPx: number, metrics: MarkMetrics, startPx: number): Extent => {
  const inside = barEndPx - Math.max(barStartPx, startPx) >= labelWidthPx + 2 * metrics.labelPadPx;
  return { startPx: barStartPx, endPx: inside ? barEndPx : barEndPx + metrics.gapPx + labelWidthPx };
};
