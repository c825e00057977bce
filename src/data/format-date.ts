import { UTCDateMini } from '@date-fns/utc/date/mini';
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { enGB } from 'date-fns/locale/en-GB';
import { formatNumber } from './numbers.js';

export { formatNumber, isSingular } from './numbers.js';

/** Every {@link DateStyle}, from the year alone to the day, month and year. */
export const DATE_STYLES = [
  'year',
  'month',
  'month-short',
  'month-year',
  'month-year-short',
  'day-month-short',
  'day-month-year',
  'day-month-year-short',
] as const;

/** The ways a calendar date is written: the parts shown and how long the month name is. */
export type DateStyle = (typeof DATE_STYLES)[number];

/** The locale dates are written in when none is given: British English ("18 January 2017"). */
export const DEFAULT_DATE_LOCALE = 'en-GB';

/**
 * The month names of one language for {@link formatUtcDate}, and the patterns of the styles it writes in another
 * order or with other words than the default ones.
 */
export interface DateLocale {
  /** The date-fns locale that holds the month names, such as `fr` from `date-fns/locale/fr`. */
  locale: Locale;
  /**
   * date-fns `format` patterns for the styles this language writes differently, such as German
   * `{ 'day-month-year': 'd. MMMM y' }` for "18. Januar 2017". The other styles use the default patterns:
   * `y`, `LLLL`, `LLL`, `LLLL y`, `LLL y`, `d MMM`, `d MMMM y` and `d MMM y`.
   */
  patterns?: Partial<Record<DateStyle, string>>;
  /** How a date before year 1 is written, `{date}` standing for it (`{date} av. J.-C.`); default `{date} BCE`. */
  bce?: string;
}

/**
 * The date-fns pattern of each style. Month names alone and with a year alone are the standalone forms (`LLLL`),
 * which differ from the forms used with a day (`MMMM`) in languages such as Russian ("январь 2017", "18 января
 * 2017"). `y` writes the year of the era without padding: 44 for 44 CE and for 44 BCE alike.
 */
const PATTERNS: Readonly<Record<DateStyle, string>> = {
  year: 'y',
  month: 'LLLL',
  'month-short': 'LLL',
  'month-year': 'LLLL y',
  'month-year-short': 'LLL y',
  'day-month-short': 'd MMM',
  'day-month-year': 'd MMMM y',
  'day-month-year-short': 'd MMM y',
};

/**
 * The date-fns format tokens that the patterns above and those of the dictionaries use. The bundle keeps date-fns's
 * formatters for these tokens alone (scripts/build.mjs reads this list), and a test checks every pattern against it.
 *
 * @internal Shared with the build and the tests; not part of the package's API.
 */
export const FORMAT_TOKENS: readonly string[] = ['d', 'L', 'M', 'y'];

/**
 * The date-fns pattern that {@link formatUtcDate} writes `style` with for `locale`.
 *
 * @internal Exported for the tests; not part of the package's API.
 */
export function datePattern(style: DateStyle, locale: string = DEFAULT_DATE_LOCALE): string {
  return patternIn(findDateLocale(locale), style);
}

/** The pattern of `style` in `dateLocale`: its own, else the default one. */
const patternIn = (dateLocale: DateLocale, style: DateStyle): string => dateLocale.patterns?.[style] ?? PATTERNS[style];

const BRITISH: DateLocale = { locale: enGB };

/** American English: the same month names, the month before the day ("January 18, 2017"). */
const AMERICAN: DateLocale = {
  locale: enGB,
  patterns: { 'day-month-short': 'MMM d', 'day-month-year': 'MMMM d, y', 'day-month-year-short': 'MMM d, y' },
};

/** The registered date locales by lower-case BCP 47 tag, and by language for the first tag of each language. */
const dateLocales = new Map<string, DateLocale>([
  [DEFAULT_DATE_LOCALE.toLowerCase(), BRITISH],
  ['en-us', AMERICAN],
]);

