import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { Announcer } from '../src/controllers/announcer.js';
import { mountHost } from './controller-host.js';

const live = (host: Element) => host.shadowRoot!.querySelector('[aria-live]')!.textContent;

describe('Announcer', () => {
  const mountAnnouncer = () =>
    mountHost((host) => new Announcer(host), (a) => html`<div role="status" aria-live="polite">${a.text}</div>`);

  it('says nothing at first, then what it is told, and the host draws it', async () => {
    const { host, controller } = await mountAnnouncer();
    expect(live(host)).to.equal('');
    controller.announce('Selected: Astana talks');
    await host.updateComplete;
    expect(live(host)).to.equal('Selected: Astana talks');
  });

  it('changes the text when the same message is said twice, so that it is said again', async () => {
    const { host, controller } = await mountAnnouncer();
    const said: string[] = [];
    for (let i = 0; i < 3; i++) {
      controller.announce('Showing 2016 to 2017');
      await host.updateComplete;
      said.push(live(host)!);
    }
    expect(said).to.deep.equal(['Showing 2016 to 2017', 'Showing 2016 to 2017\u00a0', 'Showing 2016 to 2017']);
  });

  it('forgets its message when the host leaves the page', async () => {
    const { host, controller } = await mountAnnouncer();
    controller.announce('Selected: Astana talks');
    const parent = host.parentElement!;
    host.remove();
    expect(controller.text).to.equal('');
    parent.append(host);
    await host.updateComplete;
    expect(live(host)).to.equal('');
  });
});
