import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A flag that turns itself off: `show()` sets it for `ms` milliseconds (a new `show()` starts the time again), and
 * the host updates when it turns on and off. Its one timer is cleared when the host leaves the page.
 */
export class TimedFlag implements ReactiveController {
  /** Whether the flag is on. */
  on = false;

  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _ms: number,
  ) {
    this._host.addController(this);
  }

  /** Turns the flag on for `ms` from now. */
  show(): void {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._set(false), this._ms);
    this._set(true);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this.on = false;
  }

  private _set(on: boolean): void {
    if (on !== this.on) this._host.requestUpdate();
    this.on = on;
  }
}
