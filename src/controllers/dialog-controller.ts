import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Focusable = HTMLElement | SVGElement;

/**
 * Whether a non-modal dialog of the host is open, with focus moved into it when it opens and given back to where
 * it was when it closes. The moves happen once the host has drawn the change (`hostUpdated`).
 */
export class DialogController implements ReactiveController {
  /** Whether the dialog is open. */
  open = false;

  /** What had focus before the dialog opened. */
  private _return: Focusable | null = null;
  /** Whether focus is still to move after the next update. */
  private _moving = false;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    /** Finds the dialog in the host's shadow root. */
    private readonly _selector: string,
  ) {
    this._host.addController(this);
  }

  /** Opens the dialog (or focuses it again when it is open), remembering what had focus. */
  show(): void {
    if (!this.open) {
      const active = this._host.shadowRoot?.activeElement;
      this._return = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    }
    this._toggle(true);
  }

  /** Closes the dialog and gives focus back. */
  close(): void {
    this._toggle(false);
  }

  hostUpdated(): void {
    if (!this._moving) return;
    this._moving = false;
    if (this.open) {
      this._host.shadowRoot?.querySelector<Focusable>(this._selector)?.focus();
    } else {
      this._return?.focus();
      this._return = null;
    }
  }

  private _toggle(open: boolean): void {
    this.open = open;
    this._moving = true;
    this._host.requestUpdate();
  }
}
