import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { afterNextPaint } from './when-idle.js';

/**
 * A module of the host's own code that loads when it is first needed rather than with the host, and what the host
 * makes of it once it is in (`make`, by default the module itself): `value` is `undefined` until then, and the host
 * updates when it arrives. What the reader does before it is in waits for it ({@link use}). `loaded` lets the host's
 * `updateComplete` wait for it. A failed load is tried again at the next `load()`. On a server nothing loads: a
 * server renders once.
 */
export class LazyModule<M, T = M> implements ReactiveController {
  /** What was made of the module, once it has arrived. */
  value: T | undefined;

  private _loading?: Promise<void>;
  /** What cancels the wait of {@link loadAfterPaint}. */
  private _afterPaint?: () => void;
  /** Whether {@link loadAfterPaint} was asked for and its wait was cut short by the host leaving the page. */
  private _cut = false;
  /** What waits for the module ({@link use}), in the order asked. */
  private readonly _waiting: ((value: T) => unknown)[] = [];

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _import: () => Promise<M>,
    private readonly _make: (module: M) => T = (module) => module as unknown as T,
  ) {
    this._host.addController(this);
  }

  /** Starts loading the module, once; it arrives with a later update of the host. */
  load(): void {
    if (isServer) return;
    this._cancelWait();
    this._loading ??= this._import().then(
      (module) => {
        const value = (this.value = this._make(module));
        for (const run of this._waiting.splice(0)) run(value);
        this._host.requestUpdate();
      },
      () => {
        this._loading = undefined;
      },
    );
  }

  /**
   * Runs `run` with what was made of the module: at once when it is in, returning what `run` returns; else once it
   * arrives (loading it now), returning `undefined`. What waits runs in the order asked, before `loaded` resolves.
   */
  use<R>(run: (value: T) => R): R | undefined {
    if (this.value !== undefined) return run(this.value);
    this._waiting.push(run);
    this.load();
    return undefined;
  }

  /** Resolves once what is loading has arrived or failed; at once when nothing is loading. */
  get loaded(): Promise<void> {
    return this._loading ?? Promise.resolve();
  }

  /**
   * Loads the module once the host's next frame is painted and the page has idle time, however little (an animation
   * frame, then an idle callback): that frame comes first, and what the module brings is ready soon after it. Asked
   * again while it waits, or once loading, it does nothing.
   */
  loadAfterPaint(): void {
    if (isServer || this._loading || this._afterPaint) return;
    this._afterPaint = afterNextPaint(() => this.load());
  }

  hostConnected(): void {
    if (this._cut) this.loadAfterPaint();
    this._cut = false;
  }

  hostDisconnected(): void {
    this._cut = !!this._afterPaint;
    this._cancelWait();
  }

  private _cancelWait(): void {
    this._afterPaint?.();
    this._afterPaint = undefined;
  }
}
