import { expect } from '@open-wc/testing';
import { html, nothing } from 'lit';
import { DialogController } from '../src/controllers/dialog-controller.js';
import { mountHost } from './controller-host.js';

/** A host with an opener button and, while open, a dialog with a close button. */
const mountDialog = () =>
  mountHost(
    (host) => new DialogController(host, '.dialog'),
    (dialog) => html`<button class="opener" @click=${() => dialog.show()}>?</button>
      ${dialog.open
        ? html`<div class="dialog" role="dialog" tabindex="-1"><button @click=${() => dialog.close()}>×</button></div>`
        : nothing}`,
  );

describe('DialogController', () => {
  it('moves focus into the dialog when it opens, and back to the opener when it closes', async () => {
    const { host, controller } = await mountDialog();
    const root = host.shadowRoot!;
    const opener = root.querySelector<HTMLButtonElement>('.opener')!;
    opener.focus();
    opener.click();
    expect(controller.open).to.be.true;
    await host.updateComplete;
    expect(root.activeElement).to.equal(root.querySelector('.dialog'));
    root.querySelector<HTMLButtonElement>('.dialog button')!.click();
    await host.updateComplete;
    expect(controller.open).to.be.false;
    expect(root.querySelector('.dialog')).to.equal(null);
    expect(root.activeElement).to.equal(opener);
  });

  it('keeps where focus goes back to when asked to open while open', async () => {
    const { host, controller } = await mountDialog();
    const root = host.shadowRoot!;
    root.querySelector<HTMLButtonElement>('.opener')!.focus();
    for (let i = 0; i < 2; i++) {
      controller.show();
      await host.updateComplete;
    }
    await host.updateComplete;
    expect(root.activeElement).to.equal(root.querySelector('.dialog'));
    controller.close();
    await host.updateComplete;
    expect(root.activeElement).to.equal(root.querySelector('.opener'));
  });

  it('closes without moving focus when nothing inside had it', async () => {
    const { host, controller } = await mountDialog();
    controller.show();
    await host.updateComplete;
    (host.shadowRoot!.activeElement as HTMLElement).blur();
    controller.close();
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(null);
  });
});
