/**
 * A small parser for the subset of EDTF (Extended Date/Time Format, ISO 8601-2) that event dates use.
 *
 * Accepted, with an optional leading `-` on the year and one optional trailing qualifier (`~` approximate,
 * `?` uncertain, `%` both):
 *
 * - `2016`, `2016-12`, `2016-12-05`: a year, a month, a day (years have four digits, `0000` is 1 BCE, `-0299` is
 *   300 BCE);
 * - `Y12017`, `Y-170000`: a year of more than four digits, as far as a `Date` can hold (from `-271820`, which is
 *   271,821 BCE, to `275759`);
 * - `201X` (a decade), `20XX` (a century: 2000–2099), `-201X` (the years -2019 to -2010), `2016-XX` and
 *   `2016-XX-XX` (the year), `2016-12-XX` (the month);
 * - `2016-21` … `2016-24`: spring, summer, autumn, winter (northern, meteorological; winter runs from
 *   December to February of the next year);
 * - `2016-33` … `2016-36`: the four quarters; `2016-40`, `2016-41`: the two halves of the year;
 * - `..`: an open start or end (unless `allowOpen` is false).
 *
 * Everything else (times, intervals with `/`, one-digit months, other X patterns, other sub-year groupings)
 * is rejected with a short reason in plain English.
 */

import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { endOfDay } from 'date-fns/endOfDay';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

/** How much of the calendar a date covers. */
export type Precision = 'day' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** A parsed EDTF date: the stretch of time it covers, how precise it is and how sure. */
export interface EdtfDate {
  kind: 'date';
  /** The input, trimmed. */
  text: string;
  /**
   * The year in ISO astronomical numbering: `0` is 1 BCE, `-44` is 45 BCE. For a decade (`201X`) or a
   * century (`20XX`), its first year (`2010`, `2000`).
   */
  year: number;
  /** The month, 1–12, when the date has one. */
  month?: number;
  /** The day of the month, when the date has one. */
  day?: number;
  /** The sub-year grouping, when given: 21–24 (seasons), 33–36 (quarters), 40–41 (halves). */
  subYear?: number;
  /** How much of the calendar the date covers. */
  precision: Precision;
  /** Whether the date is approximate (`~` or `%`). */
  approximate: boolean;
  /** Whether the date is uncertain (`?` or `%`). */
  uncertain: boolean;
  /** The earliest instant covered, in UTC epoch milliseconds: the start of its first day. */
  minMs: number;
  /** The latest instant covered, in UTC epoch milliseconds: the start of the period after it, minus 1 ms. */
  maxMs: number;
}

/** An open start or end (`..`): unknown, or still going on. */
export interface EdtfOpen {
  kind: 'open';
  text: '..';
}

/** A date or an open end. */
export type EdtfValue = EdtfDate | EdtfOpen;

/** The outcome of {@link parseEdtf}: the value, or a short reason why the text is not a valid date. */
export type EdtfResult = { ok: true; value: EdtfValue } | { ok: false; reason: string };

/** The dates of one event, checked together. */
export interface EventDates {
  /** When the event began or happened. */
  start: EdtfValue;
  /** When a span ended; absent for a point. */
  end?: EdtfValue;
  /** `point` for an event without an end, `span` for one with an end (open or not). */
  kind: 'point' | 'span';
  /** The earliest instant the event may cover, in UTC epoch ms; `-Infinity` for an open start. */
  earliestMs: number;
  /** The latest instant the event may cover, in UTC epoch ms; `Infinity` for an open end. */
  latestMs: number;
}

/** The outcome of {@link parseEventDates}: the dates, or which field is wrong and a short reason why. */
export type EventDatesResult =
  | { ok: true; value: EventDates }
  | { ok: false; field: 'start' | 'end'; reason: string };

