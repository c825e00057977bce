/**
 * The article's story at first sight and step by step: the extent fitted to the events, the folded quiet years,
 * Previous and Next, and the visible range as a property and an event.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { SyriaTimeline } from '../src/elements/syria-timeline.js';
import { afterViewChange, centreX, endWheelGesture, fakeTimers, mountArticle, pressShifted, root, settle, tickLabels } from './harness.js';

const DAY_MS = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const foldOf = (el: Element) => root(el).querySelector<SVGGElement>('[part~="fold"]');
const plotBox = (el: Element) => root(el).querySelector('svg.chart')!.getBoundingClientRect();
const detailButton = (el: Element, part: string) => root(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

/** Counts the events of `type` that `el` fires from now on. */
function count(el: Element, type: string): { readonly n: number; readonly events: CustomEvent[] } {
  const events: CustomEvent[] = [];
  el.addEventListener(type, (e) => events.push(e as CustomEvent));
  return {
    get n() {
      return events.length;
    },
    events,
  };
}

describe('the story at first sight', () => {
  it('opens on 2011 to the Astana talks, not on the years the open spans run into', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const [from, to] = el.visibleRange;
    expect(from, new Date(from).toISOString()).to.be.within(utc(2010, 7), utc(2011));
    expect(to, new Date(to).toISOString()).to.be.within(utc(2017, 1, 23), utc(2017, 4, 30));
  });

  it('folds the quiet years, so that the last four months are spread out', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const apart = (centreX(el, 'astana-talks') - centreX(el, 'aleppo-east-retaken')) / plotBox(el).width;
    expect(apart).to.be.at.least(0.15);
    const fold = foldOf(el)!;
    expect(fold.getAttribute('role')).to.equal('button');
    expect(fold.getAttribute('aria-label')).to.equal('February 2013 to August 2016: no events');
    expect(fold.querySelector('title')!.textContent).to.contain('February 2013 to August 2016: no events');
    // Nothing of the quiet years is on the axis, and the fold sits between 2013 and September 2016.
    expect(tickLabels(el)).to.not.include.members(['2014', '2015']);
    const foldBox = fold.querySelector('.fold-band')!.getBoundingClientRect();
    expect(foldBox.width).to.be.within(20, 60);
    expect(foldBox.left).to.be.greaterThan(centreX(el, 'aleppo-east-taken-by-armed-groups'));
    expect(foldBox.right).to.be.lessThan(centreX(el, 'aleppo-east-retaken'));
  });

  it('draws the open spans broken across the fold', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const band = foldOf(el)!.querySelector('.fold-band')!.getBoundingClientRect();
    const bar = root(el).querySelector('[data-id="foreign-support-for-armed-groups"] .bar')!.getBoundingClientRect();
    expect(bar.left).to.be.lessThan(band.left);
    expect(bar.right).to.be.greaterThan(band.right);
    // The band is drawn over the bar: at its middle the topmost element is the fold.
    const hit = root(el).elementFromPoint(band.left + band.width / 2, bar.top + bar.height / 2);
    expect(hit?.closest('[part~="fold"]')).to.equal(foldOf(el));
  });

  it('draws time to one scale with folds="none"', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200, attrs: { folds: 'none' } });
    expect(foldOf(el)).to.be.null;
    expect(tickLabels(el)).to.include.members(['2012', '2014', '2016']);
    el.folds = 'auto';
    await settle(el);
    expect(foldOf(el)).to.exist;
  });

  it('opens a fold on a click, easing the view to its years, and folds it again with Show all', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const changes = count(el, 'timeline-range-change');
    const band = foldOf(el)!.querySelector('.fold-band')!.getBoundingClientRect();
    await afterViewChange(el, () => sendMouse({ type: 'click', position: [Math.round(band.left + band.width / 2), Math.round(band.top + 80)] }));
    expect(foldOf(el)).to.be.null;
    const [from, to] = el.visibleRange;
    expect(from).to.be.below(utc(2013, 3));
    expect(to).to.be.above(utc(2016, 7));
    expect(tickLabels(el)).to.include.members(['2014', '2015']);
    expect(changes.n, 'one change of the view, the reader’s').to.equal(1);
    const showAll = root(el).querySelector<HTMLButtonElement>('[part~="zoom-button"]:last-of-type')!;
    await afterViewChange(el, () => showAll.click());
    expect(foldOf(el)).to.exist;
    expect(el.visibleRange[1]).to.be.below(utc(2017, 4, 30));
  });

  it('opens a fold with Enter, and gives focus to the events', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    foldOf(el)!.focus();
    await afterViewChange(el, () => sendKeys({ press: 'Enter' }));
    expect(foldOf(el)).to.be.null;
    expect(root(el).activeElement?.closest('[part~="event"]')).to.exist;
  });

  it('opens a fold the reader zooms into with Ctrl + wheel', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const svg = root(el).querySelector<SVGSVGElement>('svg.chart')!;
    const timers = fakeTimers();
    try {
      for (let i = 0; i < 40 && foldOf(el); i++) {
        const band = foldOf(el)!.querySelector('.fold-band')!.getBoundingClientRect();
        const at = { clientX: band.left + band.width / 2, clientY: band.top + 60 };
        svg.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -40, ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
        // The gesture ends (d3-zoom's wheel delay): a fold is opened when a change of the view ends.
        await endWheelGesture(el, timers);
        await settle(el);
      }
    } finally {
      timers.restore();
    }
    expect(foldOf(el)).to.be.null;
    const [from, to] = el.visibleRange;
    expect(to - from).to.be.below(4 * 365 * DAY_MS);
    expect((from + to) / 2).to.be.within(utc(2013), utc(2017));
  });
});

