import { expect } from '@open-wc/testing';
import { CATEGORIES } from '../src/data/types.js';
import { categoryShape, shapePath, type MarkShape } from '../src/layout/shapes.js';

const ALL_SHAPES: readonly MarkShape[] = ['diamond', 'circle', 'square', 'triangle', 'triangle-down', 'hexagon'];

/** [name, category, freeIndex (omitted: default), expected shape] */
const shapeCases: [string, string, number | undefined, MarkShape][] = [
  ['gives military a diamond', 'military', undefined, 'diamond'],
  ['gives humanitarian a circle', 'humanitarian', undefined, 'circle'],
  ['gives ceasefire a square', 'ceasefire', undefined, 'square'],
  ['gives diplomacy a triangle', 'diplomacy', undefined, 'triangle'],
  ['gives statement a downward triangle', 'statement', undefined, 'triangle-down'],
  ['ignores freeIndex for a documented category', 'military', 3, 'diamond'],
  ['gives the first free category a hexagon', 'economy', undefined, 'hexagon'],
  ['gives free category 0 a hexagon', 'economy', 0, 'hexagon'],
  ['cycles free category 1 back to the diamond', 'economy', 1, 'diamond'],
  ['cycles free category 5 to the downward triangle', 'weather', 5, 'triangle-down'],
  ['moves free category 6 one shape on, to the diamond, as its colour repeats', 'weather', 6, 'diamond'],
  ['moves free category 12 two shapes on, to the circle', 'weather', 12, 'circle'],
  ['treats a negative freeIndex as 0', 'weather', -3, 'hexagon'],
  ['matches category names exactly (case counts)', 'Military', undefined, 'hexagon'],
];

describe('categoryShape', () => {
  for (const [name, category, freeIndex, expected] of shapeCases) {
    it(`categoryShape() ${name}`, () => {
      expect(categoryShape(category, freeIndex)).to.equal(expected);
    });
  }

  it('categoryShape() gives every documented category a distinct shape', () => {
    const shapes = CATEGORIES.map((c) => categoryShape(c));
    expect(new Set(shapes).size).to.equal(CATEGORIES.length);
    for (const shape of shapes) expect(ALL_SHAPES).to.include(shape);
  });

  it('categoryShape() cycles free categories through every shape, one each before any repeats', () => {
    const shapes = ALL_SHAPES.map((_, i) => categoryShape(`free-${i}`, i));
    expect([...shapes].sort()).to.deep.equal([...ALL_SHAPES].sort());
  });

  it('categoryShape() gives the first 36 free categories, with their colours (index mod 6), 36 different pairs', () => {
    const pairs = Array.from({ length: 36 }, (_, i) => `${i % 6} ${categoryShape('free', i)}`);
    expect(new Set(pairs).size).to.equal(36);
  });
});

/** Every number in an SVG path, arc flags included. */
const numbersIn = (path: string) => (path.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi) ?? []).map(Number);

describe('shapePath', () => {
  for (const shape of ALL_SHAPES) {
    for (const rPx of [7, 5.5, 1, 12.345]) {
      it(`shapePath() draws a closed ${shape} of radius ${rPx} with every coordinate within ±${rPx}`, () => {
        const path = shapePath(shape, rPx);
        expect(path).to.match(/^M/);
        expect(path).to.match(/Z$/);
        expect(path).not.to.match(/NaN|undefined|Infinity/);
        const numbers = numbersIn(path);
        expect(numbers.length).to.be.above(3);
        // Coordinates are rounded to 1/100 px, which may round up by at most half of that.
        for (const n of numbers) expect(Math.abs(n), `${n} in ${path}`).to.be.at.most(rPx + 0.005);
      });
    }
  }

  it('shapePath() draws each shape differently', () => {
    const paths = ALL_SHAPES.map((shape) => shapePath(shape, 7));
    expect(new Set(paths).size).to.equal(ALL_SHAPES.length);
  });

  /** [shape, expected path at r = 10] */
  const pathCases: [MarkShape, string][] = [
    ['diamond', 'M0,-10L10,0L0,10L-10,0Z'],
    ['circle', 'M10,0A10,10 0 1,1 -10,0A10,10 0 1,1 10,0Z'],
    ['square', 'M-8.2,-8.2H8.2V8.2H-8.2Z'],
    ['triangle', 'M0,-10L9.5,7.8L-9.5,7.8Z'],
    ['triangle-down', 'M0,10L9.5,-7.8L-9.5,-7.8Z'],
    ['hexagon', 'M-5,-8.7H5L10,0L5,8.7H-5L-10,0Z'],
  ];
  for (const [shape, expected] of pathCases) {
    it(`shapePath() draws a ${shape} of radius 10 as ${expected}`, () => {
      expect(shapePath(shape, 10)).to.equal(expected);
    });
  }
});
