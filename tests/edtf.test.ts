import { expect } from '@open-wc/testing';
import { parseEdtf, parseEventDates, type EdtfDate, type EdtfValue } from '../src/data/edtf.js';

// Date.UTC reads years 0–99 as 1900–1999, so early and negative years use ISO strings, which Date.parse
// reads exactly (six digits and a sign for negative years).
const iso = (text: string): number => Date.parse(`${text}T00:00:00Z`);

/** What a date case expects besides its text: the parsed parts and, when set, the qualifiers. */
type Expected = Omit<EdtfDate, 'kind' | 'text' | 'approximate' | 'uncertain'> &
  Partial<Pick<EdtfDate, 'approximate' | 'uncertain'>>;

/** The instants a period covers, from its first instant to 1 ms before the next period starts. */
const covers = (firstMs: number, nextMs: number) => ({ minMs: firstMs, maxMs: nextMs - 1 });

const yearCases: [string, string, Expected][] = [
  ['2012', '2012', { year: 2012, precision: 'year', ...covers(Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1)) }],
  ['9999', '9999', { year: 9999, precision: 'year', ...covers(Date.UTC(9999, 0, 1), Date.UTC(10000, 0, 1)) }],
  ['0001', '0001', { year: 1, precision: 'year', ...covers(iso('0001-01-01'), iso('0002-01-01')) }],
  ['0099', '0099', { year: 99, precision: 'year', ...covers(iso('0099-01-01'), iso('0100-01-01')) }],
  ['0000 (1 BCE, a leap year)', '0000', { year: 0, precision: 'year', ...covers(iso('0000-01-01'), iso('0001-01-01')) }],
  ['-0044', '-0044', { year: -44, precision: 'year', ...covers(iso('-000044-01-01'), iso('-000043-01-01')) }],
  ['2016-XX', '2016-XX', { year: 2016, precision: 'year', ...covers(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)) }],
  ['1985-XX-XX', '1985-XX-XX', { year: 1985, precision: 'year', ...covers(Date.UTC(1985, 0, 1), Date.UTC(1986, 0, 1)) }],
  ['Y12017 (more than four digits)', 'Y12017', { year: 12017, precision: 'year', ...covers(iso('+012017-01-01'), iso('+012018-01-01')) }],
  ['Y-12017', 'Y-12017', { year: -12017, precision: 'year', ...covers(iso('-012017-01-01'), iso('-012016-01-01')) }],
  ['Y-271820 (the first whole year a date holds)', 'Y-271820', { year: -271820, precision: 'year', ...covers(iso('-271820-01-01'), iso('-271819-01-01')) }],
  ['Y275759 (the last whole year a date holds)', 'Y275759', { year: 275759, precision: 'year', ...covers(iso('+275759-01-01'), iso('+275760-01-01')) }],
  ['2012 with spaces around it', '  2012\n', { year: 2012, precision: 'year', ...covers(Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1)) }],
];

const monthCases: [string, string, Expected][] = [
  ['2016-12', '2016-12', { year: 2016, month: 12, precision: 'month', ...covers(Date.UTC(2016, 11, 1), Date.UTC(2017, 0, 1)) }],
  ['2016-02 (leap year)', '2016-02', { year: 2016, month: 2, precision: 'month', ...covers(Date.UTC(2016, 1, 1), Date.UTC(2016, 2, 1)) }],
  ['2017-02', '2017-02', { year: 2017, month: 2, precision: 'month', ...covers(Date.UTC(2017, 1, 1), Date.UTC(2017, 2, 1)) }],
  ['2016-12-XX', '2016-12-XX', { year: 2016, month: 12, precision: 'month', ...covers(Date.UTC(2016, 11, 1), Date.UTC(2017, 0, 1)) }],
  ['0005-03', '0005-03', { year: 5, month: 3, precision: 'month', ...covers(iso('0005-03-01'), iso('0005-04-01')) }],
  ['-0044-03', '-0044-03', { year: -44, month: 3, precision: 'month', ...covers(iso('-000044-03-01'), iso('-000044-04-01')) }],
];

