import { expect } from '@open-wc/testing';
import {
  describeDate,
  describeDateWithQualifiers,
  describeEventDates,
  describePrecision,
  describeQualifiers,
  englishDateWords,
} from '../src/data/date-words.js';
import { parseEdtf, parseEventDates, type EdtfDate, type EdtfValue, type EventDates, type Precision } from '../src/data/edtf.js';
import { registerDateLocale } from '../src/data/format-date.js';
import * as fr from '../src/i18n/fr.js';

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

/** The dates of an event that must parse. */
function eventDatesOf(start: string, end?: string): EventDates {
  const result = parseEventDates(start, end);
  if (!result.ok) throw new Error(`${result.field}: ${result.reason}`);
  return result.value;
}

const dateCases: [string, string, string][] = [
  ['a day', '2017-01-18', '18 January 2017'],
  ['a day without a leading zero', '2017-01-05', '5 January 2017'],
  ['the last day of the calendar', '9999-12-31', '31 December 9999'],
  ['a month', '2017-01', 'January 2017'],
  ['a month with an unspecified day', '2016-12-XX', 'December 2016'],
  ['a year', '2012', '2012'],
  ['a year with an unspecified month', '2016-XX', '2016'],
  ['year 1 without padding', '0001', '1'],
  ['a day in year 1 without padding', '0001-01-01', '1 January 1'],
  ['a month in year 5 without padding', '0005-03', 'March 5'],
  ['year 0 as 1 BCE', '0000', '1 BCE'],
  ['year -43 as 44 BCE', '-0043', '44 BCE'],
  ['a day in 44 BCE', '-0043-03-15', '15 March 44 BCE'],
  ['a month in 1 BCE', '0000-12', 'December 1 BCE'],
  ['the first quarter as early', '2016-33', 'early 2016'],
  ['the second quarter as mid', '2016-34', 'mid-2016'],
  ['the third quarter as mid', '2016-35', 'mid-2016'],
  ['the last quarter as late', '2016-36', 'late 2016'],
  ['the first half', '2016-40', 'first half of 2016'],
  ['the second half', '2016-41', 'second half of 2016'],
  ['spring', '2016-21', 'spring 2016'],
  ['summer', '2016-22', 'summer 2016'],
  ['autumn', '2016-23', 'autumn 2016'],
  ['winter across the new year', '2016-24', 'winter 2016–2017'],
  ['winter from 1 BCE into year 1', '0000-24', 'winter 1 BCE–1'],
  ['a late quarter BCE', '-0043-36', 'late 44 BCE'],
  ['a decade', '201X', 'the 2010s'],
  ['a century as its exact years', '20XX', 'the years 2000–2099'],
  ['the century 19XX as its exact years', '19XX', 'the years 1900–1999'],
  ['the decade starting in 1 BCE as its exact years', '000X', 'the years 1 BCE–9'],
  ['a date without its qualifier', '2016-36~', 'late 2016'],
];

const qualifierCases: [string, string, string][] = [
  ['no qualifier as nothing', '2016', ''],
  ['~', '2016~', 'approximate'],
  ['?', '2016?', 'uncertain'],
  ['%', '2016%', 'approximate and uncertain'],
  ['an open end as nothing', '..', ''],
];

const dateWithQualifierCases: [string, string, string][] = [
  ['a day without qualifiers', '2017-01-18', '18 January 2017'],
  ['an approximate quarter', '2016-36~', 'late 2016, approximate'],
  ['an uncertain month', '2012-01?', 'January 2012, uncertain'],
  ['an approximate and uncertain decade', '201X%', 'the 2010s, approximate and uncertain'],
  ['an approximate day BCE', '-0043-03-15~', '15 March 44 BCE, approximate'],
];

