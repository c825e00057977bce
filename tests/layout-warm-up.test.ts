import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { REHEARSED_FRAMES, rehearseZoom } from '../src/layout/warm-up.js';

const measure = (text: string) => text.length * 7;
const events: TimelineEvent[] = Array.from({ length: 30 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  start: `20${10 + Math.floor(i / 6)}-${String((i % 6) * 2 + 1).padStart(2, '0')}-10`,
  category: i % 2 ? 'military' : 'diplomacy',
}));

/** What `layout.view` is asked for while `run` runs: each call's transform, locale, held ids and what it drew. */
function recordViews(layout: TimelineLayout, run: () => void) {
  const asked: { k: number; x: number; pinned: unknown; locale: string; held: string[] | undefined; items: number }[] = [];
  const lay = layout.view;
  layout.view = function (this: TimelineLayout, ...args: Parameters<TimelineLayout['view']>) {
    const view = lay.apply(this, args);
    const [{ k, x }, pinned, locale, , options] = args;
    asked.push({ k, x, pinned, locale, held: options?.held && [...options.held.keys()], items: view.frame.items.length });
    return view;
  };
  try {
    run();
  } finally {
    layout.view = lay;
  }
  return asked;
}

describe('rehearseZoom()', () => {
  it('lays out, one at a time as asked, the frames of a pinch in from the view drawn, with its labels held, and changes nothing', () => {
    const layout = new TimelineLayout();
    layout.setEvents(events);
    layout.resize(800, 28, measure);
    const at = { k: 2, x: -300 };
    const drawn = layout.view(at, [], 'en-GB', measure);
    expect(drawn.frame.items.length, 'events drawn').to.be.greaterThan(0);
    let frames!: Generator<unknown>;
    const atFirst = recordViews(layout, () => (frames = rehearseZoom(layout, at, drawn.frame.items, 'ar', { measure, estimate: measure })));
    expect(atFirst, 'nothing laid out before a frame is asked for').to.deep.equal([]);
    const one = recordViews(layout, () => frames.next());
    expect(one.length, 'one frame for one asked').to.equal(1);
    const rest = recordViews(layout, () => [...frames]);
    const asked = [...one, ...rest];
    expect(asked.length, 'the frames of one stretch: the view is not too dense').to.equal(REHEARSED_FRAMES);
    asked.forEach(({ k, x, pinned, locale, held }, i) => {
      const step = 2 ** (0.2 * (i + 1));
      expect(k, `frame ${i}: steps in, as a pinch makes`).to.be.closeTo(2 * step, 1e-9);
      expect(x, `frame ${i}: around the middle`).to.be.closeTo(400 - (400 + 300) * step, 1e-9);
      expect([pinned, locale]).to.deep.equal([[], 'ar']);
      expect(held, `frame ${i}: with the labels drawn held`).to.deep.equal(drawn.frame.items.map((d) => d.item.id));
    });
    const again = layout.view(at, [], 'en-GB', measure);
    expect([again.frame, again.ticks, again.folds], 'the layout is as it was').to.deep.equal([drawn.frame, drawn.ticks, drawn.folds]);
  });

  it('where the view is too dense to draw events one by one, goes on from the first zoom by factors of 2 that draws them', () => {
    // 2,000 events of one category, a day apart from 2011 on: at the widest view only clusters are drawn.
    const dense: TimelineEvent[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `d${i}`,
      title: `Day ${i}`,
      start: new Date(Date.UTC(2011, 0, 1 + i)).toISOString().slice(0, 10),
      category: 'military',
    }));
    const layout = new TimelineLayout();
    layout.setEvents(dense);
    layout.resize(800, 28, measure);
    const at = { k: 1, x: 0 };
    const drawn = layout.view(at, [], 'en-GB', measure);
    expect(drawn.frame.items, 'no single event at the widest view').to.deep.equal([]);
    const asked = recordViews(layout, () => [...rehearseZoom(layout, at, drawn.frame.items, 'en-GB', { measure, estimate: measure })]);
    expect(asked.length, 'two stretches').to.equal(2 * REHEARSED_FRAMES);
    const deep = asked.slice(REHEARSED_FRAMES);
    const k0 = deep[0].k;
    expect(Math.log2(k0) % 1, 'from a factor of 2').to.equal(0);
    expect(k0, 'deeper than the view').to.be.greaterThan(1);
    const half = layout.view({ k: k0 / 2, x: 400 - 200 * k0 }, [], 'en-GB', measure, { held: new Map() });
    expect(half.frame.items, 'none drawn at half that zoom').to.deep.equal([]);
    deep.forEach(({ k, x, held, items }, i) => {
      expect(k, `deep frame ${i}: steps in`).to.be.closeTo(Math.min(layout.maxScale, k0 * 2 ** (0.2 * i)), 1e-6);
      expect(x, `deep frame ${i}: around the middle`).to.be.closeTo(400 - 400 * k, 1e-6);
      expect(held, `deep frame ${i}: with the labels drawn held (none)`).to.deep.equal([]);
      expect(items, `deep frame ${i}: single events drawn`).to.be.greaterThan(0);
    });
    const again = layout.view(at, [], 'en-GB', measure);
    expect([again.frame, again.ticks], 'the layout is as it was').to.deep.equal([drawn.frame, drawn.ticks]);
  });
});
