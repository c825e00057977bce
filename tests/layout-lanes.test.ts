import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import { createLayoutItems, type LayoutItem } from '../src/layout/items.js';
import { indexLanes, sizeLane } from '../src/layout/lane-index.js';
import { fitPlotWidth } from '../src/layout/frame.js';
import { packRows as packRowIndices, packRowsAround as packRowIndicesAround, packRowsBy } from '../src/layout/lanes.js';
import { packRows, packRowsAround, type RowBox } from './pack-rows.js';
import { mulberry32 } from '../bench/random.mjs';


const box = (id: string, startPx: number, endPx: number): RowBox => ({ id, startPx, endPx });

/** [name, boxes, gapPx, expected row by id] */
const packCases: [string, RowBox[], number | undefined, Record<string, number>][] = [
  ['returns an empty map for no boxes', [], undefined, {}],
  ['puts one box in row 0', [box('a', 10, 20)], undefined, { a: 0 }],
  ['puts overlapping boxes in separate rows', [box('a', 0, 20), box('b', 10, 30)], undefined, { a: 0, b: 1 }],
  ['lets a box start where another ends when gapPx is 0', [box('a', 0, 20), box('b', 20, 30)], undefined, { a: 0, b: 0 }],
  ['keeps gapPx between neighbours in a row', [box('a', 0, 20), box('b', 23, 30)], 4, { a: 0, b: 1 }],
  ['shares a row when the gap is exactly gapPx', [box('a', 0, 20), box('b', 24, 30)], 4, { a: 0, b: 0 }],
  ['puts identical boxes in separate rows, in input order', [box('a', 5, 9), box('b', 5, 9), box('c', 5, 9)], undefined, { a: 0, b: 1, c: 2 }],
  ['treats zero-length boxes at one x as overlapping', [box('a', 5, 5), box('b', 5, 5)], undefined, { a: 0, b: 1 }],
  ['lets zero-length boxes at different x share a row', [box('a', 5, 5), box('b', 6, 6)], undefined, { a: 0, b: 0 }],
  ['treats a reversed box as 1 px wide', [box('a', 10, 0), box('b', 10.5, 12)], undefined, { a: 0, b: 1 }],
  ['packs unsorted boxes as if sorted by startPx', [box('c', 40, 50), box('b', 15, 45), box('a', 0, 20)], undefined, { a: 0, b: 1, c: 0 }],
  [
    'reuses the lowest free row',
    [box('a', 0, 10), box('b', 1, 10), box('c', 2, 30), box('d', 11, 12), box('e', 11, 12)],
    undefined,
    { a: 0, b: 1, c: 2, d: 0, e: 1 },
  ],
  [
    'gives an open-ended box its row for good',
    [box('a', 0, Infinity), box('b', -Infinity, 5), box('c', 100, 200), box('d', 6, 7)],
    undefined,
    { b: 0, a: 1, d: 0, c: 0 },
  ],
];

