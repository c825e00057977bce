import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import type { TimelineEvent } from '../src/data/types.js';
import { byId, frameSpanMs, type DrawnItem } from '../src/layout/frame.js';
import { countMarks, DENSE_LIMIT } from '../src/layout/lane-index.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { mulberry32 } from '../bench/random.mjs';

/** Eight days in a row in one lane, too close for their labels to share a row at the widest view, and a ninth. */
const events: TimelineEvent[] = [
  ...Array.from({ length: 8 }, (_, i) => ({
    id: `e${i}`,
    title: `Event number ${i}`,
    start: `2016-01-1${i}`,
    category: 'military',
  })),
  { id: 'late', title: 'Late event', start: '2016-12-20', category: 'military' },
];
const measure = (text: string) => text.length * 7;

function laidOut(): TimelineLayout {
  const layout = new TimelineLayout();
  // Time to one scale: the zooms below are of the whole extent.
  layout.folding = false;
  layout.setEvents(events);
  layout.resize(1000, 28, measure);
  return layout;
}

const anchor = (d: DrawnItem) => (d.geometry.bar ? d.geometry.bar.startPx : d.geometry.markPx);

describe('layoutFrame() while the view moves (held)', () => {
  it('layoutFrame() keeps the rows and labels of the events drawn when the move began, moving each label with its mark', () => {
    const layout = laidOut();
    // Zooming out: at rest, the labels would be cut or hidden, or the events packed into other rows.
    const start = layout.view(zoomIdentity.scale(12), [], 'en-GB', measure).frame;
    const held = byId(start.items);
    const moved = layout.view(zoomIdentity, [], 'en-GB', measure, { held }).frame;
    const rested = byId(layout.view(zoomIdentity, [], 'en-GB', measure).frame.items);
    const placedAgain = [...held.keys()].filter((id) => {
      const [a, b] = [held.get(id)!, rested.get(id)];
      return b && (a.row !== b.row || a.text !== b.text || a.label.fit !== b.label.fit);
    });
    expect(placedAgain, 'at rest some labels or rows differ from those held').to.not.be.empty;
    const kept = moved.items.filter((d) => held.has(d.item.id));
    expect(kept.length).to.be.greaterThan(2);
    for (const d of kept) {
      const before = held.get(d.item.id)!;
      expect(d.row, `${d.item.id} keeps its row`).to.equal(before.row);
      expect(d.text, `${d.item.id} keeps its text`).to.equal(before.text);
      expect(d.label.fit).to.equal(before.label.fit);
      expect(d.label.xPx - before.label.xPx, `${d.item.id}'s label moves with its mark`).to.be.closeTo(anchor(d) - anchor(before), 1e-9);
      expect(anchor(d)).to.not.equal(anchor(before));
    }
  });

  it('layoutFrame() gives an event that comes into view during the move room that no held event or label takes', () => {
    const layout = laidOut();
    const start = layout.view(zoomIdentity.translate(-1100, 0).scale(60), [], 'en-GB', measure).frame;
    const held = byId(start.items);
    const moved = layout.view(zoomIdentity, [], 'en-GB', measure, { held }).frame;
    // What each drawn event takes in its row: its mark or bar, and its label when it has one.
    const extent = (d: DrawnItem) => {
      const g = d.geometry;
      const label = d.label.fit === 'hidden' ? [g.occupied.startPx, g.occupied.endPx] : [d.label.xPx, d.label.xPx + d.label.maxWidthPx];
      return [Math.min(g.occupied.startPx, label[0]), Math.max(g.occupied.endPx, label[1])];
    };
    const arrived = moved.items.filter((d) => !held.has(d.item.id));
    expect(arrived.length, 'events came into view').to.be.greaterThan(0);
    for (const d of arrived) {
      for (const other of moved.items) {
        if (other === d || other.row !== d.row) continue;
        const [a, b] = [extent(d), extent(other)];
        expect(a[1] <= b[0] || b[1] <= a[0], `${d.item.id} and ${other.item.id} share row ${d.row} without overlapping`).to.be.true;
      }
    }
  });

  it('layoutFrame() keeps the rows of the frame before at rest (kept), and places the labels again, without overlaps', () => {
    const layout = laidOut();
    // Packed from e0 on, e3 to e7 take rows 3, 4, 0, 1 and 2; from e3 on, they would take rows 0 to 4.
    const before = layout.view(zoomIdentity.translate(-600, 0).scale(12), [], 'en-GB', measure);
    const at = zoomIdentity.translate(-800, 0).scale(12);
    const kept = byId(before.frame.items);
    const rested = layout.view(at, [], 'en-GB', measure, { kept, frameAt: before.frameAt }).frame;
    const fresh = byId(layout.view(at, [], 'en-GB', measure).frame.items);
    const stayed = rested.items.filter((d) => kept.has(d.item.id));
    expect(stayed.length, 'events stayed in view').to.be.greaterThan(2);
    for (const d of stayed) expect(d.row, `${d.item.id} keeps its row`).to.equal(kept.get(d.item.id)!.row);
    expect(stayed.some((d) => d.row !== fresh.get(d.item.id)!.row), 'where a fresh packing would move it').to.be.true;
    expect(rested.items.filter((d) => d.label.fit !== 'hidden').length, 'labels placed').to.be.greaterThan(2);
    for (const d of rested.items) {
      if (d.label.fit === 'hidden') continue;
      for (const other of rested.items) {
        if (other === d || other.row !== d.row) continue;
        const [a, b] = [d.label.xPx, d.label.xPx + d.label.maxWidthPx];
        const g = other.geometry.occupied;
        expect(b <= g.startPx || g.endPx <= a, `${d.item.id}'s label clear of ${other.item.id}'s mark`).to.be.true;
        if (other.label.fit !== 'hidden') {
          const [c, e] = [other.label.xPx, other.label.xPx + other.label.maxWidthPx];
          expect(b <= c || e <= a, `${d.item.id}'s and ${other.item.id}'s labels`).to.be.true;
        }
      }
    }
  });

  it('layoutFrame() keeps the cut of a label kept at the same width, and cuts again one whose room changed', () => {
    const layout = laidOut();
    const cut = (d: DrawnItem) => d.label.fit !== 'hidden' && d.text !== d.item.event.title;
    // The first zoom, from the widest view in, at which some label in view is cut to its room.
    const zooms = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32].map((k) => zoomIdentity.scale(k));
    const at = zooms.find((z) => layout.view(z, [], 'en-GB', measure, { estimate: measure }).frame.items.some(cut))!;
    expect(at, 'labels cut to their room').to.not.equal(undefined);
    const first = layout.view(at, [], 'en-GB', measure, { estimate: measure }).frame;
    const cuts: string[] = [];
    const estimate = (text: string) => (text.endsWith('…') && cuts.push(text), measure(text));
    const again = layout.view(at, [], 'en-GB', measure, { estimate, kept: byId(first.items) }).frame;
    expect(cuts, 'no cut tried again').to.deep.equal([]);
    expect(again.items.map((d) => [d.item.id, d.text]), 'the same texts').to.deep.equal(first.items.map((d) => [d.item.id, d.text]));
    // The same frame with every label's room a little wider than before: cut again to the new room.
    const wider = byId(first.items.map((d) => ({ ...d, label: { ...d.label, maxWidthPx: d.label.maxWidthPx - 1 }, text: 'stale' })));
    const recut = layout.view(at, [], 'en-GB', measure, { estimate, kept: wider }).frame;
    expect(cuts.length, 'cuts tried for the labels whose room changed').to.be.greaterThan(0);
    expect(recut.items.map((d) => [d.item.id, d.text]), 'to the same texts').to.deep.equal(first.items.map((d) => [d.item.id, d.text]));
  });

  it('layoutFrame() makes room for the label of an event that comes into view during the move from the estimate, not measuring it', () => {
    const layout = laidOut();
    const start = layout.view(zoomIdentity.scale(8), [], 'en-GB', measure).frame;
    const measured: string[] = [];
    const counting = (text: string) => (measured.push(text), measure(text));
    const late = zoomIdentity.translate(-7000, 0).scale(8);
    const moving = layout.view(late, [], 'en-GB', counting, { estimate: (text) => text.length * 8, held: byId(start.items) }).frame;
    expect(moving.items.map((d) => d.item.id)).to.include('late');
    expect(measured, 'no title is measured while the view moves').to.deep.equal([]);
    layout.view(late, [], 'en-GB', counting).frame;
    expect(measured, 'at rest the titles are measured').to.include('Late event');
  });

  it('layoutFrame() draws an event that comes into view during the move without a label, and labels it once the view rests', () => {
    const layout = laidOut();
    const early = zoomIdentity.scale(8);
    const start = layout.view(early, [], 'en-GB', measure).frame;
    expect(start.items.map((d) => d.item.id)).to.not.include('late');
    const late = zoomIdentity.translate(-7000, 0).scale(8);
    const moving = layout.view(late, [], 'en-GB', measure, { held: byId(start.items) }).frame;
    const arrived = moving.items.find((d) => d.item.id === 'late');
    expect(arrived, 'the late event is drawn').to.exist;
    expect(arrived!.label.fit).to.equal('hidden');
    const rested = layout.view(late, [], 'en-GB', measure).frame.items.find((d) => d.item.id === 'late');
    expect(rested!.label.fit).to.equal('full');
  });
});

