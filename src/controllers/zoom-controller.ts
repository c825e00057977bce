import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolateNumber, interpolateZoom } from 'd3-interpolate';
import { select, type Selection } from 'd3-selection';
import { interrupt } from 'd3-transition';
import { TimedFlag } from './timed-flag.js';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { attach } from './attach-directive.js';

export type { ZoomTransform } from 'd3-zoom';

/** A view as d3-zoom interpolates it: the centre's x and y and the width shown. */
type ZoomView = [number, number, number];

/** What the zoom controller tells its host. */
export interface ZoomControllerOptions {
  /**
   * A change of the view began: a gesture of the pointer, the wheel or the fingers (`gesture` true), or an animated
   * change asked for by the reader (a key, a button) or by code.
   */
  onStart?: (gesture: boolean) => void;
  /** The view changed; `byUser` is true for gestures and for what a key or a button asked for. */
  onZoom?: (transform: ZoomTransform, byUser: boolean) => void;
  /**
   * The change of the view ended: d3-zoom's `end`, after the pointer is lifted, after a wheel has been idle for
   * 150 ms, or when an animated change arrives. `moved` tells whether the view is not where it was at the start.
   */
  onEnd?: (byUser: boolean, moved: boolean) => void;
  /** The reader scrolled the page over the surface without the zoom modifier (and {@link ZoomController.hint} is on). */
  onPlainWheel?: () => void;
}

/** How long an animated change of the view takes (none when the reader prefers reduced motion). */
const DURATION_MS = 250;
/** d3-zoom's wheel delay: a wheel gesture ends when no wheel event came for this long. */
const SWIPE_IDLE_MS = 150;
/** How long the hint about the zoom modifier stays after a plain wheel over the surface. */
const HINT_MS = 1800;

type Surface = SVGSVGElement;

/**
 * Horizontal zoom and pan of a surface that Lit rendered, with d3-zoom.
 *
 * d3-zoom drives every gesture: Ctrl/⌘ + wheel and a trackpad pinch zoom around the pointer (with d3-zoom's own
 * wheel delta), a drag pans, two fingers pinch. Its `filter` leaves a plain vertical wheel to the page; a sideways
 * wheel or swipe pans through `zoom.translateBy`; `touch-action: pan-y` (in the styles) leaves a vertical swipe on a
 * touch screen to the page. `scaleExtent` and `translateExtent` keep the view inside the data, and the transform
 * that d3-zoom keeps on the node (`zoomTransform(node)`) is the one source of truth for the view.
 *
 * Time may run from right to left on screen (`mirrored`, for RTL). d3-zoom then works in screen coordinates, and
 * {@link transform} gives the same view in the direction of time: `x ↦ k·x + (w·(1 − k) − tₓ)`.
 */
export class ZoomController implements ReactiveController {
  private readonly _zoom: ZoomBehavior<Surface, unknown>;
  private _surface?: Surface;
  /** The screen transform while no surface is attached (before the first render). */
  private _detached: ZoomTransform = zoomIdentity;
  private _mirrored = false;
  private _widthPx = 0;
  private _maxScale = 1;
  /** Whether the change under way was asked for by the reader: a gesture, a key or a button. */
  private _byUser = false;
  /** The transform when the change under way began (`undefined`: no change under way). */
  private _startTransform?: ZoomTransform;
  private _frame = 0;
  /** Whether a gesture of our own (a sideways swipe, a Safari pinch) is under way, holding the end back. */
  private _held = false;
  /**
   * d3-zoom's gestures under way (its `start` events less its `end` events): a drag may begin before the wheel
   * gesture before it has ended (d3-zoom ends a wheel 150 ms after its last event), and the change ends with the last.
   */
  private _gestures = 0;
  /** Ends a sideways wheel or swipe once it has been idle as long as d3-zoom waits for a wheel. */
  private _swipeTimer?: ReturnType<typeof setTimeout>;
  /** The scale when a Safari pinch (gesture events) began. */
  private _gestureK = 1;
  /** Eased changes under way, and what resolves {@link eased} when the last one is over. */
  private _easing = 0;
  private _eased: Promise<void> = Promise.resolve();
  private _easedDone = (): void => undefined;

