import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import { createLayoutItems, EMPTY_TIME_DOMAIN, timeDomain, type LayoutItem } from '../src/layout/items.js';
import { createTimeScale } from '../src/layout/scale.js';

const DAY_MS = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

const event = (id: string, start: string, end?: string, category = 'military'): TimelineEvent =>
  end === undefined ? { id, title: id, start, category } : { id, title: id, start, end, category };

type Resolved = Pick<
  LayoutItem,
  'kind' | 'startMinMs' | 'startMaxMs' | 'endMinMs' | 'endMaxMs' | 'markMs' | 'fuzzyStart' | 'fuzzyEnd'
>;

const resolveCases: [string, TimelineEvent, Resolved][] = [
  [
    'puts a day-precision point at noon UTC, not fuzzy',
    event('a', '2017-01-18'),
    {
      kind: 'point',
      startMinMs: utc(2017, 1, 18),
      startMaxMs: utc(2017, 1, 19) - 1,
      endMinMs: utc(2017, 1, 18),
      endMaxMs: utc(2017, 1, 19) - 1,
      markMs: utc(2017, 1, 18) + DAY_MS / 2,
      fuzzyStart: false,
      fuzzyEnd: false,
    },
  ],
  [
    'puts a year point in the middle of the year, fuzzy',
    event('a', '2012'),
    {
      kind: 'point',
      startMinMs: utc(2012),
      startMaxMs: utc(2013) - 1,
      endMinMs: utc(2012),
      endMaxMs: utc(2013) - 1,
      markMs: (utc(2012) + utc(2013)) / 2,
      fuzzyStart: true,
      fuzzyEnd: true,
    },
  ],
  [
    'marks an approximate day as fuzzy',
    event('a', '2017-01-18~'),
    {
      kind: 'point',
      startMinMs: utc(2017, 1, 18),
      startMaxMs: utc(2017, 1, 19) - 1,
      endMinMs: utc(2017, 1, 18),
      endMaxMs: utc(2017, 1, 19) - 1,
      markMs: utc(2017, 1, 18) + DAY_MS / 2,
      fuzzyStart: true,
      fuzzyEnd: true,
    },
  ],
  [
    'gives a span the extents of both ends and marks it at its earliest start',
    event('a', '2016-10-01', '2016-12~'),
    {
      kind: 'span',
      startMinMs: utc(2016, 10, 1),
      startMaxMs: utc(2016, 10, 2) - 1,
      endMinMs: utc(2016, 12, 1),
      endMaxMs: utc(2017) - 1,
      markMs: utc(2016, 10, 1),
      fuzzyStart: false,
      fuzzyEnd: true,
    },
  ],
  [
    'gives an open end an infinite extent that is not fuzzy',
    event('a', '2011', '..'),
    {
      kind: 'span',
      startMinMs: utc(2011),
      startMaxMs: utc(2012) - 1,
      endMinMs: Infinity,
      endMaxMs: Infinity,
      markMs: utc(2011),
      fuzzyStart: true,
      fuzzyEnd: false,
    },
  ],
  [
    'gives an open start a -Infinity extent and mark',
    event('a', '..', '2012-03-15'),
    {
      kind: 'span',
      startMinMs: -Infinity,
      startMaxMs: -Infinity,
      endMinMs: utc(2012, 3, 15),
      endMaxMs: utc(2012, 3, 16) - 1,
      markMs: -Infinity,
      fuzzyStart: false,
      fuzzyEnd: false,
    },
  ],
  [
    'gives a zero-length span (same day at both ends) one day of extent',
    event('a', '2016-12-22', '2016-12-22'),
    {
      kind: 'span',
      startMinMs: utc(2016, 12, 22),
      startMaxMs: utc(2016, 12, 23) - 1,
      endMinMs: utc(2016, 12, 22),
      endMaxMs: utc(2016, 12, 23) - 1,
      markMs: utc(2016, 12, 22),
      fuzzyStart: false,
      fuzzyEnd: false,
    },
  ],
];

const ids = (items: readonly LayoutItem[]) => items.map((i) => i.id);

