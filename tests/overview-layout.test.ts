import { expect } from '@open-wc/testing';
import {
  clampWindow,
  overviewBins,
  shiftWindow,
  windowFromKeys,
  type OverviewLane,
  type WindowKey,
} from '../src/layout/overview.js';

const lane = (...positionsPx: number[]): OverviewLane => ({ positionsPx });

/** [name, lanes, widthPx, binPx, counts of each lane, max] */
const binCases: [string, OverviewLane[], number, number | undefined, number[][], number][] = [
  ['gives no counts for no lanes', [], 20, 4, [], 0],
  ['gives empty bins for an empty lane', [lane()], 20, 4, [[0, 0, 0, 0, 0]], 0],
  ['counts one event in its bin', [lane(9)], 20, 4, [[0, 0, 1, 0, 0]], 1],
  ['puts a position on a bin edge in the bin it starts', [lane(0, 4, 8)], 12, 4, [[1, 1, 1]], 1],
  ['clamps positions before the start into the first bin', [lane(-1, -1000)], 12, 4, [[2, 0, 0]], 2],
  ['clamps the end and positions past it into the last bin', [lane(12, 11.9, 5000)], 12, 4, [[0, 0, 3]], 3],
  ['skips NaN and infinite positions', [lane(NaN, Infinity, -Infinity, 1)], 8, 4, [[1, 0]], 1],
  ['makes a narrower last bin when the width is not a multiple', [lane(9.5)], 10, 4, [[0, 0, 1]], 1],
  ['uses the default bin of 4 px', [lane(5)], 12, undefined, [[0, 1, 0]], 1],
  ['falls back to the default bin for a bin that is not positive', [lane(5)], 12, 0, [[0, 1, 0]], 1],
  ['gives no bins for a width that is not positive', [lane(1, 2)], 0, 4, [[]], 0],
  [
    'takes the tallest stacked bin over all lanes as max',
    [lane(1, 1, 5), lane(1, 6, 6, 6)],
    8,
    4,
    [
      [2, 1],
      [1, 3],
    ],
    4,
  ],
  ['counts typed arrays as well as arrays', [{ positionsPx: Float64Array.of(1, 2, 30) }], 8, 4, [[2, 1]], 2],
];

/** [name, window, widthPx, key, minWidthPx, expected window] */
const keyCases: [string, [number, number], number, WindowKey, number, [number, number]][] = [
  ['moves earlier by a tenth of the width', [100, 200], 1000, 'earlier', 5, [90, 190]],
  ['moves later by a tenth of the width', [100, 200], 1000, 'later', 5, [110, 210]],
  ['moves by at least 1 px', [100, 104], 1000, 'later', 1, [101, 105]],
  ['stops at the start, keeping the width', [4, 104], 1000, 'earlier', 5, [0, 100]],
  ['stops at the end, keeping the width', [896, 996], 1000, 'later', 5, [900, 1000]],
  ['grows by a quarter around the centre', [400, 600], 1000, 'wider', 5, [375, 625]],
  ['shrinks by a quarter around the centre', [400, 600], 1000, 'narrower', 5, [425, 575]],
  ['never shrinks below the narrowest window', [490, 510], 1000, 'narrower', 20, [490, 510]],
  ['widens a window narrower than allowed', [495, 505], 1000, 'narrower', 20, [490, 510]],
  ['never grows past the whole width', [50, 950], 1000, 'wider', 5, [0, 1000]],
  ['grows at an edge by moving inside', [0, 200], 1000, 'wider', 5, [0, 250]],
  ['goes to the start', [300, 500], 1000, 'first', 5, [0, 200]],
  ['goes to the end', [300, 500], 1000, 'last', 5, [800, 1000]],
  ['takes the ends in either order', [500, 300], 1000, 'later', 5, [320, 520]],
  ['brings a window outside the extent back inside', [1100, 1300], 1000, 'earlier', 5, [780, 980]],
  ['keeps the whole extent when it is all shown', [0, 1000], 1000, 'later', 5, [0, 1000]],
];

describe('overview layout', () => {
  for (const [name, lanes, widthPx, binPx, counts, max] of binCases) {
    it(`overviewBins() ${name}`, () => {
      const bins = overviewBins(lanes, widthPx, binPx);
      expect(bins.counts.map((c) => [...c])).to.deep.equal(counts);
      expect(bins.max).to.equal(max);
      expect(bins.binPx).to.equal(binPx && binPx > 0 ? binPx : 4);
    });
  }

  it('overviewBins() counts 100,000 positions into their bins in one pass', () => {
    const widthPx = 1000;
    const positions = new Float64Array(100_000).map((_, i) => (i * 7919) % widthPx);
    const bins = overviewBins([{ positionsPx: positions }, { positionsPx: positions.subarray(0, 10) }], widthPx);
    expect(bins.counts[0]).to.have.length(250);
    expect(bins.counts[0].reduce((a, b) => a + b, 0)).to.equal(100_000);
    expect(bins.counts[1].reduce((a, b) => a + b, 0)).to.equal(10);
    // 7919 is prime to 1000: every px gets 100 positions, every bin of 4 px 400.
    expect(new Set(bins.counts[0])).to.deep.equal(new Set([400]));
    expect(bins.max).to.be.within(400, 410);
  });

  it('overviewBins() does not change the positions it is given', () => {
    const positions = [30, -5, 10];
    overviewBins([{ positionsPx: positions }], 20);
    expect(positions).to.deep.equal([30, -5, 10]);
  });

  for (const [name, window, widthPx, key, minWidthPx, expected] of keyCases) {
    it(`windowFromKeys() ${name}`, () => {
      const given: [number, number] = [...window];
      const next = windowFromKeys(given, widthPx, key, minWidthPx);
      expect(next.map((v) => Math.round(v * 1e6) / 1e6)).to.deep.equal(expected);
      expect(given, 'the window given is left as it was').to.deep.equal(window);
    });
  }

  /** [name, call, expected window] */
  const clampCases: [string, () => [number, number], [number, number]][] = [
    ['shiftWindow() moves and keeps the width inside the extent', () => shiftWindow([100, 200], -150, 1000), [0, 100]],
    ['shiftWindow() makes a window wider than the extent the whole of it', () => shiftWindow([-10, 1200], 5, 1000), [0, 1000]],
    ['clampWindow() widens a narrow window around its centre', () => clampWindow([100, 102], 1000, 10), [96, 106]],
    ['clampWindow() widens a narrow window at an edge inside the extent', () => clampWindow([0, 2], 1000, 10), [0, 10]],
    ['clampWindow() leaves a window that fits alone', () => clampWindow([100, 300], 1000, 10), [100, 300]],
  ];
  for (const [name, call, expected] of clampCases) {
    it(name, () => expect(call()).to.deep.equal(expected));
  }
});
