import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** What the zoom controller tells its host. */
export interface ZoomControllerOptions {
  /** Called after every change of the transform; `byUser` is true for gestures (wheel, drag, pinch, double-click). */
  onZoom?: (transform: ZoomTransform, byUser: boolean) => void;
  /** Called when the user scrolls the page over the surface without the zoom modifier (to show a hint). */
  onPlainWheel?: () => void;
}

/**
 * Horizontal zoom and pan for a surface that Lit rendered, with d3-zoom doing the maths.
 *
 * The gesture is chosen so that the page keeps scrolling: a plain vertical wheel scrolls the page (the host may show
 * a hint), Ctrl/⌘ + wheel and trackpad pinch zoom, a horizontal wheel or trackpad swipe pans, and a drag pans. The
 * transform never leaves [1, maxScale] and never pans past the data's extent.
 */
export class ZoomController implements ReactiveController {
  /** The current transform: `transform.rescaleX(base)` gives the visible scale. */
  transform: ZoomTransform = zoomIdentity;

  private readonly _behavior: ZoomBehavior<Element, unknown>;
  private _surface?: Element;
  private _widthPx = 0;
  private _heightPx = 0;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: ZoomControllerOptions = {},
  ) {
    this._host.addController(this);
    this._behavior = zoom<Element, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        this.transform = event.transform;
        this._options.onZoom?.(event.transform, event.sourceEvent != null);
        this._host.requestUpdate();
      });
  }

  /** Attaches the zoom gestures to `surface` (idempotent; a new surface replaces the old one). */
  attach(surface: Element): void {
    if (this._surface === surface) return;
    this._detach();
    this._surface = surface;
    select(surface).call(this._behavior).on('dblclick.zoom', null);
    (surface as unknown as { __zoom: ZoomTransform }).__zoom = this.transform;
    surface.addEventListener('wheel', this._onWheel, { passive: false });
  }

  /** Sets the surface size and the deepest zoom; keeps the visible range when the width changes. */
  configure(widthPx: number, heightPx: number, maxScale: number): void {
    const widthChanged = this._widthPx > 0 && widthPx > 0 && widthPx !== this._widthPx;
    const ratio = widthChanged ? widthPx / this._widthPx : 1;
    this._widthPx = widthPx;
    this._heightPx = heightPx;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [Math.max(1, widthPx), Math.max(1, heightPx)],
    ];
    this._behavior.extent(extent).translateExtent(extent).scaleExtent([1, Math.max(1, maxScale)]);
    if (widthChanged) this._set(zoomIdentity.translate(this.transform.x * ratio, 0).scale(this.transform.k));
  }

  /** Zooms by `factor` (2 = twice as close) around `centerPx` (default: the middle). Fires no user event. */
  zoomBy(factor: number, centerPx = this._widthPx / 2): void {
    if (!this._surface) return;
    this._behavior.scaleBy(select(this._surface), factor, [centerPx, this._heightPx / 2]);
  }

  /** Pans by `dxPx` pixels (positive moves the view later in time). */
  panBy(dxPx: number): void {
    if (!this._surface) return;
    this._behavior.translateBy(select(this._surface), -dxPx / this.transform.k, 0);
  }

  /** Pans so that `xPx` (a position at the current zoom) sits in the middle of the view. */
  centerOn(xPx: number): void {
    this.panBy(xPx - this._widthPx / 2);
  }

  /** Shows the whole extent again. */
  reset(): void {
    this._set(zoomIdentity);
  }

  /** The current scale factor (1 = whole extent). */
  get scale(): number {
    return this.transform.k;
  }

  /** The deepest zoom allowed. */
  get maxScale(): number {
    return this._behavior.scaleExtent()[1];
  }

  hostConnected(): void {
    if (this._surface) {
      const surface = this._surface;
      this._surface = undefined;
      this.attach(surface);
    }
  }

  hostDisconnected(): void {
    const surface = this._surface;
    this._detach();
    // Remembered so that a re-connected host gets its gestures back.
    this._surface = surface;
  }

  private _set(transform: ZoomTransform): void {
    if (this._surface) this._behavior.transform(select(this._surface), transform);
    else this.transform = transform;
  }

  private _detach(): void {
    if (!this._surface) return;
    select(this._surface).on('.zoom', null);
    this._surface.removeEventListener('wheel', this._onWheel);
    this._surface = undefined;
  }

  private readonly _onWheel = (event: Event): void => {
    const wheel = event as WheelEvent;
    if (wheel.ctrlKey || wheel.metaKey) return;
    if (Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY)) {
      wheel.preventDefault();
      const unit = wheel.deltaMode === 1 ? 16 : wheel.deltaMode === 2 ? this._widthPx : 1;
      this.panBy(wheel.deltaX * unit);
    } else if (wheel.deltaY !== 0) {
      this._options.onPlainWheel?.();
    }
  };
}
