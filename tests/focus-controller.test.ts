import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { FocusController } from '../src/controllers/focus-controller.js';
import { navigables, type FocusKey } from '../src/layout/navigation.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { mountHost } from './controller-host.js';

/** A test's own item keys: `data-key="event:a"` or `data-key="cluster:k"`. */
const keyOf = (node: Element): FocusKey | null => {
  const [kind, id] = node.getAttribute('data-key')?.split(':') ?? [];
  return kind === 'event' || kind === 'cluster' ? { kind, id } : null;
};

/** A host drawing the events a, b, c and the cluster k as focusable items, with the Tab stop at 0, and a button. */
const mountItems = () =>
  mountHost(
    (host) => new FocusController(host, keyOf),
    (focus) => html`${['event:a', 'event:b', 'cluster:k', 'event:c'].map((key) => {
        const stop = focus.tabStop && `${focus.tabStop.kind}:${focus.tabStop.id}` === key;
        return html`<span class="item" data-key=${key} tabindex=${stop ? 0 : -1}>${key}</span>`;
      })}<button>other</button>`,
  );

const itemOf = (host: Element, key: string) => host.shadowRoot!.querySelector<HTMLElement>(`[data-key="${key}"]`)!;

describe('FocusController', () => {
  it('moves keyboard focus to an item once the host has drawn', async () => {
    const { host, controller } = await mountItems();
    controller.focus({ kind: 'cluster', id: 'k' });
    expect(host.shadowRoot!.activeElement, 'not before the update').to.equal(null);
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(itemOf(host, 'cluster:k'));
    expect(controller.key).to.deep.equal({ kind: 'cluster', id: 'k' });
  });

  it('follows focus the reader gives an item, and updates the host once', async () => {
    const { host, controller } = await mountItems();
    const updates = host.updates;
    itemOf(host, 'event:b').focus();
    expect(controller.key).to.deep.equal({ kind: 'event', id: 'b' });
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 1);
    host.shadowRoot!.querySelector('button')!.focus();
    expect(controller.key, 'a node that is no item changes nothing').to.deep.equal({ kind: 'event', id: 'b' });
  });

  it('stops following focus when the host leaves the page', async () => {
    const { host, controller } = await mountItems();
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    host.remove();
    itemOf(host, 'event:a').dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(controller.key).to.equal(null);
  });

  it('tells whether an event’s path goes through an item', async () => {
    const { host, controller } = await mountItems();
    expect(controller.isOnItem([itemOf(host, 'event:a'), host])).to.be.true;
    expect(controller.isOnItem([host.shadowRoot!.querySelector('button')!, host])).to.be.false;
  });

  describe('with a layout', () => {
    const layout = new TimelineLayout();
    layout.setEvents(['a', 'b', 'c'].map((id, i) => ({ id, title: id, start: `2016-0${i + 1}-01`, category: 'military' })));
    const frame = { items: layout.items.map((item) => ({ item })), clusters: [] };
    const [from, to] = [-Infinity, Infinity];

    it('sync() puts the Tab stop on the focused item, else the selected event, else the first in view', async () => {
      const { controller } = await mountItems();
      const nav = navigables(frame);
      controller.sync(nav, null, from, to);
      expect(controller.tabStop).to.deep.equal({ kind: 'event', id: 'a' });
      controller.sync(nav, 'c', from, to);
      expect(controller.tabStop).to.deep.equal({ kind: 'event', id: 'c' });
      controller.set({ kind: 'event', id: 'b' });
      controller.sync(nav, 'c', from, to);
      expect(controller.tabStop).to.deep.equal({ kind: 'event', id: 'b' });
    });

    /** [name, focused key, key kept] */
    const keepCases: [string, FocusKey | null, FocusKey | null][] = [
      ['keeps an event of the new data', { kind: 'event', id: 'b' }, { kind: 'event', id: 'b' }],
      ['forgets an event that is gone', { kind: 'event', id: 'z' }, null],
      ['forgets a cluster, since clusters are made anew', { kind: 'cluster', id: 'a' }, null],
      ['keeps nothing as nothing', null, null],
    ];
    for (const [name, key, kept] of keepCases) {
      it(`keepIn() ${name}`, async () => {
        const { controller } = await mountItems();
        controller.set(key);
        controller.keepIn(layout.byId);
        expect(controller.key).to.deep.equal(kept);
      });
    }
  });
});
