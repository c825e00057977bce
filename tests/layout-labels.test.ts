import { expect } from '@open-wc/testing';
import { placeLabels, truncateText, type LabelPlacement, type LabelRequest } from '../src/layout/labels.js';
import { mulberry32 } from '../bench/random.mjs';


const point = (id: string, xPx: number, textWidthPx: number, row = 0): LabelRequest => ({
  id,
  row,
  markStartPx: xPx - 5,
  markEndPx: xPx + 5,
  textWidthPx,
});
const bar = (id: string, startPx: number, endPx: number, textWidthPx: number, row = 0): LabelRequest => ({
  id,
  row,
  markStartPx: startPx,
  markEndPx: endPx,
  textWidthPx,
  inside: true,
});
const at = (id: string, xPx: number, maxWidthPx: number, fit: LabelPlacement['fit'], inside = false): LabelPlacement => ({
  id,
  xPx,
  maxWidthPx,
  fit,
  inside,
});
const hiddenAt = (id: string, xPx: number) => at(id, xPx, 0, 'hidden');

/** [name, requests, viewportWidthPx, expected placements]; options are gapPx 4, padPx 4, minWidthPx 40. */
const placeCases: [string, LabelRequest[], number, LabelPlacement[]][] = [
  ['returns an empty map for no requests', [], 500, []],
  ['puts a label gapPx right of its mark', [point('a', 100, 80)], 500, [at('a', 109, 80, 'full')]],
  [
    'truncates a label to the room before the next mark',
    [point('a', 100, 80), point('b', 170, 80)],
    500,
    [at('a', 109, 52, 'truncated'), at('b', 179, 80, 'full')],
  ],
  ['hides a label with less than minWidthPx of room', [point('a', 100, 80), point('b', 140, 80)], 500, [hiddenAt('a', 109), at('b', 149, 80, 'full')]],
  ['shows a short label that fits whole, even in less than minWidthPx', [point('a', 100, 20), point('b', 140, 80)], 500, [at('a', 109, 20, 'full'), at('b', 149, 80, 'full')]],
  ['truncates a label at the right edge of the viewport', [point('a', 400, 150)], 500, [at('a', 409, 91, 'truncated')]],
  ['hides a label whose mark is at the right edge', [point('a', 480, 150)], 500, [hiddenAt('a', 489)]],
  ['puts a label inside a bar with room for it and its padding', [bar('a', 100, 200, 92)], 500, [at('a', 104, 92, 'full', true)]],
  ['puts a label right of a bar too short for it', [bar('a', 100, 200, 93)], 500, [at('a', 204, 93, 'full')]],
  ['puts a label in the visible part of a bar that starts off-screen', [bar('a', -300, 200, 100)], 500, [at('a', 4, 100, 'full', true)]],
  [
    'truncates inside a bar when that leaves more room than outside',
    [bar('a', 0, 480, 600)],
    500,
    [at('a', 4, 472, 'truncated', true)],
  ],
  [
    'lets only the first of two identical marks have a label',
    [point('a', 100, 50), point('b', 100, 50)],
    500,
    [at('a', 109, 50, 'full'), hiddenAt('b', 109)],
  ],
  [
    'hides labels with no room between, inside or after crossing marks',
    [bar('long', 0, 300, 500), point('a', 100, 50)],
    320,
    [hiddenAt('long', 304), hiddenAt('a', 109)],
  ],
  [
    'lets labels in different rows overlap',
    [point('a', 100, 80, 0), point('b', 120, 80, 1)],
    500,
    [at('a', 109, 80, 'full'), at('b', 129, 80, 'full')],
  ],
  [
    'keeps other labels out of an obstacle extent but lets the item cross its own',
    [
      { ...point('a', 100, 60), obstacleStartPx: 60, obstacleEndPx: 160 },
      point('b', 30, 80),
    ],
    500,
    [at('a', 109, 60, 'full'), hiddenAt('b', 39)],
  ],
  [
    'places the same labels whatever the input order',
    [point('b', 170, 80), point('a', 100, 80)],
    500,
    [at('b', 179, 80, 'full'), at('a', 109, 52, 'truncated')],
  ],
];

