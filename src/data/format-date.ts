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

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Writes the UTC calendar date of `ms` (epoch ms) in `style`, in the words and digits of `locale` (BCP 47), with the
 * browser's own `Intl` data: every locale and numbering system is there, and none of it is shipped in the bundle.
 * The time zone is always UTC, so no reader's zone can move a date to the day before, and the calendar is always
 * Gregorian, as EDTF dates are, whatever the locale's default (fa-IR, th-TH). Years before 1 come out as their year
 * of the era (44 for 44 BCE); callers add the era. Formatters are made once per locale and style: a timeline writes
 * thousands of dates per second while it zooms.
 */
export function formatUtcDate(ms: number, style: DateStyle, locale: string = DEFAULT_DATE_LOCALE): string {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { ...OPTIONS[style], timeZone: 'UTC', calendar: 'gregory' };
    try {
      formatter = new Intl.DateTimeFormat(locale, options);
    } catch {
      // Not a well-formed language tag: write the date in the default locale rather than not at all.
      formatter = new Intl.DateTimeFormat(DEFAULT_DATE_LOCALE, options);
    }
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

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
  const key = `${locale}|${grouping}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    const numberOptions: Intl.NumberFormatOptions = { useGrouping: grouping, maximumFractionDigits: 20 };
    try {
      formatter = new Intl.NumberFormat(locale, numberOptions);
    } catch {
      // Not a well-formed language tag: write the number in the default locale rather than not at all.
      formatter = new Intl.NumberFormat(DEFAULT_DATE_LOCALE, numberOptions);
    }
    numberFormatters.set(key, formatter);
  }
  return formatter.format(n);
}