describe('createLayoutItems', () => {
  for (const [name, input, expected] of resolveCases) {
    it(`createLayoutItems() ${name}`, () => {
      const { items, issues } = createLayoutItems([input]);
      expect(issues).to.deep.equal([]);
      expect(items).to.have.length(1);
      const [item] = items;
      const actual: Resolved = {
        kind: item.kind,
        startMinMs: item.startMinMs,
        startMaxMs: item.startMaxMs,
        endMinMs: item.endMinMs,
        endMaxMs: item.endMaxMs,
        markMs: item.markMs,
        fuzzyStart: item.fuzzyStart,
        fuzzyEnd: item.fuzzyEnd,
      };
      expect(actual).to.deep.equal(expected);
      expect(item.event).to.equal(input);
      expect(item.dates.kind).to.equal(expected.kind);
    });
  }

  it('createLayoutItems() returns nothing for empty input', () => {
    expect(createLayoutItems([])).to.deep.equal({ items: [], issues: [] });
  });

  it('createLayoutItems() sorts by earliest start, then mark, then input position', () => {
    const input = Object.freeze([
      event('late', '2016-12-22'),
      event('year', '2016'),
      event('open', '..', '2012'),
      event('jan1', '2016-01-01'),
      event('jan1-again', '2016-01-01'),
      event('early', '2011-03-15'),
    ]);
    const { items } = createLayoutItems(input);
    // A year and its first day start together; the day's mark (noon, 1 January) comes before the year's (July).
    expect(ids(items)).to.deep.equal(['open', 'early', 'jan1', 'jan1-again', 'year', 'late']);
    expect(items.map((i) => i.index)).to.deep.equal([2, 5, 3, 4, 1, 0]);
  });

  it('createLayoutItems() does not change or reorder the input', () => {
    const input = [event('b', '2016'), event('a', '2012')];
    const copy = structuredClone(input);
    createLayoutItems(input);
    expect(input).to.deep.equal(copy);
  });

  it('createLayoutItems() skips and reports events it cannot lay out', () => {
    const input: TimelineEvent[] = [
      event('ok', '2016'),
      event('bad-start', '2016-13'),
      event('bad-end', '2016-12', '2015'),
      event('ok', '2017'),
      event('', '2017'),
      event('no-category', '2017', undefined, ' '),
      event('open-point', '..'),
    ];
    const { items, issues } = createLayoutItems(input);
    expect(ids(items)).to.deep.equal(['ok']);
    expect(issues.map(({ index, id, field, code }) => ({ index, id, field, code }))).to.deep.equal([
      { index: 1, id: 'bad-start', field: 'start', code: 'invalid-date' },
      { index: 2, id: 'bad-end', field: 'end', code: 'end-before-start' },
      { index: 3, id: 'ok', field: 'id', code: 'duplicate-id' },
      { index: 4, id: undefined, field: 'id', code: 'missing-id' },
      { index: 5, id: 'no-category', field: 'category', code: 'missing-category' },
      { index: 6, id: 'open-point', field: 'start', code: 'invalid-date' },
    ]);
    expect(issues[0].reason).to.equal('month 13');
    for (const issue of issues) expect(issue.reason).to.be.a('string').and.not.equal('');
  });

  it('createLayoutItems() keeps free categories as they are', () => {
    const { items } = createLayoutItems([event('a', '2016', undefined, 'economy')]);
    expect(items[0].category).to.equal('economy');
  });
});

const item = (startMinMs: number, startMaxMs: number, endMinMs: number, endMaxMs: number) =>
  ({ startMinMs, startMaxMs, endMinMs, endMaxMs }) as LayoutItem;

const domainCases: [string, LayoutItem[], number | undefined, number | undefined, [number, number]][] = [
  ['falls back to EMPTY_TIME_DOMAIN for no items', [], undefined, undefined, [...EMPTY_TIME_DOMAIN]],
  [
    'pads one day-precision point by the minimum of one day',
    createLayoutItems([event('a', '2016-12-22')]).items,
    undefined,
    undefined,
    [utc(2016, 12, 21), utc(2016, 12, 24) - 1],
  ],
  [
    'pads a long extent by 4% on each side',
    [item(0, 0, 100 * DAY_MS, 100 * DAY_MS)],
    undefined,
    undefined,
    [-4 * DAY_MS, 104 * DAY_MS],
  ],
  [
    'covers every start and end extent of unsorted items',
    [item(50, 60, 70, 80), item(10, 20, 30, 40), item(90, 100, 100, 100)],
    0.5,
    0,
    [-35, 145],
  ],
  [
    'ignores open ends',
    [item(-Infinity, -Infinity, 1000, 2000), item(3000, 3000, Infinity, Infinity)],
    0,
    0,
    [1000, 3000],
  ],
  ['falls back when no date is finite', [item(-Infinity, -Infinity, Infinity, Infinity)], 0, 0, [...EMPTY_TIME_DOMAIN]],
  ['never returns an empty domain', [item(5000, 5000, 5000, 5000)], 0.1, 0, [5000 - DAY_MS / 2, 5000 + DAY_MS / 2]],
  ['treats a negative padding as none', [item(0, 0, 1000, 1000)], -1, -5, [0, 1000]],
];

describe('timeDomain', () => {
  for (const [name, items, padFraction, minPadMs, expected] of domainCases) {
    it(`timeDomain() ${name}`, () => {
      expect(timeDomain(items, padFraction, minPadMs)).to.deep.equal(expected);
    });
  }

  it('EMPTY_TIME_DOMAIN is the year 2011 in UTC', () => {
    expect(EMPTY_TIME_DOMAIN).to.deep.equal([utc(2011), utc(2012)]);
  });
});

describe('createTimeScale', () => {
  const scaleCases: [string, [number, number], number, [number, number][]][] = [
    ['maps the domain onto [0, widthPx]', [utc(2016), utc(2017)], 1000, [[utc(2016), 0], [utc(2017), 1000], [(utc(2016) + utc(2017)) / 2, 500]]],
    ['puts a reversed domain in order', [utc(2017), utc(2016)], 100, [[utc(2016), 0], [utc(2017), 100]]],
    ['widens an empty domain by half a day each side', [utc(2016), utc(2016)], 100, [[utc(2016) - DAY_MS / 2, 0], [utc(2016), 50]]],
    ['treats a negative width as 0', [0, 1000], -5, [[0, 0], [1000, 0]]],
  ];
  for (const [name, domain, widthPx, pairs] of scaleCases) {
    it(`createTimeScale() ${name}`, () => {
      const scale = createTimeScale(domain, widthPx);
      for (const [ms, px] of pairs) expect(scale(ms)).to.be.closeTo(px, 1e-9);
    });
  }
});
