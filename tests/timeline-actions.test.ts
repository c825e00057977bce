import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { TimelineEvent } from '../src/data/types.js';
import type { EventTimeline } from '../src/elements/event-timeline.js';
import type { TimelineSelectEvent } from '../src/events.js';
import { afterViewChange, mount, nodeOf, root, visibleSpan } from './harness.js';

const EVENTS: TimelineEvent[] = [
  { id: 'a', title: 'Protests begin', start: '2011-03-15', category: 'other' },
  { id: 'b', title: 'Ceasefire', start: '2016-02-27', category: 'ceasefire' },
  { id: 'c', title: 'Astana talks', start: '2017-01-23', category: 'diplomacy' },
];

/**
 * A timeline after its first update alone: the chart is drawn, and the deferred parts (with what the reader does)
 * are not in yet, as the overview's empty slot shows.
 */
async function firstFrame(): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline style="width: 900px" .events=${EVENTS}></event-timeline>`);
  expect(root(el).querySelector('.overview-slot'), 'the deferred parts are not in yet').to.exist;
  return el;
}

describe('what the reader does before the deferred parts are in', () => {
  it('a click on an event selects it once they arrive, with one timeline-select', async () => {
    const el = await firstFrame();
    const selects: TimelineSelectEvent[] = [];
    el.addEventListener('timeline-select', (e) => selects.push(e as TimelineSelectEvent));
    (nodeOf(el, 'b').querySelector('.mark') ?? nodeOf(el, 'b')).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(el.selected, 'waits for the actions').to.equal(null);
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    expect(selects.map((e) => e.detail.id)).to.deep.equal(['b']);
    expect(selects[0].detail.event, 'the page’s own object').to.equal(EVENTS[1]);
    expect(root(el).querySelector('[part~="detail"]'), 'the detail panel is open').to.exist;
  });

  it('a key of the timeline is taken at once (its default prevented) and carried out once they arrive', async () => {
    const el = await firstFrame();
    const key = new KeyboardEvent('keydown', { key: ']', bubbles: true, composed: true, cancelable: true });
    root(el).querySelector('[part~="plot"]')!.dispatchEvent(key);
    expect(key.defaultPrevented).to.be.true;
    await el.updateComplete;
    expect(el.selected, '] selects the first event in view').to.equal('a');
  });

  it('several actions run in the order they were made', async () => {
    const el = await firstFrame();
    const ids: (string | null)[] = [];
    el.addEventListener('timeline-select', (e) => ids.push((e as TimelineSelectEvent).detail.id));
    const plot = root(el).querySelector('[part~="plot"]')!;
    for (const key of [']', ']', '[']) plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(ids).to.deep.equal(['a', 'b', 'a']);
    expect(el.selected).to.equal('a');
  });
});

describe('what the reader does once they are in', () => {
  it('a change of the view made with a button is said and fired as timeline-range-change', async () => {
    const el = await mount('event-timeline', { widthPx: 900, props: { events: EVENTS } });
    expect(root(el).querySelector('.overview-slot'), 'the parts are in').to.not.exist;
    const before = visibleSpan(el);
    const zoomIn = root(el).querySelector<HTMLButtonElement>('[part~="zoom-button"][aria-label="Zoom in"]')!;
    const { detail } = await afterViewChange(el, () => zoomIn.click());
    expect(visibleSpan(el)).to.be.lessThan(before * 0.9);
    const [from, to] = el.visibleRange;
    expect(Date.parse(detail.from)).to.be.closeTo(from, 1000);
    expect(Date.parse(detail.to)).to.be.closeTo(to, 1000);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.match(/^Showing .+ to .+, \d+ events?/);
  });
});
