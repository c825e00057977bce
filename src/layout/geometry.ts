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
  const px = (ms: number) => (ms === -Infinity ? lo : ms === Infinity ? hi : clamp(x(ms), lo, hi));
  if (item.kind === 'point') {
    const markPx = px(item.markMs);
    const band = item.fuzzyStart ? { startPx: px(item.startMinMs), endPx: px(item.startMaxMs) } : null;
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
  const bar = { startPx: px(item.startMinMs), endPx: Math.max(px(item.endMaxMs), px(item.startMinMs) + 2) };
  const solidStart = px(item.startMaxMs);
  const solidEnd = px(item.endMinMs);
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
 * The extent an event needs in its row at the base (unzoomed) scale, label included, for lane packing.
 * Zooming in only moves marks apart while labels keep their width in px, so rows packed with these boxes keep every
 * point's label whole at any zoom of at least 1, and every label whole at the widest view. A span whose label fits
 * inside its bar reserves only the bar: when the bar later runs off the left edge and its label must move outside,
 * label placement truncates or hides that label rather than let it overlap. `startPx`: as for {@link itemGeometry}.
 */
export function rowBox(
  item: LayoutItem,
  x: (ms: number) => number,
  widthPx: number,
  labelWidthPx: number,
  metrics: MarkMetrics = DEFAULT_METRICS,
  startPx = 0,
): Extent {
  const g = itemGeometry(item, x, widthPx, metrics, startPx);
  if (g.bar) {
    const inside = g.bar.endPx - Math.max(g.bar.startPx, startPx) >= labelWidthPx + 2 * metrics.labelPadPx;
    return {
      startPx: g.bar.startPx,
      endPx: inside ? g.bar.endPx : g.bar.endPx + metrics.gapPx + labelWidthPx,
    };
  }
  return {
    startPx: g.occupied.startPx,
    endPx: Math.max(g.occupied.endPx, g.markPx + metrics.markRadiusPx + metrics.gapPx + labelWidthPx),
  };
}
