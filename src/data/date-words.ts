import type { EdtfDate, EdtfValue, EventDates, Precision } from './edtf.js';
import { DEFAULT_DATE_LOCALE, formatNumber, formatUtcDate } from './format-date.js';

/**
 * Every word and template the date descriptions use, so that a translation is one object.
 *
 * Templates hold `{name}` placeholders. Days and months are written by {@link formatUtcDate} in {@link locale},
 * always in UTC so that no browser time zone can shift a calendar date.
 */
export interface DateWords {
  /**
   * The BCP 47 locale that days, months and digits are written in: `en-GB` for English ("18 January 2017"). Month
   * names come from the date locale registered for it (see `registerDateLocale()`), British English when none is.
   */
  locale: string;
  /** Wraps a year, or a date formatted with its year of the era, that falls before year 1: `{date} BCE`. */
  bce: string;
  /** The `~` qualifier: `approximate`. */
  approximate: string;
  /** The `?` qualifier: `uncertain`. */
  uncertain: string;
  /** The `%` qualifier: `approximate and uncertain`. */
  approximateAndUncertain: string;
  /** The first quarter (`-33`): `early {year}`. */
  early: string;
  /** The second and third quarters (`-34`, `-35`): `mid-{year}`. */
  mid: string;
  /** The last quarter (`-36`): `late {year}`. */
  late: string;
  /** The first half (`-40`): `first half of {year}`. */
  firstHalf: string;
  /** The second half (`-41`): `second half of {year}`. */
  secondHalf: string;
  /** Spring (`-21`, March to May): `spring {year}`. */
  spring: string;
  /** Summer (`-22`, June to August): `summer {year}`. */
  summer: string;
  /** Autumn (`-23`, September to November): `autumn {year}`. */
  autumn: string;
  /** Winter (`-24`, December to February), which spans the new year: `winter {year}–{nextYear}`. */
  winter: string;
  /** A decade (`201X`): `the {decade}s`. */
  decade: string;
  /**
   * A century (`20XX`, the years 2000–2099): `the years {first}–{last}`. Also used for the decade `000X`, which
   * begins in 1 BCE. Not "the 21st century" (2001–2100) nor "the 2000s" (also the decade 2000–2009).
   */
  century: string;
  /** A date with its qualifiers: `{date}, {qualifiers}`. */
  withQualifiers: string;
  /** A span: `{start} to {end}`. */
  to: string;
  /** A span with an open end: `from {start} onward`. */
  onward: string;
  /** A span with an open start: `until {end}`. */
  until: string;
  /**
   * `onward` for a start that is a day, where the language words it apart (French `à partir du {start}`, not `de`);
   * `onward` when absent.
   */
  onwardDay?: string;
  /** `until` for an end that is a day (French `jusqu’au {end}`); `until` when absent. */
  untilDay?: string;
  /** An event whose dates say nothing (no start and no end): `date unknown`. */
  unknown: string;
  /** A span followed by the qualifiers of its ends: `{dates} ({qualifiers})`. */
  spanQualifiers: string;
  /** The qualifiers of a span's start alone: `{qualifiers} start`. */
  startQualifiers: string;
  /** The qualifiers of a span's end alone: `{qualifiers} end`. */
  endQualifiers: string;
  /** The same qualifiers on both ends of a span: `{qualifiers} start and end`. */
  bothQualifiers: string;
  /** Different qualifiers on each end: `{start}, {end}`, from {@link startQualifiers} and {@link endQualifiers}. */
  qualifierList: string;
  /** Each precision as a noun, for a detail panel: `day`, `month`, `half year`… */
  precisions: Record<Precision, string>;
}

/** The English words for dates. */
export const englishDateWords: DateWords = Object.freeze({
  locale: DEFAULT_DATE_LOCALE,
  bce: '{date} BCE',
  approximate: 'approximate',
  uncertain: 'uncertain',
  approximateAndUncertain: 'approximate and uncertain',
  early: 'early {year}',
  mid: 'mid-{year}',
  late: 'late {year}',
  firstHalf: 'first half of {year}',
  secondHalf: 'second half of {year}',
  spring: 'spring {year}',
  summer: 'summer {year}',
  autumn: 'autumn {year}',
  winter: 'winter {year}–{nextYear}',
  decade: 'the {decade}s',
  century: 'the years {first}–{last}',
  withQualifiers: '{date}, {qualifiers}',
  to: '{start} to {end}',
  onward: 'from {start} onward',
  until: 'until {end}',
  unknown: 'date unknown',
  spanQualifiers: '{dates} ({qualifiers})',
  startQualifiers: '{qualifiers} start',
  endQualifiers: '{qualifiers} end',
  bothQualifiers: '{qualifiers} start and end',
  qualifierList: '{start}, {end}',
  precisions: Object.freeze({
    day: 'day',
    month: 'month',
    season: 'season',
    quarter: 'quarter',
    half: 'half year',
    year: 'year',
    decade: 'decade',
    century: 'century',
  }),
});

type SubYearTemplate =
  'spring' | 'summer' | 'autumn' | 'winter' | 'early' | 'mid' | 'late' | 'firstHalf' | 'secondHalf';

const SUB_YEAR_TEMPLATES: Readonly<Record<number, SubYearTemplate>> = {
  21: 'spring',
  22: 'summer',
  23: 'autumn',
  24: 'winter',
  33: 'early',
  34: 'mid',
  35: 'mid',
  36: 'late',
  40: 'firstHalf',
  41: 'secondHalf',
};

