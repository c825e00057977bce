import { expect } from '@open-wc/testing';
import { englishDateWords } from '../src/data/date-words.js';
import { registerDateLocale } from '../src/data/format-date.js';
import type { TimelineEvent } from '../src/data/types.js';
import * as ar from '../src/i18n/ar.js';
import { createDescriber, formatRange, spanPrecision, type SpanPrecision } from '../src/i18n/describe.js';
import * as fr from '../src/i18n/fr.js';
import { englishStrings } from '../src/i18n/strings.js';
import type { DrawnCluster } from '../src/layout/frame.js';
import { createLayoutItems, type LayoutItem } from '../src/layout/items.js';

const DAY_MS = 86_400_000;
/**
 * UTC epoch ms. The hour picks instants just after midnight UTC, when New York (the test browser's zone) is still
 * on the day before.
 */
const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);

/** 01:00 UTC on 1 January 2016 and 2010: still 31 December in New York. */
const JAN_2016 = utc(2016, 1, 1, 1);
const JAN_2010 = utc(2010, 1, 1, 1);

/** [name, fromMs, toMs, locale (omitted: default), expected [from, to]] */
const rangeCases: [string, number, number, string | undefined, [string, string]][] = [
  ['writes years for a range of several years', utc(2010, 1, 1, 2), utc(2017, 6, 1), undefined, ['2010', '2017']],
  ['writes months for a range of a few months', utc(2016, 3, 1, 1), utc(2017, 1, 1, 3), undefined, ['Mar 2016', 'Jan 2017']],
  ['writes days for a range of a few weeks', utc(2017, 1, 18, 2), utc(2017, 2, 1), undefined, ['18 Jan 2017', '1 Feb 2017']],
  ['writes days for a range within one day', utc(2017, 1, 18, 1), utc(2017, 1, 18, 4), undefined, ['18 Jan 2017', '18 Jan 2017']],
  ['writes days for exactly 60 days', JAN_2016, JAN_2016 + 60 * DAY_MS, undefined, ['1 Jan 2016', '1 Mar 2016']],
  ['writes months for 60 days and 1 ms', JAN_2016, JAN_2016 + 60 * DAY_MS + 1, undefined, ['Jan 2016', 'Mar 2016']],
  ['writes months for exactly 3 × 365 days', JAN_2010, JAN_2010 + 3 * 365 * DAY_MS, undefined, ['Jan 2010', 'Dec 2012']],
  ['writes years for 3 × 365 days and 1 ms', JAN_2010, JAN_2010 + 3 * 365 * DAY_MS + 1, undefined, ['2010', '2012']],
  ['measures a reversed range by its length', utc(2017, 2, 1), utc(2017, 1, 18, 2), undefined, ['1 Feb 2017', '18 Jan 2017']],
  ['writes an ellipsis for an end that is not a number', -Infinity, utc(2016, 3, 5, 3), undefined, ['…', '2016']],
  ['writes ellipses for NaN ends', NaN, NaN, undefined, ['…', '…']],
  ['writes French months', utc(2016, 3, 1, 1), utc(2017, 1, 1, 3), 'fr-FR', ['mars 2016', 'janv. 2017']],
  ['writes French days', utc(2017, 1, 18, 2), utc(2017, 2, 1), 'fr-FR', ['18 janv. 2017', '1 févr. 2017']],
  ['writes Arabic-Indic digits in ar-EG', utc(2016, 3, 1, 1), utc(2016, 3, 5, 3), 'ar-EG', ['١ مارس ٢٠١٦', '٥ مارس ٢٠١٦']],
  ['writes Arabic-Indic years in ar-EG', utc(2010, 1, 1, 2), utc(2017, 6, 1), 'ar-EG', ['٢٠١٠', '٢٠١٧']],
];

describe('formatRange', () => {
  before(() => {
    for (const { dateWords, dateLocale } of [ar, fr]) registerDateLocale(dateWords.locale, dateLocale);
  });

  for (const [name, fromMs, toMs, locale, expected] of rangeCases) {
    it(`formatRange() ${name}`, () => {
      expect(formatRange(fromMs, toMs, locale)).to.deep.equal({ from: expected[0], to: expected[1] });
    });
  }

  it('formatRange() writes the UTC date where the browser’s own zone is on the day, month and year before', () => {
    // 03:00 UTC on 1 January 2017 is 22:00 on 31 December 2016 in New York.
    const ms = utc(2017, 1, 1, 3);
    expect(new Date(ms).getDate(), 'the test browser runs west of UTC').to.equal(31);
    expect(formatRange(ms, ms + DAY_MS)).to.deep.equal({ from: '1 Jan 2017', to: '2 Jan 2017' });
    expect(formatRange(ms, ms + 100 * DAY_MS)).to.deep.equal({ from: 'Jan 2017', to: 'Apr 2017' });
    expect(formatRange(ms, ms + 2000 * DAY_MS)).to.deep.equal({ from: '2017', to: '2022' });
  });
});

/** [name, span in ms, expected precision] */
const precisionCases: [string, number, SpanPrecision][] = [
  ['names an empty span to the day', 0, 'day'],
  ['names 60 days to the day', 60 * DAY_MS, 'day'],
  ['names 60 days and 1 ms to the month', 60 * DAY_MS + 1, 'month'],
  ['names exactly 3 × 365 days to the month', 3 * 365 * DAY_MS, 'month'],
  ['names 3 × 365 days and 1 ms to the year', 3 * 365 * DAY_MS + 1, 'year'],
  ['measures a negative span by its length', -400 * DAY_MS, 'month'],
  ['names an endless span to the year', Infinity, 'year'],
];