describe('placeLabels', () => {
  for (const [name, requests, viewportWidthPx, expected] of placeCases) {
    it(`placeLabels() ${name}`, () => {
      const placements = placeLabels(requests, viewportWidthPx, { gapPx: 4, padPx: 4, minWidthPx: 40 });
      expect(placements.size).to.equal(requests.length);
      expect(requests.map((r) => placements.get(r.id))).to.deep.equal(expected);
    });
  }

  it('placeLabels() places the same labels in a viewport that begins elsewhere, moved with it', () => {
    for (const [name, requests, viewportWidthPx, expected] of placeCases) {
      const moved = requests.map((r) => ({
        ...r,
        markStartPx: r.markStartPx + 500,
        markEndPx: r.markEndPx + 500,
        ...(r.obstacleStartPx === undefined ? {} : { obstacleStartPx: r.obstacleStartPx + 500 }),
        ...(r.obstacleEndPx === undefined ? {} : { obstacleEndPx: r.obstacleEndPx + 500 }),
      }));
      const placements = placeLabels(moved, viewportWidthPx, { gapPx: 4, padPx: 4, minWidthPx: 40, viewportStartPx: 500 });
      const shifted = expected.map((p) => p && { ...p, xPx: p.xPx + 500 });
      expect(requests.map((r) => placements.get(r.id)), name).to.deep.equal(shifted);
    }
  });

  it('placeLabels() uses gapPx 4, padPx 4 and minWidthPx 40 by default', () => {
    const requests = [point('a', 100, 80), point('b', 150, 80), bar('c', 300, 400, 92)];
    expect(placeLabels(requests, 500)).to.deep.equal(placeLabels(requests, 500, { gapPx: 4, padPx: 4, minWidthPx: 40 }));
  });

  it('placeLabels() hides the label of a mark with a NaN edge', () => {
    const placements = placeLabels([{ ...point('a', 100, 50), markEndPx: NaN }, point('b', 20, 50)], 500);
    expect(placements.get('a')?.fit).to.equal('hidden');
    expect(placements.get('b')?.fit).to.equal('full');
  });

  it('placeLabels() never overlaps a label with another label or another mark in its row (2,000 random marks)', () => {
    for (const [rowCount, leastShown] of [[20, 1], [300, 800]]) {
      checkRandomPlacement(mulberry32(rowCount), rowCount, leastShown);
    }
  });
});

/** Places 2,000 random marks in `rowCount` rows and checks that no label overlaps anything else. */
function checkRandomPlacement(random: () => number, rowCount: number, leastShown: number): void {
  const gapPx = 4;
  const viewportWidthPx = 1200;
  const requests: LabelRequest[] = [];
  for (let i = 0; i < 2000; i++) {
    const startPx = random() * 1400 - 100;
    const isBar = random() < 0.4;
    const markEndPx = isBar ? startPx + random() * 300 : startPx + 10;
    const request: LabelRequest = {
      id: `i${i}`,
      row: Math.floor(random() * rowCount),
      markStartPx: startPx,
      markEndPx,
      textWidthPx: 10 + random() * 150,
      inside: isBar,
    };
    if (!isBar && random() < 0.3) {
      request.obstacleStartPx = startPx - random() * 60;
      request.obstacleEndPx = markEndPx + random() * 60;
    }
    requests.push(request);
  }
  const placements = placeLabels(requests, viewportWidthPx, { gapPx });
  expect(placements.size).to.equal(requests.length);
  let shown = 0;
  const rows = new Map<number, LabelRequest[]>();
  for (const r of requests) rows.set(r.row, [...(rows.get(r.row) ?? []), r]);
  for (const rowRequests of rows.values()) {
    const labels = rowRequests
      .map((r) => ({ r, p: placements.get(r.id)! }))
      .filter(({ p }) => p.fit !== 'hidden');
    shown += labels.length;
    for (const { r, p } of labels) {
      const [x0, x1] = [p.xPx, p.xPx + p.maxWidthPx];
      expect(p.maxWidthPx).to.be.at.least(p.fit === 'full' ? r.textWidthPx : 40);
      expect(x1).to.be.at.most(viewportWidthPx);
      if (p.inside) expect(x0 >= r.markStartPx && x1 <= r.markEndPx, `${r.id} inside its bar`).to.equal(true);
      else expect(x0).to.equal(r.markEndPx + gapPx);
      for (const other of rowRequests) {
        if (other === r) continue;
        const o0 = Math.min(other.markStartPx, other.obstacleStartPx ?? Infinity);
        const o1 = Math.max(other.markEndPx, other.obstacleEndPx ?? -Infinity);
        expect(x1 <= o0 || x0 >= o1, `label of ${r.id} overlaps mark of ${other.id}`).to.equal(true);
      }
      for (const { r: o, p: q } of labels) {
        if (o === r) continue;
        const apart = x1 + gapPx <= q.xPx || q.xPx + q.maxWidthPx + gapPx <= x0;
        expect(apart, `labels of ${r.id} and ${o.id} overlap`).to.equal(true);
      }
    }
  }
  // Not a correctness rule, but a placer that hides everything would pass the checks above.
  expect(shown).to.be.at.least(leastShown);
}

