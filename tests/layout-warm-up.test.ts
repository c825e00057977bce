import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { rehearseZoom } from '../src/layout/warm-up.js';

const measure = (text: string) => text.length * 7;
const events: TimelineEvent[] = Array.from({ length: 30 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  start: `20${10 + Math.floor(i / 6)}-${String((i % 6) * 2 + 1).padStart(2, '0')}-10`,
  category: i % 2 ? 'military' : 'diplomacy',
}));

describe('rehearseZoom()', () => {
  it('lays out the frames of a pinch in and back out from the view drawn, one as each is asked for, with its labels held, and changes nothing', () => {
    const layout = new TimelineLayout();
    layout.setEvents(events);
    layout.resize(800, 28, measure);
    const at = { k: 2, x: -300 };
    const drawn = layout.view(at, [], 'en-GB', measure);
    const asked: Parameters<TimelineLayout['view']>[] = [];
    const lay = layout.view;
    layout.view = function (this: TimelineLayout, ...args: Parameters<TimelineLayout['view']>) {
      asked.push(args);
      return lay.apply(this, args);
    };
    const frames: ReturnType<TimelineLayout['view']>[] = [];
    try {
      const rehearsal = rehearseZoom(layout, at, drawn.frame.items, 'ar', { measure, estimate: measure });
      expect(asked.length, 'nothing laid out before a frame is asked for').to.equal(0);
      const first = rehearsal.next();
      expect(asked.length, 'one frame for one asked for').to.equal(1);
      frames.push(first.value!, ...rehearsal);
    } finally {
      layout.view = lay;
    }
    const step = 2 ** 0.2;
    const steps = asked.map(([transform]) => Math.round(Math.log2(transform.k / 2) / 0.2));
    expect(steps, 'steps in, as a pinch makes them, then back out').to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(frames.length, 'a frame for each').to.equal(steps.length);
    const [transform, pinned, locale, , options] = asked[0];
    expect(transform.k, 'the first a step in').to.equal(2 * step);
    expect(transform.x, 'around the middle').to.be.closeTo(400 - (400 + 300) * step, 1e-9);
    for (const [t] of asked) expect((400 - t.x) / t.k, 'each around the middle').to.be.closeTo((400 - at.x) / at.k, 1e-6);
    expect([pinned, locale]).to.deep.equal([[], 'ar']);
    const held = options?.held;
    expect([...held!.keys()], 'with the labels drawn held').to.deep.equal(drawn.frame.items.map((d) => d.item.id));
    expect(drawn.frame.items.length, 'events drawn').to.be.greaterThan(0);
    expect(frames[7].frame.items.length, 'the deepest frame draws fewer events').to.be.below(frames[0].frame.items.length);
    const again = layout.view(at, [], 'en-GB', measure);
    expect([again.frame, again.ticks, again.folds], 'the layout is as it was').to.deep.equal([drawn.frame, drawn.ticks, drawn.folds]);
  });
});
