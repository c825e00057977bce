import { expect } from '@open-wc/testing';
import { createTimeScale } from '../src/layout/scale.js';
import { axisTicks } from '../src/layout/ticks.js';

const DAY_MS = 86_400_000;
const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);
/** The first instant of an astronomical year (0 is 1 BCE), which `Date.UTC` would read as 19xx below 100. */
const astronomical = (year: number) => new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(year);

/** [name, domain, widthPx, spacingPx, labels, major flags (omitted: all false)] */
const tickCases: [string, [number, number], number, number | undefined, string[], boolean[]?][] = [
  [
    'gives years for 2011–2017 on 1000 px',
    [utc(2011), utc(2017, 12, 31)],
    1000,
    undefined,
    ['2011', '2012', '2013', '2014', '2015', '2016', '2017'],
  ],
  [
    'gives months for three months on 1000 px',
    [utc(2016, 3, 1), utc(2016, 6, 1)],
    1000,
    undefined,
    ['Mar 2016', 'Apr', 'May', 'Jun'],
    [false, false, false, false],
  ],
  [
    'gives days for ten days on 1000 px, with the year on the first tick and at a month boundary',
    [utc(2016, 2, 25), utc(2016, 3, 6)],
    1000,
    undefined,
    ['25 Feb 2016', '26 Feb', '27 Feb', '28 Feb', '29 Feb', '1 Mar 2016', '2 Mar', '3 Mar', '4 Mar', '5 Mar', '6 Mar'],
    [false, false, false, false, false, true, false, false, false, false, false],
  ],
  [
    'marks the first month of a year as major on a month axis',
    [utc(2015, 11, 1), utc(2016, 3, 1)],
    1000,
    undefined,
    ['Nov 2015', 'Dec', 'Jan 2016', 'Feb', 'Mar'],
    [false, false, true, false, false],
  ],
  [
    'gives quarters for two years on 1000 px, adding the year where a month name repeats',
    [utc(2015), utc(2017)],
    1000,
    undefined,
    ['Jan 2015', 'Apr', 'Jul', 'Oct', 'Jan 2016', 'Apr', 'Jul', 'Oct', 'Jan 2017'],
    [true, false, false, false, true, false, false, false, true],
  ],
  [
    'gives every other day for three weeks, skipping the 31st before the 1st',
    [utc(2016, 1, 20), utc(2016, 2, 10)],
    1000,
    undefined,
    ['21 Jan 2016', '23 Jan', '25 Jan', '27 Jan', '29 Jan', '1 Feb 2016', '3 Feb', '5 Feb', '7 Feb', '9 Feb'],
    [false, false, false, false, false, true, false, false, false, false],
  ],
  [
    'gives Sundays for two months, the first of each month major',
    [utc(2016, 1, 1), utc(2016, 3, 1)],
    1000,
    undefined,
    ['3 Jan 2016', '10 Jan', '17 Jan', '24 Jan', '31 Jan', '7 Feb 2016', '14 Feb', '21 Feb', '28 Feb'],
    [true, false, false, false, false, true, false, false, false],
  ],
  [
    'stops at days when zoomed in to hours',
    [utc(2016, 3, 5, 12), utc(2016, 3, 6, 6)],
    1000,
    undefined,
    ['6 Mar 2016'],
    [false],
  ],
  [
    'steps years by 20 over two centuries',
    [utc(1900), utc(2100)],
    1000,
    undefined,
    ['1900', '1920', '1940', '1960', '1980', '2000', '2020', '2040', '2060', '2080', '2100'],
  ],
  [
    'gives weeks instead of months for three months when spacingPx is 60',
    [utc(2016, 3, 1), utc(2016, 6, 1)],
    1000,
    60,
    ['6 Mar 2016', '13 Mar', '20 Mar', '27 Mar', '3 Apr 2016', '10 Apr', '17 Apr', '24 Apr', '1 May 2016', '8 May', '15 May', '22 May', '29 May'],
    [true, false, false, false, true, false, false, false, true, false, false, false, false],
  ],
  ['returns nothing for a zero width', [utc(2016), utc(2017)], 0, undefined, []],
  [
    'gives round years BCE (600 BCE, not 601 BCE) and writes the era',
    [astronomical(-999), astronomical(-1)],
    1000,
    undefined,
    ['1000 BCE', '900 BCE', '800 BCE', '700 BCE', '600 BCE', '500 BCE', '400 BCE', '300 BCE', '200 BCE', '100 BCE'],
  ],
  [
    'crosses from BCE to CE without a year 0 (1 BCE moved on to 1 CE is too close to 100, and left out)',
    [astronomical(-299), astronomical(400)],
    1000,
    undefined,
    ['300 BCE', '200 BCE', '100 BCE', '100', '200', '300', '400'],
  ],
  ['writes single years BCE as they are', [astronomical(-3), astronomical(2)], 1000, undefined, ['4 BCE', '3 BCE', '2 BCE', '1 BCE', '1', '2']],
];