describe('TimelineLayout.view() in the px of another zoom', () => {
  it('lays out the same frame, moved by the distance between the two zooms, open and clipped spans included', () => {
    const layout = new TimelineLayout();
    layout.folding = false;
    layout.setEvents([
      ...events,
      { id: 'long', title: 'A long span', start: '2015-06-01', end: '2017-06-01', category: 'diplomacy' },
      { id: 'open', title: 'An open span', start: '2016-01-05', end: '..', category: 'diplomacy' },
    ]);
    layout.resize(1000, 28, measure);
    const now = zoomIdentity.translate(-9000, 0).scale(12);
    const frameAt = { k: 12, x: -8000 };
    const own = layout.view(now, [], 'en-GB', measure);
    const other = layout.view(now, [], 'en-GB', measure, { frameAt });
    const d = frameAt.x - now.x;
    expect([other.frameStartPx, other.frameWidthPx, own.frameStartPx]).to.deep.equal([d, 1000, 0]);
    expect(other.frame.items.map((i) => i.item.id), 'the same events').to.deep.equal(own.frame.items.map((i) => i.item.id));
    expect(own.frame.items.some((i) => i.geometry.clippedEnd), 'a span runs off the view').to.be.true;
    other.frame.items.forEach((moved, i) => {
      const at = own.frame.items[i];
      const { geometry: g, label } = moved;
      expect([moved.row, moved.text, label.fit, label.inside, g.clippedStart, g.clippedEnd], at.item.id).to.deep.equal(
        [at.row, at.text, at.label.fit, at.label.inside, at.geometry.clippedStart, at.geometry.clippedEnd],
      );
      expect(g.markPx - at.geometry.markPx, `${at.item.id}'s mark`).to.be.closeTo(d, 1e-6);
      expect(label.xPx - at.label.xPx, `${at.item.id}'s label`).to.be.closeTo(d, 1e-6);
      expect(label.maxWidthPx).to.be.closeTo(at.label.maxWidthPx, 1e-6);
      if (g.bar) expect([g.bar.startPx - at.geometry.bar!.startPx, g.bar.endPx - at.geometry.bar!.endPx]).to.satisfy(([a, b]: number[]) => Math.abs(a - d) < 1e-6 && Math.abs(b - d) < 1e-6);
    });
    expect(other.frameX(Date.UTC(2016, 0, 12)) - own.frameX(Date.UTC(2016, 0, 12))).to.be.closeTo(d, 1e-6);
  });
});