const dayCases: [string, string, Expected][] = [
  ['2017-01-18', '2017-01-18', { year: 2017, month: 1, day: 18, precision: 'day', ...covers(Date.UTC(2017, 0, 18), Date.UTC(2017, 0, 19)) }],
  ['2016-12-31 (the last day of a year)', '2016-12-31', { year: 2016, month: 12, day: 31, precision: 'day', ...covers(Date.UTC(2016, 11, 31), Date.UTC(2017, 0, 1)) }],
  ['2016-02-29 (leap day)', '2016-02-29', { year: 2016, month: 2, day: 29, precision: 'day', ...covers(Date.UTC(2016, 1, 29), Date.UTC(2016, 2, 1)) }],
  ['2000-02-29 (leap day of a year divisible by 400)', '2000-02-29', { year: 2000, month: 2, day: 29, precision: 'day', ...covers(Date.UTC(2000, 1, 29), Date.UTC(2000, 2, 1)) }],
  ['0001-01-01', '0001-01-01', { year: 1, month: 1, day: 1, precision: 'day', ...covers(iso('0001-01-01'), iso('0001-01-02')) }],
  ['0000-02-29 (year 0 is a leap year)', '0000-02-29', { year: 0, month: 2, day: 29, precision: 'day', ...covers(iso('0000-02-29'), iso('0000-03-01')) }],
  ['-0044-03-15', '-0044-03-15', { year: -44, month: 3, day: 15, precision: 'day', ...covers(iso('-000044-03-15'), iso('-000044-03-16')) }],
  ['9999-12-31', '9999-12-31', { year: 9999, month: 12, day: 31, precision: 'day', ...covers(Date.UTC(9999, 11, 31), Date.UTC(10000, 0, 1)) }],
];

const groupingCases: [string, string, Expected][] = [
  ['spring (21): March to May', '2016-21', { year: 2016, subYear: 21, precision: 'season', ...covers(Date.UTC(2016, 2, 1), Date.UTC(2016, 5, 1)) }],
  ['summer (22): June to August', '2016-22', { year: 2016, subYear: 22, precision: 'season', ...covers(Date.UTC(2016, 5, 1), Date.UTC(2016, 8, 1)) }],
  ['autumn (23): September to November', '2016-23', { year: 2016, subYear: 23, precision: 'season', ...covers(Date.UTC(2016, 8, 1), Date.UTC(2016, 11, 1)) }],
  ['winter (24): December to February of the next year', '2016-24', { year: 2016, subYear: 24, precision: 'season', ...covers(Date.UTC(2016, 11, 1), Date.UTC(2017, 2, 1)) }],
  ['winter (24) ending in a leap February', '2015-24', { year: 2015, subYear: 24, precision: 'season', ...covers(Date.UTC(2015, 11, 1), Date.UTC(2016, 2, 1)) }],
  ['the first quarter (33)', '2016-33', { year: 2016, subYear: 33, precision: 'quarter', ...covers(Date.UTC(2016, 0, 1), Date.UTC(2016, 3, 1)) }],
  ['the second quarter (34)', '2016-34', { year: 2016, subYear: 34, precision: 'quarter', ...covers(Date.UTC(2016, 3, 1), Date.UTC(2016, 6, 1)) }],
  ['the third quarter (35)', '2016-35', { year: 2016, subYear: 35, precision: 'quarter', ...covers(Date.UTC(2016, 6, 1), Date.UTC(2016, 9, 1)) }],
  ['the last quarter (36)', '2016-36', { year: 2016, subYear: 36, precision: 'quarter', ...covers(Date.UTC(2016, 9, 1), Date.UTC(2017, 0, 1)) }],
  ['the first half (40)', '2016-40', { year: 2016, subYear: 40, precision: 'half', ...covers(Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1)) }],
  ['the second half (41)', '2016-41', { year: 2016, subYear: 41, precision: 'half', ...covers(Date.UTC(2016, 6, 1), Date.UTC(2017, 0, 1)) }],
];

