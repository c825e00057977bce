import { expect } from '@open-wc/testing';
import { it as italian } from 'date-fns/locale/it';
import {
  DATE_STYLES,
  DEFAULT_DATE_LOCALE,
  FORMAT_TOKENS,
  datePattern,
  formatNumber,
  formatUtcDate,
  registerDateLocale,
  type DateLocale,
  type DateStyle,
} from '../src/data/format-date.js';
import type { DateWords } from '../src/data/date-words.js';
import * as ar from '../src/i18n/ar.js';
import * as de from '../src/i18n/de.js';
import * as es from '../src/i18n/es.js';
import * as fa from '../src/i18n/fa.js';
import * as fr from '../src/i18n/fr.js';
import * as ru from '../src/i18n/ru.js';
import * as tr from '../src/i18n/tr.js';

/** UTC epoch ms; with an hour, to pick instants whose date differs in New York (the test browser's zone). */
const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);
/** A date in any year, even 0–99 (which Date.UTC would read as 1900–1999) and before year 1. */
const utcYear = (y: number, m = 1, d = 1) => new Date(0).setUTCFullYear(y, m - 1, d);

/** Noon UTC on 18 January 2017: the same date in every zone the tests may run in. */
const JAN_18 = utc(2017, 1, 18, 12);
/** Noon UTC on 5 September 2016, whose short month is where English writers disagree (Sep, Sept). */
const SEP_5 = utc(2016, 9, 5, 12);

/** [style, expected in en-GB for 18 January 2017, for 5 September 2016] */
const styleCases: [DateStyle, string, string][] = [
  ['year', '2017', '2016'],
  ['month', 'January', 'September'],
  ['month-short', 'Jan', 'Sep'],
  ['month-year', 'January 2017', 'September 2016'],
  ['month-year-short', 'Jan 2017', 'Sep 2016'],
  ['day-month-short', '18 Jan', '5 Sep'],
  ['day-month-year', '18 January 2017', '5 September 2016'],
  ['day-month-year-short', '18 Jan 2017', '5 Sep 2016'],
];

/** [name, ms, style, expected in en-GB] */
const britishCases: [string, number, DateStyle, string][] = [
  // 02:00 UTC on 1 January 2017 is still 31 December 2016 in New York.
  ['writes the UTC year, not the local one, just after midnight UTC on New Year', utc(2017, 1, 1, 2), 'year', '2017'],
  ['writes the UTC day, not the local one, just after midnight UTC', utc(2017, 1, 1, 2), 'day-month-year', '1 January 2017'],
  ['writes the UTC month, not the local one, just after midnight UTC', utc(2016, 3, 1, 1), 'month-year-short', 'Mar 2016'],
  ['writes the last millisecond of a UTC day as that day', utc(2016, 12, 23) - 1, 'day-month-year', '22 December 2016'],
  ['writes the last millisecond of a UTC year as that year', utc(2017) - 1, 'day-month-year', '31 December 2016'],
  ['writes a leap day', utc(2016, 2, 29, 3), 'day-month-short', '29 Feb'],
  ['writes the leap day of a year divisible by 400', utc(2000, 2, 29, 23), 'day-month-year', '29 February 2000'],
  ['writes a year before 100 as it is, not as 19xx', utcYear(44, 3, 15), 'year', '44'],
  ['writes a day before 100 without padding the year', utcYear(5, 3, 1), 'day-month-year', '1 March 5'],
  ['writes year 0 as 1 BCE', utcYear(0, 6, 1), 'year', '1 BCE'],
  ['writes a year before 1 as its year of the era, BCE (-43 is 44 BCE)', utcYear(-43, 3, 15), 'day-month-year', '15 March 44 BCE'],
  ['writes 3500 BCE', utcYear(-3499, 1, 1), 'year', '3500 BCE'],
  ['writes the last instant before 1 CE as 1 BCE', utcYear(1, 1, 1) - 1, 'year', '1 BCE'],
  ['writes the first instant of 1 CE without an era', utcYear(1, 1, 1), 'year', '1'],
  ['writes no era with a month alone, which has no year', utcYear(-3499, 4, 1), 'month-short', 'Apr'],
  ['writes the era with a short month and its year', utcYear(-3499, 4, 1), 'month-year-short', 'Apr 3500 BCE'],
  ['writes a year after 9999 in full', utcYear(10_000, 6, 1), 'month-year', 'June 10000'],
];