describe('packRows', () => {
  for (const [name, boxes, gapPx, expected] of packCases) {
    it(`packRows() ${name}`, () => {
      expect(Object.fromEntries(packRows(boxes, gapPx))).to.deep.equal(expected);
    });
  }

  it('packRows() with maxRows fills the same rows as without it, and leaves out what does not fit in them', () => {
    const random = mulberry32(20170123);
    const boxes: RowBox[] = [];
    for (let i = 0; i < 600; i++) {
      const startPx = Math.round(random() * 4000) / 4;
      boxes.push(box(`b${i}`, startPx, startPx + Math.round(random() * 600) / 2));
    }
    const all = packRows(boxes, 2);
    expect(Math.max(...all.values()), 'the boxes need many rows').to.be.greaterThan(20);
    for (const maxRows of [0, 1, 3, 8]) {
      const within = [...all].filter(([, row]) => row < maxRows);
      expect([...packRows(boxes, 2, maxRows)], `maxRows ${maxRows}`).to.deep.equal(within);
    }
  });

  it('packRows() gives each box its row in the order of the input, and -1 to a box left out', () => {
    const rows = packRowIndices([box('c', 40, 50), box('b', 15, 45), box('a', 0, 20), box('d', 16, 30)], 0, 2);
    expect([...rows]).to.deep.equal([0, 1, 0, -1]);
  });

  it('packRows() does not change or reorder the input', () => {
    const boxes = Object.freeze([Object.freeze(box('b', 10, 20)), Object.freeze(box('a', 0, 5))]);
    packRows(boxes);
    expect(boxes.map((b) => b.id)).to.deep.equal(['b', 'a']);
  });

  it('packRows() never overlaps boxes in a row and uses as many rows as the deepest overlap (2,000 random boxes)', () => {
    const random = mulberry32(20170118);
    for (const gapPx of [0, 3]) {
      const boxes: RowBox[] = [];
      for (let i = 0; i < 2000; i++) {
        const startPx = Math.round(random() * 20000) / 4;
        const widthPx = random() < 0.1 ? 0 : Math.round(random() * random() * 800) / 2;
        boxes.push(box(`b${i}`, startPx, startPx + widthPx));
      }
      const rowOf = packRows(boxes, gapPx);
      expect(rowOf.size).to.equal(boxes.length);

      // Each box blocks [startPx, max(endPx, startPx + 1) + gapPx) of its row (see packRows).
      const blockedUntil = (b: RowBox) => Math.max(b.endPx, b.startPx + 1) + gapPx;
      const byRow = new Map<number, RowBox[]>();
      for (const b of boxes) {
        const row = rowOf.get(b.id)!;
        if (!byRow.has(row)) byRow.set(row, []);
        byRow.get(row)!.push(b);
      }
      for (const rowBoxes of byRow.values()) {
        rowBoxes.sort((p, q) => p.startPx - q.startPx);
        for (let i = 1; i < rowBoxes.length; i++) {
          expect(rowBoxes[i].startPx).to.be.at.least(blockedUntil(rowBoxes[i - 1]));
        }
      }

      // The deepest overlap: sweep, ending blocks before starting new ones at the same x.
      const events = boxes.flatMap((b) => [
        [b.startPx, 1],
        [blockedUntil(b), -1],
      ]);
      events.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      let depth = 0;
      let deepest = 0;
      for (const [, delta] of events) deepest = Math.max(deepest, (depth += delta));
      expect(Math.max(...rowOf.values()) + 1).to.equal(deepest);
      expect(byRow.size).to.equal(deepest);
    }
  });
});

const event = (id: string, start: string, category: string): TimelineEvent => ({ id, title: id, start, category });

/** Boxes of one day-precision point: 100 px per day from 2016-01-01, 150 px wide. */
const boxOf = (item: LayoutItem) => {
  const startPx = ((item.startMinMs - Date.UTC(2016, 0, 1)) / 86_400_000) * 100;
  return { startPx, endPx: startPx + 150 };
};

describe('packRowsBy()', () => {
  it('packs as packRows() does, asking once for the end of each box that gets a row and never for one left out (400 random cases)', () => {
    const random = mulberry32(0xb0c5);
    let leftOut = 0;
    for (let round = 0; round < 400; round++) {
      const count = Math.floor(random() * 60);
      const boxes = Array.from({ length: count }, () => {
        const startPx = random() < 0.05 ? NaN : Math.round(random() * 800);
        return { startPx, endPx: random() < 0.05 ? Infinity : startPx + Math.round(random() * 300) };
      });
      const gapPx = Math.floor(random() * 6);
      const maxRows = random() < 0.2 ? Infinity : Math.floor(random() * 5);
      const asked: number[] = [];
      const rows = packRowsBy(count, (i) => boxes[i].startPx, (i) => (asked.push(i), boxes[i].endPx), gapPx, maxRows);
      expect([...rows], `round ${round}`).to.deep.equal([...packRowIndices(boxes, gapPx, maxRows)]);
      const placed = [...rows.keys()].filter((i) => rows[i] >= 0);
      expect([...asked].sort((a, b) => a - b), `round ${round}: the ends asked for`).to.deep.equal(placed);
      leftOut += count - placed.length;
    }
    expect(leftOut, 'boxes left out').to.be.greaterThan(500);
  });
});

