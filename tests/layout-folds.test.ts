import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LayoutItem } from '../src/layout/items.js';
import { zoomIdentity } from 'd3-zoom';
import type { TimelineEvent } from '../src/data/types.js';
import { findFolds, quietStretches, FOLD_SHARE, foldedScale, sparsestPxPerMs, type Fold } from '../src/layout/folds.js';
import { createLayoutItems, timeDomain } from '../src/layout/items.js';
import { foldedAxisTicks } from '../src/layout/ticks.js';
import { zoomScale } from '../src/layout/scale.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { syriaEvents } from '../src/data/syria-events.js';

const DAY_MS = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Events from `[start, end?]` pairs (EDTF), one category. */
const events = (...dates: [string, string?][]): TimelineEvent[] =>
  dates.map(([start, end], i) => ({ id: `e${i}`, title: `Event ${i}`, category: 'military', start, ...(end ? { end } : {}) }));
const items = (...dates: [string, string?][]) => createLayoutItems(events(...dates)).items;

/** [name, events, folds as [from, to) ISO days] */
const foldCases: [string, [string, string?][], [string, string][]][] = [
  ['no events: nothing to fold', [], []],
  ['one event: nothing to fold', [['2016-05-01']], []],
  ['evenly spread events: no stretch is long enough', [['2011'], ['2012'], ['2013'], ['2014'], ['2015']], []],
  [
    'a quiet stretch over a quarter of the extent is folded, keeping context on each side, in whole months',
    [['2011'], ['2012'], ['2016-36~'], ['2017-01-18'], ['2017-01-23']],
    [['2013-02-01', '2016-09-01']],
  ],
  [
    'quiet stretches of a quarter of the extent are not folded',
    // 2000-01-01 to 2039-12-31 (14,610 days); each stretch is 3,652 days: a quarter, not more.
    [['2000-01-01'], ['2009-12-31'], ['2020-01-01'], ['2029-12-31'], ['2039-12-31']],
    [],
  ],
  [
    'the two longest of three quiet stretches, in time order',
    [['1900'], ['1930'], ['1931'], ['1970'], ['1971'], ['2000'], ['2001']],
    // 1901–1929 (29 years) and 1932–1969 (38 years), each keeping 2% (212 and 278 days) and rounded inwards to months.
    [
      ['1901-08-01', '1929-06-01'],
      ['1932-11-01', '1969-03-01'],
    ],
  ],
  [
    'the inside of a span is not an event: a span across a quiet stretch does not stop it being folded',
    // The stretch runs from the end of 2000 to the span's end month, June 2019.
    [['2000'], ['2000-06', '2019-06'], ['2020']],
    [['2001-06-01', '2019-01-01']],
  ],
  [
    'an open end does not count, and an open span starting early still lets the stretch after it fold',
    [['2000', '..'], ['2000-05'], ['2010-01'], ['2010-02']],
    [['2001-04-01', '2009-10-01']],
  ],
  [
    'an uncertain year counts as its whole year',
    [['2000?'], ['2010']],
    [['2001-04-01', '2009-10-01']],
  ],
  [
    'a quiet stretch too short to fold after its context is left alone',
    [['2016-01-01'], ['2016-05-15'], ['2016-05-16']],
    [],
  ],
];

