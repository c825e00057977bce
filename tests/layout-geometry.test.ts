import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import {
  DEFAULT_METRICS,
  OVERDRAW_PX,
  itemGeometry,
  itemRowBox,
  markAnchorPx,
  rowBox,
  type Extent,
  type ItemGeometry,
  type MarkMetrics,
} from '../src/layout/geometry.js';
import { createLayoutItems, type LayoutItem } from '../src/layout/items.js';
import { packRows } from './pack-rows.js';
import { mulberry32 } from '../bench/random.mjs';


const DAY_MS = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** The base scale of these tests: 1 px per day from 1 January 2010 (UTC), in a plot 3000 px wide (to March 2018). */
const ORIGIN_MS = utc(2010);
const WIDTH_PX = 3000;
const x = (ms: number) => (ms - ORIGIN_MS) / DAY_MS;
/** The px of UTC midnight starting a day at the base scale. */
const day = (y: number, m = 1, d = 1) => x(utc(y, m, d));
/** The base scale zoomed by `k` around `centrePx`, as d3-zoom's rescaleX does. */
const zoomed = (k: number, centrePx: number) => (ms: number) => centrePx + k * (x(ms) - centrePx);

/** Where the view's clamping puts anything far outside it. */
const LO = -OVERDRAW_PX;
const HI = WIDTH_PX + OVERDRAW_PX;
const R = DEFAULT_METRICS.markRadiusPx;
const GAP = DEFAULT_METRICS.gapPx;

const event = (id: string, start: string, end?: string, category = 'military'): TimelineEvent =>
  end === undefined ? { id, title: id, start, category } : { id, title: id, start, end, category };

/** The one layout item of an event that must resolve. */
function itemOf(e: TimelineEvent): LayoutItem {
  const { items, issues } = createLayoutItems([e]);
  expect(issues).to.deep.equal([]);
  return items[0];
}

/** Numbers rounded to 1/1000 px, so that the last millisecond of an extent (1e-8 px short of midnight) compares. */
const round = (v: number) => Math.round(v * 1000) / 1000 + 0;
const roundExtent = (e: Extent | null) => e && { startPx: round(e.startPx), endPx: round(e.endPx) };
const rounded = (g: ItemGeometry): ItemGeometry => ({
  ...g,
  markPx: round(g.markPx),
  band: roundExtent(g.band),
  bar: roundExtent(g.bar),
  solid: roundExtent(g.solid),
  occupied: roundExtent(g.occupied)!,
});

const ext = (startPx: number, endPx: number): Extent => ({ startPx, endPx });

/** A point's geometry: no bar, never clipped. */
const point = (markPx: number, band: Extent | null, occupied: Extent): ItemGeometry => ({
  markPx,
  band,
  bar: null,
  solid: null,
  clippedStart: false,
  clippedEnd: false,
  occupied,
});

/** A span's geometry: it occupies its bar. */
const span = (
  markPx: number,
  bar: Extent,
  solid: Extent | null,
  clippedStart = false,
  clippedEnd = false,
): ItemGeometry => ({ markPx, band: null, bar, solid, clippedStart, clippedEnd, occupied: bar });

