import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimeScale } from '../layout/scale.js';

/** A horizontal zoom: `x' = x · k + tx`, from positions at the base scale to positions on screen. */
export class ZoomTransform {
  constructor(
    /** The scale factor (1 = the whole extent). */
    readonly k: number,
    /** The translation, in px. */
    readonly x: number,
  ) {}

  /** Where a base position appears on screen. */
  applyX(px: number): number {
    return px * this.k + this.x;
  }

  /** The base position shown at a screen position. */
  invertX(px: number): number {
    return (px - this.x) / this.k;
  }

  /** The scale that draws `base` zoomed by this transform (like d3-zoom's `rescaleX`). */
  rescaleX(base: TimeScale): TimeScale {
    return base.copy().domain(base.range().map((px) => base.invert(this.invertX(px))));
  }
}

/** The identity transform. */
export const zoomIdentity = new ZoomTransform(1, 0);

/** What the zoom controller tells its host. */
export interface ZoomControllerOptions {
  /** Called after every change of the transform; `byUser` is true for gestures (wheel, drag, pinch). */
  onZoom?: (transform: ZoomTransform, byUser: boolean) => void;
  /** Called when the user scrolls the page over the surface without the zoom modifier (to show a hint). */
  onPlainWheel?: () => void;
}

/** A drag shorter than this (px) is still a click. */
const CLICK_DISTANCE_PX = 4;

/**
 * Horizontal zoom and pan of a surface that Lit rendered, with pointer events (mouse, pen and touch alike).
 *
 * The gestures leave the page scrollable: a plain vertical wheel scrolls the page (the host may show a hint),
 * Ctrl/⌘ + wheel and a trackpad pinch zoom around the pointer, a horizontal wheel or trackpad swipe pans, a drag pans,
 * and on touch screens a vertical swipe scrolls the page (`touch-action: pan-y`) while a horizontal one pans and two
 * fingers pinch. The transform stays within [1, maxScale] and never pans past the extent. The maths follow d3-zoom's
 * (`k`, `x`, `rescaleX`); d3-zoom itself is not used because it, d3-selection, d3-drag, d3-interpolate and d3-color
 * would be a third of the bundle for a zoom that is only horizontal.
 */
export class ZoomController implements ReactiveController {
  /** Whether time runs from right to left on screen (RTL): gestures are mirrored to match. */
  mirrored = false;

