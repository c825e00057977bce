import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { warmUpZoom } from '../src/layout/warm-up.js';

const measure = (text: string) => text.length * 7;
const events: TimelineEvent[] = Array.from({ length: 30 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  start: `20${10 + Math.floor(i / 6)}-${String((i % 6) * 2 + 1).padStart(2, '0')}-10`,
  category: i % 2 ? 'military' : 'diplomacy',
}));

describe('warmUpZoom()', () => {
  it('lays out the first frame of a zoom step in from the view drawn, with its labels held, and changes nothing', () => {
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
    try {
      warmUpZoom(layout, at, drawn.frame.items, 'ar', { measure, estimate: measure });
    } finally {
      layout.view = lay;
    }
    expect(asked.length, 'one frame').to.equal(1);
    const [transform, pinned, locale, , options] = asked[0];
    const held = options?.held;
    const step = 2 ** 0.2;
    expect(transform.k, 'a step in, as a pinch makes').to.equal(2 * step);
    expect(transform.x, 'around the middle').to.be.closeTo(400 - (400 + 300) * step, 1e-9);
    expect([pinned, locale]).to.deep.equal([[], 'ar']);
    expect([...held!.keys()], 'with the labels drawn held').to.deep.equal(drawn.frame.items.map((d) => d.item.id));
    expect(drawn.frame.items.length, 'events drawn').to.be.greaterThan(0);
    const again = layout.view(at, [], 'en-GB', measure);
    expect([again.frame, again.ticks, again.folds], 'the layout is as it was').to.deep.equal([drawn.frame, drawn.ticks, drawn.folds]);
  });
});