describe('findFolds', () => {
  for (const [name, dates, expected] of foldCases) {
    it(name, () => {
      const folds = findFolds(items(...dates));
      expect(folds.map((f) => [iso(f.fromMs), iso(f.toMs)])).to.deep.equal(expected);
    });
  }

  it('never sorts or changes its input', () => {
    const list = items(['2017-01-23'], ['2011'], ['2016-36~']);
    const before = list.map((i) => i.id);
    findFolds(list);
    expect(list.map((i) => i.id)).to.deep.equal(before);
  });

  it('finds the quiet stretches a walk over the extents in order of their starts finds, for any extents', () => {
    // The stretches by definition: walk the extents by start, and note where the next one starts more than a
    // millisecond after the furthest end so far. quietStretches sorts the starts and the ends apart instead.
    const byWalk = (list: readonly LayoutItem[]) => {
      const extents = list
        .flatMap((i) => [[i.startMinMs, i.startMaxMs], [i.endMinMs, i.endMaxMs]])
        .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
        .sort((p, q) => p[0] - q[0]);
      if (extents.length < 2) return { gaps: [], totalMs: 0 };
      const gaps: [number, number][] = [];
      let reach = extents[0][1];
      for (const [a, b] of extents) {
        if (a > reach + 1) gaps.push([reach + 1, a]);
        reach = Math.max(reach, b);
      }
      return { gaps, totalMs: reach - extents[0][0] };
    };
    const DAY = 86_400_000;
    const day0 = Date.UTC(2000, 0, 1);
    // Extents of whole days, often touching or overlapping (a day's last millisecond is the next one's first - 1).
    const extent = fc
      .tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 1, max: 400 }))
      .map(([day, days]) => [day0 + day * DAY, day0 + (day + days) * DAY - 1]);
    const item = fc.tuple(extent, fc.option(extent)).map(([[a, b], end]) => {
      const [c, d] = end ?? [NaN, NaN];
      return { startMinMs: a, startMaxMs: b, endMinMs: c, endMaxMs: d } as LayoutItem;
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (list) => {
        expect(quietStretches(list)).to.deep.equal(byWalk(list));
      }),
      { numRuns: 500 },
    );
  });

  it('finds one fold in the article, from February 2013 to August 2016', () => {
    const folds = findFolds(createLayoutItems(syriaEvents).items);
    expect(folds.map((f) => [iso(f.fromMs), iso(f.toMs)])).to.deep.equal([['2013-02-01', '2016-09-01']]);
  });
});

describe('foldedScale', () => {
  const fold: Fold = { fromMs: utc(2013, 2), toMs: utc(2016, 9) };
  const domain: [number, number] = [utc(2010, 11), utc(2017, 3)];

  it('is a plain linear UTC scale without folds', () => {
    const x = foldedScale(domain, [], [utc(2011)], 1000);
    expect(x.domain().map((d) => d.getTime())).to.deep.equal(domain);
    expect(x.range()).to.deep.equal([0, 1000]);
    expect(x((domain[0] + domain[1]) / 2)).to.be.closeTo(500, 1e-9);
  });

  it('gives each fold its share of the width, and is piecewise linear and invertible through it', () => {
    const marks = [utc(2011, 6), utc(2012, 6), utc(2016, 11), utc(2017, 1, 18), utc(2017, 1, 23)];
    const x = foldedScale(domain, [fold], marks, 1000);
    expect(x.domain().map((d) => d.getTime())).to.deep.equal([domain[0], fold.fromMs, fold.toMs, domain[1]]);
    expect(x(fold.toMs) - x(fold.fromMs)).to.be.closeTo(FOLD_SHARE * 1000, 1e-9);
    expect(x(domain[1])).to.equal(1000);
    for (const ms of [...marks, utc(2014, 6)]) expect(x.invert(x(ms)).getTime()).to.be.closeTo(ms, 1);
  });

  it('shares the width between the stretches by two thirds of their events and one third of their time', () => {
    // Two events before the fold, six after; the stretches last 827 and 181 days.
    const marks = [utc(2011), utc(2012), ...[1, 2, 3, 4, 5, 6].map((d) => utc(2016, 12, d))];
    const x = foldedScale(domain, [fold], marks, 1000);
    const before = fold.fromMs - domain[0];
    const after = domain[1] - fold.toMs;
    const free = 1000 * (1 - FOLD_SHARE);
    expect(x(fold.fromMs)).to.be.closeTo(free * (before / (before + after) / 3 + (2 / 3) * (2 / 8)), 1e-6);
    expect(domain[1] - fold.toMs).to.be.lessThan(fold.fromMs - domain[0]);
    // The busy stretch is drawn at a larger scale: more than twice the px per day.
    expect((1000 - x(fold.toMs)) / after).to.be.greaterThan((2 * x(fold.fromMs)) / before);
  });

  it('ignores a fold outside its domain', () => {
    const x = foldedScale([utc(2000), utc(2001)], [fold], [], 500);
    expect(x.domain()).to.have.length(2);
  });

  it('keeps its folds at the same instants through a d3-zoom transform (zoomScale)', () => {
    const x = foldedScale(domain, [fold], [utc(2011), utc(2016, 12)], 1000);
    const t = zoomIdentity.translate(-500, 0).scale(2);
    const zoomed = zoomScale(x, t);
    expect(zoomed.domain().map((d) => d.getTime())).to.deep.equal(x.domain().map((d) => d.getTime()));
    expect(zoomed(fold.toMs) - zoomed(fold.fromMs)).to.be.closeTo(2 * FOLD_SHARE * 1000, 1e-6);
    for (const ms of [utc(2011, 5), utc(2016, 12, 3)]) expect(zoomed(ms)).to.be.closeTo(t.applyX(x(ms)), 1e-6);
    // d3-zoom's own rescaleX moves the domain, and with it the bends: it cannot be used on a folded scale.
    expect(t.rescaleX(x)(fold.toMs) - t.rescaleX(x)(fold.fromMs)).not.to.be.closeTo(2 * FOLD_SHARE * 1000, 1);
  });

  it('measures the deepest zoom where the scale is least detailed', () => {
    const x = foldedScale(domain, [fold], [utc(2011), utc(2016, 12)], 1000);
    const before = x(fold.fromMs) / (fold.fromMs - domain[0]);
    const after = (1000 - x(fold.toMs)) / (domain[1] - fold.toMs);
    expect(sparsestPxPerMs(x)).to.equal(Math.min(before, after));
  });
});

