import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width of an element the host rendered, kept up to date with a ResizeObserver; the host updates when it
 * changes. It observes only once `observe()` is called (after the first render) and stops when the host is
 * disconnected. Lit's ResizeController does the same and more; this one is a fifth of its size in the bundle.
 */
export class WidthController implements ReactiveController {
  /** The last width seen, in CSS px; `undefined` before the first observation. */
  value: number | undefined;

  private _observer?: ResizeObserver;
  private _target?: Element;

  constructor(private readonly _host: ReactiveControllerHost) {
    this._host.addController(this);
  }

  /** Starts observing `target` (replacing any earlier target). */
  observe(target: Element): void {
    this._target = target;
    // The width now, so that the observer's first report (of the same width) does not lay everything out again.
    this.value ??= target.getBoundingClientRect().width;
    this._observer ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width;
      if (width !== undefined && width !== this.value) {
        this.value = width;
        this._host.requestUpdate();
      }
    });
    this._observer.disconnect();
    this._observer.observe(target);
  }

  hostConnected(): void {
    if (this._target) this.observe(this._target);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }
}
