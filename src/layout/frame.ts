import { DEFAULT_METRICS, itemGeometry, itemRowBox, markAnchorPx, type ItemGeometry, type MarkMetrics } from './geometry.js';
import type { LayoutItem } from './items.js';
import { ESTIMATE_SPARE, placeLabels, truncateText, type LabelPlacement, type LabelRequest } from './labels.js';
import { binMarks, countMarks, DENSE_LIMIT, type LaneIndex, type LaneSize } from './lane-index.js';
import { packRowsAround, packRowsBy } from './lanes.js';

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
  /** Top of each lane, in the order given. */
  topsPx: number[];
  /** Height of each lane. */
  heightsPx: number[];
  /** Height of the whole plot, axis included. */
  heightPx: number;
  /** The vertical centre of a global row (rows are numbered from the top, lane after lane). */
  rowCenterPx: (row: number) => number;
}

/** Stacks lanes below the axis: each a header, then its rows, then padding. */
export function stackLanes(lanes: readonly { firstRow: number; rowCount: number }[], metrics: PlotMetrics): LaneStack {
  const topsPx: number[] = [];
  const heightsPx: number[] = [];
  // laneOfRow[row] is the lane that global row belongs to (rows are numbered lane after lane).
  const laneOfRow: number[] = [];
  let top = metrics.axisPx;
  lanes.forEach((lane, i) => {
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
      const rowInLane = row - (lanes[lane]?.firstRow ?? 0);
      return (topsPx[lane] ?? metrics.axisPx) + metrics.laneHeaderPx + (rowInLane + 0.5) * metrics.rowPx;
    },
  };
}

/**
 * The width the time range is spread over, so that at the widest view the label of every point (and of every span
 * that ends inside the range) still fits to the right of its mark, within `widthPx`: the largest such width, but
 * at least `minFraction` of `widthPx`. `fractionOf` places an instant on the scale, from 0 (its start) to 1 (its
 * end): the time scale with a range of `[0, 1]`, folds and all. No label is wider than `maxLabelPx`: a label whose
 * mark lies too far left to narrow the width even at that width is not measured.
 */
export function fitPlotWidth(
  items: readonly LayoutItem[],
  fractionOf: (ms: number) => number,
  widthPx: number,
  labelWidthPx: (item: LayoutItem) => number,
  minFraction = 0.55,
  metrics: MarkMetrics = DEFAULT_METRICS,
  maxLabelPx = Infinity,
): number {
  const markPx = metrics.markRadiusPx + 2 * metrics.gapPx;
  let plotPx = widthPx - metrics.gapPx;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const anchorMs = item.kind === 'point' ? item.markMs : item.endMaxMs;
    const fraction = Number.isFinite(anchorMs) ? fractionOf(anchorMs) : NaN;
    if (!(fraction > 0) || !Number.isFinite(fraction) || (widthPx - markPx - maxLabelPx) / fraction >= plotPx) continue;
    plotPx = Math.min(plotPx, (widthPx - markPx - labelWidthPx(item)) / fraction);
  }
  return Math.max(1, plotPx, widthPx * minFraction);
}

/** One event as drawn in a frame. */
export interface DrawnItem {
  item: LayoutItem;
  /** Its global row. */
  row: number;
  /** Vertical centre of its row, in px. */
  rowYPx: number;
  geometry: ItemGeometry;
  /** Where its label goes (`fit: 'hidden'` when there is no room). */
  label: LabelPlacement;
  /** The label's text, truncated with an ellipsis to fit. */
  text: string;
}

/** Events too close together to draw one by one at this zoom, drawn as one mark with their count. */
export interface DrawnCluster {
  /** A key that stays the same while the view pans: lane and time bin. */
  id: string;
  category: string;
  row: number;
  rowYPx: number;
  /** The time range the cluster covers (its bin), UTC ms. */
  startMs: number;
  endMs: number;
  count: number;
  /** Its extent on screen, in px. */
  startPx: number;
  endPx: number;
  /** The earliest and the latest event in it, by mark. */
  first: LayoutItem;
  last: LayoutItem;
}

/** A lane as a frame draws it: its index, its size and its first global row. */
export interface FrameLane {
  lane: LaneIndex;
  size: LaneSize;
  firstRow: number;
}

