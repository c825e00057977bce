import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { byId, type DrawnItem } from '../layout/frame.js';
import { frameShift, sameZoom, type ZoomState } from '../layout/motion.js';
import type { TimelineLayout, TimelineView } from '../layout/timeline-layout.js';
import type { BookmarkState } from './bookmark-controller.js';
import type { ZoomController } from './zoom-controller.js';

/**
 * What is in view at the current zoom: the scale, the ticks, the frame and what in it can take focus; with the zoom
 * and the inputs (`key`) the frame was laid out for, whether the view was moving then (its labels held), and how it
 * is moved to show the current zoom (its px `p` is at `p + shiftPx` in the plot).
 */
export type DrawnView = TimelineView & { at: ZoomState; key: string; moving: boolean; shiftPx: number };

/** How far the px a frame is laid out in may lie from the view's, px, before they start again from the view's. */
const FAR_PX = 2 ** 16;

/**
 * How long the frame of a change of the view stays as drawn once the change ends, ms, before it is packed again at
 * rest: as long as d3-zoom waits for the end of a wheel gesture. A reader who pans in strokes goes on from the same
 * frame, and the frame that ends a drag draws only its shift, or only the canvas.
 */
const REST_DELAY_MS = 150;

/** What the view follows and where it reports: the layout, the zoom, and the parts that come later. */
export interface ViewOptions {
  readonly layout: TimelineLayout;
  readonly zoom: ZoomController;
  /** The width of a label in px, and a fast estimate of it (for events that come into view during a gesture). */
  readonly measurer: { readonly measure: (text: string) => number; readonly estimate: (text: string) => number };
  /** The canvas that paints a zoom gesture, once the deferred parts are in. */
  canvas(): { readonly frozen: unknown; start(drawn: DrawnView): void; arm(marks: number): void; stop(): void } | undefined;
  /** Selects an event the page address named (or none), as the page would. */
  select(id: string | null): void;
  /**
   * Keeps a range in the page address and reports the address's problems (and an event it names that the timeline
   * does not have), when the timeline has a bookmark.
   */
  bookmark(): { recordRange(fromMs: number, toMs: number): void; report(problems: readonly string[], unknown?: string): void } | undefined;
}

/** What an update of the host brings to the view. */
export interface ViewInputs {
  /** What the data controller found changed: the events, their texts, or nothing. */
  readonly change: 'events' | 'texts' | null;
  readonly widthPx: number;
  readonly folding: boolean;
  /** The height of a row of events, px (the host's `--timeline-lane-height`, read only when laid out anew), or NaN. */
  rowPx(): number;
  /** The ids of the events that are always drawn: the focused and the selected ones. */
  readonly pinned: readonly (string | null)[];
  readonly locale: string;
  /** Whether the events are all in, so that a view asked for before can be shown. */
  readonly ready: boolean;
}

/**
 * The view of a timeline: lays it out for the size, the folds and the zoom of each update, and keeps the frame it
 * drew while a gesture moves it (shifted while it pans, painted on the canvas while it zooms, packed again at rest).
 * It also owns the changes of the view made by code: a range set before it could be shown, a view read from the page
 * address, and the changes of the folds that keep the range in view.
 */
