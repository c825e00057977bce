import { expect } from '@open-wc/testing';
import { TimeIndex } from '../src/layout/time-index.js';
import { mulberry32 } from '../bench/random.mjs';


interface Item {
  id: string;
  startMinMs: number;
  endMaxMs: number;
}

const item = (id: string, startMinMs: number, endMaxMs: number): Item => ({ id, startMinMs, endMaxMs });
const bruteForce = (items: readonly Item[], t0Ms: number, t1Ms: number) =>
  items.filter((i) => i.startMinMs <= Math.max(t0Ms, t1Ms) && i.endMaxMs >= Math.min(t0Ms, t1Ms));

const items = [
  item('open-start', -Infinity, 15),
  item('a', 0, 10),
  item('b', 5, 5),
  item('long', 6, 1000),
  item('c', 20, 30),
  item('open-end', 25, Infinity),
  item('d', 40, 41),
];

/** [name, t0Ms, t1Ms, expected ids] */
const queryCases: [string, number, number, string[]][] = [
  ['finds items that overlap the window', 8, 21, ['open-start', 'a', 'long', 'c']],
  ['counts both ends of the window and of an item as inside', 10, 20, ['open-start', 'a', 'long', 'c']],
  ['finds a zero-length item at its instant', 5, 5, ['open-start', 'a', 'b']],
  ['finds open-ended items far away', 5000, 6000, ['open-end']],
  ['finds open-started items far back', -5000, -4000, ['open-start']],
  ['accepts the window in either order', 21, 8, ['open-start', 'a', 'long', 'c']],
  ['returns everything for an infinite window', -Infinity, Infinity, items.map((i) => i.id)],
  ['returns nothing for a NaN bound', NaN, 10, []],
  ['returns nothing between items', 1001, 1002, ['open-end']],
];

describe('TimeIndex', () => {
  for (const [name, t0Ms, t1Ms, expected] of queryCases) {
    it(`TimeIndex.query() ${name}`, () => {
      expect(new TimeIndex(items).query(t0Ms, t1Ms).map((i) => i.id)).to.deep.equal(expected);
    });
  }

  it('TimeIndex.query() returns nothing from an empty index', () => {
    const index = new TimeIndex<Item>([]);
    expect(index.size).to.equal(0);
    expect(index.query(-Infinity, Infinity)).to.deep.equal([]);
  });

  it('TimeIndex.size counts every item, open ones too', () => {
    expect(new TimeIndex(items).size).to.equal(items.length);
  });

  it('TimeIndex.query() returns the items themselves, in the order given', () => {
    const unsorted = [item('z', 50, 60), item('y', 0, 100), item('x', 55, 55)];
    const found = new TimeIndex(unsorted).query(52, 58);
    expect(found).to.deep.equal(unsorted);
    expect(found[0]).to.equal(unsorted[0]);
  });

  it('TimeIndex() neither changes nor depends on the array after construction', () => {
    const input = [item('a', 0, 10), item('b', 20, 30)];
    const index = new TimeIndex(Object.freeze([...input]));
    input.length = 0;
    expect(index.query(0, 100).map((i) => i.id)).to.deep.equal(['a', 'b']);
  });

  it('TimeIndex.query() equals a brute-force filter (2,000 random items, 1,000 random windows)', () => {
    const random = mulberry32(2011);
    const extentMs = 7 * 365 * 86_400_000;
    const all: Item[] = [];
    for (let i = 0; i < 2000; i++) {
      const startMs = Math.floor(random() * extentMs);
      const r = random();
      // Mostly short items, some zero-length, some very long, a few open at either end.
      const lengthMs =
        r < 0.1 ? 0 : r < 0.8 ? random() * 30 * 86_400_000 : r < 0.97 ? random() * extentMs : Infinity;
      const open = random() < 0.015;
      all.push(item(`i${i}`, open ? -Infinity : startMs, startMs + lengthMs));
    }
    all.sort((a, b) => (a.startMinMs < b.startMinMs ? -1 : a.startMinMs > b.startMinMs ? 1 : 0));
    const index = new TimeIndex(all);
    for (let q = 0; q < 1000; q++) {
      const t0Ms = random() * extentMs * 1.2 - extentMs * 0.1;
      const widthMs = random() < 0.5 ? random() * 86_400_000 * 10 : random() * extentMs;
      const t1Ms = q % 10 === 0 ? t0Ms : t0Ms + widthMs;
      expect(index.query(t0Ms, t1Ms)).to.deep.equal(bruteForce(all, t0Ms, t1Ms));
    }
  });
});
