import { expect } from '@open-wc/testing';
import { whenIdle } from '../src/controllers/when-idle.js';
import { EventTimeline } from '../src/elements/event-timeline.js';
import { warmUpWhenIdle } from '../src/elements/warm-up.js';

// This page has no timeline until the test makes one, as a page whose HTML holds one has it once the element is
// defined.
customElements.define('event-timeline', EventTimeline);

/** When the page first asked for the module that draws the warm-up (its resource timing), if it has. */
const drawingRequestedAt = () =>
  performance.getEntriesByType('resource').find((entry) => entry.name.includes('/warm-up-draw.'))?.startTime;

/** Resolves once the page has been idle, after what was asked to run when idle before it. */
const idle = () => new Promise<void>((resolve) => whenIdle(() => resolve(), 5000));

describe('warmUpWhenIdle', () => {
  it('loads nothing and draws nothing when a timeline is made in the same script', async () => {
    const before = document.body.childElementCount;
    warmUpWhenIdle();
    // As `customElements.define` upgrades a timeline in the page's HTML, in the same task.
    const timeline = document.createElement('event-timeline');
    await idle();
    await idle();
    expect(document.body.childElementCount).to.equal(before);
    expect(timeline.isConnected).to.equal(false);
    // The module, asked for now, is fetched now: a request made before would have been shared, and its entry
    // would start earlier.
    const askedAt = performance.now();
    await import('../src/elements/warm-up-draw.js');
    expect(drawingRequestedAt()).to.be.at.least(askedAt);
  });
});