/** What {@link layoutFrame} needs. */
export interface FrameInput {
  lanes: readonly FrameLane[];
  stack: LaneStack;
  /** The zoomed scale: UTC ms to px. */
  x: (ms: number) => number;
  /** The visible time, UTC ms. */
  visibleMs: readonly [number, number];
  /** The frame's width, px: it covers `[startPx, startPx + widthPx]` of `x`'s px. */
  widthPx: number;
  /** Where the frame begins in `x`'s px; default 0. */
  startPx?: number;
  /** Items drawn even when out of view or in a cluster (the focused and the selected one: focus is never lost). */
  pinned: readonly LayoutItem[];
  /** Text width in px. */
  measure: (text: string) => number;
  /**
   * A quicker, slightly generous text width for the room of an event that comes into view while the view moves (it
   * has no label until the view rests); default `measure`. Labels are cut to fit by the sum of their characters'
   * widths from it, with {@link ESTIMATE_SPARE} to spare, as it sums them for a text it has not measured.
   */
  estimate?: (text: string) => number;
  /** Longest label beside a mark, in px (labels inside a long bar may be longer). */
  labelMaxPx: number;
  /** The width of an item's title as `measure` gives it, kept from frame to frame; default `measure` of its title. */
  titlePx?: (item: LayoutItem) => number;
  /** Width of a cluster's time bin, in px; default 40. */
  binPx?: number;
  metrics?: MarkMetrics;
  /**
   * While the view moves (a gesture, an eased change), the events drawn when it began, by id: each keeps its row and
   * its label, which moves with its mark, and no label is placed again; an event that comes into view meanwhile is
   * packed without a label. The frame after the move places everything again.
   */
  held?: ReadonlyMap<string, DrawnItem>;
  /**
   * The events of the frame drawn before at this zoom factor (a frame at rest after a pan), by id: each keeps its row,
   * and an event that comes into view is packed into the room left around them, so that nothing changes rows when a
   * pan ends. Labels are placed again. `held` takes precedence.
   */
  kept?: ReadonlyMap<string, DrawnItem>;
}

/** The events drawn in a frame, by id: what a later frame keeps of them (see `FrameInput.held` and `kept`). */
export const byId = (items: readonly DrawnItem[]): Map<string, DrawnItem> => new Map(items.map((d) => [d.item.id, d]));

/** A frame: the events drawn one by one (in time order) and the clusters. */
export interface Frame {
  items: DrawnItem[];
  clusters: DrawnCluster[];
}

/**
 * The time a frame of `widthPx` that shows `visibleMs` looks for events in: a little before the view, for the
 * events that start there and still show their label in it, and a little after, for the marks that reach into it.
 * A lane with more than {@link DENSE_LIMIT} marks in it is drawn as clusters ({@link laneSingles}).
 */
export function frameSpanMs(
  [t0, t1]: readonly [number, number],
  widthPx: number,
  labelMaxPx: number,
  metrics: MarkMetrics = DEFAULT_METRICS,
): [number, number] {
  const msPerPx = (t1 - t0) / widthPx;
  return [t0 - (labelMaxPx + 2 * metrics.gapPx + metrics.markRadiusPx) * msPerPx, t1 + (2 * metrics.gapPx + metrics.markRadiusPx) * msPerPx];
}

/**
 * The events of `lane` that a frame over `[fromMs, toMs]` draws one by one (the lane's time index's answer for that
 * span), or `null` when it draws the lane as clusters: when more than {@link DENSE_LIMIT} marks are in the span or,
 * in a frame of a move that began with none of the lane's events drawn (`moving`), more than that many events, long
 * spans that cross it included.
 */
export function laneSingles(lane: LaneIndex, [fromMs, toMs]: readonly [number, number], moving = false): LayoutItem[] | null {
  if (countMarks(lane, fromMs, toMs) > DENSE_LIMIT) return null;
  const candidates = lane.index.query(fromMs, toMs);
  return moving && candidates.length > DENSE_LIMIT ? null : candidates;
}