/** Every character is 10 px wide. */
const mono = (s: string) => Array.from(s).length * 10;

const truncateCases: [string, string, number, string][] = [
  ['returns text that fits unchanged', 'Hello world', 110, 'Hello world'],
  ['cuts to the longest prefix that fits with an ellipsis', 'Hello world', 100, 'Hello wor…'],
  ['drops whitespace before the ellipsis', 'Hello world', 60, 'Hello…'],
  ['keeps one character and the ellipsis', 'Hello world', 20, 'H…'],
  ['returns an empty string when nothing fits', 'Hello world', 15, ''],
  ['never splits a surrogate pair', '😀😀😀😀', 30, '😀😀…'],
  ['returns an empty string unchanged', '', 0, ''],
];

describe('truncateText', () => {
  const perChar = (char: string) => mono(char);
  for (const [name, text, maxWidthPx, expected] of truncateCases) {
    it(`truncateText() ${name}`, () => {
      expect(truncateText(text, maxWidthPx, perChar)).to.equal(expected);
    });
  }

  it('truncateText() cuts where a binary search over cuts measured whole would, and measures each character once', () => {
    /** The longest cut whose width, measured whole, fits: found by binary search over the length. */
    const searched = (text: string, maxWidthPx: number, measure: (s: string) => number) => {
      if (measure(text) <= maxWidthPx) return text;
      const chars = Array.from(text);
      const cut = (n: number) => chars.slice(0, n).join('').trimEnd() + '…';
      let fits = 0;
      let tooLong = chars.length;
      while (tooLong - fits > 1) {
        const mid = (fits + tooLong) >>> 1;
        if (measure(cut(mid)) <= maxWidthPx) fits = mid;
        else tooLong = mid;
      }
      return fits === 0 || cut(fits) === '…' ? '' : cut(fits);
    };
    const random = mulberry32(7);
    // Widths with fractions, so that sums are compared to the last bit; spaces of several kinds, and emoji.
    const chars = ['a', 'W', 'i', ' ', '\u00a0', 'م', '😀', '.', 'ж', '\t'];
    const widthOf = new Map(chars.map((c) => [c, 1 + random() * 11]));
    widthOf.set('…', 7.3);
    const charPx = (c: string) => widthOf.get(c)!;
    const summed = (s: string) => Array.from(s).reduce((sum, c) => sum + charPx(c), 0);
    let cuts = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => chars[Math.floor(random() * chars.length)]).join('');
      const maxWidthPx = random() * 200;
      let calls = 0;
      const cut = truncateText(text, maxWidthPx, (c) => (calls++, charPx(c)));
      expect(cut, JSON.stringify([text, maxWidthPx])).to.equal(searched(text, maxWidthPx, summed));
      expect(calls).to.be.at.most(Array.from(text).length + 1);
      if (cut !== text && cut !== '') cuts++;
    }
    expect(cuts).to.be.above(100);
  });
});
