/**
 * A minimal Lit element to drive one controller in a test, apart from the timeline. It lives outside harness.ts
 * because it imports Lit, which the tests of the built bundle must not load a second copy of.
 */
import { fixture } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';

/** The host: it draws what the test says, and counts its updates. */
export class ControllerHost extends LitElement {
  /** What the host draws (from its controller's state). */
  draw: () => unknown = () => nothing;
  /** How many updates the host has finished. */
  updates = 0;

  private _waiting: (() => void)[] = [];

  /** Resolves after the host's next update, whoever asks for it (an observer, a timer, a loaded file). */
  nextUpdate(): Promise<void> {
    return new Promise((resolve) => this._waiting.push(resolve));
  }

  protected override render(): unknown {
    return this.draw();
  }

  protected override updated(): void {
    this.updates++;
    for (const resolve of this._waiting.splice(0)) resolve();
  }
}
customElements.define('controller-host', ControllerHost);

/**
 * Makes a host, gives it a controller (`make`) and what to draw from it (`draw`), puts it in the page (in a fixture,
 * or in `parent`) and waits for its first update.
 */
export async function mountHost<C>(
  make: (host: ControllerHost) => C,
  draw?: (controller: C, host: ControllerHost) => unknown,
  parent?: ParentNode,
): Promise<{ host: ControllerHost; controller: C }> {
  const host = document.createElement('controller-host') as ControllerHost;
  const controller = make(host);
  if (draw) host.draw = () => draw(controller, host);
  if (parent) parent.append(host);
  else await fixture(host);
  await host.updateComplete;
  return { host, controller };
}