/**
 * Everything that changes from one zoom or pan frame to the next, for the visible part only.
 *
 * Per lane: when few events are in view (see {@link laneSingles}), they come from the lane's time index and are packed
 * into the lane's rows at the current zoom, each label included, so deeper zooms use the room they gain; those that
 * do not fit go to the cluster row. When more are in view, the lane is binned by time (two binary searches per bin)
 * and drawn as clusters with counts, never one node per event. Labels are then placed for the drawn events only.
 * Cost: O(v log v) for v drawn events, plus O(bins · log n).
 */
export function layoutFrame(input: FrameInput): Frame {
  const { x, widthPx, measure, labelMaxPx, startPx = 0 } = input;
  const metrics = input.metrics ?? DEFAULT_METRICS;
  if (!(widthPx > 0)) return { items: [], clusters: [] };
  const [t0, t1] = input.visibleMs;
  const msPerPx = (t1 - t0) / widthPx;
  // A whole number of ms: the frames of a pan, laid out over other ranges at one zoom, find the same bins, and their
  // clusters the same ids (and nodes), where the rounding of `msPerPx` would move them.
  const binMs = Math.round((input.binPx ?? 40) * msPerPx) || 1;
  const span = frameSpanMs(input.visibleMs, widthPx, labelMaxPx, metrics);
  const { held, estimate, titlePx = (item: LayoutItem) => measure(item.event.title) } = input;
  // A label is cut to the sum of its characters' widths, with room to spare, as `estimate` sums them.
  const charPx = (char: string) => (estimate ?? measure)(char) * ESTIMATE_SPARE;
  const rows = held ?? input.kept;
  // While the view moves, a lane none of whose events were drawn when the move began stays in clusters while more
  // than DENSE_LIMIT events are in view, long spans that cross the view included: packing hundreds of them one by
  // one in every frame of a pinch takes more than a frame has (at 100,000 events), and they would have no labels
  // until the view rests anyway.
  const heldLanes = held && new Set([...held.values()].map((d) => d.item.category));
  // While the view moves, only events that come into view are packed, and they get no label: the estimate of their
  // labels' room spares measuring titles never measured before (the many that a deep zoom into dense data brings).
  const roomOf = held && estimate ? (item: LayoutItem) => estimate(item.event.title) : titlePx;
  const labelWidth = (item: LayoutItem) => Math.min(labelMaxPx, roomOf(item));
  /** The drawing of `item` whose row it keeps (held, or kept), if it was drawn (and is still the same event). */
  const before = (item: LayoutItem) => {
    const drawnItem = rows?.size ? rows.get(item.id) : undefined;
    return drawnItem?.item === item ? drawnItem : undefined;
  };

  // Each event's geometry at this zoom, worked out once: it packs the event in its row, groups it in the cluster row,
  // gives a held event's room in its row, and draws it.
  const geometryByItem = new Map<LayoutItem, ItemGeometry>();
  const geometryOf = (item: LayoutItem) =>
    geometryByItem.get(item) ?? geometryByItem.set(item, itemGeometry(item, x, widthPx, metrics, startPx)).get(item)!;

  const singles: { item: LayoutItem; row: number }[] = [];
  const clusters: DrawnCluster[] = [];
  const drawn = new Set<LayoutItem>();
  const addSingle = (item: LayoutItem, row: number) => {
    singles.push({ item, row });
    drawn.add(item);
  };
  for (const frameLane of input.lanes) {
    const { lane, size, firstRow } = frameLane;
    const clusterRow = firstRow + size.rows;
    const clusterYPx = input.stack.rowCenterPx(clusterRow);
    const category = lane.category;
    const candidates = laneSingles(lane, span, !!heldLanes && !heldLanes.has(category));
    if (!candidates) {
      // Every bin is a cluster, even of one event: bins are aligned in time, so they stay put while the view pans.
      for (const bin of binMarks(lane, t0 - binMs, t1 + binMs, binMs)) {
        clusters.push({
          id: `${category}|${bin.startMs}`,
          category,
          row: clusterRow,
          rowYPx: clusterYPx,
          first: lane.byMark[bin.lo],
          last: lane.byMark[bin.hi - 1],
          count: bin.hi - bin.lo,
          startPx: x(bin.startMs) + 2,
          endPx: x(bin.endMs) - 2,
          startMs: bin.startMs,
          endMs: bin.endMs,
        });
      }
      continue;
    }
    // Most events in view at a deep zoom into dense data are not drawn one by one: their boxes and anchors are worked
    // out without their geometry.
    const box = (item: LayoutItem) => itemRowBox(item, x, widthPx, labelWidth(item), metrics, startPx);
    // Each candidate's drawing in the frame it keeps its row from, looked up once.
    const was = rows && candidates.map(before);
    // The rows of the events not kept, in order: both packings fill only the lane's rows, and give -1 to an event
    // that has no room in them.
    const local = was
      ? // While the view moves, an event that comes into view takes the room its row has left around those held.
        packRowsAround(candidates.filter((_, i) => !was[i]).map(box), heldExtents(candidates, was, firstRow, size.rows, geometryOf), size.rows, metrics.gapPx)
      : // A box starts where its mark or bar does: the title of an event left without a row is never measured.
        packRowsBy(
          candidates.length,
          (i) => itemRowBox(candidates[i], x, widthPx, 0, metrics, startPx).startPx,
          (i) => box(candidates[i]).endPx,
          metrics.gapPx,
          size.rows,
        );
    let packed = 0;
    const overflow: LayoutItem[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const item = candidates[i];
      const kept = was?.[i];
      if (kept) {
        addSingle(item, kept.row);
        continue;
      }
      const row = local[packed++];
      if (row >= 0) addSingle(item, firstRow + row);
      else if (size.clusterRow) overflow.push(item);
      else addSingle(item, firstRow + size.rows - 1);
    }
    // What does not fit goes to the cluster row: events whose marks would touch there are grouped into one cluster,
    // and a span there is always a cluster (its bar would cross its neighbours), so nothing in that row overlaps.
    for (const group of groupByMark(overflow, (item) => markAnchorPx(item, x, widthPx, startPx), metrics)) {
      if (group.items.length === 1 && group.items[0].kind === 'point') addSingle(group.items[0], clusterRow);
      else {
        const first = group.items[0];
        const last = group.items[group.items.length - 1];
        clusters.push({
          id: `${category}|g|${first.id}`,
          category,
          row: clusterRow,
          rowYPx: clusterYPx,
          first,
          last,
          count: group.items.length,
          startPx: group.startPx,
          endPx: group.endPx,
          startMs: Math.max(first.startMinMs, t0),
          endMs: Math.min(Math.max(last.endMaxMs, last.markMs), t1),
        });
      }
    }
  }
  for (const item of input.pinned) {
    if (drawn.has(item)) continue;
    const frameLane = input.lanes.find((l) => l.lane.category === item.category);
    if (frameLane) addSingle(item, frameLane.firstRow + (frameLane.size.clusterRow ? frameLane.size.rows : 0));
  }

  const geometries = singles.map(({ item, row }) => ({ item, row, geometry: geometryOf(item) }));
  if (held) return { items: movedItems(geometries, before, input.stack), clusters };
  const requests: LabelRequest[] = geometries.map(({ item, row, geometry: g }) => ({
    id: item.id,
    row,
    markStartPx: g.bar ? g.occupied.startPx : g.markPx - metrics.markRadiusPx,
    markEndPx: g.bar ? g.occupied.endPx : g.markPx + metrics.markRadiusPx,
    obstacleStartPx: g.occupied.startPx,
    obstacleEndPx: g.occupied.endPx,
    textWidthPx: g.bar ? titlePx(item) : labelWidth(item),
    inside: g.bar !== null,
  }));
  // Clusters are obstacles in their row, with no label of their own.
  for (const c of clusters) {
    requests.push({ id: `\u0000${c.id}`, row: c.row, markStartPx: c.startPx, markEndPx: c.endPx, textWidthPx: 0 });
  }
  const placements = placeLabels(requests, widthPx, { gapPx: metrics.gapPx, padPx: metrics.labelPadPx, viewportStartPx: startPx });
  const items = geometries
    .map(({ item, row, geometry }) => {
      const label = placements.get(item.id)!;
      const title = item.event.title;
      // A label kept at the width it had in the frame before keeps its cut.
      const was = before(item);
      const text =
        label.fit === 'hidden' || label.maxWidthPx >= titlePx(item)
          ? title
          : was?.label.maxWidthPx === label.maxWidthPx
            ? was.text
            : truncateText(title, label.maxWidthPx, charPx);
      return { item, row, rowYPx: input.stack.rowCenterPx(row), geometry, label, text };
    })
    .sort((a, b) => a.item.order - b.item.order);
  return { items, clusters };
}

