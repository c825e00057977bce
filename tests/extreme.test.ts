import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { EventTimeline } from '../src/elements/event-timeline.js';
import type { TimelineEvent } from '../src/data/types.js';
import { eventIds, eventNodes, mount, root, tickLabels } from './harness.js';

/** Draws `events` in an `<event-timeline>` 800 px wide. */
const draw = (events: TimelineEvent[]) => mount('event-timeline', { widthPx: 800, props: { events } });
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
    const el = await draw([{ id: 'long', title, start: '2016-05-01', category: 'statement' }]);
    const label = root(el).querySelector('[part~="label"]')!;
    expect(label.textContent!.endsWith('…')).to.be.true;
    expect(rect(label).right).to.be.at.most(rect(root(el).querySelector('svg.chart')!).right + 0.5);
    expect(eventNodes(el)[0].getAttribute('aria-label')).to.include(title);
    el.selected = 'long';
    await el.updateComplete;
    const heading = root(el).querySelector('[part~="detail-title"]')!;
    expect(heading.textContent).to.equal(title);
    expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(el.clientWidth);
  });

  it('shows an empty state, with the empty slot, for no events', async () => {
    const el = await draw([]);
    expect(eventNodes(el)).to.have.length(0);
    const status = root(el).querySelector('[part~="status"]')!;
    expect(status.textContent).to.include('No events to show.');
    expect(status.querySelector('slot[name="empty"]')).to.exist;
    expect(root(el).querySelector('[role="listbox"]'), 'no empty listbox').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('draws a single event in the middle of its view', async () => {
    const el = await draw([{ id: 'one', title: 'Only one', start: '2016-05-01', category: 'military' }]);
    expect(eventNodes(el)).to.have.length(1);
    const svg = rect(root(el).querySelector('svg.chart')!);
    const mark = rect(eventNodes(el)[0].querySelector('.mark')!);
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
    const el = await draw(same);
    const marks = eventNodes(el).map((n) => rect(n.querySelector('.mark')!));
    expect(marks).to.have.length(8);
    expect(new Set(marks.map((r) => Math.round(r.top))).size).to.equal(8);
    const labels = [...root(el).querySelectorAll('[part~="label"]')].map(rect);
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => expect(a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left).to.be.true),
    );
  });

  it('draws a span of zero length as a visible bar', async () => {
    const el = await draw([
      { id: 'zero', title: 'Zero length', start: '2016-05-01', end: '2016-05-01', category: 'ceasefire' },
      { id: 'other', title: 'Another', start: '2016-09-01', category: 'ceasefire' },
    ]);
    const bar = root(el).querySelector('[data-id="zero"] .bar')!;
    expect(rect(bar).width).to.be.at.least(2);
  });

  it('draws dates far apart, in the years 1 and 9999, with finite geometry and a readable axis', async () => {
    const el = await draw([
      { id: 'early', title: 'Year one', start: '0001', category: 'military' },
      { id: 'late', title: 'Year 9999', start: '9999-12-31', category: 'military' },
    ]);
    expect(eventNodes(el)).to.have.length(2);
    expectFiniteGeometry(el);
    expect(tickLabels(el).length).to.be.within(3, 12);
    expect(eventNodes(el)[0].getAttribute('aria-label')).to.equal('Year one, 1, Military');
    el.zoomBy(1e6);
    await el.updateComplete;
    expectFiniteGeometry(el);
  });

  it('keeps events with duplicate titles apart by id', async () => {
    const el = await draw([
      { id: 'x1', title: 'Same title', start: '2016-01-01', category: 'statement' },
      { id: 'x2', title: 'Same title', start: '2016-01-02', category: 'statement' },
    ]);
    expect(eventIds(el)).to.deep.equal(['x1', 'x2']);
    expect(eventNodes(el)[0].getAttribute('aria-label')).to.not.equal(eventNodes(el)[1].getAttribute('aria-label'));
  });
});