/** [words of a dictionary, its date locale, 18 January 2017 in each style, in the order of DATE_STYLES] */
const localeCases: [DateWords, DateLocale, string[]][] = [
  [ar.dateWords, ar.dateLocale, ['٢٠١٧', 'يناير', 'يناير', 'يناير ٢٠١٧', 'يناير ٢٠١٧', '١٨ يناير', '١٨ يناير ٢٠١٧', '١٨ يناير ٢٠١٧']],
  [fa.dateWords, fa.dateLocale, ['۲۰۱۷', 'ژانویه', 'ژانویه', 'ژانویه ۲۰۱۷', 'ژانویه ۲۰۱۷', '۱۸ ژانویه', '۱۸ ژانویه ۲۰۱۷', '۱۸ ژانویه ۲۰۱۷']],
  [tr.dateWords, tr.dateLocale, ['2017', 'Ocak', 'Oca', 'Ocak 2017', 'Oca 2017', '18 Oca', '18 Ocak 2017', '18 Oca 2017']],
  [ru.dateWords, ru.dateLocale, ['2017', 'январь', 'янв.', 'январь 2017 г.', 'янв. 2017 г.', '18 янв.', '18 января 2017 г.', '18 янв. 2017 г.']],
  [fr.dateWords, fr.dateLocale, ['2017', 'janvier', 'janv.', 'janvier 2017', 'janv. 2017', '18 janv.', '18 janvier 2017', '18 janv. 2017']],
  [de.dateWords, de.dateLocale, ['2017', 'Januar', 'Jan', 'Januar 2017', 'Jan. 2017', '18. Jan.', '18. Januar 2017', '18. Jan. 2017']],
  [es.dateWords, es.dateLocale, ['2017', 'enero', 'ene', 'enero de 2017', 'ene 2017', '18 ene', '18 de enero de 2017', '18 ene 2017']],
];

/** [name, ms, style, locale, expected], once every dictionary's date locale is registered */
const otherCases: [string, number, DateStyle, string, string, boolean?][] = [
  ['writes the UTC day in another locale too', utc(2017, 1, 1, 2), 'day-month-year', 'fr-FR', '1 janvier 2017'],
  ['writes French September short', SEP_5, 'day-month-year-short', 'fr-FR', '5 sept. 2016'],
  ['writes German September short with its dot', SEP_5, 'month-year-short', 'de-DE', 'Sep. 2016'],
  ['writes a Russian month with a day in the genitive', SEP_5, 'day-month-year', 'ru-RU', '5 сентября 2016 г.'],
  ['writes Persian months in full where a style asks for a short one', SEP_5, 'day-month-short', 'fa-IR', '۵ سپتامبر'],
  ['writes a year before 1 as its year of the era, with the era, in Arabic', utcYear(-43, 3, 15), 'day-month-year', 'ar-EG', '١٥ مارس ٤٤ ق.م'],
  ['writes a year before 1 with the era in Turkish, before it', utcYear(-299, 1, 1), 'year', 'tr-TR', 'MÖ 300'],
  ['writes a year before 1 without the era when asked', utcYear(-43, 3, 15), 'day-month-year', 'fr-FR', '15 mars 44', false],
  // The dates are EDTF, in the proleptic Gregorian calendar: "2017" must not come out as the Persian 1395 (which
  // runs from March 2016 to March 2017), nor 18 January as 29 Dey.
  ['writes the Gregorian year where the locale’s own calendar is another (fa-IR)', JAN_18, 'year', 'fa-IR', '۲۰۱۷'],
  ['finds a date locale by its language for another region (fr-CA)', JAN_18, 'month-year', 'fr-CA', 'janvier 2017'],
  ['finds a date locale whatever the case of the tag (DE-de)', JAN_18, 'day-month-year', 'DE-de', '18. Januar 2017'],
  ['writes British English for a language with no date locale registered (ja-JP)', JAN_18, 'day-month-year', 'ja-JP', '18 January 2017'],
  ['writes American English with the month first (en-US)', JAN_18, 'day-month-year', 'en-US', 'January 18, 2017'],
  ['writes a short American date with the month first (en-US)', JAN_18, 'day-month-year-short', 'en-US', 'Jan 18, 2017'],
  ['writes an American month and year as the British do (en-US)', JAN_18, 'month-year', 'en-US', 'January 2017'],
  ['writes British English for another English with no date locale of its own (en-IE)', JAN_18, 'day-month-year', 'en-IE', '18 January 2017'],
  ['writes English months in the locale’s digits where no date locale is registered', JAN_18, 'day-month-year', 'th-TH-u-nu-thai', '๑๘ January ๒๐๑๗'],
  ['writes British English for a tag Intl rejects', JAN_18, 'day-month-year', 'not a tag!', '18 January 2017'],
];

