import { expect } from '@open-wc/testing';
import { registerDateLocale } from '../src/data/format-date.js';
import * as ar from '../src/i18n/ar.js';
import * as fr from '../src/i18n/fr.js';
import { formatRange } from '../src/layout/range-words.js';

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
