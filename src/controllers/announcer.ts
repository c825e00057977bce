import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of the host's polite live region, which a screen reader says when it changes. A message is set when it
 * should be said (a selection, the end of a change of the view), never on a timer, and goes when the host leaves
 * the page, so that a region put back does not hold an old message.
 */
export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';

  constructor(private readonly _host: ReactiveControllerHost) {
    this._host.addController(this);
  }

  /** Says `text` (again, when it is what was said last). */
  announce(text: string): void {
    // A live region only speaks when its text changes: the same message twice differs by a no-break space.
    this.text = text === this.text ? `${text}\u00a0` : text;
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this.text = '';
  }
}