describe('foldedAxisTicks', () => {
  it('gives each side of a fold its own step, and no tick inside the fold', () => {
    const domain: [number, number] = [utc(2010, 11), utc(2017, 3)];
    const fold: Fold = { fromMs: utc(2013, 2), toMs: utc(2016, 9) };
    const x = foldedScale(domain, [fold], [utc(2011), utc(2012), ...[1, 2, 3, 4, 5].map((d) => utc(2016, 12, d))], 1000);
    const ticks = foldedAxisTicks(x, 1000, 90);
    const labels = ticks.map((t) => t.label);
    expect(labels.slice(0, 3)).to.deep.equal(['2011', '2012', '2013']);
    expect(labels).to.include('Jan 2017');
    expect(ticks.every((t) => t.ms <= fold.fromMs || t.ms >= fold.toMs)).to.equal(true);
    ticks.slice(1).forEach((t, i) => expect(t.xPx - ticks[i].xPx).to.be.at.least(45));
  });

  it('matches the ticks of a plain scale when there is no fold', () => {
    const x = foldedScale([utc(2011), utc(2017)], [], [], 800);
    expect(foldedAxisTicks(x, 800, 90).map((t) => t.label)).to.deep.equal(['2011', '2012', '2013', '2014', '2015', '2016', '2017']);
  });
});

describe('TimelineLayout with folds', () => {
  const measure = (text: string) => text.length * 7;

  it('pads the domain by a share of the time it does not fold', () => {
    const list = createLayoutItems(syriaEvents).items;
    const folds = findFolds(list);
    const folded = folds.reduce((ms, f) => ms + f.toMs - f.fromMs, 0);
    const [from, to] = timeDomain(list, 0.04, DAY_MS, folded);
    expect(to - Date.UTC(2017, 0, 24)).to.be.lessThan(60 * DAY_MS);
    expect(Date.UTC(2011, 0, 1) - from).to.be.lessThan(60 * DAY_MS);
  });

  it('opens a fold, closes them all again, and folds nothing when folding is off', () => {
    const layout = new TimelineLayout();
    layout.setEvents(syriaEvents);
    layout.resize(1200, 28, measure);
    expect(layout.folds).to.have.length(1);
    expect(layout.baseX.domain()).to.have.length(4);
    expect(layout.axis(zoomIdentity, 'en-GB').folds.map((f) => f.index)).to.deep.equal([0]);
    expect(layout.openFold(0)).to.equal(true);
    expect(layout.openFold(0)).to.equal(false);
    layout.relayout();
    expect(layout.baseX.domain()).to.have.length(2);
    expect(layout.axis(zoomIdentity, 'en-GB').folds).to.deep.equal([]);
    expect(layout.closeFolds()).to.equal(true);
    layout.relayout();
    expect(layout.baseX.domain()).to.have.length(4);
    layout.folding = false;
    layout.relayout();
    expect(layout.folds).to.deep.equal([]);
    expect(layout.baseX.domain()).to.have.length(2);
  });
});