const unspecifiedCases: [string, string, Expected][] = [
  ['201X as the decade 2010–2019', '201X', { year: 2010, precision: 'decade', ...covers(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)) }],
  ['20XX as the century 2000–2099', '20XX', { year: 2000, precision: 'century', ...covers(Date.UTC(2000, 0, 1), Date.UTC(2100, 0, 1)) }],
  ['-201X as the years -2019 to -2010', '-201X', { year: -2019, precision: 'decade', ...covers(iso('-002019-01-01'), iso('-002009-01-01')) }],
  ['-20XX as the years -2099 to -2000', '-20XX', { year: -2099, precision: 'century', ...covers(iso('-002099-01-01'), iso('-001999-01-01')) }],
  ['000X as the years 0–9', '000X', { year: 0, precision: 'decade', ...covers(iso('0000-01-01'), iso('0010-01-01')) }],
];

const qualifierCases: [string, string, Expected][] = [
  ['~ as approximate', '2016~', { year: 2016, precision: 'year', ...covers(Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)), approximate: true }],
  ['? as uncertain', '2011?', { year: 2011, precision: 'year', ...covers(Date.UTC(2011, 0, 1), Date.UTC(2012, 0, 1)), uncertain: true }],
  ['% as approximate and uncertain', '2011%', { year: 2011, precision: 'year', ...covers(Date.UTC(2011, 0, 1), Date.UTC(2012, 0, 1)), approximate: true, uncertain: true }],
  ['a qualifier on a day', '2017-01-18~', { year: 2017, month: 1, day: 18, precision: 'day', ...covers(Date.UTC(2017, 0, 18), Date.UTC(2017, 0, 19)), approximate: true }],
  ['a qualifier on a month', '2017-01?', { year: 2017, month: 1, precision: 'month', ...covers(Date.UTC(2017, 0, 1), Date.UTC(2017, 1, 1)), uncertain: true }],
  ['a qualifier on a quarter', '2016-36~', { year: 2016, subYear: 36, precision: 'quarter', ...covers(Date.UTC(2016, 9, 1), Date.UTC(2017, 0, 1)), approximate: true }],
  ['a qualifier on a decade', '201X%', { year: 2010, precision: 'decade', ...covers(Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)), approximate: true, uncertain: true }],
  ['a qualifier on a negative year', '-0044?', { year: -44, precision: 'year', ...covers(iso('-000044-01-01'), iso('-000043-01-01')), uncertain: true }],
];

/** The value of a text that must parse. */
function valueOf(text: string): EdtfValue {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.value;
}

/** The date of a text that must parse as a date, not `..`. */
function dateOf(text: string): EdtfDate {
  const value = valueOf(text);
  if (value.kind !== 'date') throw new Error(`${text} is open`);
  return value;
}

const acceptedCases: [string, [string, string, Expected][]][] = [
  ['reads a year as the whole year', yearCases],
  ['reads a month as the whole month', monthCases],
  ['reads a day as the whole day', dayCases],
  ['reads a sub-year grouping', groupingCases],
  ['reads X digits', unspecifiedCases],
  ['reads a qualifier', qualifierCases],
];

