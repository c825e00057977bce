import { expect } from '@open-wc/testing';
import { bisectLeft as d3Left, bisectRight as d3Right } from 'd3-array';
import { bisectLeft, bisectRight } from '../src/layout/bisect.js';

describe('bisect', () => {
  const cases: [string, number[], number, number, number][] = [
    ['an empty array', [], 5, 0, 0],
    ['a value before all', [1, 2, 3], 0, 0, 0],
    ['a value after all', [1, 2, 3], 9, 3, 3],
    ['a run of equal values', [1, 2, 2, 2, 3], 2, 1, 4],
    ['a value between two', [1, 3], 2, 1, 1],
    ['-Infinity and Infinity', [-Infinity, 0, Infinity], Infinity, 2, 3],
  ];
  for (const [name, sorted, x, left, right] of cases) {
    it(`bisectLeft() and bisectRight() place ${name}`, () => {
      expect(bisectLeft(sorted, x)).to.equal(left);
      expect(bisectRight(sorted, x)).to.equal(right);
    });
  }

  it('bisectLeft() and bisectRight() agree with d3-array on random sorted arrays, with bounds', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let trial = 0; trial < 500; trial++) {
      const sorted = Float64Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 20)).sort();
      const x = Math.floor(random() * 22) - 1;
      const lo = Math.floor(random() * (sorted.length + 1));
      const hi = lo + Math.floor(random() * (sorted.length - lo + 1));
      expect(bisectLeft(sorted, x, lo, hi)).to.equal(d3Left(sorted, x, lo, hi));
      expect(bisectRight(sorted, x, lo, hi)).to.equal(d3Right(sorted, x, lo, hi));
    }
  });
});
