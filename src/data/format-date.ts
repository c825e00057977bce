/** The ways a calendar date is written: the parts shown and how long the month name is. */
export type DateStyle =
  | 'year'
  | 'month'
  | 'month-short'
  | 'month-year'
  | 'month-year-short'
  | 'day-month-short'
  | 'day-month-year'
  | 'day-month-year-short';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long' },
  'month-short': { month: 'short' },
  'month-year': { month: 'long', year: 'numeric' },
  'month-year-short': { month: 'short', year: 'numeric' },
  'day-month-short': { day: 'numeric', month: 'short' },
  'day-month-year': { day: 'numeric', month: 'long', year: 'numeric' },
  'day-month-year-short': { day: 'numeric', month: 'short', year: 'numeric' },
};

/** The locale dates are written in when none is given: British English ("18 January 2017"). */
export const DEFAULT_DATE_LOCALE = 'en-GB';

/**
 * The styles in British English, written without `Intl` for years 1000–9999: `y` year, `M` month, `m` short month,
 * `d` day. A page's first `Intl.DateTimeFormat` loads the locale data, which costs more than the rest of a small
 * timeline's first render, and English is the default. A test keeps these identical to `Intl`'s `en-GB` in every
 * engine.
 */
const BRITISH: Record<DateStyle, string> = {
  year: 'y',
  month: 'M',
  'month-short': 'm',
  'month-year': 'M y',
  'month-year-short': 'm y',
  'day-month-short': 'd m',
  'day-month-year': 'd M y',
  'day-month-year-short': 'd m y',
};
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules;

const formatters = new Map<string, Formatter>();

/**
 * An Intl formatter (or plural rules) for `locale` and `options`, made once and kept. A tag that Intl rejects (not well formed) falls
 * back to {@link DEFAULT_DATE_LOCALE}: the text is written in English rather than not at all.
 */
function formatter<T extends Formatter>(
  make: new (locale: string, options: object) => T,
  locale: string,
  key: string,
  options: () => object,
): T {
  let cached = formatters.get(`${key}|${locale}`) as T | undefined;
  if (!cached) {
    try {
      cached = new make(locale, options());
    } catch {
      cached = new make(DEFAULT_DATE_LOCALE, options());
    }
    formatters.set(`${key}|${locale}`, cached);
  }
  return cached;
}

/**
 * Writes the UTC calendar date of `ms` (epoch ms) in `style`, in the words and digits of `locale` (BCP 47), with the
 * browser's own `Intl` data: every locale and numbering system is there, and none of it is shipped in the bundle.
 * The time zone is always UTC, so no reader's zone can move a date to the day before, and the calendar is always
 * Gregorian, as EDTF dates are, whatever the locale's default (fa-IR, th-TH). Years before 1 come out as their year
 * of the era (44 for 44 BCE); callers add the era. Formatters are made once per locale and style: a timeline writes
 * thousands of dates per second while it zooms.
 */
export function formatUtcDate(ms: number, style: DateStyle, locale: string = DEFAULT_DATE_LOCALE): string {
  if (locale === DEFAULT_DATE_LOCALE) {
    const date = new Date(ms);
    const year = date.getUTCFullYear();
    if (year >= 1000 && year <= 9999) {
      const month = MONTHS[date.getUTCMonth()];
      const part = { y: year, M: month, m: month === 'September' ? 'Sept' : month.slice(0, 3), d: date.getUTCDate() };
      return BRITISH[style].replace(/[yMmd]/g, (k) => String(part[k as keyof typeof part]));
    }
  }
  const options = () => ({ ...OPTIONS[style], timeZone: 'UTC', calendar: 'gregory' });
  return formatter(Intl.DateTimeFormat, locale, style, options).format(ms);
}

/**
 * Writes the number `n` in the digits of `locale` (BCP 47): `2016` in `en-GB`, `٢٠١٦` in `ar-EG`, `۲۰۱۶` in `fa-IR`.
 * Without grouping by default, as years are written (`2016`, not `2,016`); pass `{ grouping: true }` for counts
 * (`12,345`, `١٢٬٣٤٥`). A tag that `Intl` rejects falls back to {@link DEFAULT_DATE_LOCALE}. Formatters are made once
 * per locale and option.
 */
export function formatNumber(
  n: number,
  locale: string = DEFAULT_DATE_LOCALE,
  options: { grouping?: boolean } = {},
): string {
  const grouping = options.grouping ?? false;
  if (locale === DEFAULT_DATE_LOCALE && Number.isSafeInteger(n)) {
    // As Intl writes it in en-GB; no Intl, for the reason given at BRITISH.
    return grouping ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
  }
  const numberOptions = () => ({ useGrouping: grouping, maximumFractionDigits: 20 });
  return formatter(Intl.NumberFormat, locale, `number|${grouping}`, numberOptions).format(n);
}

/**
 * Whether the number `n` is in the plural category "one" of `locale` (BCP 47), so takes the singular: 1 in English,
 * 0 and 1 in French, 21 in Russian. English tags are answered without `Intl`, for the reason given at BRITISH;
 * plural rules are made once per locale, and a tag that `Intl` rejects falls back to {@link DEFAULT_DATE_LOCALE}.
 */
export function isSingular(n: number, locale: string = DEFAULT_DATE_LOCALE): boolean {
  if (/^en\b/.test(locale)) return n === 1;
  return formatter(Intl.PluralRules, locale, 'plural', () => ({})).select(n) === 'one';
}