  /**
   * On for a moment after the reader scrolled the page over the surface without the zoom modifier, which a plain
   * wheel leaves to the page: the host shows how to zoom meanwhile.
   */
  readonly hint: TimedFlag;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: ZoomControllerOptions = {},
  ) {
    this._host.addController(this);
    this.hint = new TimedFlag(_host, HINT_MS);
    this._zoom = zoom<Surface, unknown>()
      .filter((event: Event) =>
        event.type === 'wheel'
          ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
          : !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button,
      )
      // Desktop browsers without a touch screen still get touch events from pens and emulators.
      .touchable(() => true)
      // An eased pan keeps its zoom all the way (d3-zoom's default path zooms out and back in on a long pan): each of
      // its frames then only shifts what is drawn. A change of zoom keeps the default, smooth path.
      .interpolate((a: ZoomView, b: ZoomView) => {
        if (a[2] !== b[2]) return interpolateZoom(a, b);
        const [x, y] = [interpolateNumber(a[0], b[0]), interpolateNumber(a[1], b[1])];
        return (t: number): ZoomView => [x(t), y(t), a[2]];
      })
      .on('start.timeline', (event: D3ZoomEvent<Surface, unknown>) => {
        this._gestures++;
        this._begin(!!event.sourceEvent);
      })
      .on('zoom.timeline', (event: D3ZoomEvent<Surface, unknown>) => this._changed(!!event.sourceEvent || this._byUser))
      // A sideways swipe or a Safari pinch is one change made of many: it ends when the gesture does.
      .on('end.timeline', () => {
        this._gestures = Math.max(0, this._gestures - 1);
        this._endIfIdle();
      });
  }

  /** The element directive that attaches the gestures to the element it is on: `<svg ${zoom.surface()}>`. */
  surface(): unknown {
    return attach(this);
  }

  /** Whether time runs from right to left on screen (RTL): gestures are mirrored to match. */
  get mirrored(): boolean {
    return this._mirrored;
  }

  set mirrored(mirrored: boolean) {
    if (mirrored === this._mirrored) return;
    const t = this.transform;
    this._mirrored = mirrored;
    this._apply(this._toScreen(t.k, t.x));
  }

  /** The view in the direction of time: `x ↦ k · base(x) + tₓ` is the visible scale. */
  get transform(): ZoomTransform {
    const t = this._screen();
    return this._mirrored ? zoomIdentity.translate(this._widthPx * (1 - t.k) - t.x, 0).scale(t.k) : t;
  }

  /** The current scale factor (1 = the whole extent). */
  get scale(): number {
    return this._screen().k;
  }

  /** The deepest zoom allowed. */
  get maxScale(): number {
    return this._maxScale;
  }

  /** Resolves once no eased change of the view is under way (at once when none is). */
  get eased(): Promise<void> {
    return this._eased;
  }

  /** Attaches the gestures to `surface` (idempotent; a new surface takes over the transform of the old one). */
  attach(surface: Surface): void {
    if (this._surface === surface) return;
    const t = this._screen();
    this._detach();
    this._surface = surface;
    const selection = select(surface);
    selection.call(this._zoom).on('dblclick.zoom', null).on('wheel.timeline', this._onWheel, { passive: false });
    selection.on('gesturestart.timeline gesturechange.timeline gestureend.timeline', this._onGesture);
    // Where d3-zoom keeps its state; set as it sets it on attaching, since this is no change of the view.
    selection.property('__zoom', t);
  }

  /** Sets the surface's size and the deepest zoom; keeps the visible range when the width changes. */
  configure(widthPx: number, heightPx: number, maxScale: number): void {
    const t = this.transform;
    const ratio = this._widthPx > 0 && widthPx > 0 ? widthPx / this._widthPx : 1;
    this._widthPx = Math.max(0, widthPx);
    this._maxScale = Math.max(1, maxScale);
    const w = this._widthPx;
    const h = Math.max(1, heightPx);
    this._zoom
      .extent([[0, 0], [w, h]])
      .translateExtent([[0, -Infinity], [w, Infinity]])
      .scaleExtent([1, this._maxScale]);
    this._apply(this._toScreen(t.k, t.x * ratio));
  }

  /**
   * Zooms by `factor` (2 = twice as close) around `centerPx` (a position at the current zoom, in the direction of
   * time; default: the middle). `animate` eases the change (instantly under reduced motion) and reports it as the
   * reader's.
   */
  zoomBy(factor: number, centerPx = this._widthPx / 2, animate = false): void {
    const point: [number, number] = [this._mirrored ? this._widthPx - centerPx : centerPx, 0];
    this._run(animate, (target) => this._zoom.scaleBy(target, factor, point));
  }

  /** Pans by `dxPx` pixels at the current zoom (positive moves the view later in time). */
  panBy(dxPx: number, animate = false): void {
    const dx = (this._mirrored ? dxPx : -dxPx) / this.scale;
    this._run(animate, (target) => this._zoom.translateBy(target, dx, 0));
  }

  /**
   * Zooms so that `[startPx, endPx]` (positions at the base, unzoomed scale) fills `fraction` of the view, centred,
   * within the allowed zoom and extent.
   */
  showRange(startPx: number, endPx: number, fraction = 0.6, animate = false): void {
    const k = Math.min(this._maxScale, Math.max(1, (this._widthPx * fraction) / Math.max(1e-6, endPx - startPx)));
    const t = this._toScreen(k, this._widthPx / 2 - (k * (startPx + endPx)) / 2);
    this._run(animate, (target) => this._zoom.transform(target, t));
  }

  /** Shows the whole extent again. */
  reset(animate = false): void {
    this._run(animate, (target) => this._zoom.transform(target, zoomIdentity));
  }

  hostConnected(): void {
    const surface = this._surface;
    if (surface) {
      this._surface = undefined;
      this.attach(surface);
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    clearTimeout(this._swipeTimer);
    this._swipeTimer = undefined;
    this._held = false;
    this._gestures = 0;
    this._startTransform = undefined;
    this._byUser = false;
    const surface = this._surface;
    if (surface) interrupt(surface);
    this._detach();
    // Remembered so that a re-connected host gets its gestures back.
    this._surface = surface;
  }

  /** The transform d3-zoom holds, in screen coordinates. */
  private _screen(): ZoomTransform {
    return this._surface ? zoomTransform(this._surface) : this._detached;
  }

  /** The screen transform that shows the view `x ↦ k·x + xPx` in the direction of time. */
  private _toScreen(k: number, xPx: number): ZoomTransform {
    return zoomIdentity.translate(this._mirrored ? this._widthPx * (1 - k) - xPx : xPx, 0).scale(k);
  }

  /** Sets a transform at once, as the host's own change (clamped by d3-zoom's constrain). */
  private _apply(t: ZoomTransform): void {
    if (this._surface) this._zoom.transform(select(this._surface), t);
    else this._detached = t;
  }

  /**
   * Runs a change of the view on the surface: at once, or eased over a short d3-transition (at once when the reader
   * prefers reduced motion). An eased change is the reader's (a key or a button) and ends with `onEnd`.
   */
  private _run(
    animate: boolean,
    change: (target: Selection<Surface, unknown, null, undefined> | ReturnType<Selection<Surface, unknown, null, undefined>['transition']>) => void,
  ): void {
    const surface = this._surface;
    if (!surface) {
      // Not drawn yet: the change applies to the transform kept aside, on a node that is never shown.
      const holder = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg') as Surface);
      holder.property('__zoom', this._detached);
      change(holder);
      this._detached = zoomTransform(holder.node()!);
      return;
    }
    const selection = select(surface);
    if (!animate) {
      change(selection);
      return;
    }
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const transition = selection.transition('timeline-zoom').duration(reduce ? 0 : DURATION_MS);
    // Runs before d3-zoom's own start listener on the transition, which starts the change.
    transition.on('start.timeline', () => (this._byUser = true));
    if (this._easing++ === 0) this._eased = new Promise((resolve) => (this._easedDone = resolve));
    const settled = () => {
      if (--this._easing === 0) this._easedDone();
    };
    // Ended, interrupted by another change, or cancelled before it began: either way it is over.
    transition.end().then(settled, settled);
    change(transition);
  }

  /** A change of the view began (nested changes count once, as d3-zoom's gestures do). */
  private _begin(byUser: boolean): void {
    if (byUser) this._byUser = true;
    if (this._startTransform) return;
    this._startTransform = this._screen();
    this._options.onStart?.(byUser);
  }

  /** Ends the change under way once no gesture, of d3-zoom's or of our own, is left in it. */
  private _endIfIdle(): void {
    if (!this._gestures && !this._held) this._finish();
  }

  /** The change under way ended: tells whether it was the reader's and whether the view moved. */
  private _finish(): void {
    const start = this._startTransform;
    if (!start) return;
    const byUser = this._byUser;
    const t = this._screen();
    this._startTransform = undefined;
    this._byUser = false;
    this._options.onEnd?.(byUser, start.k !== t.k || start.x !== t.x);
  }

  private _changed(byUser: boolean): void {
    this._options.onZoom?.(this.transform, byUser);
    if (!byUser) {
      this._host.requestUpdate();
    } else if (!this._frame) {
      // A gesture sends events faster than frames (several wheel or pointer events per frame): draw once a frame.
      this._frame = requestAnimationFrame(() => {
        this._frame = 0;
        this._host.requestUpdate();
      });
    }
  }

  private _detach(): void {
    const surface = this._surface;
    if (!surface) return;
    this._detached = zoomTransform(surface);
    select(surface).on('.zoom', null).on('.timeline', null);
    this._surface = undefined;
  }

  /**
   * What d3-zoom leaves to the page: a sideways wheel or trackpad swipe pans (through `translateBy`), a plain
   * vertical wheel scrolls the page (and may show a hint). Ctrl + wheel never reaches the browser's page zoom, even
   * at the deepest zoom, where d3-zoom ignores it.
   */
  private readonly _onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
    } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      this._begin(true);
      this._held = true;
      clearTimeout(this._swipeTimer);
      this._swipeTimer = setTimeout(() => {
        this._swipeTimer = undefined;
        this._held = false;
        this._endIfIdle();
      }, SWIPE_IDLE_MS);
      this.panBy(this._mirrored ? -event.deltaX : event.deltaX);
    } else if (event.deltaY !== 0) {
      this.hint.show();
      this._options.onPlainWheel?.();
    }
  };

  /** Safari reports a trackpad pinch as gesture events, not as Ctrl + wheel: the same zoom, through `scaleTo`. */
  private readonly _onGesture = (event: Event): void => {
    const surface = this._surface;
    if (!surface) return;
    event.preventDefault();
    const gesture = event as Event & { scale: number; clientX: number };
    if (event.type === 'gesturestart') {
      this._gestureK = zoomTransform(surface).k;
      this._begin(true);
      this._held = true;
      return;
    }
    const box = surface.getBoundingClientRect();
    this._zoom.scaleTo(select(surface), this._gestureK * gesture.scale, [gesture.clientX - box.left, 0]);
    if (event.type === 'gestureend') {
      this._held = false;
      this._endIfIdle();
    }
  };
}