describe('formatUtcDate() in British English', () => {
  for (const [style, january, september] of styleCases) {
    it(`formatUtcDate() writes 18 January 2017 in style ${style} as '${january}' in en-GB`, () => {
      expect(formatUtcDate(JAN_18, style, 'en-GB')).to.equal(january);
    });
    it(`formatUtcDate() writes 5 September 2016 in style ${style} as '${september}' in en-GB`, () => {
      expect(formatUtcDate(SEP_5, style, 'en-GB')).to.equal(september);
    });
  }

  for (const [name, ms, style, expected] of britishCases) {
    it(`formatUtcDate() ${name}`, () => {
      expect(formatUtcDate(ms, style, 'en-GB')).to.equal(expected);
    });
  }

  it('formatUtcDate() has the styles of the table above, in its order', () => {
    expect(styleCases.map(([style]) => style)).to.deep.equal(DATE_STYLES);
  });

  it('formatUtcDate() writes British English by default', () => {
    expect(DEFAULT_DATE_LOCALE).to.equal('en-GB');
    for (const [style, expected] of styleCases) expect(formatUtcDate(JAN_18, style)).to.equal(expected);
  });

  it('formatUtcDate() writes the twelve short months of en-GB in three letters', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatUtcDate(utc(2016, i + 1, 15), 'month-short'));
    expect(months.join(' ')).to.equal('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
  });

  it('formatUtcDate() writes every day of 2010–2019 as its UTC date at 00:30 and at 23:30 UTC', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    // More dates than formatUtcDate keeps, so that some are written after its cache was emptied.
    for (let ms = utc(2010); ms < utc(2020); ms += 86_400_000) {
      const day = new Date(ms);
      const expected = `${day.getUTCDate()} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
      for (const minutes of [30, 23 * 60 + 30]) {
        expect(formatUtcDate(ms + minutes * 60_000, 'day-month-year', 'en-GB'), `${minutes} min after ${expected}`).to.equal(expected);
      }
    }
  });

  it('formatUtcDate() throws a RangeError for a time that is not a number', () => {
    expect(() => formatUtcDate(NaN, 'year')).to.throw(RangeError);
  });

  it('formatNumber() writes en-GB whole numbers exactly as this engine’s Intl does', () => {
    const intl = (n: number, grouping: boolean) =>
      new Intl.NumberFormat('en-GB', { useGrouping: grouping, maximumFractionDigits: 20 }).format(n);
    for (const n of [0, 7, -7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -123_456_789, Number.MAX_SAFE_INTEGER, 2.5, 1e21]) {
      for (const grouping of [false, true]) expect(formatNumber(n, 'en-GB', { grouping }), `${n} ${grouping}`).to.equal(intl(n, grouping));
    }
  });
});

describe('registerDateLocale()', () => {
  it('registerDateLocale() gives formatUtcDate() the month names of a language it wrote in English before', () => {
    expect(formatUtcDate(JAN_18, 'month-year', 'it-IT')).to.equal('January 2017');
    registerDateLocale('it-IT', { locale: italian });
    expect(formatUtcDate(JAN_18, 'month-year', 'it-IT')).to.equal('gennaio 2017');
    expect(formatUtcDate(JAN_18, 'month-year', 'it-CH'), 'the same language in another region').to.equal('gennaio 2017');
  });

  it('registerDateLocale() takes patterns for the styles a language writes in its own way', () => {
    registerDateLocale('it-x-test', { locale: italian, patterns: { 'day-month-year': "d 'di' MMMM y" } });
    expect(formatUtcDate(JAN_18, 'day-month-year', 'it-x-test')).to.equal('18 di gennaio 2017');
    expect(formatUtcDate(JAN_18, 'month-year', 'it-x-test'), 'the default pattern').to.equal('gennaio 2017');
    expect(formatUtcDate(JAN_18, 'day-month-year', 'it-IT'), 'the tag registered first').to.equal('18 gennaio 2017');
  });
});

describe('formatUtcDate() with the date locales of the dictionaries', () => {
  before(() => {
    // As loadLocale() registers them: with the dictionary's words for the era.
    for (const [words, dateLocale] of localeCases) registerDateLocale(words.locale, { ...dateLocale, bce: words.bce });
  });

  for (const [words, , expected] of localeCases) {
    DATE_STYLES.forEach((style, i) => {
      it(`formatUtcDate() writes 18 January 2017 in style ${style} as '${expected[i]}' in ${words.locale}`, () => {
        expect(formatUtcDate(JAN_18, style, words.locale)).to.equal(expected[i]);
      });
    });
  }

  it('writes every style in every date locale with the tokens the bundle keeps of date-fns (d, L, M, y) and quoted words', () => {
    const tags = ['en-GB', 'en-US', ...localeCases.map(([words]) => words.locale)];
    expect(tags).to.have.length(9);
    for (const tag of tags) {
      for (const style of DATE_STYLES) {
        const pattern = datePattern(style, tag);
        const tokens = pattern.replace(/'[^']*'/g, '').match(/[A-Za-z]/g) ?? [];
        expect(tokens, `${tag} ${style}: ${pattern}`).to.not.be.empty;
        expect(tokens.filter((token) => !FORMAT_TOKENS.includes(token)), `${tag} ${style}: ${pattern}`).to.deep.equal([]);
      }
    }
  });

  for (const [name, ms, style, locale, expected, era] of otherCases) {
    it(`formatUtcDate() ${name}`, () => {
      expect(formatUtcDate(ms, style, locale, era)).to.equal(expected);
    });
  }
});