describe('TimelineLayout: the widths of titles', () => {
  /** A measure that counts how often it measured each text. */
  const counting = (pxPerChar = 7) => {
    const calls = new Map<string, number>();
    const fn = (text: string) => {
      calls.set(text, (calls.get(text) ?? 0) + 1);
      return text.length * pxPerChar;
    };
    return { fn, calls };
  };

  it('measures each title once, for sizing the lanes and for every frame after, at rest and in motion', () => {
    const layout = new TimelineLayout();
    layout.folding = false;
    layout.setEvents(events);
    const { fn, calls } = counting();
    layout.resize(1000, 28, fn);
    const first = layout.view(zoomIdentity, [], 'en-GB', fn).frame;
    layout.view(zoomIdentity.scale(4), [], 'en-GB', fn, { kept: byId(first.items) });
    layout.view(zoomIdentity.scale(12), [], 'en-GB', fn);
    const titles = events.map((e) => e.title);
    for (const title of titles) expect(calls.get(title), title).to.equal(1);
    // Each label still has the room its measured title needs, or is cut to fit.
    for (const d of layout.view(zoomIdentity.scale(12), [], 'en-GB', fn).frame.items) {
      if (d.label.fit !== 'hidden' && d.text === d.item.event.title) expect(d.label.maxWidthPx).to.be.at.least(fn(d.text));
    }
  });

  it('measures the titles again after a change of wording, and with another measure', () => {
    const layout = new TimelineLayout();
    layout.folding = false;
    layout.setEvents(events);
    const a = counting();
    layout.resize(1000, 28, a.fn);
    layout.view(zoomIdentity, [], 'en-GB', a.fn);
    const worded = events.map((e) => ({ ...e, title: `${e.title} (again)` }));
    layout.retext(worded);
    layout.relayout();
    for (const e of worded) expect(a.calls.get(e.title), e.title).to.equal(1);
    // A wider font: the layout must not keep the widths of the narrower one.
    const b = counting(14);
    layout.resize(1000, 28, b.fn);
    // Labels are cut with the estimate, as the element does: only the layout's own measuring is counted.
    const estimate = (text: string) => text.length * 14.3;
    const frame = layout.view(zoomIdentity.scale(12), [], 'en-GB', b.fn, { estimate }).frame;
    for (const e of worded) expect(b.calls.get(e.title), e.title).to.equal(1);
    // Every title is wider than the longest label at 14 px a character (about 300 px against 240), and narrower at 7.
    const labelled = frame.items.filter((d) => d.label.fit !== 'hidden');
    expect(labelled.length, 'labels drawn').to.be.greaterThan(0);
    for (const d of labelled) {
      expect(b.fn(d.item.event.title)).to.be.greaterThan(layout.sizes.labelMaxPx);
      expect(d.text, 'cut to the wider measure').to.not.equal(d.item.event.title);
      expect(d.text.endsWith('…'), d.text).to.equal(true);
    }
  });
});

