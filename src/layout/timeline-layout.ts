import { bisectLeft, bisectRight } from 'd3-array';
import { zoomScale, type TimeScale } from './scale.js';
import type { TimelineEvent } from '../data/types.js';
import { DEFAULT_METRICS, itemRowBox } from './geometry.js';
import { fitPlotWidth, layoutFrame, stackLanes, type DrawnItem, type Frame, type FrameLane, type LaneStack } from './frame.js';
import { createLayoutItems, timeDomain, type ItemIssue, type LayoutItem } from './items.js';
import { indexLanes, sizeLane, type LaneIndex } from './lane-index.js';
import { categoryEncoding, type CategoryEncoding } from './categories.js';
import { navigables, type Navigable } from './navigation.js';
import { findFolds, foldedScale, sparsestPxPerMs, type Fold } from './folds.js';
import { foldedAxisTicks, type AxisTick } from './ticks.js';

/** Fixed sizes of a timeline's drawing, in px. */
export interface TimelineSizes {
  /** Height of the time axis. */
  axisPx: number;
  /** Height of a lane's header (its name). */
  laneHeaderPx: number;
  /** Space below a lane's last row. */
  lanePadPx: number;
  /** Longest label beside a mark. */
  labelMaxPx: number;
  /** Most rows a lane has for single events (a lane that needs more gets a cluster row). */
  maxRowsPerLane: number;
}

/** The default {@link TimelineSizes}. */
export const DEFAULT_SIZES: TimelineSizes = Object.freeze({
  axisPx: 30,
  laneHeaderPx: 20,
  lanePadPx: 6,
  labelMaxPx: 240,
  maxRowsPerLane: 8,
});

/** A folded stretch as drawn at one zoom. */
export interface DrawnFold extends Fold {
  /** Its position in `TimelineLayout.folds`. */
  index: number;
  /** Where it begins and ends on screen, px (in the direction of time). */
  x0Px: number;
  x1Px: number;
}

/** The axis of a timeline at one zoom. */
export interface TimelineAxis {
  /** The zoomed scale: UTC epoch ms to px. */
  x: TimeScale;
  /** The axis ticks in view. */
  ticks: AxisTick[];
  /** The folds (closed ones) in view. */
  folds: DrawnFold[];
}

/** What a timeline shows at one zoom: the axis and the layout of a frame. */
export interface TimelineView extends TimelineAxis {
  /** The events and clusters in view, placed. */
  frame: Frame;
  /** What in the frame can take focus, in time order. */
  nav: Navigable[];
  /** How far the frame reaches past the view, px: on each side, or on the side it moves toward (`ahead`). */
  marginPx: number;
  /**
   * The zoom whose px the frame is laid out in: `frameX` is its scale. It is the view's own zoom, or that of the
   * frame laid out before at the same zoom factor, so that a mark that has not moved keeps its px from frame to frame.
   */
  frameAt: { k: number; x: number };
  frameX: (ms: number) => number;
  /** The part of `frameX`'s px that the frame covers: the view, and its margin on each side. */
  frameStartPx: number;
  frameWidthPx: number;
}

/** How {@link TimelineLayout.view} lays out a frame, besides the zoom. */
export interface FrameOptions {
  /** A quick, slightly generous width of a label, for events that come into view while the view moves. */
  estimate?: (text: string) => number;
  /** The events drawn when the view began to move, whose rows and labels are kept until it rests (see `layoutFrame`). */
  held?: ReadonlyMap<string, DrawnItem>;
  /** The events of the frame before, at this zoom factor, whose rows are kept (see `layoutFrame`). */
  kept?: ReadonlyMap<string, DrawnItem>;
  /** How far past each side of the view the frame reaches, so that it can be moved with the view for a while, px. */
  marginPx?: number;
  /** The side the view moves toward, if the margin is only needed there: 1 later in time, -1 earlier. */
  ahead?: number;
  /** The zoom whose px the frame is laid out in (see `TimelineView`), at the zoom factor of the view's. */
  frameAt?: { k: number; x: number };
}

/** Below this width (px), a timeline is narrow: wider label room, closer ticks, and the list view open. */
export const NARROW_PX = 480;

/** Whether a drawing `widthPx` wide is narrow (a width of 0, not laid out yet, is not). */
export const isNarrow = (widthPx: number): boolean => widthPx > 0 && widthPx < NARROW_PX;

/** The deepest zoom shows this much time across the view. */
const MIN_VISIBLE_MS = 2 * 86_400_000;

/**
 * The whole layout of a timeline, without any DOM: what depends on the data (items, lanes and their indexes),
 * what depends on the width (the base scale, the rows of each lane, the height), and each frame (what a zoomed
 * scale shows). The element owns one and draws what it computes.
 */