const eventDatesCases: [string, string, string | undefined, string][] = [
  ['a point on a day', '2017-01-18', undefined, '18 January 2017'],
  ['an approximate point', '2016-36~', undefined, 'late 2016, approximate'],
  ['a span', '2011', '2013', '2011 to 2013'],
  ['a span of days', '2016-12-05', '2016-12-22', '5 December 2016 to 22 December 2016'],
  ['a span whose ends read the same, once', '2016', '2016', '2016'],
  ['a span with an approximate end', '2011-03', '2016-36~', 'March 2011 to late 2016 (approximate end)'],
  ['a span with an approximate start', '2011~', '2013', '2011 to 2013 (approximate start)'],
  ['a span with the same qualifier on both ends', '2011?', '2013?', '2011 to 2013 (uncertain start and end)'],
  ['a span with different qualifiers', '2011~', '2013?', '2011 to 2013 (approximate start, uncertain end)'],
  ['a span with % on its start', '2011%', '2013', '2011 to 2013 (approximate and uncertain start)'],
  ['a span with an open end', '2011', '..', 'from 2011 onward'],
  ['an approximate start with an open end', '2011~', '..', 'from 2011 onward (approximate start)'],
  ['a span with an open start', '..', '2013', 'until 2013'],
  ['an open start with an uncertain end', '..', '2013-06?', 'until June 2013 (uncertain end)'],
  ['a span across eras', '-0043', '0014', '44 BCE to 14'],
];

const precisionCases: [Precision, string][] = [
  ['day', 'day'],
  ['month', 'month'],
  ['season', 'season'],
  ['quarter', 'quarter'],
  ['half', 'half year'],
  ['year', 'year'],
  ['decade', 'decade'],
  ['century', 'century'],
];

describe('describeDate()', () => {
  for (const [name, input, expected] of dateCases) {
    it(`describeDate() writes ${name}: ${input} → ${expected}`, () => {
      expect(describeDate(dateOf(input))).to.equal(expected);
    });
  }

  it('describeDate() takes its templates from the dictionary', () => {
    const words = { ...englishDateWords, late: 'fin {year}', bce: '{date} av. J.-C.' };
    expect(describeDate(dateOf('2016-36'), words)).to.equal('fin 2016');
    expect(describeDate(dateOf('-0043'), words)).to.equal('44 av. J.-C.');
  });

  it("describeDate() takes month names from the date locale registered for the dictionary's locale", () => {
    registerDateLocale('fr-FR', fr.dateLocale);
    const words = { ...englishDateWords, locale: 'fr-FR' };
    expect(describeDate(dateOf('2017-01-18'), words)).to.equal('18 janvier 2017');
  });
});

describe('describeQualifiers()', () => {
  for (const [name, input, expected] of qualifierCases) {
    it(`describeQualifiers() writes ${name}: ${input} → '${expected}'`, () => {
      expect(describeQualifiers(valueOf(input))).to.equal(expected);
    });
  }
});

describe('describeDateWithQualifiers()', () => {
  for (const [name, input, expected] of dateWithQualifierCases) {
    it(`describeDateWithQualifiers() writes ${name}: ${input} → ${expected}`, () => {
      expect(describeDateWithQualifiers(dateOf(input))).to.equal(expected);
    });
  }
});

describe('describeEventDates()', () => {
  for (const [name, start, end, expected] of eventDatesCases) {
    it(`describeEventDates() writes ${name}: ${start} – ${end ?? 'no end'} → ${expected}`, () => {
      expect(describeEventDates(eventDatesOf(start, end))).to.equal(expected);
    });
  }

  it('describeEventDates() writes dates open on every side as unknown', () => {
    const open = valueOf('..');
    const point: EventDates = { start: open, kind: 'point', earliestMs: -Infinity, latestMs: Infinity };
    const span: EventDates = { start: open, end: open, kind: 'span', earliestMs: -Infinity, latestMs: Infinity };
    expect(describeEventDates(point)).to.equal('date unknown');
    expect(describeEventDates(span)).to.equal('date unknown');
  });
});

describe('describePrecision()', () => {
  for (const [precision, expected] of precisionCases) {
    it(`describePrecision() names ${precision} as '${expected}'`, () => {
      expect(describePrecision(precision)).to.equal(expected);
    });
  }

  it('describePrecision() names the precision of every parsed form', () => {
    const forms = ['2017-01-18', '2017-01', '2016-21', '2016-33', '2016-40', '2016', '201X', '20XX'];
    expect(forms.map((text) => describePrecision(dateOf(text).precision))).to.deep.equal(
      precisionCases.map(([, words]) => words),
    );
  });
});