const SHAPE = /^(-?)([0-9X]+)(?:-([0-9X]+))?(?:-([0-9X]+))?$/;
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** The first and last month of each sub-year grouping; winter's last month (14) is February of the next year. */
const GROUPINGS: Record<number, { precision: Precision; firstMonth: number; lastMonth: number }> = {
  21: { precision: 'season', firstMonth: 3, lastMonth: 5 },
  22: { precision: 'season', firstMonth: 6, lastMonth: 8 },
  23: { precision: 'season', firstMonth: 9, lastMonth: 11 },
  24: { precision: 'season', firstMonth: 12, lastMonth: 14 },
  33: { precision: 'quarter', firstMonth: 1, lastMonth: 3 },
  34: { precision: 'quarter', firstMonth: 4, lastMonth: 6 },
  35: { precision: 'quarter', firstMonth: 7, lastMonth: 9 },
  36: { precision: 'quarter', firstMonth: 10, lastMonth: 12 },
  40: { precision: 'half', firstMonth: 1, lastMonth: 6 },
  41: { precision: 'half', firstMonth: 7, lastMonth: 12 },
};

/**
 * Parses one EDTF date (see the module comment for the accepted forms).
 *
 * Leading and trailing whitespace is ignored. A failure carries a short reason, such as `month 13` or
 * `February 2017 has 28 days`, to be put in a sentence like "'2016-13' is not a valid date (month 13)".
 *
 * @param text - The EDTF string.
 * @param options.allowOpen - Whether `..` (an open start or end) is accepted; default `true`.
 */
export function parseEdtf(text: string, options: { allowOpen?: boolean } = {}): EdtfResult {
  // Data often arrives as JSON, where a year can slip in as a number.
  if (typeof text !== 'string') return fail('expected a string such as "2016"');
  // Large datasets repeat their dates (100,000 events of six years have at most ~2,200 days), and each date is
  // parsed when it is checked and again when it is laid out: results are kept, frozen, as they are shared.
  const key = options.allowOpen === false ? `!${text}` : text;
  let result = parsed.get(key);
  if (!result) {
    result = parseOnce(text, options);
    if ('value' in result) Object.freeze(result.value);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(key, Object.freeze(result));
  }
  return result;
}

/** Results of {@link parseEdtf} by input (prefixed `!` when open dates are not allowed). */
const parsed = new Map<string, EdtfResult>();
const PARSED_LIMIT = 20_000;

/** A year, a month or a day, with a qualifier or none: most dates, which no check for a mistake below can fail. */
const PLAIN = /^\d{4}(?:-\d\d){0,2}[~?%]?$/;

function parseOnce(text: string, options: { allowOpen?: boolean }): EdtfResult {
  const trimmed = text.trim();
  const last = trimmed[trimmed.length - 1];
  const qualifier = last === '~' || last === '?' || last === '%' ? last : '';
  const body = trimmed.slice(0, trimmed.length - qualifier.length);
  const plain = PLAIN.test(trimmed);
  if (!plain) {
    if (trimmed === '') return fail('empty');
    if (trimmed === '..') {
      return options.allowOpen === false
        ? fail('an open date (..) is not allowed here')
        : { ok: true, value: { kind: 'open', text: '..' } };
    }
    if (/^[\d.X~?%-]*\/[\d.X~?%-]*$/.test(trimmed)) return fail("use a separate start and end instead of '/'");
    if (/\dT\d|\d:\d/.test(trimmed)) return fail('times are not supported, only dates');
    if (/[~?%]$/.test(body)) return fail('only one qualifier (~, ? or %) is allowed');
    if (/[~?%]/.test(body)) return fail('a qualifier (~, ? or %) can only come at the end');
    if (body === '..') return fail('an open date (..) cannot have a qualifier');
  }

  const parsed = parseBody(body, plain);
  if (typeof parsed === 'string') return fail(parsed);
  if (!Number.isFinite(parsed.minMs) || !Number.isFinite(parsed.maxMs)) {
    return fail(`the year ${parsed.year} is out of range: a date can hold the years -271820 (271,821 BCE) to 275759`);
  }
  return {
    ok: true,
    value: {
      kind: 'date',
      text: trimmed,
      ...parsed,
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
    },
  };
}

