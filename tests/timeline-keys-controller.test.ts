import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { TimelineKeysController, type TimelineKeyIntent } from '../src/controllers/timeline-keys.js';
import { mountHost } from './controller-host.js';

/** A host with one item (`.item`), a plain button and a text field, whose key map records what it is asked. */
async function mountKeys(rtl = false, done = true) {
  const asked: [TimelineKeyIntent, boolean][] = [];
  const { host } = await mountHost(
    (h) =>
      new TimelineKeysController(
        h,
        (intent, onItem) => (asked.push([intent, onItem]), done),
        () => rtl,
        (path) => path.some((n) => n instanceof Element && n.classList.contains('item')),
      ),
    () => html`<span class="item" tabindex="0">item</span><button>button</button><input />`,
  );
  /**
   * Sends a keydown to the node `selector` and returns it (to read `defaultPrevented`); `handled` sends it as if a
   * listener before the key map had taken it.
   */
  const press = (selector: string, init: KeyboardEventInit, handled = false) => {
    const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
    if (handled) event.preventDefault();
    host.shadowRoot!.querySelector(selector)!.dispatchEvent(event);
    return event;
  };
  return { host, asked, press };
}

/** [name, key, shift, right to left, expected intent] */
const keyCases: [string, string, boolean, boolean, TimelineKeyIntent][] = [
  ['→ is the next event', 'ArrowRight', false, false, { kind: 'move', to: 'next' }],
  ['↑ is the previous event', 'ArrowUp', false, false, { kind: 'move', to: 'previous' }],
  ['→ is the previous event right to left', 'ArrowRight', false, true, { kind: 'move', to: 'previous' }],
  ['Shift + → pans later', 'ArrowRight', true, false, { kind: 'pan', direction: 1 }],
  ['Shift + → pans earlier right to left', 'ArrowRight', true, true, { kind: 'pan', direction: -1 }],
  ['Page Up pans earlier', 'PageUp', false, false, { kind: 'pan', direction: -1 }],
  ['Home is the first event', 'Home', false, false, { kind: 'move', to: 'first' }],
  ['Space selects', ' ', false, false, { kind: 'select' }],
  ['Escape clears', 'Escape', false, false, { kind: 'clear' }],
  ['= zooms in', '=', false, false, { kind: 'zoom', factor: 2 }],
  ['_ zooms out', '_', false, false, { kind: 'zoom', factor: 0.5 }],
  ['0 shows everything', '0', false, false, { kind: 'reset' }],
  ['the Arabic question mark shows the key map', '؟', false, false, { kind: 'help' }],
];

describe('TimelineKeysController', () => {
  for (const [name, key, shiftKey, rtl, intent] of keyCases) {
    it(`${name}, on an item`, async () => {
      const { asked, press } = await mountKeys(rtl);
      expect(press('.item', { key, shiftKey }).defaultPrevented).to.be.true;
      expect(asked).to.deep.equal([[intent, true]]);
    });
  }

  it('reads L by its place on the keyboard, whatever the layout', async () => {
    const { asked, press } = await mountKeys();
    press('button', { key: 'д', code: 'KeyL' });
    expect(asked).to.deep.equal([[{ kind: 'list' }, false]]);
  });

  it('moves and selects only on an item, and zooms from anywhere inside', async () => {
    const { asked, press } = await mountKeys();
    expect(press('button', { key: 'ArrowRight' }).defaultPrevented).to.be.false;
    press('button', { key: 'Enter' });
    press('button', { key: '+' });
    expect(asked).to.deep.equal([[{ kind: 'zoom', factor: 2 }, false]]);
  });

  it('leaves keys to a text field, to modifier keys and to keys already handled', async () => {
    const { asked, press } = await mountKeys();
    press('input', { key: '0' });
    press('.item', { key: '+', ctrlKey: true });
    press('.item', { key: 'Home' }, true);
    expect(asked).to.deep.equal([]);
  });

  it('keeps the key’s default when there was nothing to do', async () => {
    const { asked, press } = await mountKeys(false, false);
    expect(press('.item', { key: 'End' }).defaultPrevented).to.be.false;
    expect(asked).to.have.length(1);
  });

  it('stops listening when the host leaves the page', async () => {
    const { host, asked, press } = await mountKeys();
    host.remove();
    press('.item', { key: 'Home' });
    expect(asked).to.deep.equal([]);
  });
});
