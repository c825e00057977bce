import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import { syriaEvents } from '../src/data/syria-events.js';
import { loadLocale } from '../src/i18n/index.js';
import { activeId, afterViewChange, centreX, drawnOnceIdle, endWheelGesture, fakeTimers, mountArticle, nextTask, press, root, settle } from './harness.js';

const listItems = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="list-item"]')];

describe('accessibility: list view, announcements, keys, RTL', () => {
  it('keeps a list of the events in view that screen readers can always reach, hidden until shown', async () => {
    const el = await mountArticle();
    const list = root(el).querySelector('[part~="list"]')!;
    expect(list.classList.contains('visually-hidden')).to.be.true;
    expect(list.getAttribute('aria-labelledby')).to.equal('list-heading');
    expect(listItems(el)).to.have.length(syriaEvents.length);
    for (const b of listItems(el)) expect(b.tabIndex, 'hidden list is out of the Tab order').to.equal(-1);
    const chartNames = [...root(el).querySelectorAll('[part~="event"]')].map((n) => n.getAttribute('aria-label')!);
    for (const b of listItems(el)) {
      const title = b.querySelector('.list-title')!.textContent!;
      const when = b.querySelector('time')!.textContent!;
      expect(chartNames.some((n) => n.startsWith(`${title}, ${when},`)), `${title} matches the chart`).to.be.true;
    }
    expect(listItems(el).map((b) => b.textContent).join('|')).to.include('late 2016, approximate');
    root(el).querySelector<HTMLButtonElement>('[part~="list-button"]')!.click();
    await settle(el);
    expect(list.classList.contains('open')).to.be.true;
    expect(listItems(el)[0].tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('selects in both views: a list button selects the chart event, and the other way round', async () => {
    const el = await mountArticle();
    root(el).querySelector<HTMLButtonElement>('[part~="list-button"]')!.click();
    await settle(el);
    const button = listItems(el).find((b) => b.querySelector('.list-title')!.textContent === 'Astana talks')!;
    setTimeout(() => button.click());
    const ev = await oneEvent(el, 'timeline-select');
    expect(ev.detail.id).to.equal('astana-talks');
    await settle(el);
    expect(root(el).querySelector('[data-id="astana-talks"]')!.getAttribute('aria-selected')).to.equal('true');
    el.selected = 'conflict-begins';
    await settle(el);
    const pressed = listItems(el).filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((b) => b.querySelector('.list-title')!.textContent)).to.deep.equal(['Armed conflict in Syria begins']);
  });

  it('lists only what is in view after zooming, and announces the range once the view settles', async () => {
    const el = await mountArticle();
    el.shadowRoot!.querySelector<SVGElement>('[part~="event"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    for (let i = 0; i < 3; i++) await afterViewChange(el, () => sendKeys({ press: '+' }));
    await settle(el);
    // The range is announced as the view settles.
    const live = root(el).querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.match(/^Showing .+ to .+, \d+ events$/);
    const announced = Number(/(\d+) events$/.exec(live.textContent!)![1]);
    expect(announced, 'fewer than all the events').to.be.below(syriaEvents.length);
    // The list follows once the frame at rest is painted and the page is at rest, in the update that follows. Where
    // the page rested between two presses, the list already follows the view of the earlier one: it is drawn again.
    await drawnOnceIdle(el, () => listItems(el).length === announced, 'the list of the events announced');
  });

  it('keeps the list still while a wheel gesture moves the view, and follows the view once it rests', async () => {
    const el = await mountArticle();
    const svg = root(el).querySelector<SVGSVGElement>('svg.chart')!;
    const box = svg.getBoundingClientRect();
    // Around the recapture of eastern Aleppo, where the article's events are densest.
    const at = { clientX: centreX(el, 'aleppo-east-retaken'), clientY: box.top + 60, bubbles: true, cancelable: true, composed: true };
    const titles = () => listItems(el).map((b) => b.querySelector('.list-title')!.textContent);
    const before = titles();
    const [from, to] = el.visibleRange;
    // What the list shows at the very end of the gesture, after it drew frames: d3-zoom's end, as the element tells.
    const atEnd = new Promise<(string | null)[]>((resolve) =>
      el.addEventListener('timeline-range-change', () => resolve(titles()), { once: true }),
    );
    // d3-zoom ends a wheel gesture when no wheel event came for 150 ms: its timer runs when the test says, so that
    // slow frames cannot end the gesture between two wheel events and begin another.
    const timers = fakeTimers();
    try {
      for (let i = 0; i < 3; i++) {
        svg.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -50, ctrlKey: true })); // 2× each
        await nextFrame();
      }
      await endWheelGesture(el, timers);
    } finally {
      timers.restore();
    }
    expect(await atEnd, 'the list waits while the gesture runs').to.deep.equal(before);
    const [zoomedFrom, zoomedTo] = el.visibleRange;
    expect(zoomedTo - zoomedFrom, 'the view zoomed in').to.be.below((to - from) / 4);
    // The list follows once the frame at rest is painted: that frame, then the page at rest, then the update it asks
    // for.
    await drawnOnceIdle(el, () => titles().length !== before.length, 'the list of the events in view');
    const after = titles();
    expect(after.length, 'the list follows the view once it rests').to.be.within(1, before.length - 1);
    expect(before.filter((t) => after.includes(t)), 'the same events, in the same order').to.deep.equal(after);
    expect(root(el).querySelector('.list-heading')!.textContent).to.equal(`${after.length} events in view`);
  });

  it('draws the chart first and the hidden list right after its first frame, also after an early disconnect', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('syria-timeline');
    wrapper.append(el);
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part~="event"]').length, 'events drawn in the first render').to.equal(syriaEvents.length);
    expect(root(el).querySelector('[part~="list"]'), 'no hidden list before the first frame').to.equal(null);
    // Taken out before its first frame and put back: the list still comes.
    el.remove();
    await nextFrame();
    await nextTask();
    wrapper.append(el);
    // The list waits for a frame, then for the page to be at rest, and draws in the update that follows.
    await settle(el);
    await drawnOnceIdle(el, () => listItems(el).length > 0, 'the hidden list');
    expect(listItems(el)).to.have.length(syriaEvents.length);
  });

  it('loads the parts right after the first frame, and draws the overview and the hidden list once the page is at rest', async function () {
    if (typeof requestIdleCallback !== 'function') this.skip(); // WebKit: a task after the frame, for both
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const timers = fakeTimers();
    try {
      const el = document.createElement('event-timeline');
      el.events = syriaEvents.slice(0, 5);
      wrapper.append(el);
      await el.updateComplete;
      await nextFrame();
      const sheets = root(el).adoptedStyleSheets.length;
      // An idle period between two frames: room enough to load the parts, not to draw them.
      timers.run({ didTimeout: false, timeRemaining: () => 5 });
      await el.updateComplete;
      expect(root(el).adoptedStyleSheets.length, 'the parts are in, with their styles').to.be.above(sheets);
      expect(root(el).querySelector('[part~="overview"]'), 'no overview yet').to.equal(null);
      expect(root(el).querySelector('.overview-slot'), 'its room kept').to.not.equal(null);
      expect(root(el).querySelector('[part~="list"]'), 'no hidden list yet').to.equal(null);
      // The page at rest.
      timers.run();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="overview"]'), 'the overview').to.not.equal(null);
      expect(listItems(el)).to.have.length(5);
    } finally {
      timers.restore();
    }
  });

  it('draws an open list in the first render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const el = document.createElement('syria-timeline');
    wrapper.append(el);
    await el.updateComplete;
    await el.updateComplete; // the width is known after the first render; the narrow layout opens the list
    expect(root(el).querySelector('[part~="list"]')!.classList.contains('open')).to.be.true;
    expect(listItems(el)).to.have.length(syriaEvents.length);
  });

  it('announces the selected event through the live region', async () => {
    const el = await mountArticle();
    el.shadowRoot!.querySelector<SVGElement>('[part~="event"][tabindex="0"]')!.focus();
    await press(el, 'Enter');
    expect(root(el).querySelector('[aria-live="polite"]')!.textContent).to.match(/^Selected: .+, .+, .+$/);
  });

  it('pans with Shift + arrows and Page keys, toggles the list with L, and shows the key map with ?', async () => {
    const el = await mountArticle();
    el.zoomBy(4);
    await settle(el);
    el.shadowRoot!.querySelector<SVGElement>('[part~="event"][tabindex="0"]')!.focus();
    const before = el.visibleRange[0];
    // WebDriver (WebKit) cannot hold Shift down; the key map reads the keydown's shiftKey either way.
    root(el).activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true, composed: true, cancelable: true }),
    );
    await settle(el);
    expect(el.visibleRange[0]).to.be.greaterThan(before);
    await press(el, 'PageUp');
    expect(el.visibleRange[0]).to.be.closeTo(before, 1000);
    await press(el, 'l');
    expect(root(el).querySelector('[part~="list"]')!.classList.contains('open')).to.be.true;
    await press(el, '?');
    const help = root(el).querySelector('[part~="help"]')!;
    expect(help.getAttribute('role')).to.equal('dialog');
    expect(root(el).activeElement).to.equal(help);
    expect(help.textContent).to.include('Page Up');
    await expect(el).to.be.accessible();
    await press(el, 'Escape');
    expect(root(el).querySelector('[part~="help"]')).to.be.null;
    expect(root(el).activeElement?.getAttribute('part')).to.equal('event');
  });

  it('runs time from right to left in RTL, with ArrowRight going back in time', async () => {
    const el = await mountArticle({ attrs: { dir: 'rtl', folds: 'none' } });
    expect(centreX(el, 'conflict-begins')).to.be.greaterThan(centreX(el, 'astana-talks'));
    const ticks = [...root(el).querySelectorAll('[part~="tick-label"]')].map((t) => ({
      label: t.textContent!.trim(),
      x: t.getBoundingClientRect().left,
    }));
    const x2012 = ticks.find((t) => t.label === '2012')!.x;
    const x2016 = ticks.find((t) => t.label === '2016')!.x;
    expect(x2012).to.be.greaterThan(x2016);
    el.shadowRoot!.querySelector<SVGElement>('[data-id="astana-talks"]')!.focus();
    await press(el, 'ArrowRight');
    const focused = el.drawnEvents.findIndex((e) => e.id === activeId(el));
    expect(focused).to.equal(el.drawnEvents.length - 2);
    await expect(el).to.be.accessible();
  });

  it('follows a dir or lang set on an ancestor after it was drawn', async () => {
    const el = await mountArticle();
    expect(centreX(el, 'conflict-begins')).to.be.lessThan(centreX(el, 'astana-talks'));
    el.parentElement!.dir = 'rtl';
    await settle(el);
    expect(centreX(el, 'conflict-begins'), 'mirrored').to.be.greaterThan(centreX(el, 'astana-talks'));
    el.parentElement!.removeAttribute('dir');
    await settle(el);
    expect(centreX(el, 'conflict-begins'), 'back to left to right').to.be.lessThan(centreX(el, 'astana-talks'));
    document.documentElement.lang = 'fr';
    try {
      await settle(el);
      // The French dictionary is loaded when first asked for; the timeline draws again once it is.
      await loadLocale('fr');
      await settle(el);
      const list = root(el).querySelector('[part~="list-button"]')!.textContent!.trim();
      expect(list, 'French from the page’s lang').to.equal('Liste');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('mirrors a drag in RTL: dragging right shows later times', async () => {
    const el = await mountArticle({ attrs: { dir: 'rtl' } });
    el.zoomBy(4);
    await settle(el);
    const svg = root(el).querySelector('svg.chart')!;
    const box = svg.getBoundingClientRect();
    const before = el.visibleRange[0];
    const y = Math.round(box.top + 40);
    await afterViewChange(el, async () => {
      await sendMouse({ type: 'move', position: [Math.round(box.left + 300), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(box.left + 360), y] });
      await sendMouse({ type: 'move', position: [Math.round(box.left + 420), y] });
      await sendMouse({ type: 'up' });
    });
    await settle(el);
    expect(el.visibleRange[0]).to.be.greaterThan(before);
  });

  it('shows the list as a vertical timeline with 44 px targets on a phone-width screen, without overflow', async () => {
    const el = await mountArticle({ widthPx: 360 });
    const list = root(el).querySelector('[part~="list"]')!;
    expect(list.classList.contains('open')).to.be.true;
    for (const b of listItems(el)) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    for (const b of root(el).querySelectorAll<HTMLButtonElement>('[part~="zoom-button"]')) {
      expect(b.getBoundingClientRect().height).to.be.at.least(44);
    }
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(listItems(el)).to.have.length(syriaEvents.length);
    await expect(el).to.be.accessible();
  });
});