/**
 * Parses an event's start and optional end together.
 *
 * - Without an end, the event is a point, and its start cannot be open.
 * - With an end, it is a span; start and end cannot both be open.
 * - A span's start may not be later than its end. Imprecise dates may overlap (start `2016`, end `2016-06` is
 *   fine): it is an error only when the start's earliest instant is after the end's latest. The error is
 *   reported on the `end` field, as is the error for both ends open.
 *
 * @param start - The event's `start` (EDTF or `..`).
 * @param end - The event's `end` (EDTF or `..`), if it has one.
 */
export function parseEventDates(start: string, end?: string): EventDatesResult {
  const startResult = parseEdtf(start);
  if (!startResult.ok) return { ok: false, field: 'start', reason: startResult.reason };
  const startValue = startResult.value;

  if (end === undefined) {
    if (startValue.kind === 'open') {
      return { ok: false, field: 'start', reason: 'an event without an end cannot have an open start (..)' };
    }
    // A point is its start: the events of one day share it (the start is shared, see parseEdtf), frozen.
    let point = points.get(startValue);
    if (!point) {
      const value: EventDates = { start: startValue, kind: 'point', earliestMs: startValue.minMs, latestMs: startValue.maxMs };
      point = { ok: true, value: Object.freeze(value) };
      points.set(startValue, Object.freeze(point));
    }
    return point;
  }

  const endResult = parseEdtf(end);
  if (!endResult.ok) return { ok: false, field: 'end', reason: endResult.reason };
  const endValue = endResult.value;
  if (startValue.kind === 'open' && endValue.kind === 'open') {
    return { ok: false, field: 'end', reason: 'start and end cannot both be open (..)' };
  }
  if (startValue.kind === 'date' && endValue.kind === 'date' && startValue.minMs > endValue.maxMs) {
    return { ok: false, field: 'end', reason: `earlier than the start (${startValue.text})` };
  }
  return {
    ok: true,
    value: {
      start: startValue,
      end: endValue,
      kind: 'span',
      earliestMs: startValue.kind === 'open' ? -Infinity : startValue.minMs,
      latestMs: endValue.kind === 'open' ? Infinity : endValue.maxMs,
    },
  };
}

/** The result of {@link parseEventDates} for a point, by its start. */
const points = new WeakMap<EdtfDate, EventDatesResult>();

type ParsedBody = Pick<EdtfDate, 'year' | 'month' | 'day' | 'subYear' | 'precision' | 'minMs' | 'maxMs'>;

/**
 * Reads a date without its qualifier; returns the parts, or a reason why they are invalid. `plain`: the date is a
 * year, a month or a day of digits ({@link PLAIN}), whose parts are read by their place.
 */
function parseBody(body: string, plain: boolean): ParsedBody | string {
  if (plain) return dateOf('', body.slice(0, 4), body.length > 4 ? body.slice(5, 7) : undefined, body.length > 7 ? body.slice(8) : undefined);
  const long = /^Y(-?)(\d+)$/.exec(body);
  if (long) {
    const [, sign, digits] = long;
    if (digits.length <= 4) return `a Y year has more than four digits; write ${sign}${digits.padStart(4, '0')}`;
    return wholeYear(Number(sign + digits));
  }
  const match = SHAPE.exec(body);
  if (!match) return 'expected a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD)';
  // Groups that did not take part are undefined at run time, whatever RegExpExecArray's type says. Read by index: a
  // destructuring would iterate the array.
  return dateOf(match[1] ?? '', match[2] ?? '', match[3], match[4]);
}

