import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import type { TimelineEvent } from '../src/data/types.js';
import { eventIds, root, settle } from './harness.js';

const events: TimelineEvent[] = [
  { id: 'talks', title: 'Peace talks', start: '2017-01-23', category: 'diplomacy' },
  { id: 'siege', title: 'Siege', start: '2016-07~', end: '2016-12-22', category: 'military' },
  { id: 'truce', title: 'Truce', start: '2016-12-30', category: 'ceasefire' },
];

// Without @lit-labs/ssr-client's hydration support (as here) Lit renders after what the server left; with it, it
// takes that over (tests/consumers/ssr).
describe('an element rendered on a server', () => {
  it('draws the list of its events first, in time order with their dates in words, then the chart in the next update', async () => {
    const container = document.createElement('div');
    container.style.width = '800px';
    container.setHTMLUnsafe('<event-timeline><template shadowrootmode="open"><p id="server">From the server</p></template></event-timeline>');
    const el = container.querySelector('event-timeline')!;
    expect(el.shadowRoot, 'the declarative shadow root').to.exist;
    el.events = events;
    // What each update leaves in the shadow root, seen between the two updates.
    const seen: { titles: string[]; dates: string[]; chart: boolean }[] = [];
    let firstItems: Element[] = [];
    new MutationObserver(() => {
      const shadow = root(el);
      if (!seen.length) firstItems = [...shadow.querySelectorAll('.list-item')];
      seen.push({
        titles: [...shadow.querySelectorAll('.list.open .list-title')].map((t) => t.textContent!),
        dates: [...shadow.querySelectorAll('.list.open time')].map((t) => t.textContent!),
        chart: !!shadow.querySelector('svg.chart'),
      });
    }).observe(el.shadowRoot!, { childList: true, subtree: true });
    await fixture(container);
    await settle(el);

    expect(seen[0]).to.deep.equal({
      titles: ['Siege', 'Truce', 'Peace talks'],
      dates: ['July 2016 to 22 December 2016 (approximate start)', '30 December 2016', '23 January 2017'],
      chart: false,
    });
    expect(eventIds(el)).to.have.members(['talks', 'siege', 'truce']);
    expect(root(el).querySelector('[part~="list"]')!.classList.contains('visually-hidden'), 'the list is hidden').to.equal(true);
    // The first update's list is taken over, not drawn again once the deferred parts arrive.
    expect(firstItems).to.have.length(3);
    expect(firstItems.filter((li) => li.isConnected && root(el).contains(li)), 'the list items kept').to.have.length(3);
    await expect(el).to.be.accessible();
  });
});