export class TimelineLayout {
  /** The valid events, resolved and in time order (by mark). */
  items: LayoutItem[] = [];
  /** Why events were left out. */
  issues: ItemIssue[] = [];
  /** Items by id. */
  byId = new Map<string, LayoutItem>();
  /** `markMs` of `items`, in order. */
  marksMs = new Float64Array(0);
  /** The lanes, in drawing order. */
  lanes: LaneIndex[] = [];
  /** The colour class and mark shape of each category drawn. */
  encoding: CategoryEncoding = categoryEncoding([]);
  /** The lanes with their rows, once sized. */
  frameLanes: FrameLane[] = [];
  /** Where lanes and rows sit vertically. */
  stack: LaneStack;
  /** The full time range with padding, UTC ms. */
  domain: [number, number] = [0, 1];
  /** The width of the drawing, px. */
  widthPx = 0;
  /** The unzoomed scale (folded where {@link folds} are closed). */
  baseX: TimeScale = foldedScale([0, 1], [], [], 1);
  /** The quiet stretches of the data that may be folded (none when folding is off), in time order. */
  folds: Fold[] = [];
  /** Whether each of {@link folds} is open (drawn to scale) rather than folded. */
  foldsOpen: boolean[] = [];

  private _rowPx = 28;
  private _folding = true;
  private _measure: (text: string) => number = () => 0;
  /** The width of each item's title by `order`, measured once (NaN until then) for as long as `_measure` is the same. */
  private _titlesPx = new Float64Array(0);

  constructor(readonly sizes: TimelineSizes = DEFAULT_SIZES) {
    this.stack = stackLanes([], this._plotMetrics());
  }

  /** Replaces the events: O(n log n). */
  setEvents(events: readonly TimelineEvent[]): void {
    const { items, issues } = createLayoutItems(events);
    this.items = items;
    this.issues = issues;
    this._titlesPx = new Float64Array(items.length).fill(NaN);
    // Filled by index, not through iterators: one object per step, per event, in code not yet optimised.
    this.byId = new Map();
    for (let i = 0; i < items.length; i++) this.byId.set(items[i].id, items[i]);
    this.marksMs = new Float64Array(items.map((item) => item.markMs));
    this.lanes = indexLanes(items);
    this.encoding = categoryEncoding(this.categories);
    this._findFolds();
  }

  /**
   * Replaces the events with the same events in other words (another language): `events` must be the array last
   * given to {@link setEvents} with only texts changed (the same ids, dates and categories, in the same order). The
   * items and lanes are made again, with the dates already worked out; the folds and which of them are open stay.
   * Call {@link relayout} after, since the labels have other widths. O(n log n).
   */
  retext(events: readonly TimelineEvent[]): void {
    this.items = this.items.map((item) => ({ ...item, event: events[item.index] }));
    this._titlesPx.fill(NaN);
    this.byId = new Map(this.items.map((item) => [item.id, item]));
    this.lanes = indexLanes(this.items);
  }

  /** Whether quiet stretches are folded (`folds="auto"`) or not (`none`); call {@link relayout} after a change. */
  get folding(): boolean {
    return this._folding;
  }

  set folding(folding: boolean) {
    if (folding === this._folding) return;
    this._folding = folding;
    this._findFolds();
  }

  /** The folds that are closed. */
  get closedFolds(): Fold[] {
    return this.folds.filter((_, i) => !this.foldsOpen[i]);
  }

  /** Opens fold `index` (its stretch is then drawn to scale); false when it was open. Call {@link relayout} after. */
  openFold(index: number): boolean {
    if (!this.folds[index] || this.foldsOpen[index]) return false;
    this.foldsOpen[index] = true;
    return true;
  }

  /** Closes every fold again; false when none was open. Call {@link relayout} after. */
  closeFolds(): boolean {
    if (!this.foldsOpen.some(Boolean)) return false;
    this.foldsOpen = this.folds.map(() => false);
    return true;
  }

  /** Lays out again for the same width, after the folds changed. */
  relayout(): void {
    this.resize(this.widthPx, this._rowPx, this._measure);
  }

  private _findFolds(): void {
    this.folds = this._folding ? findFolds(this.items) : [];
    this.foldsOpen = this.folds.map(() => false);
    this.domain = timeDomain(this.items, undefined, undefined, this.folds.reduce((ms, f) => ms + f.toMs - f.fromMs, 0));
  }

  /** The positions `[lo, hi)` in `items` of the events whose mark is within `[fromMs, toMs]`. */
  itemsBetween(fromMs: number, toMs: number): [number, number] {
    return [bisectLeft(this.marksMs, fromMs), bisectRight(this.marksMs, toMs)];
  }

  /** The categories drawn, in lane order. */
  get categories(): string[] {
    return this.lanes.map((l) => l.category);
  }