/** [name, event, x function, metrics (omitted: default), expected geometry] */
const geometryCases: [string, TimelineEvent, (ms: number) => number, MarkMetrics | undefined, ItemGeometry][] = [
  [
    'draws a day point as a mark at noon with no band',
    event('a', '2012-03-10'),
    x,
    undefined,
    point(day(2012, 3, 10) + 0.5, null, ext(day(2012, 3, 10) + 0.5 - R, day(2012, 3, 10) + 0.5 + R)),
  ],
  [
    'draws a year point with a band over the whole year and the mark at its middle',
    event('a', '2012'),
    x,
    undefined,
    point(day(2012, 7, 2), ext(day(2012), day(2013)), ext(day(2012), day(2013))),
  ],
  [
    'draws an approximate quarter (2016-36~) as the band of October to December with the mark in the middle',
    event('a', '2016-36~'),
    x,
    undefined,
    point(day(2016, 11, 16), ext(day(2016, 10, 1), day(2017)), ext(day(2016, 10, 1), day(2017))),
  ],
  [
    'gives an approximate day a one-day band inside its wider mark',
    event('a', '2012-03-10~'),
    x,
    undefined,
    point(
      day(2012, 3, 10) + 0.5,
      ext(day(2012, 3, 10), day(2012, 3, 11)),
      ext(day(2012, 3, 10) + 0.5 - R, day(2012, 3, 10) + 0.5 + R),
    ),
  ],
  [
    'sizes a point’s mark from the metrics',
    event('a', '2012-03-10'),
    x,
    { ...DEFAULT_METRICS, markRadiusPx: 3 },
    point(day(2012, 3, 10) + 0.5, null, ext(day(2012, 3, 10) + 0.5 - 3, day(2012, 3, 10) + 0.5 + 3)),
  ],
  [
    'draws a span of days with its bar over both whole days and the solid part between them',
    event('a', '2012-03-10', '2012-03-20'),
    x,
    undefined,
    span(day(2012, 3, 10), ext(day(2012, 3, 10), day(2012, 3, 21)), ext(day(2012, 3, 11), day(2012, 3, 20))),
  ],
  [
    'draws a span with fuzzy ends as a bar from earliest start to latest end, solid from latest start to earliest end',
    event('a', '2012-03', '2013-06~'),
    x,
    undefined,
    span(day(2012, 3, 1), ext(day(2012, 3, 1), day(2013, 7, 1)), ext(day(2012, 4, 1), day(2013, 6, 1))),
  ],
  [
    'gives a span no solid part when its fuzzy ends overlap',
    event('a', '2012', '2012-06'),
    x,
    undefined,
    span(day(2012), ext(day(2012), day(2012, 7, 1)), null),
  ],
  [
    'draws a span shorter than 2 px as a 2 px bar',
    event('a', '2012-03-10', '2012-03-10'),
    x,
    undefined,
    span(day(2012, 3, 10), ext(day(2012, 3, 10), day(2012, 3, 10) + 2), null),
  ],
  [
    'runs an open-ended span past the right edge and marks it clipped at the end',
    event('a', '2014-05-01', '..'),
    x,
    undefined,
    span(day(2014, 5, 1), ext(day(2014, 5, 1), HI), ext(day(2014, 5, 2), HI), false, true),
  ],
  [
    'runs an open start from past the left edge, marks it clipped at the start and puts its mark at the edge',
    event('a', '..', '2011-02-01'),
    x,
    undefined,
    span(0, ext(LO, day(2011, 2, 2)), ext(LO, day(2011, 2, 1)), true, false),
  ],
  [
    'marks a span that runs off the right edge as clipped at the end',
    event('a', '2017', '2019'),
    x,
    undefined,
    span(day(2017), ext(day(2017), day(2020)), ext(day(2018), day(2019)), false, true),
  ],
  [
    'clamps a span at a huge zoom to 64 px past each edge, clipped on both sides',
    event('a', '2011', '2014'),
    zoomed(1e9, day(2012, 6, 1)),
    undefined,
    span(0, ext(LO, HI), ext(LO, HI), true, true),
  ],
  [
    'clamps a point far right of the view at a huge zoom to just past the overdraw',
    event('a', '2016-01-01'),
    zoomed(1e9, day(2012, 6, 1)),
    undefined,
    point(HI, null, ext(HI - R, HI + R)),
  ],
  [
    'clamps a year band at a huge zoom to the view and its overdraw',
    event('a', '2012'),
    zoomed(1e9, day(2012, 6, 1)),
    undefined,
    point(HI, ext(LO, HI), ext(LO, HI + R)),
  ],
];