describe('axisTicks', () => {
  for (const [name, domain, widthPx, spacingPx, labels, majors] of tickCases) {
    it(`axisTicks() ${name}`, () => {
      const ticks = axisTicks(createTimeScale(domain, widthPx), spacingPx);
      expect(ticks.map((t) => t.label)).to.deep.equal(labels);
      expect(ticks.map((t) => t.major)).to.deep.equal(majors ?? labels.map(() => false));
    });
  }

  it('axisTicks() puts ticks at UTC midnights where the scale maps them', () => {
    const scale = createTimeScale([utc(2016, 3, 1), utc(2016, 6, 1)], 1000);
    const ticks = axisTicks(scale);
    expect(ticks.map((t) => t.ms)).to.deep.equal([utc(2016, 3, 1), utc(2016, 4, 1), utc(2016, 5, 1), utc(2016, 6, 1)]);
    for (const tick of ticks) expect(tick.xPx).to.equal(scale(tick.ms));
    expect(ticks[1].xPx).to.be.closeTo((31 / 92) * 1000, 1e-9);
  });

  it('axisTicks() labels in UTC whatever the browser time zone', () => {
    // Midnight UTC on 1 January is still 31 December in New York, where the test browser runs.
    const ticks = axisTicks(createTimeScale([utc(2016, 12, 30), utc(2017, 1, 2)], 1000));
    expect(ticks.map((t) => t.label)).to.deep.equal(['30 Dec 2016', '31 Dec', '1 Jan 2017', '2 Jan']);
    expect(ticks[2].ms).to.equal(utc(2017));
  });

  it('axisTicks() follows the zoomed domain of a rescaled scale', () => {
    const base = createTimeScale([utc(2011), utc(2018)], 1000);
    const zoomed = base.copy().domain([new Date(utc(2016, 3, 1)), new Date(utc(2016, 6, 1))]);
    expect(axisTicks(base)[0].label).to.equal('2011');
    expect(axisTicks(zoomed)[0].label).to.equal('Mar 2016');
  });

  it('axisTicks() keeps at most widthPx / spacingPx * 1.5 ticks, in order, each label unlike its neighbour and the first with a year', () => {
    const spansMs = [0.3, 1, 3, 7, 10, 20, 45, 90, 200, 400, 800, 2000, 5000, 20000, 100000].map((d) => d * DAY_MS);
    for (const widthPx of [200, 333, 1000, 1920, 6000]) {
      for (const spacingPx of [60, 90, 140]) {
        for (const spanMs of spansMs) {
          const startMs = utc(2013, 7, 14) - spanMs / 3;
          const scale = createTimeScale([startMs, startMs + spanMs], widthPx);
          const ticks = axisTicks(scale, spacingPx);
          const context = `${widthPx}px, ${spacingPx}px, ${spanMs / DAY_MS} days`;
          expect(ticks.length, context).to.be.at.most(Math.max(1, Math.floor((widthPx / spacingPx) * 1.5)));
          if (ticks.length) expect(ticks[0].label, context).to.match(/\d{4}/);
          ticks.forEach((tick, i) => {
            expect(tick.ms % DAY_MS, context).to.equal(0);
            expect(tick.xPx, context).to.be.within(0, widthPx);
            if (i > 0) expect(tick.xPx - ticks[i - 1].xPx, context).to.be.at.least(spacingPx - 1e-6);
            if (i > 0) expect(tick.label, context).not.to.equal(ticks[i - 1].label);
          });
        }
      }
    }
  });
});