  private _transform = zoomIdentity;
  private _surface?: HTMLElement | SVGElement;
  private _widthPx = 0;
  private _maxScale = 1;
  private readonly _pointers = new Map<number, { x: number; startX: number }>();
  private _pinch?: { distancePx: number; k: number; midPx: number };
  private _gesture?: { k: number };
  private _moved = false;
  private _frame = 0;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: ZoomControllerOptions = {},
  ) {
    this._host.addController(this);
  }

  /** The current transform: `transform.rescaleX(base)` gives the visible scale. */
  get transform(): ZoomTransform {
    return this._transform;
  }

  /** The current scale factor (1 = whole extent). */
  get scale(): number {
    return this._transform.k;
  }

  /** The deepest zoom allowed. */
  get maxScale(): number {
    return this._maxScale;
  }

  /** Attaches the gestures to `surface` (idempotent; a new surface replaces the old one). */
  attach(surface: HTMLElement | SVGElement): void {
    if (this._surface === surface) return;
    this._detach();
    this._surface = surface;
    for (const [type, listener, options] of this._listeners) surface.addEventListener(type, listener, options);
  }

  /** Sets the surface width and the deepest zoom; keeps the visible range when the width changes. */
  configure(widthPx: number, maxScale: number): void {
    const ratio = this._widthPx > 0 && widthPx > 0 ? widthPx / this._widthPx : 1;
    this._widthPx = Math.max(0, widthPx);
    this._maxScale = Math.max(1, maxScale);
    this._set(new ZoomTransform(this._transform.k, this._transform.x * ratio), false);
  }

  /** Zooms by `factor` (2 = twice as close) around `centerPx` (default: the middle). */
  zoomBy(factor: number, centerPx = this._widthPx / 2, byUser = false): void {
    const t = this._transform;
    const k = this._clampK(t.k * factor);
    this._set(new ZoomTransform(k, centerPx - ((centerPx - t.x) / t.k) * k), byUser);
  }

  /** Pans by `dxPx` pixels (positive moves the view later in time). */
  panBy(dxPx: number, byUser = false): void {
    this._set(new ZoomTransform(this._transform.k, this._transform.x - dxPx), byUser);
  }

  /** Pans so that `xPx` (a position at the current zoom) sits in the middle of the view. */
  centerOn(xPx: number): void {
    this.panBy(xPx - this._widthPx / 2);
  }

  /**
   * Zooms so that `[startPx, endPx]` (positions at the base, unzoomed scale) fills `fraction` of the view, centred.
   * The transform is clamped to the allowed zoom and extent.
   */
  showRange(startPx: number, endPx: number, fraction = 0.6): void {
    const k = this._clampK((this._widthPx * fraction) / Math.max(1e-6, endPx - startPx));
    this._set(new ZoomTransform(k, this._widthPx / 2 - (k * (startPx + endPx)) / 2), false);
  }

  /** Shows the whole extent again. */
  reset(): void {
    this._set(zoomIdentity, false);
  }

  hostConnected(): void {
    if (this._surface) {
      const surface = this._surface;
      this._surface = undefined;
      this.attach(surface);
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    const surface = this._surface;
    this._detach();
    // Remembered so that a re-connected host gets its gestures back.
    this._surface = surface;
  }

  private _clampK(k: number): number {
    return Math.min(this._maxScale, Math.max(1, Number.isFinite(k) ? k : 1));
  }

  /** Applies a transform, clamped so that the view never leaves the extent `[0, width]` of the base scale. */
  private _set(t: ZoomTransform, byUser: boolean): void {
    const k = this._clampK(t.k);
    const x = Math.min(0, Math.max(this._widthPx * (1 - k), Number.isFinite(t.x) ? t.x : 0));
    if (k === this._transform.k && x === this._transform.x) return;
    this._transform = new ZoomTransform(k, x);
    this._options.onZoom?.(this._transform, byUser);
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
    for (const [type, listener, options] of this._listeners) surface.removeEventListener(type, listener, options);
    this._pointers.clear();
    this._pinch = undefined;
    this._surface = undefined;
  }

  /** Where a pointer is, in px from the start of time's axis: from the left, or from the right when mirrored. */
  private _localX(event: MouseEvent): number {
    const box = this._surface?.getBoundingClientRect();
    const x = event.clientX - (box?.left ?? 0);
    return this.mirrored ? (box?.width ?? this._widthPx) - x : x;
  }

  private readonly _onWheel = (event: WheelEvent): void => {
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this._widthPx : 1;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      // The same response as d3-zoom's: a pinch (Ctrl + wheel with small deltas) is ten times as strong.
      const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
      this.zoomBy(2 ** delta, this._localX(event), true);
    } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      event.preventDefault();
      this.panBy(event.deltaX * unit * (this.mirrored ? -1 : 1), true);
    } else if (event.deltaY !== 0) {
      this._options.onPlainWheel?.();
    }
  };

  private readonly _onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const x = this._localX(event);
    this._pointers.set(event.pointerId, { x, startX: x });
    if (this._pointers.size === 1) this._moved = false;
    if (this._pointers.size === 2) this._pinch = this._pinchState();
  };

  private readonly _onPointerMove = (event: PointerEvent): void => {
    const pointer = this._pointers.get(event.pointerId);
    if (!pointer) return;
    const x = this._localX(event);
    if (!this._moved && Math.abs(x - pointer.startX) < CLICK_DISTANCE_PX) return;
    if (!this._moved) {
      this._moved = true;
      // Captured only once it is a drag, so that a plain click still reaches the event under the pointer.
      try {
        this._surface?.setPointerCapture?.(event.pointerId);
      } catch {
        // The pointer is already gone (it was lifted between events): the drag goes on without capture.
      }
    }
    const dx = x - pointer.x;
    pointer.x = x;
    if (this._pointers.size === 1) {
      this.panBy(-dx, true);
    } else if (this._pinch && this._pointers.size === 2) {
      const now = this._pinchState();
      if (now && now.distancePx > 0) {
        const t = this._transform;
        const k = this._clampK((this._pinch.k * now.distancePx) / this._pinch.distancePx);
        // Keep the base position that was under the fingers' midpoint under it.
        const base = t.invertX(this._pinch.midPx);
        this._set(new ZoomTransform(k, now.midPx - base * k), true);
        this._pinch = { ...now, k: this._transform.k };
      }
    }
  };

  private readonly _onPointerUp = (event: PointerEvent): void => {
    this._pointers.delete(event.pointerId);
    if (this._surface?.hasPointerCapture?.(event.pointerId)) this._surface.releasePointerCapture(event.pointerId);
    this._pinch = this._pointers.size === 2 ? this._pinchState() : undefined;
  };

  /** A click that ends a drag is not a click on what lies under the pointer. */
  private readonly _onClickCapture = (event: Event): void => {
    if (!this._moved) return;
    this._moved = false;
    event.stopPropagation();
    event.preventDefault();
  };

  private readonly _onGesture = (event: Event): void => {
    const gesture = event as Event & { scale: number; clientX: number };
    event.preventDefault();
    if (event.type === 'gesturestart') {
      this._gesture = { k: this._transform.k };
      return;
    }
    if (!this._gesture) return;
    const factor = (this._gesture.k * gesture.scale) / this._transform.k;
    this.zoomBy(factor, this._localX(gesture as unknown as MouseEvent), true);
  };

  /** The gestures' listeners on the surface. Safari reports a trackpad pinch as gesture events, not Ctrl + wheel. */
  private readonly _listeners: [string, EventListener, AddEventListenerOptions | boolean | undefined][] = [
    ['wheel', this._onWheel as EventListener, { passive: false }],
    ['pointerdown', this._onPointerDown as EventListener, undefined],
    ['pointermove', this._onPointerMove as EventListener, undefined],
    ['pointerup', this._onPointerUp as EventListener, undefined],
    ['pointercancel', this._onPointerUp as EventListener, undefined],
    ['click', this._onClickCapture, true],
    ['gesturestart', this._onGesture, undefined],
    ['gesturechange', this._onGesture, undefined],
  ];

  private _pinchState(): { distancePx: number; k: number; midPx: number } | undefined {
    const [a, b] = [...this._pointers.values()];
    if (!a || !b) return undefined;
    return { distancePx: Math.abs(a.x - b.x), k: this._transform.k, midPx: (a.x + b.x) / 2 };
  }
}