/** A date from its sign (`''` or `'-'`) and its year, month and day as written; or a reason why they are invalid. */
function dateOf(sign: string, yearPart: string, monthPart: string | undefined, dayPart: string | undefined): ParsedBody | string {
  if (yearPart.length > 4 && /^\d+$/.test(yearPart)) return `a year of more than four digits starts with Y: Y${sign}${yearPart}`;
  if (yearPart.length !== 4) return 'the year needs four digits';
  if (monthPart !== undefined && monthPart.length !== 2) return 'the month needs two digits';
  if (dayPart !== undefined && dayPart.length !== 2) return 'the day needs two digits';

  // How many digits of the year are X, all of them at its end; undefined when an X is followed by a digit.
  const firstX = yearPart.indexOf('X');
  const unspecified = firstX < 0 ? 0 : /^\d*X+$/.test(yearPart) ? yearPart.length - firstX : undefined;
  if (unspecified === undefined || unspecified > 2) {
    return 'X can only stand for the last one or two digits of the year (201X, 20XX)';
  }
  if (unspecified > 0) {
    if (monthPart !== undefined) return 'a year with X digits cannot have a month';
    const years = unspecified === 1 ? 10 : 100;
    // The years the digits stand for, counted in the sign's direction: -201X is -2019 to -2010.
    const first = sign ? -Number(yearPart.replace(/X/g, '9')) : Number(yearPart.replace(/X/g, '0'));
    const start = utcDate(first);
    return {
      year: first,
      precision: unspecified === 1 ? 'decade' : 'century',
      minMs: start.getTime(),
      maxMs: endOfYear(addYears(start, years - 1)).getTime(),
    };
  }

  if (sign && yearPart === '0000') return 'year 0 has no sign: write 0000';
  const year = Number(sign + yearPart);
  if (monthPart === undefined) return wholeYear(year);

  if (monthPart === 'XX') {
    return dayPart === undefined || dayPart === 'XX' ? wholeYear(year) : 'an unspecified month (XX) cannot have a day';
  }
  if (monthPart.includes('X')) return 'X can only stand for the whole month (2016-XX)';
  const month = Number(monthPart);
  if (month === 0 || (month > 12 && month < 21)) return `month ${month}`;
  if (month > 12) {
    const grouping = GROUPINGS[month];
    if (!grouping) return `sub-year grouping ${month} is not supported`;
    if (dayPart !== undefined) return 'a season, quarter or half-year cannot have a day';
    const start = utcDate(year, grouping.firstMonth);
    return {
      year,
      subYear: month,
      precision: grouping.precision,
      minMs: start.getTime(),
      maxMs: endOfMonth(addMonths(start, grouping.lastMonth - grouping.firstMonth)).getTime(),
    };
  }

  if (dayPart === undefined || dayPart === 'XX') {
    const monthStart = utcDate(year, month);
    return { year, month, precision: 'month', minMs: monthStart.getTime(), maxMs: endOfMonth(monthStart).getTime() };
  }
  if (dayPart.includes('X')) return 'X can only stand for the whole day (2016-12-XX)';
  const day = Number(dayPart);
  if (day === 0) return 'day 0';
  // No month has fewer than 28 days: date-fns counts the days of the month for a later day only.
  const length = day > 28 ? getDaysInMonth(utcDate(year, month)) : 28;
  if (day > length) return `${MONTH_NAMES[month - 1]} ${year} has ${length} days`;
  const dayStart = utcDate(year, month, day);
  return {
    year,
    month,
    day,
    precision: 'day',
    minMs: dayStart.getTime(),
    maxMs: endOfDay(dayStart).getTime(),
  };
}

/** A whole year, from its first instant to its last. */
function wholeYear(year: number): ParsedBody {
  const yearStart = utcDate(year);
  return { year, precision: 'year', minMs: yearStart.getTime(), maxMs: endOfYear(yearStart).getTime() };
}

/**
 * The UTC midnight starting a day of the proleptic Gregorian calendar, as a date whose getters and setters are UTC,
 * so that date-fns reckons months and years in UTC whatever the reader's zone. The year is set with `setFullYear`:
 * the `Date` constructor reads years 0–99 as 1900–1999.
 *
 * It is one date, set again at each call: read it, or hand it to date-fns (whose functions copy the dates they are
 * given), before the next call. A new date for each start took a quarter of the time spent parsing a day.
 */
function utcDate(year: number, month = 1, day = 1): Date {
  midnight.setFullYear(year, month - 1, day);
  return midnight;
}
const midnight = new UTCDateMini(0);

function fail(reason: string): EdtfResult {
  return { ok: false, reason };
}