describe('layoutFrame(): a lane in clusters when the move began', () => {
  /** `n` events of one category, a day apart from 2011 on; with `spans`, that many spans over 2013 and 2014 as well. */
  const daily = (n: number, spans = 0): TimelineEvent[] => [
    ...Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      title: `Day ${i}`,
      start: new Date(Date.UTC(2011, 0, 1 + i)).toISOString().slice(0, 10),
      category: 'military',
    })),
    ...Array.from({ length: spans }, (_, i) => ({ id: `s${i}`, title: `Span ${i}`, start: '2013-01', end: '2014-12', category: 'military' })),
  ];
  /** The first zoom about the middle of 800 px, in steps of 2^0.25, whose frame has more than `above` marks and at most `atMost`. */
  const zoomWith = (layout: TimelineLayout, above: number, atMost: number) => {
    for (let k = 1; k <= layout.maxScale; k *= 2 ** 0.25) {
      const at = zoomIdentity.translate(400 - 400 * k, 0).scale(k);
      const x = at.rescaleX(layout.baseX);
      const span = frameSpanMs([x.invert(0).getTime(), x.invert(800).getTime()], 800, layout.sizes.labelMaxPx);
      const count = countMarks(layout.lanes[0], ...span);
      if (count > above && count <= atMost) return at;
    }
    throw new Error(`no zoom with ${above} to ${atMost} marks in the frame`);
  };
  const laid = (events: TimelineEvent[]) => {
    const layout = new TimelineLayout();
    layout.folding = false;
    layout.setEvents(events);
    layout.resize(800, 28, measure);
    return layout;
  };

  it('stays in clusters while the view moves as long as more than DENSE_LIMIT events are in view, long spans included', () => {
    const layout = laid(daily(2000, 400));
    const start = layout.view(zoomIdentity, [], 'en-GB', measure).frame;
    expect(start.items, 'only clusters when the move begins').to.deep.equal([]);
    const held = byId(start.items);
    // Up to DENSE_LIMIT marks in the frame, and the 400 spans that cross it.
    const middle = zoomWith(layout, 100, DENSE_LIMIT);
    const moving = layout.view(middle, [], 'en-GB', measure, { held }).frame;
    expect(moving.items, 'in clusters while moving').to.deep.equal([]);
    expect(moving.clusters.length).to.be.greaterThan(0);
    const rested = layout.view(middle, [], 'en-GB', measure).frame;
    expect(rested.items.length, 'one by one at rest (the rest in the cluster row)').to.be.greaterThan(0);
  });

  it('draws one by one while the view moves a lane with at most DENSE_LIMIT events in view, without labels until it rests', () => {
    const layout = laid(daily(2000));
    const held = byId(layout.view(zoomIdentity, [], 'en-GB', measure).frame.items);
    const moving = layout.view(zoomWith(layout, 100, DENSE_LIMIT - 50), [], 'en-GB', measure, { held }).frame;
    expect(moving.items.length, 'one by one while moving').to.be.greaterThan(10);
    expect(moving.items.every((d) => d.label.fit === 'hidden'), 'without labels').to.equal(true);
  });

  it('keeps drawing one by one a lane whose events were drawn when the move began, long spans and all', () => {
    const layout = laid(daily(2000, 400));
    const at = zoomWith(layout, 100, 200);
    const start = layout.view(at, [], 'en-GB', measure).frame;
    expect(start.items.length).to.be.greaterThan(0);
    // Zooming out a little: more marks (still at most DENSE_LIMIT), and the 400 spans, in view.
    const out = zoomIdentity.translate(400 - (400 - at.x) / 1.2, 0).scale(at.k / 1.2);
    const moving = layout.view(out, [], 'en-GB', measure, { held: byId(start.items) }).frame;
    const ids = moving.items.map((d) => d.item.id);
    expect(ids, 'the events drawn when the move began are drawn one by one').to.include.members(start.items.map((d) => d.item.id));
    expect(moving.items.filter((d) => d.label.fit !== 'hidden').length, 'with their labels').to.equal(start.items.filter((d) => d.label.fit !== 'hidden').length);
  });
});

