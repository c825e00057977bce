import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNarrow } from '../layout/timeline-layout.js';
import { ROOM_AT_REST_MS, afterNextPaint } from './when-idle.js';

/**
 * The list view of a host: open or hidden (hidden, it stays for screen readers), when it may first be drawn, and
 * which time range it lists.
 *
 * - It is open on a narrow host until the reader opens or closes it (`toggle()`), which then holds.
 * - The hidden list is drawn only once the chart's first frame is painted and the page is at rest (an animation
 *   frame, then an idle callback with room for the list and the parts drawn with it, `ROOM_AT_REST_MS`, or its
 *   timeout): the chart is what is seen, and the list, built right after, is for screen readers. Drawn between two
 *   frames, it would hold back the frame that follows the first paint. An open list is drawn at once.
 * - While a change of the view is under way (`hold()` to `release()`, from the zoom's start to its end), it keeps
 *   listing the range it listed: redrawing up to 200 items on every frame of a pinch would cost more than the
 *   chart itself. It lists the view again once the chart's frame at rest is painted. A hidden list not yet drawn
 *   waits for that frame too: a reader who zooms at once gets the frames of the zoom first.
 */
export class ListViewController implements ReactiveController {
  /** Whether the hidden list may be drawn. */
  ready = false;
  /** Whether the list is one a server drew, taken over by the page ({@link takeOver}). */
  kept = false;

  /** Whether the reader opened or closed the list; `null` follows the width. */
  private _open: boolean | null = null;
  /** The range listed while the view changes; `null` follows the view. */
  private _held: readonly [number, number] | null = null;
  /**
   * What cancels the wait for a frame to be painted (the first one, or the one that ends a change of the view), and
   * for the page to be at rest after it.
   */
  private _wait?: () => void;

  constructor(private readonly _host: ReactiveControllerHost) {
    this._host.addController(this);
  }

  /** Whether the list is shown on a host `widthPx` wide. */
  isOpen(widthPx: number): boolean {
    return this._open ?? isNarrow(widthPx);
  }

  /** Whether the list is to be drawn at all: once ready, or when it is open. */
  isDrawn(widthPx: number): boolean {
    return this.ready || this.isOpen(widthPx);
  }

  /**
   * The list a server drew has been taken over (hydrated): it stays drawn from now on, hidden once the chart is
   * drawn, without waiting for a frame, so that its nodes are kept.
   */
  takeOver(): void {
    this.ready = true;
    this.kept = true;
    this._cancelWait();
  }

  /** Shows the list when it is hidden, and hides it when it is shown. */
  toggle(widthPx: number): void {
    this._open = !this.isOpen(widthPx);
    this._host.requestUpdate();
  }

  /** The time range to list: the one held while the view changes, else `visible`. */
  range(visible: readonly [number, number]): readonly [number, number] {
    return this._held ?? visible;
  }

  /** A change of the view began: keep listing `visible`, or what is listed while the last change's end waits. */
  hold(visible: readonly [number, number]): void {
    this._cancelWait();
    this._held ??= visible;
  }

  /**
   * The change of the view ended: list what is in view again, once the chart's frame at rest is painted and the page
   * is idle (as the list is first drawn after the chart's first frame): the reader sees the chart stop without
   * waiting for the list. Before the hidden list is first drawn, at once, and its first drawing waits for that frame.
   */
  release(): void {
    const release = () => {
      this._held = null;
      this._host.requestUpdate();
    };
    if (this.ready) this._afterPaint(release);
    else release();
  }

  hostConnected(): void {
    // Back after leaving before the hidden list was drawn: the next update waits for a frame again.
    if (!this.ready) this._host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.ready || this._wait || this._held) return;
    this._afterPaint(() => {
      this.ready = true;
      this._host.requestUpdate();
    });
  }

  /**
   * Runs `task` once the next frame is painted and the page is at rest (an animation frame, then an idle callback
   * with {@link ROOM_AT_REST_MS} left, or at its timeout), instead of any task waiting: the frames that follow a
   * first render or a gesture come first.
   */
  private _afterPaint(task: () => void): void {
    this._cancelWait();
    this._wait = afterNextPaint(() => {
      this._wait = undefined;
      task();
    }, ROOM_AT_REST_MS);
  }

  hostDisconnected(): void {
    this._held = null;
    this._cancelWait();
  }

  private _cancelWait(): void {
    this._wait?.();
    this._wait = undefined;
  }
}