describe('itemGeometry', () => {
  for (const [name, input, xOf, metrics, expected] of geometryCases) {
    it(`itemGeometry() ${name}`, () => {
      expect(rounded(itemGeometry(itemOf(input), xOf, WIDTH_PX, metrics))).to.deep.equal(expected);
    });
  }

  // A label (up to 240 px in <event-timeline>, after the mark's radius and the gap) reaches into the view from a
  // mark up to about 250 px left of it, and layoutFrame draws such items. Clamping them to 64 px left of the view
  // would pull their labels into the view, away from where the items are.
  /** [name, event, expected geometry] at the base scale moved 300.5 px left: 2010-04-11 is at -200 px. */
  const nearLeftCases: [string, TimelineEvent, Pick<ItemGeometry, 'markPx' | 'bar'>][] = [
    ['keeps a point 200 px left of the view where it is', event('a', '2010-04-11'), { markPx: -200, bar: null }],
    [
      'keeps a span that ends 200 px left of the view where it is',
      event('a', '2010-01-01', '2010-04-10'),
      { markPx: 0, bar: ext(-300.5, -200.5) },
    ],
  ];
  for (const [name, input, expected] of nearLeftCases) {
    it(`itemGeometry() ${name}`, () => {
      const g = rounded(itemGeometry(itemOf(input), (ms) => x(ms) - 300.5, WIDTH_PX));
      expect({ markPx: g.markPx, bar: g.bar }).to.deep.equal(expected);
    });
  }

  it('itemGeometry() keeps every coordinate finite and near the view at zoom factors up to 1e12', () => {
    const items = createLayoutItems([
      event('day', '2012-03-10'),
      event('year', '2012~'),
      event('quarter', '2016-36~'),
      event('span', '2012-03', '2013-06~'),
      event('open-end', '2014-05-01', '..'),
      event('open-start', '..', '2011-02-01'),
    ]).items;
    for (const k of [1, 1e3, 1e6, 1e9, 1e12]) {
      for (const centrePx of [-500, 0, 800, 2999, 10_000]) {
        for (const item of items) {
          const g = itemGeometry(item, zoomed(k, centrePx), WIDTH_PX);
          const numbers = [g.markPx, g.band, g.bar, g.solid, g.occupied].flatMap((e) =>
            e === null ? [] : typeof e === 'number' ? [e] : [e.startPx, e.endPx],
          );
          for (const n of numbers) expect(n, `${item.id} at zoom ${k} around ${centrePx}`).to.be.within(LO - R, HI + R);
        }
      }
    }
  });
});

/** [name, event, label width, expected box] */
const rowBoxCases: [string, TimelineEvent, number, Extent][] = [
  [
    'reserves a day point’s mark, the gap and the label',
    event('a', '2012-03-10'),
    100,
    ext(day(2012, 3, 10) + 0.5 - R, day(2012, 3, 10) + 0.5 + R + GAP + 100),
  ],
  ['reserves a year point’s band when the label ends inside it', event('a', '2012'), 100, ext(day(2012), day(2013))],
  [
    'reserves a year point’s label when it reaches past the band',
    event('a', '2012'),
    300,
    ext(day(2012), day(2012, 7, 2) + R + GAP + 300),
  ],
  [
    'reserves only the bar when the label fits inside it with its padding',
    event('a', '2012-03-01', '2012-06-20'), // 112 px
    99,
    ext(day(2012, 3, 1), day(2012, 6, 21)),
  ],
  [
    'reserves the label after a bar too short for it',
    event('a', '2012-03-01', '2012-06-20'), // 112 px < 101 + 2 × 6
    101,
    ext(day(2012, 3, 1), day(2012, 6, 21) + GAP + 101),
  ],
  [
    'measures the room inside a bar from the left edge of the view',
    event('a', '..', '2010-03-01'), // 124 px of bar, 60 px of it in view
    100,
    ext(LO, day(2010, 3, 2) + GAP + 100),
  ],
];