describe('layoutFrame() at rest', () => {
  it('layoutFrame() measures the titles of the events drawn one by one, not those of events it groups (1,000 random events)', () => {
    const random = mulberry32(0x7e1e);
    const categories = ['military', 'diplomacy', 'statement', 'ceasefire'];
    const many: TimelineEvent[] = Array.from({ length: 1000 }, (_, i) => {
      const day = Math.floor(random() * 2000);
      const start = new Date(Date.UTC(2011, 0, 1 + day)).toISOString().slice(0, 10);
      const end = random() < 0.2 ? new Date(Date.UTC(2011, 0, 2 + day + Math.floor(random() * 300))).toISOString().slice(0, 10) : undefined;
      const words = Array.from({ length: 1 + Math.floor(random() * 6) }, () => `w${Math.floor(random() * 50)}`);
      return { id: `e${i}`, title: `${words.join(' ')} ${i}`, start, end, category: categories[i % 5] ?? 'humanitarian' };
    });
    const layout = new TimelineLayout();
    layout.setEvents(many);
    layout.resize(1200, 28, measure);
    const measured = new Set<string>();
    // Another function than the one the layout was sized with: the frame measures every title it needs itself.
    const counted = (text: string) => (measured.add(text), measure(text));
    for (const k of [1, 2, 4]) {
      measured.clear();
      const frame = layout.view(zoomIdentity.scale(k), [], 'en-GB', counted).frame;
      const grouped = frame.clusters.reduce((n, c) => n + c.count, 0);
      expect(grouped, `zoom ${k}: events grouped`).to.be.greaterThan(50);
      const drawn = new Set(frame.items.map((d) => d.item.event.title));
      const titles = [...measured].filter((t) => t.length > 1);
      expect(titles.length, `zoom ${k}: titles measured`).to.be.within(1, drawn.size);
      expect(titles.filter((t) => !drawn.has(t)), `zoom ${k}: titles measured of events not drawn one by one`).to.deep.equal([]);
    }
  });
});
