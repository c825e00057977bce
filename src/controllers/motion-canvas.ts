import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from './when-idle.js';

/** What paints frames on the canvas (loaded with the element's deferred parts): see `elements/paint-frame.ts`. */
export interface FramePainter<View, Palette> {
  /** The palette to paint the chart `svg` with on `canvas`; `null` when it cannot be read, or painted there. */
  readPalette(svg: SVGSVGElement, canvas: HTMLCanvasElement): Palette | null;
  /** Paints `view` on `canvas`, whose top edge lies `topPx` CSS px below the top of the chart. */
  paintFrame(canvas: HTMLCanvasElement, view: View, palette: Palette, topPx: number): void;
}

/** Clears all of `canvas`, whatever its context's transform. */
function clear(canvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(1, 0, 0, 1, 0, 0);
  ctx?.clearRect(0, 0, canvas.width, canvas.height);
}

/** Whether the page is in forced colours, where the SVG takes the system's colours and the canvas is never used. */
const forcedColours = () => matchMedia('(forced-colors: active)').matches;

/**
 * Paints the events on a canvas over the chart while a gesture of the reader's moves the view. A zoom moves every
 * mark in view, and as SVG nodes each change costs the browser style, layout and paint; on a canvas a frame is a few
 * thousand drawing calls. The canvas covers the axis and the lanes, and the SVG under it stays as it was when the
 * gesture began, axis and all, so that focus and the accessibility tree keep their nodes and the browser has nothing
 * of it to lay out or paint again; once the view rests the SVG draws the view and the canvas is hidden.
 *
 * The canvas covers the part of the chart in the window, not all of it: a tall chart's canvas would cost the browser
 * a copy of all its pixels in every frame, and new buffers of that size in the first frames of a gesture.
 *
 * It paints only when it can look like the SVG: once the painter has loaded, and never with forced colours, where
 * the SVG takes the system's colours and the gesture is drawn as SVG.
 */
export class MotionCanvas<Drawn, View, Palette> implements ReactiveController {
  /** What the SVG showed when the gesture began, kept until it ends; `undefined` when not painting. */
  frozen: Drawn | undefined;

  private _palette: Palette | null = null;
  /** The canvas the host renders (it keeps one for its lifetime). */
  private _canvas?: HTMLCanvasElement;
  private _armed = false;
  private _warmed = false;
  private _next?: View;
  /** Where the canvas's top edge lies, in CSS px below the top of the chart. */
  private _topPx = 0;
  /** Whether the canvas is taking part in its unseen frames ({@link _warmBuffers}). */
  private _warming = false;

  /** Cancels the idle task of the rehearsal under way ({@link warm}). */
  private _cancelRehearsal?: () => void;
  /** Whether a gesture of the reader's has begun: a rehearsal stops then. */
  private _begun = false;

  /**
   * @param _painter - What paints, once it has loaded.
   * @param _rehearse - The frames of a rehearsed gesture from the view warmed up, laid out one at a time as they are
   *   asked for: painted unseen in the idle time after the warm-up (see {@link warm}).
   */
  constructor(
    private readonly _host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly _painter: () => FramePainter<View, Palette> | undefined,
    private readonly _rehearse?: (view: View) => Iterator<View>,
  ) {
    this._host.addController(this);
  }

  /**
   * Paints `view` once on the hidden canvas when the page is next idle, once the painter has loaded: the first frame
   * of the first gesture then finds the context, fonts, shapes and patterns ready instead of making them. Then the
   * canvas takes part in a few frames, unseen ({@link _warmBuffers}); after them, the frames of a rehearsed gesture are
   * laid out and painted, unseen, as many in each idle period as it has room for, until the reader's first gesture.
   *
   * @param events - How many events the host draws: with fewer than {@link MotionCanvas.minMarks}, no frame can draw
   *   enough marks for a gesture to be painted, so the canvas is never used and nothing is warmed.
   */
  warm(view: View, events: number): void {
    if (this._warmed || events < MotionCanvas.minMarks || !this._painter()) return;
    this._warmed = true;
    this._cancelRehearsal = whenIdle(() => {
      const painter = this._painter();
      const svg = this._host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
      const canvas = this._findCanvas();
      const palette = painter && svg && canvas && !this.frozen && !forcedColours() ? painter.readPalette(svg, canvas) : null;
      if (!palette) return;
      const topPx = this._fit(svg!, canvas!);
      painter!.paintFrame(canvas!, view, palette, topPx);
      const frames = this._rehearse?.(view);
      const rehearse = (deadline?: IdleDeadline) => {
        do {
          const next = this._begun ? undefined : frames!.next();
          if (!next || next.done) return;
          painter!.paintFrame(canvas!, next.value, palette, topPx);
          clear(canvas!);
        } while ((deadline?.timeRemaining() ?? 0) > MotionCanvas.rehearsalRoomMs);
        this._cancelRehearsal = whenIdle(rehearse);
      };
      this._warmBuffers(canvas!, () => frames && (this._cancelRehearsal = whenIdle(rehearse)));
    });
  }

