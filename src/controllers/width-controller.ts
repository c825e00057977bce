import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { attach } from './attach-directive.js';

/**
 * The width of an element the host rendered, kept up to date with a ResizeObserver; the host updates when it
 * changes. The template names the element with {@link target}; observing stops when the host is disconnected and
 * starts again when it comes back. Lit's ResizeController does the same and more; this one is a fifth of its size
 * in the bundle.
 */
export class WidthController implements ReactiveController {
  /**
   * The last width seen, in CSS px; `undefined` before the first observation, unless the host sets it first. The
   * timeline sets its own width before its first render, without laying out what it draws: the observer's first
   * report, of the same width, then draws nothing again.
   */
  value: number | undefined;

  private _observer?: ResizeObserver;
  /** The element named in the template, and the one observed (once the host has drawn it into its shadow root). */
  private _target?: Element;
  private _observed?: Element;

  constructor(private readonly _host: ReactiveControllerHost) {
    this._host.addController(this);
  }

  /** The element directive that makes the element it is on the one observed: `<div ${width.target()}>`. */
  target(): unknown {
    return attach(this);
  }

  /**
   * Makes `target` the element to observe (replacing any earlier one), from the host's next `hostUpdated`: a first
   * render hands it over before it is in the page, with no width yet.
   */
  attach(target: Element): void {
    this._target = target;
  }

  hostConnected(): void {
    this._observe();
  }

  hostUpdated(): void {
    if (this._target !== this._observed) this._observe();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  private _observe(): void {
    const target = this._target;
    if (!target) return;
    this._observed = target;
    // A callback is always given at least one entry; the last is the latest.
    this._observer ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1].contentRect.width;
      if (width !== this.value) {
        this.value = width;
        this._host.requestUpdate();
      }
    });
    this._observer.disconnect();
    this._observer.observe(target);
  }
}