/**
 * The room the held events among `candidates` take in a lane's rows (`firstRow` on, `rows` of them), with their
 * geometry at this zoom: each its mark or bar, and its label where it moved with it. `was` holds each candidate's
 * drawing that it keeps its row from, if any.
 */
function heldExtents(
  candidates: readonly LayoutItem[],
  was: readonly (DrawnItem | undefined)[],
  firstRow: number,
  rows: number,
  geometryOf: (item: LayoutItem) => ItemGeometry,
): { startPx: number; endPx: number }[][] {
  const taken: { startPx: number; endPx: number }[][] = Array.from({ length: rows }, () => []);
  candidates.forEach((item, i) => {
    const kept = was[i];
    const row = kept ? kept.row - firstRow : -1;
    if (!kept || row < 0 || row >= rows) return;
    const g = geometryOf(item);
    const label = kept.label;
    const shiftPx = anchorPx(g) - anchorPx(kept.geometry);
    const labelStart = label.fit === 'hidden' ? g.occupied.startPx : label.xPx + shiftPx;
    const labelEnd = label.fit === 'hidden' ? g.occupied.endPx : labelStart + label.maxWidthPx;
    taken[row].push({ startPx: Math.min(g.occupied.startPx, labelStart), endPx: Math.max(g.occupied.endPx, labelEnd) });
  });
  return taken;
}