const invalidCases: [string, string, string][] = [
  ['an empty string', '', 'empty'],
  ['only spaces', '   ', 'empty'],
  ['month 13', '2016-13', 'month 13'],
  ['month 20', '2016-20', 'month 20'],
  ['month 0', '2016-00', 'month 0'],
  ['30 February of a leap year', '2016-02-30', 'February 2016 has 29 days'],
  ['29 February of a common year', '2017-02-29', 'February 2017 has 28 days'],
  ['29 February 1900 (divisible by 100, not by 400)', '1900-02-29', 'February 1900 has 28 days'],
  ['day 32', '2016-12-32', 'December 2016 has 31 days'],
  ['31 April', '2016-04-31', 'April 2016 has 30 days'],
  ['day 0', '2016-12-00', 'day 0'],
  ['a three-digit year', '201', 'the year needs four digits'],
  ['a five-digit year without Y', '20160', 'a year of more than four digits starts with Y: Y20160'],
  ['a Y year of four digits', 'Y2016', 'a Y year has more than four digits; write 2016'],
  ['a Y year with a month', 'Y12016-03', 'expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD)'],
  ['a Y year beyond what a date holds', 'Y300000', 'the year 300000 is out of range: a date can hold the years -271820 (271,821 BCE) to 275759'],
  ['a Y year BCE beyond what a date holds', 'Y-13800000000', 'the year -13800000000 is out of range: a date can hold the years -271820 (271,821 BCE) to 275759'],
  ['a day of 1985 with an unspecified month', '1985-XX-05', 'an unspecified month (XX) cannot have a day'],
  ['a one-digit month and day', '2016-1-5', 'the month needs two digits'],
  ['a one-digit day', '2016-01-5', 'the day needs two digits'],
  ['words', 'abc', 'expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD)'],
  ['a plus sign', '+2016', 'expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD)'],
  ['four parts', '2016-01-01-01', 'expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD)'],
  ['a lower-case x', '201x', 'expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD)'],
  ['a qualifier without a date', '~', 'expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD)'],
  ['an interval', '2016/2017', "use a separate start and end instead of '/'"],
  ['an open interval', '2016/..', "use a separate start and end instead of '/'"],
  ['a time', '2016-01-01T10:00', 'times are not supported, only dates'],
  ['two qualifiers', '2016~~', 'only one qualifier (~, ? or %) is allowed'],
  ['two different qualifiers', '2016?~', 'only one qualifier (~, ? or %) is allowed'],
  ['a qualifier inside the date', '2016~-01', 'a qualifier (~, ? or %) can only come at the end'],
  ['a qualified open end', '..~', 'an open date (..) cannot have a qualifier'],
  ['sub-year grouping 25', '2016-25', 'sub-year grouping 25 is not supported'],
  ['sub-year grouping 32', '2016-32', 'sub-year grouping 32 is not supported'],
  ['sub-year grouping 37', '2016-37', 'sub-year grouping 37 is not supported'],
  ['sub-year grouping 39', '2016-39', 'sub-year grouping 39 is not supported'],
  ['sub-year grouping 42', '2016-42', 'sub-year grouping 42 is not supported'],
  ['a season with a day', '2016-21-05', 'a season, quarter or half-year cannot have a day'],
  ['an X inside the year', '2X16', 'X can only stand for the last one or two digits of the year (201X, 20XX)'],
  ['three X digits', '2XXX', 'X can only stand for the last one or two digits of the year (201X, 20XX)'],
  ['an X in one digit of the month', '2016-1X', 'X can only stand for the whole month (2016-XX)'],
  ['an X in one digit of the day', '2016-12-1X', 'X can only stand for the whole day (2016-12-XX)'],
  ['a day after an unspecified month', '2016-XX-05', 'an unspecified month (XX) cannot have a day'],
  ['a month after X digits', '201X-05', 'a year with X digits cannot have a month'],
  ['a negative year 0', '-0000', 'year 0 has no sign: write 0000'],
];