describe('Previous and Next', () => {
  it('go to the neighbouring events in time, each firing timeline-select', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200, props: { selected: 'aleppo-east-retaken' } });
    const order = el.drawnEvents.map((e) => e.id);
    const i = order.indexOf('aleppo-east-retaken');
    const selects = count(el, 'timeline-select');
    detailButton(el, 'next-button').click();
    await settle(el);
    expect(el.selected).to.equal(order[i + 1]);
    expect(selects.events.map((e) => e.detail.id)).to.deep.equal([order[i + 1]]);
    expect(root(el).querySelector('[part~="detail-title"]')!.textContent).to.equal(el.drawnEvents[i + 1].title);
    detailButton(el, 'previous-button').click();
    await settle(el);
    expect(el.selected).to.equal('aleppo-east-retaken');
    expect(selects.n).to.equal(2);
  });

  it('stop at both ends, where the button says it is unavailable and keeps focus', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const order = el.drawnEvents.map((e) => e.id);
    el.selected = order[0];
    await settle(el);
    const selects = count(el, 'timeline-select');
    const previous = detailButton(el, 'previous-button');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    previous.focus();
    previous.click();
    await settle(el);
    expect(el.selected).to.equal(order[0]);
    expect(selects.n).to.equal(0);
    el.selected = order[order.length - 1];
    await settle(el);
    const next = detailButton(el, 'next-button');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(detailButton(el, 'previous-button').getAttribute('aria-disabled')).to.equal('false');
    next.click();
    await settle(el);
    expect(el.selected).to.equal(order[order.length - 1]);
    expect(selects.n).to.equal(0);
  });

  it('[ and ] step from anywhere in the element, and the view follows the selection', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200, props: { selected: 'astana-talks' } });
    el.visibleRange = [utc(2016, 12, 20), utc(2017, 1, 30)];
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('[part~="zoom-button"]')!.focus();
    const order = el.drawnEvents.map((e) => e.id);
    const selects = count(el, 'timeline-select');
    await sendKeys({ press: '[' });
    await settle(el);
    expect(el.selected).to.equal(order[order.length - 2]);
    // To the start of the war, far out of view: the view pans to it.
    const taken = order.indexOf('aleppo-east-taken-by-armed-groups');
    expect(order[taken - 1]).to.equal('conflict-begins');
    el.selected = order[taken];
    await settle(el);
    expect(utc(2011, 7, 2)).to.not.be.within(...el.visibleRange);
    await afterViewChange(el, () => sendKeys({ press: '[' }));
    expect(el.selected).to.equal('conflict-begins');
    expect(utc(2011, 7, 2)).to.be.within(...el.visibleRange);
    await sendKeys({ press: ']' });
    await settle(el);
    expect(el.selected).to.equal(order[taken]);
    expect(selects.events.map((e) => e.detail.id)).to.deep.equal([order[order.length - 2], 'conflict-begins', order[taken]]);
  });
});