/** Where a mark or bar is anchored: the start of a bar, the centre of a point's mark. */
const anchorPx = (g: ItemGeometry) => (g.bar ? g.bar.startPx : g.markPx);

/**
 * The drawn events of a frame while the view moves: each label as it was when the move began, moved with its mark;
 * no label for an event that was not drawn then.
 */
function movedItems(
  geometries: readonly { item: LayoutItem; row: number; geometry: ItemGeometry }[],
  before: (item: LayoutItem) => DrawnItem | undefined,
  stack: LaneStack,
): DrawnItem[] {
  return geometries
    .map(({ item, row, geometry }) => {
      const kept = before(item);
      const label: LabelPlacement = kept
        ? { ...kept.label, xPx: kept.label.xPx + anchorPx(geometry) - anchorPx(kept.geometry) }
        : { id: item.id, xPx: 0, maxWidthPx: 0, fit: 'hidden', inside: false };
      return { item, row, rowYPx: stack.rowCenterPx(row), geometry, label, text: kept?.text ?? item.event.title };
    })
    .sort((a, b) => a.item.order - b.item.order);
}

/** A run of events whose marks in a row would touch. */
interface MarkGroup {
  items: LayoutItem[];
  startPx: number;
  endPx: number;
}

/**
 * Groups events whose marks would touch in one row (within `gapPx`), each at its anchor from `anchorOf` (see
 * `markAnchorPx`: a span counts by the start of its visible part, not its whole bar, so that a long span does not
 * swallow every event after it). Each group lists its events by mark. O(n log n).
 */
export function groupByMark(
  items: readonly LayoutItem[],
  anchorOf: (item: LayoutItem) => number,
  metrics: MarkMetrics = DEFAULT_METRICS,
): MarkGroup[] {
  const r = metrics.markRadiusPx;
  const anchors = items.map((item) => ({ item, px: anchorOf(item) })).sort((a, b) => a.px - b.px);
  const groups: MarkGroup[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i];
    const last = groups[groups.length - 1];
    if (last && a.px - r < last.endPx + metrics.gapPx) {
      last.items.push(a.item);
      last.endPx = a.px + r;
    } else {
      groups.push({ items: [a.item], startPx: a.px - r, endPx: a.px + r });
    }
  }
  for (const g of groups) g.items.sort((a, b) => a.markMs - b.markMs || a.index - b.index);
  return groups;
}