describe('parseEdtf()', () => {
  it('parses a repeated date once and shares the frozen result', () => {
    const first = parseEdtf('2016-12-22~');
    expect(parseEdtf('2016-12-22~')).to.equal(first);
    expect(Object.isFrozen(first)).to.be.true;
    expect(first.ok && Object.isFrozen(first.value)).to.be.true;
    expect(() => {
      (first as { ok: boolean }).ok = false;
    }).to.throw(TypeError);
    expect(parseEdtf('2016-12-22~')).to.deep.include({ ok: true });
  });

  it('keeps results apart for open dates allowed and not allowed', () => {
    expect(parseEdtf('..').ok).to.be.true;
    expect(parseEdtf('..', { allowOpen: false })).to.deep.equal({ ok: false, reason: 'an open date (..) is not allowed here' });
    expect(parseEdtf('..').ok).to.be.true;
  });

  it('writes days of years 100 and later and of years 0–99 as the same calendar', () => {
    const min = (text: string) => (parseEdtf(text) as { value: EdtfDate }).value.minMs;
    expect(min('0099-12-31') + 86_400_000).to.equal(min('0100-01-01'));
    expect(min('0100-02-28') + 86_400_000).to.equal(min('0100-03-01'), '100 is not a leap year');
    expect(new Date(min('0100-03-01')).getUTCFullYear()).to.equal(100);
  });

  for (const [sentence, cases] of acceptedCases) {
    for (const [name, input, expected] of cases) {
      it(`parseEdtf() ${sentence}: ${name}`, () => {
        const value: EdtfDate = { kind: 'date', text: input.trim(), approximate: false, uncertain: false, ...expected };
        expect(parseEdtf(input)).to.deep.equal({ ok: true, value });
      });
    }
  }

  for (const [name, input, reason] of invalidCases) {
    it(`parseEdtf() rejects ${name} (${JSON.stringify(input)}) with "${reason}"`, () => {
      expect(parseEdtf(input)).to.deep.equal({ ok: false, reason });
    });
  }

  it('parseEdtf() reads .. as open', () => {
    expect(parseEdtf('..')).to.deep.equal({ ok: true, value: { kind: 'open', text: '..' } });
    expect(parseEdtf(' .. ')).to.deep.equal({ ok: true, value: { kind: 'open', text: '..' } });
  });

  it('parseEdtf() rejects .. when allowOpen is false', () => {
    expect(parseEdtf('..', { allowOpen: false })).to.deep.equal({
      ok: false,
      reason: 'an open date (..) is not allowed here',
    });
    expect(parseEdtf('2016', { allowOpen: false }).ok).to.equal(true);
  });

  it('parseEdtf() rejects a number that slipped in from JSON', () => {
    expect(parseEdtf(2016 as unknown as string)).to.deep.equal({ ok: false, reason: 'expected a string such as "2016"' });
  });

  const neighbours = [
    ['2016', '2017'],
    ['2016-12', '2017-01'],
    ['2016-02-28', '2016-02-29'],
    ['2016-36', '2017-33'],
    ['2016-24', '2017-21'],
    ['201X', '202X'],
  ];
  for (const [earlier = '', later = ''] of neighbours) {
    it(`parseEdtf() ends ${earlier} 1 ms before ${later} starts`, () => {
      expect(dateOf(later).minMs - dateOf(earlier).maxMs).to.equal(1);
    });
  }
});

type EventDatesCase = [string, string, string | undefined, { kind: 'point' | 'span'; earliestMs: number; latestMs: number }];