/** Dates already written, by `ms|style|locale`: a timeline writes the same tick labels in every frame of a zoom. */
const formatted = new Map<string, string>();

/**
 * The first instant of year 1 (1 CE), in UTC epoch ms: dates before it are BCE.
 *
 * @internal Shared with the axis; not part of the package's API.
 */
export const FIRST_CE_MS = -62_135_596_800_000;
const FORMATTED_LIMIT = 5_000;

/**
 * Makes the month names and patterns of `dateLocale` the ones {@link formatUtcDate} writes for `tag` (BCP 47), and
 * for every other tag of its language that has none of its own: registering `fr-FR` serves `fr-CA` as well.
 * British and American English are built in; `loadLocale()` registers the date locale of each dictionary it loads. Dates in a
 * locale with nothing registered are written with English month names, in the locale's digits.
 */
export function registerDateLocale(tag: string, dateLocale: DateLocale): void {
  const key = tag.toLowerCase();
  dateLocales.set(key, dateLocale);
  const language = languageOf(key);
  if (!dateLocales.has(language)) dateLocales.set(language, dateLocale);
  formatted.clear();
}

/**
 * Writes the UTC calendar date of `ms` (epoch ms) in `style`, with the month names of the date locale registered for
 * `locale` (BCP 47; see {@link registerDateLocale}): the exact tag, else its language, else British English. The
 * digits are the locale's own, as `Intl` writes them (`١٨ يناير ٢٠١٧` in `ar-EG`, `۲۰۱۷` in `fa-IR`). The date is
 * always read in UTC, so no reader's zone can move it to the day before, and in the proleptic Gregorian calendar,
 * as EDTF dates are, whatever the locale's own calendar. Years before 1 come out as their year of the era with the
 * locale's words for the era when the style writes the year (`44 BCE`, `300 av. J.-C.`; see {@link DateLocale.bce}), or without them when `era` is
 * false. Results are kept: a timeline writes thousands of dates per second while it zooms.
 *
 * @throws {RangeError} When `ms` is not a valid time value.
 */
export function formatUtcDate(ms: number, style: DateStyle, locale: string = DEFAULT_DATE_LOCALE, era = true): string {
  const key = `${ms}|${style}|${locale}|${era}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const dateLocale = findDateLocale(locale);
    const pattern = patternIn(dateLocale, style);
    text = format(new UTCDateMini(ms), pattern, { locale: dateLocale.locale });
    const digits = localeDigits(locale);
    if (digits) text = text.replace(/[0-9]/g, (digit) => digits[Number(digit)]);
    // The era goes with the year: a month alone ("Apr") has none.
    if (era && ms < FIRST_CE_MS && pattern.includes('y')) text = (dateLocale.bce ?? '{date} BCE').replace('{date}', text);
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** The date locale registered for `tag`, else for its language, else British English. */
function findDateLocale(tag: string): DateLocale {
  const key = tag.toLowerCase();
  return dateLocales.get(key) ?? dateLocales.get(languageOf(key)) ?? BRITISH;
}

/** The primary language subtag of a lower-case tag: `fr` for `fr-ca`, `de` for `de_ch`. */
function languageOf(tag: string): string {
  return tag.split(/[-_]/, 1)[0];
}

/** The digits 0–9 of each locale, or `null` where they are the Latin ones. */
const digitsByLocale = new Map<string, readonly string[] | null>();

/**
 * The digits 0–9 as `Intl` writes them in `locale` (`٠`–`٩` in `ar-EG`, `۰`–`۹` in `fa-IR`), or `null` for Latin
 * digits: date-fns writes Latin digits only, and has no data on numbering systems.
 */
function localeDigits(locale: string): readonly string[] | null {
  let digits = digitsByLocale.get(locale);
  if (digits === undefined) {
    const written = Array.from({ length: 10 }, (_, digit) => formatNumber(digit, locale));
    digits = written.join('') === '0123456789' ? null : written;
    digitsByLocale.set(locale, digits);
  }
  return digits;
}
