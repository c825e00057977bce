import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * A module of the host's own code that loads when it is first needed rather than with the host: `value` is
 * `undefined` until it has arrived, and the host updates when it does. `loaded` lets the host's `updateComplete`
 * wait for it. A failed load is tried again at the next `load()`. On a server nothing loads: a server renders once.
 */
export class LazyModule<T> implements ReactiveController {
  /** The module, once it has arrived. */
  value: T | undefined;

  private _loading?: Promise<void>;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _import: () => Promise<T>,
    private readonly _onLoad?: (value: T) => void,
  ) {
    this._host.addController(this);
  }

  /** Starts loading the module, once; it arrives with a later update of the host. */
  load(): void {
    if (isServer) return;
    this._loading ??= this._import().then(
      (value) => {
        this.value = value;
        this._onLoad?.(value);
        this._host.requestUpdate();
      },
      () => {
        this._loading = undefined;
      },
    );
  }

  /** Resolves once what is loading has arrived or failed; at once when nothing is loading. */
  get loaded(): Promise<void> {
    return this._loading ?? Promise.resolve();
  }

  hostConnected(): void {}
}