const eventDatesCases: EventDatesCase[] = [
  ['a point on a day', '2017-01-18', undefined, { kind: 'point', earliestMs: Date.UTC(2017, 0, 18), latestMs: Date.UTC(2017, 0, 19) - 1 }],
  ['a point in a year', '2012', undefined, { kind: 'point', earliestMs: Date.UTC(2012, 0, 1), latestMs: Date.UTC(2013, 0, 1) - 1 }],
  ['an approximate point in a quarter', '2016-36~', undefined, { kind: 'point', earliestMs: Date.UTC(2016, 9, 1), latestMs: Date.UTC(2017, 0, 1) - 1 }],
  ['a span', '2011', '2013', { kind: 'span', earliestMs: Date.UTC(2011, 0, 1), latestMs: Date.UTC(2014, 0, 1) - 1 }],
  ['a span with an open end', '2011', '..', { kind: 'span', earliestMs: Date.UTC(2011, 0, 1), latestMs: Infinity }],
  ['a span with an open start', '..', '2013-06', { kind: 'span', earliestMs: -Infinity, latestMs: Date.UTC(2013, 6, 1) - 1 }],
  ['a span whose start and end are equal', '2016-12-05', '2016-12-05', { kind: 'span', earliestMs: Date.UTC(2016, 11, 5), latestMs: Date.UTC(2016, 11, 6) - 1 }],
  ['a span whose imprecise ends overlap', '2016', '2016-06', { kind: 'span', earliestMs: Date.UTC(2016, 0, 1), latestMs: Date.UTC(2016, 6, 1) - 1 }],
  ['a span whose start lies inside its imprecise end', '2016-06', '2016', { kind: 'span', earliestMs: Date.UTC(2016, 5, 1), latestMs: Date.UTC(2017, 0, 1) - 1 }],
  ['a span ending the day it starts', '2016-12', '2016-12-01', { kind: 'span', earliestMs: Date.UTC(2016, 11, 1), latestMs: Date.UTC(2016, 11, 2) - 1 }],
];

const eventDatesErrors: [string, string, string | undefined, { field: 'start' | 'end'; reason: string }][] = [
  ['an invalid start', '2016-13', undefined, { field: 'start', reason: 'month 13' }],
  ['an invalid start of a span', '2016-13', '2017', { field: 'start', reason: 'month 13' }],
  ['an invalid end', '2016', '2017-02-29', { field: 'end', reason: 'February 2017 has 28 days' }],
  ['an empty end', '2016', '', { field: 'end', reason: 'empty' }],
  ['an open point', '..', undefined, { field: 'start', reason: 'an event without an end cannot have an open start (..)' }],
  ['both ends open, on the end', '..', '..', { field: 'end', reason: 'start and end cannot both be open (..)' }],
  ['a start after the end, on the end', '2017', '2016', { field: 'end', reason: 'earlier than the start (2017)' }],
  ['a day after the end by one day, on the end', '2016-12-06', '2016-12-05', { field: 'end', reason: 'earlier than the start (2016-12-06)' }],
  ['a start in a later quarter than the end', '2016-36~', '2016-06', { field: 'end', reason: 'earlier than the start (2016-36~)' }],
];

describe('parseEventDates()', () => {
  for (const [name, start, end, expected] of eventDatesCases) {
    it(`parseEventDates() accepts ${name} (${start} – ${end ?? 'no end'})`, () => {
      const result = parseEventDates(start, end);
      if (!result.ok) throw new Error(`rejected: ${result.field}: ${result.reason}`);
      const { kind, earliestMs, latestMs } = result.value;
      expect({ kind, earliestMs, latestMs }).to.deep.equal(expected);
      expect(result.value.start).to.deep.equal(valueOf(start));
      if (end === undefined) expect(result.value).not.to.have.property('end');
      else expect(result.value.end).to.deep.equal(valueOf(end));
    });
  }

  for (const [name, start, end, expected] of eventDatesErrors) {
    it(`parseEventDates() rejects ${name} (${start} – ${end ?? 'no end'})`, () => {
      expect(parseEventDates(start, end)).to.deep.equal({ ok: false, ...expected });
    });
  }

  it('parseEventDates() gives the points of one date one frozen result, and each span its own', () => {
    const point = parseEventDates('2015-09-30');
    expect(parseEventDates('2015-09-30')).to.equal(point);
    expect(Object.isFrozen(point) && point.ok && Object.isFrozen(point.value)).to.equal(true);
    expect(parseEventDates('2015-09-30', '2015-10-01')).to.not.equal(parseEventDates('2015-09-30', '2015-10-01'));
  });
});