describe('indexLanes and sizeLane', () => {
  it('indexLanes() returns no lanes for no items', () => {
    expect(indexLanes([])).to.deep.equal([]);
  });

  it('indexLanes() orders documented categories first, then free ones by first appearance in the input', () => {
    const { items } = createLayoutItems([
      event('e1', '2016-01-05', 'economy'),
      event('s1', '2016-01-01', 'statement'),
      event('w1', '2016-01-01', 'weather'),
      event('m1', '2016-01-03', 'military'),
      event('e2', '2016-01-01', 'economy'),
      event('h1', '2016-01-02', 'humanitarian'),
    ]);
    expect(indexLanes(items).map((l) => l.category)).to.deep.equal([
      'military',
      'humanitarian',
      'statement',
      'economy',
      'weather',
    ]);
  });

  it('sizeLane() gives each lane the rows its packing at the widest view needs', () => {
    const { items } = createLayoutItems([
      event('m1', '2016-01-01', 'military'),
      event('m2', '2016-01-02', 'military'), // 100 px later, overlaps m1's 150 px box
      event('m3', '2016-01-03', 'military'), // clear of m1, overlaps m2
      event('d1', '2016-01-01', 'diplomacy'),
      event('d2', '2016-01-01', 'diplomacy'),
      event('d3', '2016-01-01', 'diplomacy'),
      event('c1', '2016-01-09', 'ceasefire'),
    ]);
    const sizes = indexLanes(items).map((lane) => [lane.category, sizeLane(lane, boxOf, 8, 0)]);
    expect(sizes).to.deep.equal([
      ['military', { rows: 2, clusterRow: false }],
      ['ceasefire', { rows: 1, clusterRow: false }],
      ['diplomacy', { rows: 3, clusterRow: false }],
    ]);
  });

  it('sizeLane() keeps gapPx between boxes', () => {
    const { items } = createLayoutItems([event('a', '2016-01-01', 'military'), event('b', '2016-01-03', 'military')]);
    const [lane] = indexLanes(items);
    expect(sizeLane(lane, boxOf, 8, 0).rows).to.equal(1);
    expect(sizeLane(lane, boxOf, 8, 60).rows).to.equal(2);
  });

  it('sizeLane() caps the rows and adds a cluster row when the events do not fit', () => {
    const { items } = createLayoutItems(
      Array.from({ length: 5 }, (_, i) => event(`s${i}`, '2016-01-01', 'diplomacy')),
    );
    const [lane] = indexLanes(items);
    expect(sizeLane(lane, boxOf, 3, 0)).to.deep.equal({ rows: 3, clusterRow: true });
  });

  it('sizeLane() sizes a lane alike with the inner boxes, and makes no whole box when they do not fit (300 random lanes)', () => {
    const random = mulberry32(0x51ce);
    let skipped = 0;
    for (let round = 0; round < 300; round++) {
      const count = 1 + Math.floor(random() * 40);
      const { items } = createLayoutItems(
        Array.from({ length: count }, (_, i) => event(`e${i}`, `2016-01-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`, 'military')),
      );
      const [lane] = indexLanes(items);
      // A mark 10 px wide, and a label of up to 300 px after it: the inner box is the mark alone.
      const labelPx = new Map(items.map((item) => [item.id, random() * 300]));
      const inner = (item: LayoutItem) => {
        const startPx = ((item.startMinMs - Date.UTC(2016, 0, 1)) / 86_400_000) * 40;
        return { startPx, endPx: startPx + 10 };
      };
      let made = 0;
      const whole = (item: LayoutItem) => {
        made++;
        const { startPx, endPx } = inner(item);
        return { startPx, endPx: endPx + labelPx.get(item.id)! };
      };
      const maxRows = 1 + Math.floor(random() * 6);
      const gapPx = Math.floor(random() * 8);
      const expected = sizeLane(lane, whole, maxRows, gapPx);
      made = 0;
      const size = sizeLane(lane, whole, maxRows, gapPx, inner);
      expect(size, `round ${round}`).to.deep.equal(expected);
      if (packRowIndices(lane.byMark.map(inner), gapPx, maxRows).includes(-1)) {
        expect(made, `round ${round}: the marks alone do not fit`).to.equal(0);
        skipped++;
      }
    }
    expect(skipped, 'lanes whose marks alone do not fit').to.be.greaterThan(20);
  });
});