describe('Previous and Next, zooming out when needed', () => {
  it('zooms out to an event wider than the view, so that all of it shows', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const order = el.drawnEvents.map((e) => e.id);
    const taken = order.indexOf('aleppo-east-taken-by-armed-groups');
    el.selected = order[taken + 1];
    el.visibleRange = [utc(2016, 12, 1), utc(2016, 12, 20)];
    await settle(el);
    // "2012": the whole year is the event's extent, far wider than the three weeks in view.
    root(el).querySelector<HTMLButtonElement>('[part~="zoom-button"]')!.focus();
    await afterViewChange(el, () => sendKeys({ press: '[' }));
    expect(el.selected).to.equal('aleppo-east-taken-by-armed-groups');
    const [from, to] = el.visibleRange;
    expect(from).to.be.below(utc(2012));
    expect(to).to.be.above(utc(2013));
  });
});

describe('visibleRange and timeline-range-change', () => {
  it('sets the visible range, reads it back within 3%, and fires nothing', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const changes = count(el, 'timeline-range-change');
    for (const [from, to] of [
      [utc(2016, 10, 1), utc(2017, 1, 31)],
      [utc(2011, 3), utc(2012, 9)],
      [utc(2017, 1, 17), utc(2017, 1, 24)],
    ]) {
      el.visibleRange = [from, to];
      await settle(el);
      const [a, b] = el.visibleRange;
      expect(Math.abs(a - from), new Date(a).toISOString()).to.be.below(0.03 * (to - from));
      expect(Math.abs(b - to), new Date(b).toISOString()).to.be.below(0.03 * (to - from));
    }
    expect(changes.n).to.equal(0);
  });

  it('opens the fold a range falls in, and keeps the range within the zoom limits', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    el.visibleRange = [utc(2014), utc(2015)];
    await settle(el);
    expect(foldOf(el)).to.be.null;
    expect(el.visibleRange[0]).to.be.closeTo(utc(2014), 5 * DAY_MS);
    el.visibleRange = [utc(2017, 1, 18), utc(2017, 1, 18, ) + 3_600_000];
    await settle(el);
    const [a, b] = el.visibleRange;
    expect(b - a, 'never less than the deepest zoom shows').to.be.at.least(1.9 * DAY_MS);
  });

  it('shows a range set before the element has its events once they are in', async () => {
    // mount() sets the property before the element is connected, while the article's events are still loading.
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200, props: { visibleRange: [utc(2016, 10, 1), utc(2017, 1, 31)] } });
    const [a, b] = el.visibleRange;
    expect(a).to.be.closeTo(utc(2016, 10, 1), 4 * DAY_MS);
    expect(b).to.be.closeTo(utc(2017, 1, 31), 4 * DAY_MS);
  });

  it('fires timeline-range-change once for a Ctrl + wheel gesture, at its end', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const changes = count(el, 'timeline-range-change');
    const svg = root(el).querySelector<SVGSVGElement>('svg.chart')!;
    const box = svg.getBoundingClientRect();
    const timers = fakeTimers();
    try {
      for (let i = 0; i < 12; i++) {
        svg.dispatchEvent(new WheelEvent('wheel', { clientX: box.left + 900, clientY: box.top + 100, deltaY: -8, ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      expect(changes.n, 'nothing during the gesture').to.equal(0);
      await endWheelGesture(el, timers);
    } finally {
      timers.restore();
    }
    await settle(el);
    expect(changes.n).to.equal(1);
    const { from, to } = changes.events[0].detail;
    expect(Date.parse(to) - Date.parse(from)).to.be.below(el.visibleRange[1] - el.visibleRange[0] + 1000);
  });
});

describe('the overview strip', () => {
  const slider = (el: Element) => root(el).querySelector<SVGElement>('[part~="overview"] [role="slider"]');
  const windowBox = (el: Element) => root(el).querySelector('[part~="overview"] .selection')!.getBoundingClientRect();

  it('shows the whole extent with the window as a slider, in step with the view', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    const strip = root(el).querySelector('[part~="overview"]')!;
    expect(strip.getBoundingClientRect().width).to.be.closeTo(plotBox(el).width, 2);
    expect(strip.querySelectorAll('.lane-density').length).to.equal(el.drawnEvents.length ? 5 : 0);
    expect(strip.querySelector('.fold title')!.textContent).to.equal('February 2013 to August 2016: no events');
    expect(slider(el)!.getAttribute('aria-label')).to.equal('Visible part of the timeline');
    expect(slider(el)!.getAttribute('aria-valuetext')).to.equal('Showing 2010 to 2017');
    // The view changes, and the brush follows: its window is the visible part of the whole.
    el.visibleRange = [utc(2016, 10, 1), utc(2017, 1, 31)];
    await settle(el);
    const box = windowBox(el);
    expect(box.width).to.be.below(plotBox(el).width / 2);
    expect(box.right).to.be.above(plotBox(el).left + 0.6 * plotBox(el).width);
    expect(slider(el)!.getAttribute('aria-valuetext')).to.equal('Showing Oct 2016 to Jan 2017');
  });

  it('pans and zooms the view from the keyboard, each key a change of the reader’s', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    el.visibleRange = [utc(2016, 10, 1), utc(2017, 1, 31)];
    await settle(el);
    const changes = count(el, 'timeline-range-change');
    slider(el)!.focus();
    const [from, to] = el.visibleRange;
    await afterViewChange(el, () => sendKeys({ press: 'ArrowLeft' }));
    expect(el.visibleRange[0]).to.be.below(from);
    expect(el.visibleRange[1] - el.visibleRange[0]).to.be.closeTo(to - from, 0.1 * (to - from));
    await afterViewChange(el, () => pressShifted('ArrowLeft'));
    expect(el.visibleRange[1] - el.visibleRange[0]).to.be.below(0.9 * (to - from));
    expect(changes.n).to.equal(2);
    expect(root(el).activeElement).to.equal(slider(el));
  });

  it('pans the view when the window is dragged, with one timeline-range-change', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 760 });
    el.visibleRange = [utc(2016, 10, 1), utc(2017, 1, 31)];
    await settle(el);
    root(el).querySelector('[part~="overview"]')!.scrollIntoView({ block: 'center' });
    const changes = count(el, 'timeline-range-change');
    const box = windowBox(el);
    const y = Math.round(box.top + box.height / 2);
    const x = Math.round(box.left + box.width / 2);
    const [from] = el.visibleRange;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (const dx of [-20, -40, -60]) await sendMouse({ type: 'move', position: [x + dx, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(changes.n).to.equal(1);
    expect(el.visibleRange[0]).to.be.below(from);
    expect(Date.parse(changes.events[0].detail.from)).to.equal(Math.trunc(el.visibleRange[0]));
  });

  it('is left out with overview="none" and on a phone-wide timeline', async () => {
    expect(root(await mountArticle<SyriaTimeline>({ attrs: { overview: 'none' } })).querySelector('[part~="overview"]')).to.be.null;
    expect(root(await mountArticle<SyriaTimeline>({ widthPx: 400 })).querySelector('[part~="overview"]')).to.be.null;
  });

  it('passes axe with the overview and a fold, and with the fold opened', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200 });
    expect(foldOf(el)).to.exist;
    await expect(el).to.be.accessible();
    await afterViewChange(el, () => foldOf(el)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(foldOf(el)).to.be.null;
    expect(root(el).querySelector('[part~="overview"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('bookmark', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));
  const mark = (el: Element, id: string) =>
    root(el).querySelector(`[data-id="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  const params = () => new URLSearchParams(location.hash.slice(1));

  it('keeps the selection and the range of two timelines apart in the page address', async () => {
    const a = await mountArticle<SyriaTimeline>({ widthPx: 1200, attrs: { id: 'a', bookmark: '' } });
    const b = await mountArticle<SyriaTimeline>({ widthPx: 1200, attrs: { id: 'b', bookmark: '' } });
    mark(a, 'astana-talks');
    await settle(a);
    expect(params().get('a.event')).to.equal('astana-talks');
    mark(b, 'aleppo-evacuation');
    await settle(b);
    expect(params().get('a.event')).to.equal('astana-talks');
    expect(params().get('b.event')).to.equal('aleppo-evacuation');
    const bRange = params().get('b.range');
    expect(bRange, 'with the range b showed').to.match(/^2010-\d\d-\d\d\/2017-\d\d-\d\d$/);
    // A change of the view replaces the entry.
    nodeFocus(a, 'astana-talks');
    await afterViewChange(a, () => sendKeys({ press: '+' }));
    const [from, to] = params().get('a.range')!.split('/').map(Date.parse);
    const [f, t] = a.visibleRange;
    expect(Math.abs(from - f)).to.be.below(0.03 * (t - f));
    expect(Math.abs(to - t)).to.be.below(0.03 * (t - f));
    expect(params().get('b.range'), 'a zoom of a leaves b alone').to.equal(bRange);
    // So Back goes to the entry before b's selection, not to the view before the zoom.
    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await settle(b);
    expect(params().get('b.event')).to.be.null;
    expect(params().get('a.event')).to.equal('astana-talks');
    expect(b.selected).to.be.null;
    expect(a.selected).to.equal('astana-talks');
  });

  it('restores the selection and the range from the address, and Back the previous selection', async () => {
    history.replaceState(null, '', '#syria.event=astana-talks&syria.range=2016-10-01/2017-01-31');
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200, attrs: { id: 'syria', bookmark: '' } });
    expect(el.selected).to.equal('astana-talks');
    const [f, t] = el.visibleRange;
    const [from, to] = [utc(2016, 10, 1), utc(2017, 1, 31)];
    expect(Math.abs(f - from)).to.be.below(0.03 * (to - from));
    expect(Math.abs(t - to)).to.be.below(0.03 * (to - from));
    mark(el, 'aleppo-evacuation');
    await settle(el);
    expect(params().get('syria.event')).to.equal('aleppo-evacuation');
    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await settle(el);
    expect(el.selected).to.equal('astana-talks');
  });

  it('writes the view shown by code with the selection, so that the address opens on what the reader saw', async () => {
    const el = await mountArticle<SyriaTimeline>({ widthPx: 1200, attrs: { bookmark: '' } });
    expect(location.hash, 'nothing is written before a change').to.equal('');
    el.visibleRange = [utc(2016, 12, 1), utc(2017, 2, 10)];
    await settle(el);
    mark(el, 'astana-talks');
    await settle(el);
    expect(params().get('timeline.event')).to.equal('astana-talks');
    expect(params().get('timeline.range')).to.equal('2016-12-01/2017-02-10');
  });

  it('ignores an event the timeline does not have, with a timeline-error', async () => {
    history.replaceState(null, '', '#timeline.event=no-such-event');
    const errors = count(document.body, 'timeline-error');
    const el = await mountArticle<SyriaTimeline>({ attrs: { bookmark: '' } });
    await settle(el);
    expect(el.selected).to.be.null;
    const messages = errors.events.flatMap((e) => e.detail.issues.map((i: { message: string }) => i.message));
    expect(messages.join(' ')).to.contain('no-such-event');
  });
});

/** Gives keyboard focus to an event's node. */
function nodeFocus(el: Element, id: string): void {
  root(el).querySelector<SVGElement>(`[data-id="${id}"]`)!.focus();
}
