/**
 * Calendar arithmetic for resolving date words, on UTC calendar days with date-fns, and the EDTF strings of the
 * results. A "day" here is a UTCDate at midnight UTC.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { parseEdtf, type EdtfDate } from '../data/edtf.js';

/** Day, month and year units of the words "two days later", "a year ago". */
export type Unit = 'day' | 'week' | 'month' | 'year';

/** The day `year-month-day` (month 1–12), or `undefined` when there is no such day. */
export function makeDay(year: number, month: number, day: number): UTCDate | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const first = new UTCDate(year, month - 1, 1);
  if (day > getDaysInMonth(first)) return undefined;
  return new UTCDate(year, month - 1, day);
}

/** The day an EDTF day string (`2017-01-18`) names, or `undefined` when it is not a valid day. */
export function parseDay(text: string): UTCDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? makeDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2017-01-18` */
export const dayText = (day: Date): string =>
  `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;

/** `2017-01` */
export const monthText = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** `2017` */
export const yearText = (year: number): string => pad(year, 4);

/** The month of a day, as `{ year, month }` with month 1–12. */
export const monthOf = (day: Date) => ({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1 });

/** Moves a day by `count` units (negative goes back). */
export function shift(day: UTCDate, unit: Unit, count: number): UTCDate {
  switch (unit) {
    case 'day':
      return addDays(day, count);
    case 'week':
      return addWeeks(day, count);
    case 'month':
      return addMonths(day, count);
    case 'year':
      return addYears(day, count);
  }
}

/** The Monday that starts the ISO week of `day`. */
export const mondayOf = (day: UTCDate): UTCDate => startOfWeek(day, { weekStartsOn: 1 });

/**
 * The weekday `weekday` (0 Sunday … 6 Saturday) nearest to `day` in one direction: `before` is on or before it,
 * `after` on or after it; `strict` leaves out `day` itself.
 */
export function nearestWeekday(day: UTCDate, weekday: number, direction: 'before' | 'after', strict: boolean): UTCDate {
  const current = day.getUTCDay();
  let delta = direction === 'before' ? (current - weekday + 7) % 7 : (weekday - current + 7) % 7;
  if (delta === 0 && strict) delta = 7;
  return addDays(day, direction === 'before' ? -delta : delta);
}

/** The EDTF string of `value` with the `~` (approximate) qualifier, unless it already has a qualifier or is open. */
export function approximate(value: string): string {
  return value === '..' || /[~?%]$/.test(value) ? value : `${value}~`;
}

/** Whether an EDTF string has the `~` or `%` qualifier. */
export const isApproximate = (value: string): boolean => /[~%]$/.test(value);

/** Parses an EDTF date that this module made (never open, always valid). */
export function edtf(value: string): EdtfDate {
  const result = parseEdtf(value, { allowOpen: false });
  if (!result.ok || result.value.kind !== 'date') throw new Error(`not a date: ${value}`);
  return result.value;
}

/** The first day an EDTF date covers. */
export const firstDay = (value: string): UTCDate => new UTCDate(edtf(value).minMs);

/** The last day an EDTF date covers. */
export function lastDay(value: string): UTCDate {
  const last = new UTCDate(edtf(value).maxMs);
  return new UTCDate(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate());
}

/**
 * The most precise single EDTF date that covers every day from `first` to `last`: the day, the month, the quarter,
 * the half or the year, or `undefined` when the days are in different years.
 */
export function coveringDate(first: UTCDate, last: UTCDate): string | undefined {
  const a = monthOf(first);
  const b = monthOf(last);
  if (a.year !== b.year) return undefined;
  if (dayText(first) === dayText(last)) return dayText(first);
  if (a.month === b.month) return monthText(a.year, a.month);
  const quarter = (m: number) => Math.ceil(m / 3);
  if (quarter(a.month) === quarter(b.month)) return `${yearText(a.year)}-${32 + quarter(a.month)}`;
  const half = (m: number) => (m <= 6 ? 40 : 41);
  if (half(a.month) === half(b.month)) return `${yearText(a.year)}-${half(a.month)}`;
  return yearText(a.year);
}