  /**
   * Lays out for a width: the base scale (leaving room on the right for the labels of the latest events), then each
   * lane's rows from a packing at the widest view. `measure` gives a text's width in px.
   */
  resize(widthPx: number, rowPx: number, measure: (text: string) => number): void {
    this.widthPx = Math.max(0, widthPx);
    this._rowPx = rowPx;
    if (measure !== this._measure) this._titlesPx.fill(NaN);
    this._measure = measure;
    const labelWidth = (item: LayoutItem) => Math.min(this.sizes.labelMaxPx, this._titlePx(item));
    const unit = foldedScale(this.domain, this.closedFolds, this.marksMs, 1);
    // Fitting every label is only worth it while labels can be drawn at the widest view at all.
    const plotPx =
      this.items.length > 2000
        ? this.widthPx * 0.92
        : fitPlotWidth(this.items, unit, this.widthPx, labelWidth, this.widthPx < NARROW_PX ? 0.75 : 0.55, DEFAULT_METRICS, this.sizes.labelMaxPx);
    this.baseX = unit.copy().range(unit.range().map((r) => r * Math.max(0, plotPx)));
    const base = (ms: number) => this.baseX(ms);
    let firstRow = 0;
    this.frameLanes = this.lanes.map((lane) => {
      const size = sizeLane(
        lane,
        (item) => itemRowBox(item, base, this.widthPx, labelWidth(item)),
        this.sizes.maxRowsPerLane,
        DEFAULT_METRICS.gapPx,
        (item) => itemRowBox(item, base, this.widthPx, 0),
      );
      const frameLane = { lane, size, firstRow };
      firstRow += size.rows + (size.clusterRow ? 1 : 0);
      return frameLane;
    });
    this.stack = stackLanes(
      this.frameLanes.map((l) => ({ firstRow: l.firstRow, rowCount: l.size.rows + (l.size.clusterRow ? 1 : 0) })),
      this._plotMetrics(),
    );
  }

  /** The height of a row of events, px (as given to {@link resize}). */
  get rowPx(): number {
    return this._rowPx;
  }

  /** The drawing's height in px: the axis and the lanes. */
  get heightPx(): number {
    return this.stack.heightPx;
  }

  /** The deepest zoom factor: two days across the view, where the scale is least detailed (outside the folds). */
  get maxScale(): number {
    const k = this.widthPx / (MIN_VISIBLE_MS * sparsestPxPerMs(this.baseX));
    return Math.max(1, Number.isFinite(k) ? k : (this.domain[1] - this.domain[0]) / MIN_VISIBLE_MS);
  }

  /** The zoomed scale that `transform` makes of the base scale, its ticks (closer on a narrow drawing) and folds. */
  axis(transform: { k: number; x: number }, locale: string): TimelineAxis {
    const x = zoomScale(this.baseX, transform);
    const w = this.widthPx;
    return { x, ticks: w > 0 ? foldedAxisTicks(x, w, isNarrow(w) ? 56 : 90, locale) : [], folds: this.foldsInView(transform, x) };
  }

  /** The closed folds that `transform` shows, where they are on screen (`x`: its zoomed scale, if already made). */
  foldsInView(transform: { k: number; x: number }, x = zoomScale(this.baseX, transform)): DrawnFold[] {
    const folds: DrawnFold[] = [];
    this.folds.forEach((fold, index) => {
      if (this.foldsOpen[index]) return;
      const [x0Px, x1Px] = [x(fold.fromMs), x(fold.toMs)];
      if (x1Px > 0 && x0Px < this.widthPx) folds.push({ ...fold, index, x0Px, x1Px });
    });
    return folds;
  }

  /**
   * Everything that changes with the zoom: the {@link axis}, the frame (with the events of the `pinned` ids always
   * drawn) and what in it can take focus. This is the work of each frame of a zoom.
   */
  view(
    transform: { k: number; x: number },
    pinned: readonly (string | null | undefined)[],
    locale: string,
    measure: (text: string) => number,
    { estimate, held, kept, marginPx = 0, ahead = 0, frameAt = transform }: FrameOptions = {},
  ): TimelineView {
    const axis = this.axis(transform, locale);
    const { x } = axis;
    const [before, after] = [ahead > 0 ? 0 : marginPx, ahead < 0 ? 0 : marginPx];
    const w = this.widthPx + before + after;
    const frameX = frameAt === transform ? x : zoomScale(this.baseX, frameAt);
    // A px of the view is that px plus (frameAt.x - transform.x) in the frame's px.
    const frameStartPx = frameAt.x - transform.x - before;
    const frame = layoutFrame({
      lanes: this.frameLanes,
      stack: this.stack,
      x: frameX,
      visibleMs: [x.invert(-before).getTime(), x.invert(this.widthPx + after).getTime()],
      widthPx: this.widthPx > 0 ? w : 0,
      startPx: frameStartPx,
      pinned: pinned.flatMap((id) => (id && this.byId.get(id)) || []),
      measure,
      estimate,
      labelMaxPx: this.sizes.labelMaxPx,
      titlePx: measure === this._measure ? this._titlePx : undefined,
      held,
      kept,
    });
    return { ...axis, frame, nav: navigables(frame), marginPx, frameAt, frameX, frameStartPx, frameWidthPx: w };
  }

  /** The width of `item`'s title, measured the first time it is asked for. */
  private readonly _titlePx = (item: LayoutItem): number => {
    const width = this._titlesPx[item.order];
    return width === width ? width : (this._titlesPx[item.order] = this._measure(item.event.title));
  };

  private _plotMetrics() {
    return {
      axisPx: this.sizes.axisPx,
      laneHeaderPx: this.sizes.laneHeaderPx,
      rowPx: this._rowPx,
      lanePadPx: this.sizes.lanePadPx,
    };
  }
}
