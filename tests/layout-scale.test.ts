import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { createPiecewiseScale, createTimeScale, zoomScale } from '../src/layout/scale.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** [name, make the scale, input ms, expected px] */
const mapCases: [string, () => ReturnType<typeof createTimeScale>, number, number][] = [
  ['createTimeScale() maps the start to 0', () => createTimeScale([utc(2011), utc(2017)], 600), utc(2011), 0],
  ['createTimeScale() maps the end to the width', () => createTimeScale([utc(2011), utc(2017)], 600), utc(2017), 600],
  ['createTimeScale() puts a reversed domain in order', () => createTimeScale([utc(2017), utc(2011)], 600), utc(2011), 0],
  ['createTimeScale() widens an empty domain by half a day each side', () => createTimeScale([utc(2016), utc(2016)], 100), utc(2016), 50],
  ['createTimeScale() counts a negative width as 0', () => createTimeScale([utc(2011), utc(2017)], -5), utc(2017), 0],
  ['createTimeScale() goes on past the domain (no clamping)', () => createTimeScale([utc(2010), utc(2011)], 100), utc(2012), 100 + (100 * 365) / 365],
  ['createPiecewiseScale() is linear within each piece', () => createPiecewiseScale([0, 10, 20], [0, 100, 110]), 15, 105],
  ['createPiecewiseScale() maps an instant where a piece of no length sits through the piece after it, as d3 does', () => createPiecewiseScale([0, 10, 10, 20], [0, 50, 60, 100]), 10, 60],
];

describe('layout/scale', () => {
  for (const [name, make, ms, px] of mapCases) {
    it(name, () => expect(make()(ms)).to.be.closeTo(px, 1e-9));
  }

  it('invert() is the inverse through every piece', () => {
    const x = createPiecewiseScale([utc(2011), utc(2013), utc(2016), utc(2017)], [0, 300, 340, 800]);
    for (const ms of [utc(2011, 6), utc(2014), utc(2016, 11)]) expect(x.invert(x(ms)).getTime()).to.be.closeTo(ms, 1);
  });

  it('domain() and range() read the points and set them on a new scale', () => {
    const x = createTimeScale([utc(2011), utc(2017)], 600);
    const y = x.domain([utc(2012), utc(2013)]).range([10, 20]);
    expect(x.domain().map(Number)).to.deep.equal([utc(2011), utc(2017)]);
    expect(y.domain().map(Number)).to.deep.equal([utc(2012), utc(2013)]);
    expect(y(utc(2013))).to.equal(20);
  });

  it('ticks() gives the instants of an interval from the start of the domain to its end', () => {
    const x = createTimeScale([utc(2011), utc(2014)], 600);
    expect(x.ticks(utcYear).map(Number)).to.deep.equal([utc(2011), utc(2012), utc(2013), utc(2014)]);
  });

  it('zoomScale() maps as k · base(x) + tₓ', () => {
    const base = createPiecewiseScale([0, 10, 20], [0, 100, 110]);
    expect(zoomScale(base, { k: 2, x: -50 })(15)).to.equal(2 * 105 - 50);
  });

  it("maps, inverts and ticks as d3-scale's scaleUtc does, for any domain, range and zoom", () => {
    const instant = fc.integer({ min: utc(1900), max: utc(2100) });
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 1, max: 4000 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, widthPx, t) => {
        fc.pre(a !== b);
        const ours = createTimeScale([a, b], widthPx);
        const d3 = scaleUtc().domain([Math.min(a, b), Math.max(a, b)]).range([0, widthPx]);
        const ms = Math.min(a, b) + t * Math.abs(b - a);
        expect(ours(ms)).to.be.closeTo(d3(ms), 1e-6);
        expect(ours.invert(t * widthPx).getTime()).to.be.closeTo(d3.invert(t * widthPx).getTime(), 1);
        if (Math.abs(b - a) < 50 * 365 * 86_400_000) {
          expect(ours.ticks(utcMonth).map(Number)).to.deep.equal(d3.ticks(utcMonth).map(Number));
        }
      }),
    );
  });
});