  /** How many ms an idle period must still have left for the rehearsal to lay out and paint another frame in it. */
  static rehearsalRoomMs = 20;

  /** How many frames the canvas is shown for, unseen, before the first gesture (see {@link _warmBuffers}). */
  static warmFrames = 4;

  /**
   * Shows the canvas, all but transparent, for {@link MotionCanvas.warmFrames} frames, with a pixel changed in each:
   * the browser makes the buffers it hands a canvas's frames to the compositor in (three of them in Chromium) now,
   * rather than in the first frames of the first gesture, where each cost about 20 ms at 1,200 × 900 px. A canvas with
   * an opacity of 0 takes no part in frames, so it gets one too small to be seen. A gesture that begins meanwhile
   * shows the canvas as it is; otherwise `then` runs after the last of them.
   */
  private _warmBuffers(canvas: HTMLCanvasElement, then: () => void): void {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    this._warming = true;
    canvas.style.display = 'block';
    canvas.style.opacity = '0.002';
    let frames = 0;
    const next = () => {
      if (!this._warming) return;
      clear(canvas);
      if (frames++ === MotionCanvas.warmFrames) return this._endWarm(), then();
      ctx.fillRect(frames, 0, 1, 1);
      requestAnimationFrame(next);
    };
    next();
  }

  /** The canvas is seen as the host renders it again, whether its unseen frames are over or a gesture began. */
  private _endWarm(): void {
    if (!this._warming) return;
    this._warming = false;
    this._canvas?.style.removeProperty('display');
    this._canvas?.style.removeProperty('opacity');
  }

  /**
   * How many marks (events and clusters) a frame must draw for a zoom to be painted on the canvas. Below it the SVG
   * follows the gesture itself: moving a few nodes costs less than painting, and rasterizing, the whole plot's
   * canvas in every frame.
   */
  static minMarks = 100;

  /**
   * A gesture of the reader's began over a frame of `marks` marks: its zoom, if it zooms, may be painted (when there
   * are at least {@link MotionCanvas.minMarks}).
   */
  arm(marks: number): void {
    this._begun = true;
    this._armed = marks >= MotionCanvas.minMarks;
  }

  /**
   * The armed gesture zooms, over what the SVG shows now (`drawn`): paints from now on until it ends, if it can. A
   * pan is left to the SVG, which moves its events with one shift.
   */
  start(drawn: Drawn): void {
    if (!this._armed || this.frozen) return;
    this._armed = false;
    this._endWarm();
    const painter = this._painter();
    const svg = this._host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    const canvas = this._findCanvas();
    this._palette = painter && svg && canvas && !forcedColours() ? painter.readPalette(svg, canvas) : null;
    this.frozen = this._palette ? drawn : undefined;
    if (this._palette) this._fit(svg!, canvas!);
  }

  /**
   * Sizes `canvas` to the chart's width and to the height of the window (or of the chart, if less), and places it
   * over the part of the chart in the window; returns where its top edge lies, in CSS px below the chart's top. Its
   * size stays the same from one gesture to the next, so that the browser can reuse its buffers.
   */
  private _fit(svg: SVGSVGElement, canvas: HTMLCanvasElement): number {
    const { top, width, height } = svg.getBoundingClientRect();
    const heightPx = Math.min(height, innerHeight);
    const [w, h] = [Math.round(width * devicePixelRatio), Math.round(heightPx * devicePixelRatio)];
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    this._topPx = Math.round(Math.min(Math.max(0, -top), height - heightPx));
    canvas.style.height = `${heightPx}px`;
    canvas.style.top = `${this._topPx}px`;
    return this._topPx;
  }

  private _findCanvas(): HTMLCanvasElement | undefined {
    return (this._canvas ??= this._host.renderRoot.querySelector<HTMLCanvasElement>('canvas.motion') ?? undefined);
  }

  /** The gesture ended: the SVG draws again. */
  stop(): void {
    this._armed = false;
    this.frozen = undefined;
    this._palette = null;
  }

  /** Paints `view` once the host has rendered (the canvas then has its size). */
  paint(view: View): void {
    this._next = view;
  }

  hostUpdated(): void {
    const view = this._next;
    this._next = undefined;
    if (!view || !this._palette || !this.frozen) return;
    const canvas = this._findCanvas();
    if (canvas) this._painter()?.paintFrame(canvas, view, this._palette, this._topPx);
  }

  hostDisconnected(): void {
    this._cancelRehearsal?.();
    this.stop();
    this._endWarm();
  }
}