describe('fitPlotWidth()', () => {
  const t0 = Date.UTC(2016, 0, 1);
  const t1 = Date.UTC(2017, 0, 1);
  const fractionOf = (ms: number) => (ms - t0) / (t1 - t0);

  it('spreads the range as widely as the label of its latest mark lets it, measuring only the labels that could narrow it', () => {
    const random = mulberry32(0xf17);
    for (let round = 0; round < 100; round++) {
      const { items } = createLayoutItems(
        Array.from({ length: 60 }, (_, i) => event(`e${i}`, new Date(t0 + random() * (t1 - t0 - 86_400_000)).toISOString().slice(0, 10), 'military')),
      );
      const labelPx = new Map(items.map((item) => [item.id, 20 + random() * 200]));
      let measured = 0;
      const labelWidth = (item: LayoutItem) => {
        measured++;
        return labelPx.get(item.id)!;
      };
      const expected = fitPlotWidth(items, fractionOf, 1000, labelWidth, 0.55);
      const all = measured;
      measured = 0;
      expect(fitPlotWidth(items, fractionOf, 1000, labelWidth, 0.55, undefined, 220), `round ${round}`).to.equal(expected);
      expect(measured, `round ${round}: labels measured`).to.be.lessThan(all / 2);
    }
  });
});

describe('packRowsAround()', () => {
  const b = (id: string, startPx: number, endPx: number): RowBox => ({ id, startPx, endPx });

  it('puts each box in the lowest row where neither taken room nor an earlier box is in its way', () => {
    const taken = [[{ startPx: 0, endPx: 100 }], [{ startPx: 30, endPx: 60 }]];
    const rows = packRowsAround([b('a', 10, 40), b('b', 104, 150), b('c', 120, 130), b('d', 70, 80)], taken, 3, 4);
    expect(Object.fromEntries(rows)).to.deep.equal({ a: 2, d: 1, b: 0, c: 1 });
  });

  it('gives each box its row in the order of the input, and -1 to a box that has no room', () => {
    const taken = [[{ startPx: 0, endPx: 100 }], [{ startPx: 0, endPx: 100 }]];
    const rows = packRowIndicesAround([b('b', 200, 220), b('a', 10, 40), b('c', 210, 230)], taken, 2);
    expect([...rows]).to.deep.equal([0, -1, 1]);
  });

  it('leaves out a box that has no room in any row', () => {
    const taken = [[{ startPx: 0, endPx: 100 }], [{ startPx: 0, endPx: 100 }]];
    const rows = packRowsAround([b('a', 10, 40), b('b', 200, 220)], taken, 2);
    expect(rows.has('a')).to.be.false;
    expect(rows.get('b')).to.equal(0);
  });

  it('places every box as trying each row against all its extents would, with overlapping taken room (500 random cases)', () => {
    const random = mulberry32(20170123);
    const int = (n: number) => Math.floor(random() * n);
    /** The rule itself: the lowest row where the box overlaps no extent, each tried against every extent there. */
    const reference = (boxes: RowBox[], taken: { startPx: number; endPx: number }[][], rowCount: number, gap: number) => {
      const rows = Array.from({ length: rowCount }, (_, r) => [...(taken[r] ?? [])]);
      const rowOf = new Map<string, number>();
      for (const box of [...boxes].sort((p, q) => p.startPx - q.startPx)) {
        const endPx = Math.max(box.endPx, box.startPx + 1);
        const row = rows.findIndex((es) => es.every((e) => e.endPx + gap <= box.startPx || endPx + gap <= e.startPx));
        if (row < 0) continue;
        rows[row].push({ startPx: box.startPx, endPx });
        rowOf.set(box.id, row);
      }
      return rowOf;
    };
    let placed = 0;
    for (let c = 0; c < 500; c++) {
      const rowCount = 1 + int(6);
      const gap = int(3) * 3;
      // Taken room may overlap within a row (labels held during a zoom out), and a bar may run far.
      const taken = Array.from({ length: rowCount }, () =>
        Array.from({ length: int(8) }, () => {
          const startPx = int(1000);
          return { startPx, endPx: startPx + (random() < 0.1 ? int(800) : int(60)) };
        }),
      );
      const boxes = Array.from({ length: int(40) }, (_, i) => {
        const startPx = int(1000) - 50;
        return b(`b${i}`, startPx, startPx + (random() < 0.1 ? -5 : int(120)));
      });
      const expected = reference(boxes, taken, rowCount, gap);
      const rows = packRowsAround(boxes, taken, rowCount, gap);
      expect(Object.fromEntries(rows), `case ${c}`).to.deep.equal(Object.fromEntries(expected));
      placed += rows.size;
    }
    expect(placed, 'boxes placed in all').to.be.greaterThan(2000);
  });
});

