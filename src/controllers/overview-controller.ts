import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { interrupt } from 'd3-transition';
import { clampWindow, shiftWindow, windowFromKeys, type WindowKey, type WindowPx } from '../layout/overview.js';
import { attach } from './attach-directive.js';

/** What the overview controller tells its host. */
export interface OverviewControllerOptions {
  /**
   * The reader moved the visible window to `[x0Px, x1Px]` (base px, in the direction of time): with the pointer
   * while a drag goes on (`final` false), and once at its end, after a click or after a key (`final` true). Never
   * for a move asked for with {@link OverviewController.sync}.
   */
  onWindow: (x0Px: number, x1Px: number, final: boolean) => void;
}

/** The width of d3-brush's handles, px: wide enough for a finger. */
export const OVERVIEW_HANDLE_PX = 10;
/** Windows closer than this, px, are the same (the host's round trip through its zoom transform is not exact). */
const SAME_PX = 1e-3;

type Brushed = D3BrushEvent<unknown>;

/**
 * The visible window on the overview strip, with d3-brush's `brushX`: dragging the window pans, dragging an edge
 * resizes it (zooms), and a click beside it jumps there, keeping its width. The window is also a slider: d3-brush's
 * selection takes the focus (`role="slider"`), and the arrow keys, Shift + arrows, Home, End, Page Up and Page Down
 * move or resize it (see {@link windowFromKeys}).
 *
 * Everything outside is in base px, the px of the timeline's unzoomed scale over `[0, widthPx]`; when the strip is
 * drawn right to left (`mirrored`), the controller turns d3-brush's screen px into base px and back. The window the
 * host shows is set with {@link sync}, which tells nobody; what the reader does is told through `onWindow`.
 *
 * The template names the `<g>` that d3-brush draws into with {@link brush}; the slider's accessible name and value
 * text are read from that `<g>`'s `data-label` and `data-value-text` (as `renderOverview` writes them) or set with
 * {@link describe}.
 */