describe('rowBox', () => {
  for (const [name, input, labelWidthPx, expected] of rowBoxCases) {
    it(`rowBox() ${name}`, () => {
      expect(roundExtent(rowBox(itemGeometry(itemOf(input), x, WIDTH_PX), labelWidthPx))).to.deep.equal(expected);
    });
  }

  it('rowBox() uses the metrics for the gap and the padding inside a bar', () => {
    const metrics: MarkMetrics = { markRadiusPx: 2, gapPx: 10, labelPadPx: 20 };
    const dayPoint = itemOf(event('a', '2012-03-10'));
    expect(roundExtent(rowBox(itemGeometry(dayPoint, x, WIDTH_PX, metrics), 50, metrics))).to.deep.equal(
      ext(day(2012, 3, 10) + 0.5 - 2, day(2012, 3, 10) + 0.5 + 2 + 10 + 50),
    );
    // 112 px of bar hold 99 px of label with 6 px of padding each side, but not with 20.
    const bar = itemOf(event('b', '2012-03-01', '2012-06-20'));
    expect(roundExtent(rowBox(itemGeometry(bar, x, WIDTH_PX, metrics), 99, metrics))).to.deep.equal(
      ext(day(2012, 3, 1), day(2012, 6, 21) + 10 + 99),
    );
  });

  /** 400 random items of one category, with random label widths, packed into rows with rowBox at zoom 1. */
  function randomRows() {
    const random = mulberry32(20161222);
    const randomMs = () => ORIGIN_MS + Math.floor(random() * (WIDTH_PX - 200)) * DAY_MS;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const qualifier = () => ['', '', '~', '?', '%'][Math.floor(random() * 5)];
    const makers: (() => [string, string?])[] = [
      () => [iso(randomMs()) + qualifier()],
      () => [iso(randomMs()).slice(0, 7) + qualifier()],
      () => [iso(randomMs()).slice(0, 4) + qualifier()],
      () => [`${iso(randomMs()).slice(0, 4)}-${33 + Math.floor(random() * 4)}${qualifier()}`],
      () => {
        const startMs = randomMs();
        return [iso(startMs), iso(startMs + Math.floor(random() * random() * 400) * DAY_MS)];
      },
      () => {
        const startMs = randomMs();
        return [iso(startMs).slice(0, 7), iso(startMs + Math.floor(random() * 300) * DAY_MS).slice(0, 7) + '~'];
      },
      () => [iso(randomMs()), '..'],
      () => ['..', iso(randomMs())],
    ];
    const events = Array.from({ length: 400 }, (_, i) => {
      const [start, end] = makers[Math.floor(random() * makers.length)]();
      return event(`e${i}`, start, end);
    });
    const { items, issues } = createLayoutItems(events);
    expect(issues).to.deep.equal([]);
    const labelWidthOf = new Map(items.map((item) => [item.id, 20 + Math.round(random() * 180)]));

    const boxes = items.map((item) => ({ id: item.id, ...rowBox(itemGeometry(item, x, WIDTH_PX), labelWidthOf.get(item.id)!) }));
    const rowOf = packRows(boxes);
    const rows = new Map<number, LayoutItem[]>();
    for (const item of items) {
      const row = rowOf.get(item.id)!;
      if (!rows.has(row)) rows.set(row, []);
      rows.get(row)!.push(item);
    }
    return { random, rows, labelWidthOf };
  }

  it('itemRowBox() and markAnchorPx() give what rowBox() and the geometry give, at any zoom, shift and metrics', () => {
    const { random, rows, labelWidthOf } = randomRows();
    const items = [...rows.values()].flat();
    const metricsList: MarkMetrics[] = [DEFAULT_METRICS, { markRadiusPx: 2, gapPx: 10, labelPadPx: 20 }];
    let compared = 0;
    for (let trial = 0; trial < 60; trial++) {
      const k = 2 ** (random() * 14);
      const xOf = zoomed(k, random() * WIDTH_PX);
      const startPx = Math.round((random() - 0.5) * 8000);
      const widthPx = 200 + Math.round(random() * 2800);
      const metrics = metricsList[trial % 2];
      for (const item of items) {
        const labelWidthPx = labelWidthOf.get(item.id)!;
        const g = itemGeometry(item, xOf, widthPx, metrics, startPx);
        expect(itemRowBox(item, xOf, widthPx, labelWidthPx, metrics, startPx), item.id).to.deep.equal(rowBox(g, labelWidthPx, metrics, startPx));
        expect(markAnchorPx(item, xOf, widthPx, startPx), item.id).to.equal(g.bar ? Math.max(g.bar.startPx, startPx) : g.markPx);
        compared++;
      }
    }
    expect(compared).to.equal(60 * 400);
  });

  /** How far the "before clamping" geometry moves the view: 64 px of overdraw then clamps nothing that is drawn. */
  const SHIFT_PX = 1e7;
  const unshiftExtent = (e: Extent | null) => e && { startPx: e.startPx - SHIFT_PX, endPx: e.endPx - SHIFT_PX };
  const unshift = (g: ItemGeometry): ItemGeometry => ({
    ...g,
    markPx: g.markPx - SHIFT_PX,
    band: unshiftExtent(g.band),
    bar: unshiftExtent(g.bar),
    solid: unshiftExtent(g.solid),
    occupied: unshiftExtent(g.occupied)!,
  });
  const unclamped = (item: LayoutItem, xOf: (ms: number) => number) =>
    unshift(itemGeometry(item, (ms) => xOf(ms) + SHIFT_PX, WIDTH_PX + 2 * SHIFT_PX));
  const asDrawn = (item: LayoutItem, xOf: (ms: number) => number) => itemGeometry(item, xOf, WIDTH_PX);

  /**
   * [name, the geometry of an item at a zoom, whether a bar's label goes inside when the bar's visible part (not
   * the whole bar) has room for it, as rowBox and placeLabels decide]
   */
  const invariantModes: [string, typeof asDrawn, boolean][] = [
    ['before clamping, with a bar’s label inside when the whole bar has room', unclamped, false],
    ['as drawn (clamped past the view), with a bar’s label inside when the whole bar has room', asDrawn, false],
  ];

  for (const [mode, geometryAt, visiblePartOnly] of invariantModes) {
    const name = `keeps every label clear of its row at zoom 1, 2 and 10, ${mode} (400 random items)`;
    it(`rowBox() packed by packRows at zoom 1 ${name}`, () => {
      const { random, rows, labelWidthOf } = randomRows();
      expect(rows.size).to.be.above(5);

      /** An item's mark or bar and its label at a zoom, cut to the view. */
      const needed = (item: LayoutItem, xOf: (ms: number) => number): Extent | null => {
        const g = geometryAt(item, xOf);
        const labelWidthPx = labelWidthOf.get(item.id)!;
        let { startPx, endPx } = g.occupied;
        if (g.bar) {
          const roomPx = g.bar.endPx - (visiblePartOnly ? Math.max(g.bar.startPx, 0) : g.bar.startPx);
          if (roomPx < labelWidthPx + 2 * DEFAULT_METRICS.labelPadPx) endPx = g.bar.endPx + GAP + labelWidthPx;
        } else {
          endPx = Math.max(endPx, g.markPx + R + GAP + labelWidthPx);
        }
        startPx = Math.max(startPx, 0);
        endPx = Math.min(endPx, WIDTH_PX);
        return endPx > startPx ? { startPx, endPx } : null;
      };

      let checked = 0;
      for (const k of [1, 2, 10]) {
        for (let trial = 0; trial < 20; trial++) {
          const centrePx = random() * WIDTH_PX;
          const xOf = zoomed(k, centrePx);
          for (const rowItems of rows.values()) {
            const extents = rowItems
              .map((item) => ({ id: item.id, extent: needed(item, xOf) }))
              .filter((e): e is { id: string; extent: Extent } => e.extent !== null)
              .sort((a, b) => a.extent.startPx - b.extent.startPx);
            // Sorted by start, each extent must begin after every earlier one ends: compare with the furthest.
            for (let i = 1, furthest = extents[0]; i < extents.length; i++) {
              const next = extents[i];
              expect(
                next.extent.startPx,
                `${next.id} starts inside ${furthest.id}'s mark or label at zoom ${k} around ${centrePx.toFixed(1)} px`,
              ).to.be.at.least(furthest.extent.endPx - 1e-6);
              if (next.extent.endPx > furthest.extent.endPx) furthest = next;
              checked++;
            }
          }
        }
      }
      expect(checked).to.be.above(1000);
    });
  }
});