export class ViewController implements ReactiveController {
  /** What is drawn now. */
  drawn: DrawnView;
  /** The events drawn when a change of the view began, by id, until it rests (see `layoutFrame`'s `held`). */
  private _held?: ReadonlyMap<string, DrawnItem>;
  /** Where that change began, and whether the view has left it since: a press that moves nothing lays out nothing. */
  private _startAt?: ZoomState;
  private _moved = false;
  /** A visible range set before it could be shown (no width or no events yet), UTC ms. */
  private _pending?: readonly [number, number];
  /** A view read from the page address, shown once the events are in. */
  private _restoring?: BookmarkState;
  /** Resolves once the view is packed again at rest after the last change (at once when it is). */
  rested = Promise.resolve();
  /** Ends the wait for the packing at rest after a change, while it waits. */
  private _resting?: () => void;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _o: ViewOptions,
  ) {
    _host.addController(this);
    const at = _o.zoom.transform;
    this.drawn = { ..._o.layout.view(at, [], '', _o.measurer.measure), at, key: '', moving: false, shiftPx: 0 };
  }

  /** The width of a label in px, as the view is laid out with, and its fast estimate. */
  get measurer(): ViewOptions['measurer'] {
    return this._o.measurer;
  }

  /**
   * The time range on screen, from the start of the axis to its end, as UTC epoch ms: from the zoom's transform,
   * the view's one source of truth (during a gesture it may be a frame ahead of the drawing).
   */
  get range(): [number, number] {
    return this.rangeAt(this._o.zoom.transform);
  }

  /** The time range on screen at the zoom `t` (in the direction of time), UTC epoch ms. */
  rangeAt(t: ZoomState): [number, number] {
    const { baseX: base, widthPx } = this._o.layout;
    const at = (px: number) => base.invert((px - t.x) / t.k).getTime();
    return [at(0), at(Math.max(1, widthPx))];
  }

  /** Shows `[fromMs, toMs]` as soon as it can (at the next update with a width and the events in). */
  request(range: readonly [number, number]): void {
    this._pending = range;
    this._host.requestUpdate();
  }

  /**
   * Shows a view read from the page address once the events are in. An address that names no event keeps the host's
   * own selection (`selected: undefined`), or clears it (`null`, after Back or Forward).
   */
  restore(state: BookmarkState): void {
    this._restoring = state;
    this._host.requestUpdate();
  }

  /** A change of the view began: the labels move with their marks until it rests; a gesture may be painted. */
  start(gesture: boolean): void {
    const { frame } = this.drawn;
    // A change begun while the last one waits to rest goes on from its frame, as moving from the start.
    this._moved = !!this._resting;
    this._resting?.();
    this._held = byId(frame.items);
    this._startAt = this._o.zoom.transform;
    if (gesture) this._o.canvas()?.arm(frame.items.length + frame.clusters.length);
  }

  /** Whether a change of the view has moved it from where it began, and has not ended yet. */
  get moving(): boolean {
    return this._moved;
  }

  /**
   * The change of the view ended: if it moved, it is packed again at rest; at once after a change made by code, and
   * {@link REST_DELAY_MS} later after the reader's (`gesture`), the frame drawn staying until then as it is, shifted
   * with the view or painted on the canvas.
   */
  end(gesture: boolean): void {
    if (!this._moved || !gesture) {
      if (this._moved) this._host.requestUpdate();
      return this._rest(), this._o.canvas()?.stop();
    }
    this.rested = new Promise((resolve) => {
      const timer = setTimeout(() => (this._rest(), this._o.canvas()?.stop(), this._host.requestUpdate(), this._resting?.()), REST_DELAY_MS);
      this._resting = () => (clearTimeout(timer), (this._resting = undefined), resolve());
    });
  }

  /** A gesture cut short when the host leaves the page ends with it: the view is at rest when it comes back. */
  hostDisconnected(): void {
    this._resting?.();
    this._rest();
  }

  private _rest(): void {
    this._held = this._startAt = undefined;
    this._moved = false;
  }

  /** Lays out the view for this update (the host's `willUpdate`). */
  update({ change, widthPx, folding, rowPx, pinned, locale, ready }: ViewInputs): void {
    const { layout, zoom } = this._o;
    const foldingChanged = folding !== layout.folding;
    layout.folding = folding;
    if (change === 'events' || foldingChanged || widthPx !== layout.widthPx) {
      const row = rowPx();
      layout.resize(widthPx, Number.isFinite(row) && row >= 16 ? row : 28, this.measurer.measure);
      zoom.configure(layout.widthPx, layout.heightPx, layout.maxScale);
      if (foldingChanged && change !== 'events') zoom.reset();
    } else if (change === 'texts') {
      // The labels have other widths: a view of everything is fitted to them again, and any other view is kept.
      const { k, x } = zoom.transform;
      if (k === 1 && x === 0) {
        layout.relayout();
        zoom.configure(layout.widthPx, layout.heightPx, layout.maxScale);
      } else this.relayout();
    }
    if (ready && layout.widthPx > 0 && layout.items.length) this._showPending();
    const { drawn, _startAt: from } = this;
    const now = zoom.transform;
    if (from && !this._moved) this._moved = now.k !== from.k || now.x !== from.x;
    const held = this._moved ? this._held : undefined;
    const canvas = this._o.canvas();
    const key = `${layout.widthPx} ${locale} ${layout.foldsOpen} ${layout.folds.length}`;
    // The focused and the selected events are drawn whatever the zoom: the frame is laid out again for one it lacks.
    const lacks = pinned.some((id) => id !== null && layout.byId.has(id) && !drawn.frame.items.some((d) => d.item.id === id));
    // While the view pans, the frame drawn is shifted with it; it is laid out again, half a width wider on each side,
    // only when it no longer covers the view. A zoom lays it out again each frame.
    // A gesture that zooms is painted on the canvas from its first zoom on, each frame laid out anew, with no margin.
    if (held && !sameZoom(now.k, drawn.at.k)) canvas?.start(drawn);
    const svg = held && !canvas?.frozen;
    const shift = svg && !change && !lacks && drawn.key === key && drawn.moving;
    const shiftPx = shift ? frameShift(drawn, layout.widthPx, now) : null;
    // An update that changes nothing drawn (a part loaded, a hint shown, a panel opened) keeps the view as it is.
    if (shiftPx !== null) this.drawn = { ...drawn, ...layout.axis(now, locale), shiftPx };
    else if (change || held || lacks || drawn.key !== key || drawn.moving || drawn.at.k !== now.k || drawn.at.x !== now.x) {
      const same = sameZoom(now.k, drawn.frameAt.k);
      const marginPx = svg && same ? Math.round(layout.widthPx / 2) : 0;
      // At the zoom factor of the frame drawn, the new one is laid out in its px: what has not moved on screen keeps
      // its attributes, and only what comes into view or leaves it is drawn anew (at the first move of a pan, and at
      // its end). The px start again from the view's at another factor, or once they are far from the view's.
      const frameAt = same && Math.abs(now.x - drawn.frameAt.x) < FAR_PX ? drawn.frameAt : now;
      // At rest after a pan, the events drawn keep their rows: nothing jumps to another row when the view stops.
      const carried = frameAt === drawn.frameAt && !change && drawn.key === key;
      const kept = !held && carried ? byId(drawn.frame.items) : undefined;
      const { estimate } = this.measurer;
      // The margin is laid out ahead of the view only: it moves on that way, and a frame half as wide is drawn anew.
      const ahead = Math.sign(drawn.at.x - now.x);
      const view = layout.view(now, pinned, locale, this.measurer.measure, { estimate, held, kept, marginPx, ahead, frameAt });
      this.drawn = { ...view, at: now, key, moving: !!held, shiftPx: now.x - frameAt.x };
    }
  }

  /** Shows `[fromMs, toMs]` at once, opening the folds that take up more than half of it. */
  showRange([from, to]: readonly [number, number]): void {
    const { layout, zoom } = this._o;
    let opened = false;
    layout.folds.forEach((f, i) => {
      if (Math.min(to, f.toMs) - Math.max(from, f.fromMs) > (to - from) / 2) opened = layout.openFold(i) || opened;
    });
    if (opened) this.relayout();
    zoom.showRange(layout.baseX(from), layout.baseX(to), 1);
    this._o.bookmark()?.recordRange(...this.range);
  }

  /** Lays out again after the folds changed, keeping the visible range. */
  relayout(): void {
    const { layout, zoom } = this._o;
    const [from, to] = this.range;
    const before = layout.baseX;
    layout.relayout();
    zoom.configure(layout.widthPx, layout.heightPx, layout.maxScale);
    if (before !== layout.baseX) zoom.showRange(layout.baseX(from), layout.baseX(to), 1);
    this._host.requestUpdate();
  }

  /** Shows everything, with the quiet stretches folded again (`animate`: eased, as the reader's change). */
  showAll(animate: boolean): void {
    if (this._o.layout.closeFolds()) this.relayout();
    this._o.zoom.reset(animate);
  }

  /** Shows what was asked for before it could be: a view from the page address, then a range set by code. */
  private _showPending(): void {
    const state = this._restoring;
    this._restoring = undefined;
    if (state) {
      const { selected } = state;
      const known = selected === null || (selected !== undefined && this._o.layout.byId.has(selected));
      if (known) this._o.select(selected);
      if (state.range) this._pending = state.range;
      this._o.bookmark()?.report(state.problems, known ? undefined : selected);
    }
    const range = this._pending;
    this._pending = undefined;
    if (range) this.showRange(range);
  }
}