export class OverviewController implements ReactiveController {
  private readonly _brush: BrushBehavior<unknown>;
  /** The `<g>` d3-brush draws into, while attached. */
  private _g?: SVGGElement;
  /** The `<g>` to attach again when the host comes back to the page. */
  private _kept?: SVGGElement;
  /** d3-brush's selection rectangle: the slider. */
  private _slider?: SVGRectElement;
  /** Where a click beside the window jumps: the `<svg>` around the `<g>`. */
  private _surface?: Element;
  private _widthPx = 0;
  private _heightPx = 0;
  private _minWidthPx = 0;
  private _mirrored = false;
  /** The window in base px; `undefined` until synced or moved (then the whole extent). */
  private _window?: WindowPx;
  /** Whether the reader's gesture under way has moved the window. */
  private _moved = false;
  private _label = '';
  private _valueText = '';

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: OverviewControllerOptions,
  ) {
    this._host.addController(this);
    this._brush = brushX<unknown>()
      .handleSize(OVERVIEW_HANDLE_PX)
      // Desktop browsers without a touch screen still get touch events from pens and emulators.
      .touchable(() => true)
      // d3-brush starts a new selection from the overlay (and from anywhere with ⌘): the overview jumps instead.
      .filter((event: MouseEvent & TouchEvent) => {
        const target = event.target as Element | null;
        return !event.ctrlKey && !event.metaKey && !event.button && !target?.classList.contains('overlay');
      })
      .on('start.overview', (event: Brushed) => {
        if (event.sourceEvent && this._g) this._moved = false;
      })
      .on('brush.overview', this._onBrush)
      .on('end.overview', this._onEnd);
  }

  /** The element directive that lets d3-brush draw into the `<g>` it is on: `<g ${overview.brush()}>`. */
  brush(): unknown {
    return attach(this);
  }

  /** The window shown, in base px. */
  get window(): [number, number] {
    const [x0, x1] = this._current();
    return [x0, x1];
  }

  /**
   * Calls the brush on `element` (a `<g>`) once per node and makes its selection the slider (idempotent); reads the
   * slider's words from the `<g>`'s `data-label` and `data-value-text` on every render.
   */
  attach(element: Element): void {
    const g = element as SVGGElement;
    if (g !== this._g) {
      this._detach();
      this._kept = undefined;
      this._g = g;
      this._setUp(g);
    }
    const label = g.getAttribute('data-label');
    const valueText = g.getAttribute('data-value-text');
    if (label !== null || valueText !== null) this.describe(label ?? this._label, valueText ?? this._valueText);
  }

  /**
   * Sets the strip's size (the brush extent `[[0, 0], [widthPx, heightPx]]`), the narrowest window the reader may
   * make (`minWidthPx`, base px) and whether the strip is drawn right to left (`mirrored`).
   */
  configure(widthPx: number, heightPx: number, minWidthPx: number, mirrored: boolean): void {
    const w = Math.max(0, widthPx);
    const h = Math.max(1, heightPx);
    if (w === this._widthPx && h === this._heightPx && minWidthPx === this._minWidthPx && mirrored === this._mirrored) {
      return;
    }
    this._widthPx = w;
    this._heightPx = h;
    this._minWidthPx = Math.max(0, minWidthPx);
    this._mirrored = mirrored;
    this._brush.extent([[0, 0], [w, h]]);
    // d3-brush reads its extent when it is called on a node: call it again, it keeps the selection.
    if (this._g) select(this._g).call(this._brush);
    this._draw();
    this._describeValue();
  }

  /** Sets the slider's accessible name (`label`, e.g. "Visible window") and value text ("Showing … to …"). */
  describe(label: string, valueText: string): void {
    this._label = label;
    this._valueText = valueText;
    this._describeValue();
  }

  /** Shows the window `[x0Px, x1Px]` (base px) on the strip, without telling `onWindow`; nothing when unchanged. */
  sync(x0Px: number, x1Px: number): void {
    const next: WindowPx = [Math.min(x0Px, x1Px), Math.max(x0Px, x1Px)];
    const now = this._window;
    if (now && Math.abs(now[0] - next[0]) < SAME_PX && Math.abs(now[1] - next[1]) < SAME_PX) return;
    this._window = next;
    this._draw();
    this._describeValue();
  }

  hostConnected(): void {
    const g = this._kept;
    this._kept = undefined;
    if (g && !this._g) this.attach(g);
  }

  hostDisconnected(): void {
    const g = this._g;
    this._detach();
    // Remembered so that a re-connected host gets its brush back.
    this._kept = g;
  }

  private _setUp(g: SVGGElement): void {
    const group = select(g);
    group.call(this._brush);
    // Clicks beside the window go through the overlay to the strip, where they jump (see `_onClick`).
    group.selectAll('.overlay').attr('pointer-events', 'none').attr('aria-hidden', 'true');
    group.selectAll('.handle').attr('aria-hidden', 'true');
    const slider = group
      .select<SVGRectElement>('.selection')
      .attr('tabindex', 0)
      .attr('role', 'slider')
      .attr('aria-valuemin', 0)
      .on('keydown.overview', this._onKeyDown);
    this._slider = slider.node() ?? undefined;
    this._surface = g.ownerSVGElement ?? g;
    select(this._surface).on('click.overview', this._onClick);
    this._draw();
    this._describeValue();
  }

  private _detach(): void {
    const g = this._g;
    if (!g) return;
    interrupt(g);
    select(g).on('.brush', null);
    if (this._slider) select(this._slider).on('.overview', null);
    if (this._surface) select(this._surface).on('.overview', null);
    this._g = this._slider = this._surface = undefined;
    this._moved = false;
  }

  /** The window, or the whole extent before there is one. */
  private _current(): WindowPx {
    return this._window ?? [0, this._widthPx];
  }

  /** A window between base px and d3-brush's screen px (the same both ways: mirroring is its own inverse). */
  private _flip([x0, x1]: readonly [number, number]): WindowPx {
    return this._mirrored ? [this._widthPx - x1, this._widthPx - x0] : [x0, x1];
  }

  /** Moves d3-brush's selection to the window, as a move of our own (no source event: the listeners skip it). */
  private _draw(): void {
    const g = this._g;
    if (!g || !(this._widthPx > 0)) return;
    this._brush.move(select(g), this._flip(clampWindow(this._current(), this._widthPx, 0)));
  }

  private _describeValue(): void {
    const slider = this._slider;
    if (!slider) return;
    slider.setAttribute('aria-label', this._label);
    slider.setAttribute('aria-valuemax', String(Math.round(this._widthPx)));
    slider.setAttribute('aria-valuenow', String(Math.round(this._current()[0])));
    if (this._valueText) slider.setAttribute('aria-valuetext', this._valueText);
    else slider.removeAttribute('aria-valuetext');
  }

  /** The narrowest window the reader may make, px: at least 1, so that d3-brush never empties its selection. */
  private _minPx(): number {
    return Math.min(this._widthPx, Math.max(1, this._minWidthPx));
  }

  /** The reader set the window in one step (a click, a key): draw it and tell the host, once, as final. */
  private _setByReader(next: WindowPx): void {
    this._window = next;
    this._draw();
    this._describeValue();
    this._options.onWindow(next[0], next[1], true);
  }

  private readonly _onBrush = (event: Brushed): void => {
    if (!event.sourceEvent || !this._g || !event.selection) return;
    const drawn = this._flip(event.selection as [number, number]);
    const next = clampWindow(drawn, this._widthPx, this._minPx());
    this._window = next;
    // Too narrow: widened around its centre, and shown so (nested in the gesture, as a move of our own).
    if (Math.abs(next[0] - drawn[0]) >= SAME_PX || Math.abs(next[1] - drawn[1]) >= SAME_PX) this._draw();
    this._moved = true;
    this._describeValue();
    this._options.onWindow(next[0], next[1], false);
  };

  private readonly _onEnd = (event: Brushed): void => {
    if (!event.sourceEvent || !this._g) return;
    if (!event.selection) this._draw();
    if (!this._moved) return;
    this._moved = false;
    const [x0, x1] = this._current();
    this._options.onWindow(x0, x1, true);
  };

  /** A click on the strip beside the window (not on it, nor on a handle) centres the window there. */
  private readonly _onClick = (event: MouseEvent): void => {
    const g = this._g;
    if (!g || event.button !== 0 || event.defaultPrevented || !(this._widthPx > 0)) return;
    if ((event.target as Element | null)?.closest?.('.selection, .handle')) return;
    const [x, y] = pointer(event, g);
    if (x < 0 || x > this._widthPx || y < 0 || y > this._heightPx) return;
    const at = this._mirrored ? this._widthPx - x : x;
    const [x0, x1] = this._current();
    const half = (x1 - x0) / 2;
    this._setByReader(shiftWindow([at - half, at + half], 0, this._widthPx));
  };

  /**
   * The window as a slider: ← and → move it earlier and later (the other way round when mirrored), with Shift they
   * make it narrower and wider; ↑ and ↓ move it later and earlier (wider and narrower with Shift); Home and End go to
   * the start and the end; Page Up and Page Down move it by its whole width.
   */
  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(this._widthPx > 0)) return;
    const window = this._current();
    let next: WindowPx;
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      const span = window[1] - window[0];
      next = shiftWindow(window, event.key === 'PageUp' ? span : -span, this._widthPx);
    } else {
      const key = this._keyOf(event);
      if (!key) return;
      next = windowFromKeys(window, this._widthPx, key, this._minPx());
    }
    event.preventDefault();
    // The slider's keys are its own: the timeline around it has other uses for the arrows.
    event.stopPropagation();
    this._setByReader(next);
  };

  private _keyOf(event: KeyboardEvent): WindowKey | undefined {
    const shift = event.shiftKey;
    switch (event.key) {
      case 'ArrowLeft':
        return shift ? 'narrower' : this._mirrored ? 'later' : 'earlier';
      case 'ArrowRight':
        return shift ? 'wider' : this._mirrored ? 'earlier' : 'later';
      case 'ArrowUp':
        return shift ? 'wider' : 'later';
      case 'ArrowDown':
        return shift ? 'narrower' : 'earlier';
      case 'Home':
        return 'first';
      case 'End':
        return 'last';
      default:
        return undefined;
    }
  }
}