/**
 * The date alone, in words: `18 January 2017`, `January 2017`, `2012`, `early 2016` (quarter 33), `mid-2016`
 * (34 and 35), `late 2016` (36), `first half of 2016` (40), `second half of 2016` (41), `spring 2016`,
 * `winter 2016–2017` (winter spans the new year), `the 2010s` (`201X`), `the years 2000–2099` (`20XX`).
 *
 * Years before 1 are written BCE: year 0 is `1 BCE`, year -43 (`-0043`) is `44 BCE`.
 */
export function describeDate(value: EdtfDate, words: DateWords = englishDateWords): string {
  const year = describeYear(value.year, words);
  switch (value.precision) {
    case 'day':
      return formatDate(value, 'day-month-year', words);
    case 'month':
      return formatDate(value, 'month-year', words);
    case 'decade':
      return value.year > 0
        ? fill(words.decade, { decade: year })
        : fill(words.century, { first: year, last: describeYear(value.year + 9, words) });
    case 'century':
      return fill(words.century, { first: year, last: describeYear(value.year + 99, words) });
    case 'season':
    case 'quarter':
    case 'half': {
      const template = value.subYear === undefined ? undefined : SUB_YEAR_TEMPLATES[value.subYear];
      if (!template) return year;
      return fill(words[template], { year, nextYear: describeYear(value.year + 1, words) });
    }
    case 'year':
      return year;
  }
}

/** The qualifiers in words: `''`, `approximate`, `uncertain` or `approximate and uncertain`; `''` for `..`. */
export function describeQualifiers(value: EdtfValue, words: DateWords = englishDateWords): string {
  if (value.kind === 'open') return '';
  if (value.approximate && value.uncertain) return words.approximateAndUncertain;
  if (value.approximate) return words.approximate;
  if (value.uncertain) return words.uncertain;
  return '';
}

/** One date with its qualifiers: `late 2016, approximate`, `18 January 2017`, `January 2012, uncertain`. */
export function describeDateWithQualifiers(value: EdtfDate, words: DateWords = englishDateWords): string {
  const date = describeDate(value, words);
  const qualifiers = describeQualifiers(value, words);
  return qualifiers ? fill(words.withQualifiers, { date, qualifiers }) : date;
}

/**
 * An event's date in words, from `parseEventDates()`.
 *
 * A point reads as {@link describeDateWithQualifiers}: `late 2016, approximate`. A span reads `2011 to 2013`,
 * `from 2011 onward` (open end) or `until 2013` (open start); a span whose ends read the same is written once
 * (`2016`). The qualifiers of a span's ends follow in parentheses, naming the end they belong to:
 * `March 2011 to late 2016 (approximate end)`, `2011 to 2013 (uncertain start and end)`,
 * `2011 to 2013 (approximate start, uncertain end)`. Dates that `parseEventDates()` rejects for being open on
 * every side read as `date unknown`.
 */
export function describeEventDates(dates: EventDates, words: DateWords = englishDateWords): string {
  const { start, end } = dates;
  if (!end) return start.kind === 'open' ? words.unknown : describeDateWithQualifiers(start, words);
  const text = describeSpan(start, end, words);
  const qualifiers = describeSpanQualifiers(start, end, words);
  return qualifiers ? fill(words.spanQualifiers, { dates: text, qualifiers }) : text;
}

/** The precision as a noun for a detail panel: `day`, `month`, `season`, `quarter`, `half year`, `year`… */
export function describePrecision(p: Precision, words: DateWords = englishDateWords): string {
  return words.precisions[p];
}

/**
 * A year number as written, in the digits of the words' locale (`2012`, `٢٠١٢` in `ar-EG`, `۲۰۱۲` in `fa-IR`) and
 * never grouped (`10000`, not `10,000`); years before 1 in the BCE form (`0` is `1 BCE`).
 */
function describeYear(year: number, words: DateWords): string {
  return year > 0 ? formatNumber(year, words.locale) : fill(words.bce, { date: formatNumber(1 - year, words.locale) });
}

/** Formats a day or month date in UTC; it carries the year of the era, so BCE dates get wrapped. */
function formatDate(value: EdtfDate, style: 'day-month-year' | 'month-year', words: DateWords): string {
  const text = formatUtcDate(value.minMs, style, words.locale, false);
  return value.year > 0 ? text : fill(words.bce, { date: text });
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** A span's dates without their qualifiers: `2011 to 2013`, `from 2011 onward`, `until 2013`. */
function describeSpan(start: EdtfValue, end: EdtfValue, words: DateWords): string {
  const isDay = (value: EdtfValue) => value.kind === 'date' && value.precision === 'day';
  if (start.kind === 'open') {
    if (end.kind === 'open') return words.unknown;
    return fill((isDay(end) && words.untilDay) || words.until, { end: describeDate(end, words) });
  }
  if (end.kind === 'open') return fill((isDay(start) && words.onwardDay) || words.onward, { start: describeDate(start, words) });
  const startText = describeDate(start, words);
  const endText = describeDate(end, words);
  return startText === endText ? startText : fill(words.to, { start: startText, end: endText });
}

/** The qualifiers of a span's ends, each named: `approximate end`, `uncertain start and end`, or `''`. */
function describeSpanQualifiers(start: EdtfValue, end: EdtfValue, words: DateWords): string {
  const startQualifiers = describeQualifiers(start, words);
  const endQualifiers = describeQualifiers(end, words);
  if (startQualifiers && startQualifiers === endQualifiers) {
    return fill(words.bothQualifiers, { qualifiers: startQualifiers });
  }
  const startPart = startQualifiers && fill(words.startQualifiers, { qualifiers: startQualifiers });
  const endPart = endQualifiers && fill(words.endQualifiers, { qualifiers: endQualifiers });
  return startPart && endPart ? fill(words.qualifierList, { start: startPart, end: endPart }) : startPart || endPart;
}
