import { expect } from '@open-wc/testing';
import { EventTimeline } from '../src/elements/event-timeline.js';
import { warmUp } from '../src/elements/warm-up.js';
import { root, watchBody } from './harness.js';

// Registered here without `defineEventTimeline`, which would also warm up when the page is next idle: the tests call
// `warmUp` themselves. No other test runs in this page, so no timeline has been made before the first test.
customElements.define('event-timeline', EventTimeline);

describe('warm-up', () => {
  // The first test of the file: no timeline has been made in this page yet.
  it('draws a small timeline out of sight, dispatches nothing, and removes it', async () => {
    const { result, added, heard } = await watchBody(() => warmUp());
    expect(result).to.equal(true);
    expect(added).to.have.length(1);
    const [box] = added;
    expect(box.isConnected).to.equal(false);
    expect(box.inert).to.equal(true);
    expect([box.style.position, box.style.visibility, box.style.contain]).to.deep.equal(['fixed', 'hidden', 'strict']);
    const timeline = box.firstElementChild as EventTimeline;
    expect(timeline.localName).to.equal('event-timeline');
    expect(timeline.locale).to.equal('en');
    // It was drawn, events, labels and all, before it went.
    const events = root(timeline).querySelectorAll('[part~="event"]');
    expect(events).to.have.length(3);
    expect([...root(timeline).querySelectorAll('[part~="label"]')].map((label) => label.textContent?.trim())).to.include('A day');
    // And the parts drawn after the chart, with an event selected: the overview, and the detail panel.
    expect(root(timeline).querySelector('[part~="overview"]')).to.not.equal(null);
    expect(root(timeline).querySelector('[part~="detail"]')?.textContent).to.include('A span of months');
    expect(heard).to.deep.equal([]);
  });

  it('runs once', async () => {
    const { result, added } = await watchBody(() => warmUp());
    expect(result).to.equal(false);
    expect(added).to.deep.equal([]);
  });
});
