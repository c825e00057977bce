import { expect } from '@open-wc/testing';
import { DEFAULT_DATE_LOCALE, formatNumber, formatUtcDate, type DateStyle } from '../src/data/format-date.js';

/** UTC epoch ms; with an hour, to pick instants whose date differs in New York (the test browser's zone). */
const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);
/** A date in any year, even 0–99 (which Date.UTC would read as 1900–1999) and before year 1. */
const utcYear = (y: number, m = 1, d = 1) => new Date(0).setUTCFullYear(y, m - 1, d);

/** Noon UTC on 18 January 2017: the same date in every zone the tests may run in. */
const JAN_18 = utc(2017, 1, 18, 12);

/** [style, expected in en-GB for 18 January 2017] */
const styleCases: [DateStyle, string][] = [
  ['year', '2017'],
  ['month', 'January'],
  ['month-short', 'Jan'],
  ['month-year', 'January 2017'],
  ['month-year-short', 'Jan 2017'],
  ['day-month-short', '18 Jan'],
  ['day-month-year', '18 January 2017'],
  ['day-month-year-short', '18 Jan 2017'],
];

/** [name, ms, style, locale, expected] */
const dateCases: [string, number, DateStyle, string, string][] = [
  // 02:00 UTC on 1 January 2017 is still 31 December 2016 in New York.
  ['writes the UTC year, not the local one, just after midnight UTC on New Year', utc(2017, 1, 1, 2), 'year', 'en-GB', '2017'],
  ['writes the UTC day, not the local one, just after midnight UTC', utc(2017, 1, 1, 2), 'day-month-year', 'en-GB', '1 January 2017'],
  ['writes the UTC month, not the local one, just after midnight UTC', utc(2016, 3, 1, 1), 'month-year-short', 'en-GB', 'Mar 2016'],
  ['writes the last millisecond of a UTC day as that day', utc(2016, 12, 23) - 1, 'day-month-year', 'en-GB', '22 December 2016'],
  ['writes a leap day', utc(2016, 2, 29, 3), 'day-month-short', 'en-GB', '29 Feb'],
  ['writes a year before 100 as it is, not as 19xx', utcYear(44, 3, 15), 'year', 'en-GB', '44'],
  ['writes a year before 1 as its year of the era (44 BCE as 44)', utcYear(-43, 3, 15), 'day-month-year', 'en-GB', '15 March 44'],
  ['writes French words', JAN_18, 'day-month-year', 'fr-FR', '18 janvier 2017'],
  ['writes French short months', JAN_18, 'month-year-short', 'fr-FR', 'janv. 2017'],
  ['writes German order and punctuation', JAN_18, 'day-month-year', 'de-DE', '18. Januar 2017'],
  ['writes American order', JAN_18, 'day-month-year', 'en-US', 'January 18, 2017'],
  ['writes Egyptian Arabic with Arabic-Indic digits', JAN_18, 'day-month-year', 'ar-EG', '١٨ يناير ٢٠١٧'],
  ['writes Japanese', JAN_18, 'day-month-year', 'ja-JP', '2017年1月18日'],
  ['writes the UTC day in another locale too', utc(2017, 1, 1, 2), 'day-month-year', 'fr-FR', '1 janvier 2017'],
  // The dates are EDTF, in the proleptic Gregorian calendar: "2017" must not come out as the Persian 1395 (which
  // runs from March 2016 to March 2017), nor 18 January as 29 Dey.
  ['writes the Gregorian year where the locale’s own calendar is another (fa-IR)', JAN_18, 'year', 'fa-IR', '۲۰۱۷'],
];

describe('formatUtcDate', () => {
  for (const [style, expected] of styleCases) {
    it(`formatUtcDate() writes 18 January 2017 in style ${style} as '${expected}' in en-GB`, () => {
      expect(formatUtcDate(JAN_18, style, 'en-GB')).to.equal(expected);
    });
  }

  for (const [name, ms, style, locale, expected] of dateCases) {
    it(`formatUtcDate() ${name}`, () => {
      expect(formatUtcDate(ms, style, locale)).to.equal(expected);
    });
  }

  it('formatUtcDate() writes British English by default', () => {
    expect(DEFAULT_DATE_LOCALE).to.equal('en-GB');
    for (const [style, expected] of styleCases) expect(formatUtcDate(JAN_18, style)).to.equal(expected);
  });

  it('formatUtcDate() writes every day of 2016 as its UTC date at 00:30 and at 23:30 UTC', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    for (let ms = utc(2016); ms < utc(2017); ms += 86_400_000) {
      const day = new Date(ms);
      const expected = `${day.getUTCDate()} ${months[day.getUTCMonth()]} 2016`;
      for (const minutes of [30, 23 * 60 + 30]) {
        expect(formatUtcDate(ms + minutes * 60_000, 'day-month-year', 'en-GB'), `${minutes} min after ${expected}`).to.equal(expected);
      }
    }
  });
});

describe('British English without Intl', () => {
  const styles = styleCases.map(([style]) => style);
  /** en-GB spelled so that it does not take the path without Intl (Latin digits are en-GB's own): Intl writes it. */
  const viaIntl = (ms: number, style: DateStyle) => formatUtcDate(ms, style, 'en-GB-u-nu-latn');

  it('formatUtcDate() writes en-GB exactly as this engine’s Intl does, for every month and style, years 1000–9999', () => {
    const days = [1, 9, 10, 28];
    const years = [1000, 1999, 2011, 2016, 2017, 9999];
    let checked = 0;
    for (const y of years) {
      for (let m = 1; m <= 12; m++) {
        for (const d of days) {
          for (const h of [0, 23]) {
            const ms = Date.UTC(y, m - 1, d, h, 59);
            for (const style of styles) {
              expect(formatUtcDate(ms, style, 'en-GB'), `${y}-${m}-${d} ${style}`).to.equal(viaIntl(ms, style));
              checked++;
            }
          }
        }
      }
    }
    expect(checked).to.equal(years.length * 12 * days.length * 2 * styles.length);
  });

  it('formatUtcDate() leaves years outside 1000–9999 in en-GB to Intl', () => {
    for (const ms of [utcYear(999, 6, 1), utcYear(10_000, 6, 1), utcYear(-43, 3, 15)]) {
      for (const style of styles) expect(formatUtcDate(ms, style, 'en-GB')).to.equal(viaIntl(ms, style));
    }
  });

  it('formatNumber() writes en-GB whole numbers exactly as this engine’s Intl does', () => {
    const intl = (n: number, grouping: boolean) =>
      new Intl.NumberFormat('en-GB', { useGrouping: grouping, maximumFractionDigits: 20 }).format(n);
    for (const n of [0, 7, -7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -123_456_789, Number.MAX_SAFE_INTEGER, 2.5, 1e21]) {
      for (const grouping of [false, true]) expect(formatNumber(n, 'en-GB', { grouping }), `${n} ${grouping}`).to.equal(intl(n, grouping));
    }
  });
});
