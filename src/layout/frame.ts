import { DEFAULT_METRICS, itemGeometry, type ItemGeometry, type MarkMetrics } from './geometry.js';
import type { LayoutItem } from './items.js';
import type { LaneLayout } from './lanes.js';
import { placeLabels, truncateText, type LabelPlacement } from './labels.js';
import type { TimeIndex } from './time-index.js';

/** Vertical sizes of the plot, in px. */
export interface PlotMetrics {
  /** Height of the time axis at the top. */
  axisPx: number;
  /** Height of a lane's header (its name). */
  laneHeaderPx: number;
  /** Height of one row of events. */
  rowPx: number;
  /** Space below the last row of a lane. */
  lanePadPx: number;
}

/** Where the lanes sit vertically. */
export interface LaneStack {
  /** Top of each lane, in the order of `LaneLayout.lanes`. */
  topsPx: number[];
  /** Height of each lane. */
  heightsPx: number[];
  /** Height of the whole plot, axis included. */
  heightPx: number;
  /** The vertical centre of a global row (from `LaneLayout.rowOf`). */
  rowCenterPx: (row: number) => number;
}

/** Stacks the lanes of `layout` below the axis: a header, then its rows, then padding. */
export function stackLanes(layout: LaneLayout, metrics: PlotMetrics): LaneStack {
  const topsPx: number[] = [];
  const heightsPx: number[] = [];
  // laneOfRow[row] is the lane that global row belongs to (rows are numbered lane after lane).
  const laneOfRow: number[] = [];
  let top = metrics.axisPx;
  layout.lanes.forEach((lane, i) => {
    const height = metrics.laneHeaderPx + lane.rowCount * metrics.rowPx + metrics.lanePadPx;
    topsPx.push(top);
    heightsPx.push(height);
    for (let r = 0; r < lane.rowCount; r++) laneOfRow[lane.firstRow + r] = i;
    top += height;
  });
  return {
    topsPx,
    heightsPx,
    heightPx: top,
    rowCenterPx: (row) => {
      const lane = laneOfRow[row] ?? 0;
      const rowInLane = row - (layout.lanes[lane]?.firstRow ?? 0);
      return (topsPx[lane] ?? metrics.axisPx) + metrics.laneHeaderPx + (rowInLane + 0.5) * metrics.rowPx;
    },
  };
}

/**
 * The width the time range is spread over, so that at the widest view the label of every point (and of every span
 * that ends inside the range) still fits to the right of its mark, within `widthPx`: the largest such width, but
 * at least `minFraction` of `widthPx`.
 */
export function fitPlotWidth(
  items: readonly LayoutItem[],
  domain: readonly [number, number],
  widthPx: number,
  labelWidthPx: (item: LayoutItem) => number,
  minFraction = 0.55,
  metrics: MarkMetrics = DEFAULT_METRICS,
): number {
  const spanMs = domain[1] - domain[0];
  let plotPx = widthPx - metrics.gapPx;
  for (const item of items) {
    const anchorMs = item.kind === 'point' ? item.markMs : item.endMaxMs;
    const fraction = (anchorMs - domain[0]) / spanMs;
    if (!(fraction > 0) || !Number.isFinite(fraction)) continue;
    const needPx = metrics.markRadiusPx + 2 * metrics.gapPx + labelWidthPx(item);
    plotPx = Math.min(plotPx, (widthPx - needPx) / fraction);
  }
  return Math.max(1, plotPx, widthPx * minFraction);
}

/** One event as drawn in a frame. */
export interface DrawnItem {
  item: LayoutItem;
  /** Vertical centre of its row, in px. */
  rowYPx: number;
  geometry: ItemGeometry;
  /** Where its label goes (`fit: 'hidden'` when there is no room). */
  label: LabelPlacement;
  /** The label's text, truncated with an ellipsis to fit. */
  text: string;
}

/** What {@link layoutFrame} needs. */
export interface FrameInput {
  index: TimeIndex<LayoutItem>;
  lanes: LaneLayout;
  stack: LaneStack;
  /** The zoomed scale: UTC ms to px. */
  x: (ms: number) => number;
  /** The visible time, UTC ms. */
  visibleMs: readonly [number, number];
  widthPx: number;
  /** Items drawn even when out of view (the focused and the selected one, so focus is never lost). */
  pinned: readonly LayoutItem[];
  /** Text width in px. */
  measure: (text: string) => number;
  /** Longest label beside a mark, in px (labels inside a long bar may be longer). */
  labelMaxPx: number;
  metrics?: MarkMetrics;
}

/**
 * Everything that changes from one zoom or pan frame to the next: which items are in view (a binary search in
 * `index`, never a scan of all items), where each is drawn, and where its label fits. Work is proportional to the
 * visible items only. The result is in event order (by start), the order keyboard navigation follows.
 */
export function layoutFrame(input: FrameInput): DrawnItem[] {
  const { x, widthPx, measure, labelMaxPx } = input;
  const metrics = input.metrics ?? DEFAULT_METRICS;
  if (!(widthPx > 0)) return [];
  const [t0, t1] = input.visibleMs;
  const msPerPx = (t1 - t0) / widthPx;
  // Items that start a little before the view still show their label in it.
  const visible = input.index.query(t0 - (labelMaxPx + 2 * metrics.gapPx) * msPerPx, t1 + 2 * metrics.gapPx * msPerPx);
  const seen = new Set(visible);
  for (const item of input.pinned) if (!seen.has(item)) visible.push(item);

  const drawn = visible.map((item) => {
    const row = input.lanes.rowOf.get(item.id) ?? 0;
    return { item, row, rowYPx: input.stack.rowCenterPx(row), geometry: itemGeometry(item, x, widthPx, metrics) };
  });
  const fullWidth = (item: LayoutItem) => measure(item.event.title);
  const placements = placeLabels(
    drawn.map(({ item, row, geometry: g }) => ({
      id: item.id,
      row,
      markStartPx: g.bar ? g.occupied.startPx : g.markPx - metrics.markRadiusPx,
      markEndPx: g.bar ? g.occupied.endPx : g.markPx + metrics.markRadiusPx,
      obstacleStartPx: g.occupied.startPx,
      obstacleEndPx: g.occupied.endPx,
      textWidthPx: g.bar ? fullWidth(item) : Math.min(labelMaxPx, fullWidth(item)),
      inside: g.bar !== null,
    })),
    widthPx,
    { gapPx: metrics.gapPx, padPx: metrics.labelPadPx },
  );
  return drawn
    .map(({ item, rowYPx, geometry }) => {
      const label = placements.get(item.id)!;
      const title = item.event.title;
      const text =
        label.fit === 'hidden' || label.maxWidthPx >= fullWidth(item) ? title : truncateText(title, label.maxWidthPx, measure);
      return { item, rowYPx, geometry, label, text };
    })
    .sort((a, b) => a.item.order - b.item.order);
}
