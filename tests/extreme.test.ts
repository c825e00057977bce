import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/index.js';
import type { EventTimeline } from '../src/elements/event-timeline.js';
import type { TimelineEvent } from '../src/data/types.js';

async function mount(events: TimelineEvent[], width = 800): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><event-timeline .events=${events}></event-timeline></div>`,
  );
  const el = wrapper.querySelector('event-timeline')!;
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}

const root = (el: EventTimeline) => el.shadowRoot!;
const events = (el: EventTimeline) => [...root(el).querySelectorAll<SVGGElement>('[part~="event"]')];
const rect = (n: Element) => n.getBoundingClientRect();

/** Every coordinate attribute in the plot is a finite number. */
function expectFiniteGeometry(el: EventTimeline): void {
  for (const node of root(el).querySelectorAll('svg.chart *')) {
    for (const name of ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2']) {
      const value = node.getAttribute(name);
      if (value !== null && value !== '' && !value.endsWith('%')) {
        expect(Number.isFinite(Number(value)), `${node.localName} ${name}="${value}"`).to.be.true;
      }
    }
  }
}

describe('extreme but valid data', () => {
  it('truncates a 10,000-character title with an ellipsis, keeping the whole title in the name and the panel', async () => {
    const title = 'Very long title '.repeat(625);
    const el = await mount([{ id: 'long', title, start: '2016-05-01', category: 'statement' }]);
    const label = root(el).querySelector('[part~="label"]')!;
    expect(label.textContent!.endsWith('…')).to.be.true;
    expect(rect(label).right).to.be.at.most(rect(root(el).querySelector('svg.chart')!).right + 0.5);
    expect(events(el)[0].getAttribute('aria-label')).to.include(title);
    el.selected = 'long';
    await el.updateComplete;
    const heading = root(el).querySelector('[part~="detail-title"]')!;
    expect(heading.textContent).to.equal(title);
    expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(el.clientWidth);
  });

  it('shows an empty state, with the empty slot, for no events', async () => {
    const el = await mount([]);
    expect(events(el)).to.have.length(0);
    const status = root(el).querySelector('[part~="status"]')!;
    expect(status.textContent).to.include('No events to show.');
    expect(status.querySelector('slot[name="empty"]')).to.exist;
    expect(root(el).querySelector('[role="listbox"]'), 'no empty listbox').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('draws a single event in the middle of its view', async () => {
    const el = await mount([{ id: 'one', title: 'Only one', start: '2016-05-01', category: 'military' }]);
    expect(events(el)).to.have.length(1);
    const svg = rect(root(el).querySelector('svg.chart')!);
    const mark = rect(events(el)[0].querySelector('.mark')!);
    expect(mark.left).to.be.above(svg.left);
    expect(mark.right).to.be.below(svg.right);
    expectFiniteGeometry(el);
  });

  it('stacks events of the same day in separate rows, their labels clear of each other', async () => {
    const same = Array.from({ length: 8 }, (_, i) => ({
      id: `same-${i}`,
      title: `Same day ${i}`,
      start: '2016-05-01',
      category: 'diplomacy',
    }));
    const el = await mount(same);
    const marks = events(el).map((n) => rect(n.querySelector('.mark')!));
    expect(marks).to.have.length(8);
    expect(new Set(marks.map((r) => Math.round(r.top))).size).to.equal(8);
    const labels = [...root(el).querySelectorAll('[part~="label"]')].map(rect);
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left).to.be.true),
    );
  });

  it('draws a span of zero length as a visible bar', async () => {
    const el = await mount([
      { id: 'zero', title: 'Zero length', start: '2016-05-01', end: '2016-05-01', category: 'ceasefire' },
      { id: 'other', title: 'Another', start: '2016-09-01', category: 'ceasefire' },
    ]);
    const bar = root(el).querySelector('[data-id="zero"] .bar')!;
    expect(rect(bar).width).to.be.at.least(2);
  });

  it('draws dates far apart, in the years 1 and 9999, with finite geometry and a readable axis', async () => {
    const el = await mount([
      { id: 'early', title: 'Year one', start: '0001', category: 'military' },
      { id: 'late', title: 'Year 9999', start: '9999-12-31', category: 'military' },
    ]);
    expect(events(el)).to.have.length(2);
    expectFiniteGeometry(el);
    const ticks = [...root(el).querySelectorAll('[part~="tick-label"]')].map((t) => t.textContent!.trim());
    expect(ticks.length).to.be.within(3, 12);
    expect(events(el)[0].getAttribute('aria-label')).to.equal('Year one, 1, Military');
    el.zoomBy(1e6);
    await el.updateComplete;
    expectFiniteGeometry(el);
  });

  it('keeps events with duplicate titles apart by id', async () => {
    const el = await mount([
      { id: 'x1', title: 'Same title', start: '2016-01-01', category: 'statement' },
      { id: 'x2', title: 'Same title', start: '2016-01-02', category: 'statement' },
    ]);
    expect(events(el).map((n) => n.dataset.id)).to.deep.equal(['x1', 'x2']);
    expect(events(el)[0].getAttribute('aria-label')).to.not.equal(events(el)[1].getAttribute('aria-label'));
  });
});