describe('spanPrecision', () => {
  for (const [name, spanMs, expected] of precisionCases) {
    it(`spanPrecision() ${name}`, () => expect(spanPrecision(spanMs)).to.equal(expected));
  }
});

const events: TimelineEvent[] = [
  { id: 'talks', title: 'Astana talks', start: '2017-01-23', category: 'diplomacy' },
  { id: 'late', title: 'Late offensive', start: '2016-10/2016-12~', category: 'military' },
  { id: 'market', title: 'Market fire', start: '2016', category: 'trade' },
];
const items = createLayoutItems(events).items;
const item = (id: string): LayoutItem => items.find((i) => i.id === id)!;

/** A cluster of `count` events in `category`, binned over `[startMs, endMs]`, from `first` to `last`. */
function cluster(count: number, startMs: number, endMs: number, first: string, last: string): DrawnCluster {
  return { id: 'c', category: 'diplomacy', row: 0, rowYPx: 0, startMs, endMs, count, startPx: 0, endPx: 10, first: item(first), last: item(last) };
}

const en = createDescriber(englishStrings, { ...englishDateWords, locale: 'en-GB' });
const arabic = createDescriber(ar.strings, ar.dateWords);
const JAN_2017 = utc(2017, 1, 1);

/** [name, what the describer is asked, expected words] */
const describeCases: [string, () => string, string][] = [
  ['when() writes an event’s date in words', () => en.when(item('talks')), '23 January 2017'],
  ['name() joins title, date and category', () => en.name(item('talks')), 'Astana talks, 23 January 2017, Diplomacy'],
  ['name() keeps a free category’s own name', () => en.name(item('market')), 'Market fire, 2016, trade'],
  ['count() writes a count in full below 10,000', () => en.count(9999), '9999'],
  ['count() writes thousands from 10,000', () => en.count(12_400), '12k'],
  ['count() writes Arabic-Indic digits in Arabic', () => arabic.count(42), '٤٢'],
  ['range() says what the toolbar shows', () => en.range(utc(2016, 3, 1, 1), utc(2017, 1, 1, 3)), 'Showing Mar 2016 to Jan 2017'],
  ['rangeChanged() says the range and the count', () => en.rangeChanged(utc(2010, 1, 1, 2), utc(2017, 6, 1), 1), 'Showing 2010 to 2017, 1 event'],
  ['selected() says the selected event’s name', () => en.selected(item('talks')), 'Selected: Astana talks, 23 January 2017, Diplomacy'],
  [
    'cluster() names a cluster of one event by its day',
    () => en.cluster(cluster(1, JAN_2017, JAN_2017 + 20 * DAY_MS, 'talks', 'talks')),
    '1 event, 23 January 2017, Diplomacy; press Enter to zoom in',
  ],
  [
    'cluster() names the span of its events to the month when its bin is months long',
    () => en.cluster(cluster(40, utc(2016, 1, 1), utc(2017, 3, 1), 'market', 'talks')),
    '40 events, July 2016 to January 2017, Diplomacy; press Enter to zoom in',
  ],
  [
    'cluster() names the span of its events to the year when its bin is years long',
    () => en.cluster(cluster(12_000, utc(2012, 1, 1), utc(2017, 3, 1), 'market', 'talks')),
    '12,000 events, 2016 to 2017, Diplomacy; press Enter to zoom in',
  ],
];

describe('createDescriber', () => {
  for (const [name, ask, expected] of describeCases) {
    it(`createDescriber() ${name}`, () => expect(ask()).to.equal(expected));
  }

  it('createDescriber() names a cluster once per content, and again when its bin asks for another precision', () => {
    let reads = 0;
    const counted = new Proxy(englishStrings, { get: (strings, key) => (reads++, Reflect.get(strings, key)) });
    const describer = createDescriber(counted, englishDateWords);
    const months = () => cluster(40, utc(2016, 1, 1), utc(2017, 3, 1), 'market', 'talks');
    const first = describer.cluster(months());
    const readsOnce = reads;
    expect(readsOnce, 'naming reads the strings').to.be.greaterThan(0);
    expect(describer.cluster(months()), 'the same cluster in the next frame of a pan').to.equal(first);
    expect(reads, 'named from what was kept').to.equal(readsOnce);
    const years = describer.cluster(cluster(40, utc(2012, 1, 1), utc(2017, 3, 1), 'market', 'talks'));
    expect(years).to.equal('40 events, 2016 to 2017, Diplomacy; press Enter to zoom in');
  });

  it('createDescriber() works out an event’s words once, and keeps them per describer', () => {
    let reads = 0;
    const counted = new Proxy(englishDateWords, { get: (words, key) => (reads++, Reflect.get(words, key)) });
    const describer = createDescriber(englishStrings, counted);
    const talks = item('talks');
    const name = describer.name(talks);
    const afterFirst = reads;
    expect(afterFirst, 'the first name reads the words').to.be.greaterThan(0);
    expect(describer.name(talks)).to.equal(name);
    expect(describer.when(talks)).to.equal('23 January 2017');
    expect(reads, 'asked again, it reads nothing').to.equal(afterFirst);
    expect(createDescriber(fr.strings, fr.dateWords).name(talks), 'another describer has its own words').to.match(/janvier 2017/);
  });
});
