/**
 * Import of vis-timeline items (and groups), so a timeline made for vis-timeline can be drawn here from the same
 * data. Format: https://visjs.github.io/vis-timeline/docs/timeline/#items
 */
import { parseEdtf } from './edtf.js';
import { htmlToPlainText } from './plain-text.js';
import { describeValue, isPlainObject, pathKey, quoteText, type ValidationIssue } from './validate.js';

/** The category of `type: 'background'` items that have no group; one with a group goes to "‹group› (background)". */
export const VIS_BACKGROUND_CATEGORY = 'Background';

/** The item fields that are read; any other field is ignored, with one warning for each field name. */
const READ_FIELDS = new Set(['id', 'content', 'start', 'end', 'group', 'type', 'title']);

/** vis-timeline's item types. */
const TYPES = new Set(['box', 'point', 'range', 'background']);

/**
 * Whether `doc` looks like vis-timeline data: an object with an `items` list (and no `events`), or a non-empty list
 * whose first item has a `content` and a `start` and no `title` (an event of ours has a title and no content;
 * vis items with a `title` in a bare list need `format="vis"`).
 *
 * @param doc - Parsed JSON.
 */
export function isVisItems(doc: unknown): boolean {
  if (Array.isArray(doc)) {
    const first: unknown = doc[0];
    if (!isPlainObject(first)) return false;
    return Object.hasOwn(first, 'content') && Object.hasOwn(first, 'start') && !Object.hasOwn(first, 'title');
  }
  return isPlainObject(doc) && Array.isArray(doc.items) && !Object.hasOwn(doc, 'events');
}

/**
 * Maps vis-timeline items to plain event objects, to be checked by {@link validateEvents}. Nothing is dropped here:
 * what cannot be mapped is passed on for the validator to report, so `rows[i]` is item `i`.
 *
 * The input is a list of items, or `{ items, groups }`; in JavaScript, `items` and `groups` may also be vis-data
 * `DataSet`s or `DataView`s (read once, with `get()`).
 *
 * - `content` → `title`, reduced from HTML to one line of plain text ({@link htmlToPlainText}); a number is
 *   written as text. An item with no text takes its `title` (tooltip) as title; a background item with neither
 *   takes the name of its lane.
 * - `title` (the tooltip) → `summary`, as plain text, unless it is the title again. One that is not a text (an
 *   element) is ignored with a warning.
 * - `start`, `end`: a `Date` (or an object with `toDate()`, such as a moment), epoch milliseconds, or an ISO 8601
 *   text (`2016-12-22`, `2016-12-22T14:30:00Z`, `2016-12-22 14:30`, `+002016-12-22`). Dates are kept to the day:
 *   the time of day is dropped. An instant (a `Date` or a number) is read as its UTC day, except one at local
 *   midnight but not at UTC midnight (as `new Date(2016, 11, 22)` makes), which is read as its local day. A text
 *   keeps the day it is written with, whatever its time and offset. vis-timeline's `end` is the instant an item
 *   stops, and ours is the last day it covers: an end at midnight (a date without a time, or 00:00) after the
 *   start closes the day before (`2016-12-22` to `2016-12-24` covers the 22nd and 23rd). Any other text is read as
 *   one of our EDTF dates (`2016`, `2016-12`, `2016~`), and anything else is passed on for the validator to judge.
 * - `group` → `category`: the name of the group of that id in `groups` (its `content` as plain text), or else the
 *   group id as text.
 * - `type: 'background'` → a span in a lane of its own: "‹group› (background)", or {@link VIS_BACKGROUND_CATEGORY}
 *   without a group. `box` and `point` are moments: an `end` is ignored with a warning, as vis-timeline draws them
 *   at their start. An unknown type is ignored with a warning.
 * - `id` → `id` (a number as text).
 * - Any other field (`subgroup`, `className`, `style`, `editable`, `selectable`, `align`, `limitSize`…) is ignored,
 *   with one warning for each field name, at the first item that has it. Groups are read for their `id` and
 *   `content` only.
 *
 * A value that is neither a list nor an object with an `items` list gives one issue at index -1 and no rows.
 * Issue codes: `unknown-field` (one issue per field name), `wrong-type` (a tooltip that is not a text),
 * `unknown-item-type`, `ignored-end` (the end of a box or point), and `invalid-input` for the whole input.
 *
 * @param input - vis-timeline items: a list, or `{ items, groups }`.
 * @returns The rows, and warnings about items (fields ignored).
 */
export function fromVisItems(input: unknown): { rows: unknown[]; issues: ValidationIssue[] } {
  const wrapped = isPlainObject(input);
  const items = readList(wrapped ? input.items : input);
  if (items === undefined) {
    const got = wrapped ? "an object without an 'items' list" : describeValue(input);
    const message = `events: expected vis-timeline items (a list, or an object with an 'items' list), but got ${got}`;
    return { rows: [], issues: [{ index: -1, code: 'invalid-input', path: 'events', message, skipped: true }] };
  }
  const groupNames = readGroupNames(wrapped ? input.groups : undefined);

  const issues: ValidationIssue[] = [];
  const ignored = new Map<string, { index: number; count: number }>();
  const rows = items.map((item, index) => {
    if (!isPlainObject(item)) return item;
    for (const key of Object.keys(item)) {
      if (READ_FIELDS.has(key)) continue;
      const seen = ignored.get(key);
      if (seen) seen.count++;
      else ignored.set(key, { index, count: 1 });
    }
    return itemToRow(item, index, groupNames, issues);
  });
  for (const [key, { index, count }] of ignored) {
    const path = `events[${index}]${pathKey(key)}`;
    const where = count === 1 ? 'this item' : `all ${count} items that have it`;
    const message = `${path}: this field of vis-timeline items is not used here, so it is ignored in ${where}`;
    issues.push({ index, code: 'unknown-field', path, message, skipped: false });
  }
  issues.sort((a, b) => a.index - b.index);
  return { rows, issues };
}

/** A list, or what a vis-data `DataSet` or `DataView` holds; undefined for anything else. */
function readList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null || isPlainObject(value)) return undefined;
  const get: unknown = (value as { get?: unknown }).get;
  if (typeof get !== 'function') return undefined;
  try {
    const all: unknown = get.call(value);
    return Array.isArray(all) ? all : undefined;
  } catch {
    return undefined;
  }
}

/** The lane name of each group, by its id as text: its content as plain text, or else its id. */
function readGroupNames(groups: unknown): Map<string, string> {
  const names = new Map<string, string>();
  for (const group of readList(groups) ?? []) {
    if (!isPlainObject(group) || !isId(group.id)) continue;
    const name = typeof group.content === 'string' ? oneLine(htmlToPlainText(group.content)) : '';
    names.set(String(group.id), name !== '' ? name : String(group.id));
  }
  return names;
}

/** One item as a row of ours; its warnings go to `issues`. */
function itemToRow(
  item: Record<string, unknown>,
  index: number,
  groupNames: Map<string, string>,
  issues: ValidationIssue[],
): Record<string, unknown> {
  const at = `events[${index}]`;
  const warn = (code: string, path: string, message: string) =>
    issues.push({ index, code, path, message: `${path}: ${message}`, skipped: false });
  const row: Record<string, unknown> = {};

  if (isId(item.id)) row.id = String(item.id);
  else if (item.id !== undefined && item.id !== null) row.id = item.id;

  let type = typeof item.type === 'string' ? item.type.trim().toLowerCase() : undefined;
  if (item.type !== undefined && item.type !== null && (type === undefined || !TYPES.has(type))) {
    const what = typeof item.type === 'string' ? quoteText(item.type) : describeValue(item.type);
    const types = 'box, point, range or background';
    warn('unknown-item-type', `${at}.type`, `${what} is not a vis-timeline item type (${types}), so it is ignored`);
    type = undefined;
  }

  const group = isId(item.group) ? String(item.group) : undefined;
  const lane = group === undefined ? undefined : (groupNames.get(group) ?? group);
  const category = type === 'background' ? (lane === undefined ? VIS_BACKGROUND_CATEGORY : `${lane} (background)`) : lane;
  if (category !== undefined) row.category = category;

  const content = isId(item.content) && typeof item.content === 'number' ? String(item.content) : plain(item.content);
  const tooltip = plain(item.title);
  if (item.title !== undefined && item.title !== null && typeof item.title !== 'string') {
    warn('wrong-type', `${at}.title`, `expected a text, but got ${describeValue(item.title)}, so the tooltip is ignored`);
  }
  if (typeof content === 'string' && content !== '') row.title = content;
  else if (typeof tooltip === 'string' && tooltip !== '') row.title = tooltip;
  else if (type === 'background' && typeof category === 'string') row.title = category;
  else if (content !== undefined && content !== null) row.title = content;
  if (typeof tooltip === 'string' && tooltip !== '' && tooltip !== row.title) row.summary = tooltip;

  const start = readDate(item.start);
  if (start !== undefined) row.start = start.text;
  let end = readDate(item.end);
  if (end !== undefined && (type === 'box' || type === 'point')) {
    warn('ignored-end', `${at}.end`, `a '${type}' item is drawn at its start, so its end is ignored`);
    end = undefined;
  }
  if (end?.midnight && end.day !== undefined && startsBefore(row.start, end.day)) row.end = formatDay(end.day - 1);
  else if (end !== undefined) row.end = end.text;
  return row;
}

/** Whether a value can be an id: a text or a finite number. */
function isId(value: unknown): value is string | number {
  return typeof value === 'string' ? value.trim() !== '' : typeof value === 'number' && Number.isFinite(value);
}

/**
 * A date as we write it. `day` (days since 1970-01-01 in the proleptic Gregorian calendar) and `midnight` (whether
 * the value is the very start of that day) are set when the value names a day; `text` is passed on otherwise.
 */
interface ReadDate {
  text: unknown;
  day?: number;
  midnight?: boolean;
}

const MS_PER_DAY = 86_400_000;

/** An ISO 8601 date, with an optional time (after `T` or a space) and offset, as `Date.parse` reads them. */
const ISO_DATE =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A vis-timeline date as our date; undefined for no date (absent, null, empty text). */
function readDate(value: unknown): ReadDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    const match = ISO_DATE.exec(text);
    if (!match) return { text };
    const [, year, month, day, hours = '0', minutes = '0', seconds = '0', fraction = '0'] = match;
    if (Number(hours) > 24 || Number(minutes) > 59 || Number(seconds) > 60) return { text };
    const written = `${formatYear(Number(year))}-${month}-${day}`;
    let dayNumber = daysFromCivil(Number(year), Number(month), Number(day));
    // A day that does not exist (`2016-02-30`, month 13) is passed on, for the validator to say why.
    if (formatDay(dayNumber) !== written) return { text: written };
    const midnight = [minutes, seconds, fraction].every((part) => Number(part) === 0) && [0, 24].includes(Number(hours));
    if (Number(hours) === 24) {
      if (!midnight) return { text };
      dayNumber++;
    }
    return { text: formatDay(dayNumber), day: dayNumber, midnight };
  }
  const ms = instantMs(value);
  if (ms === undefined) return { text: value };
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return { text: typeof value === 'number' ? value : 'Invalid Date' };
  const date = new Date(ms);
  const utcMidnight = ms % MS_PER_DAY === 0;
  const localMidnight = date.getHours() + date.getMinutes() + date.getSeconds() + date.getMilliseconds() === 0;
  const dayNumber =
    !utcMidnight && localMidnight
      ? daysFromCivil(date.getFullYear(), date.getMonth() + 1, date.getDate())
      : Math.floor(ms / MS_PER_DAY);
  return { text: formatDay(dayNumber), day: dayNumber, midnight: utcMidnight || localMidnight };
}

/** The epoch ms of a `Date`, a number, or an object with `toDate()` (moment, Day.js); undefined for anything else. */
function instantMs(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    if (Object.prototype.toString.call(value) === '[object Date]') return Date.prototype.getTime.call(value);
    const toDate: unknown = (value as { toDate?: unknown }).toDate;
    if (typeof toDate !== 'function') return undefined;
    const date: unknown = toDate.call(value);
    return Object.prototype.toString.call(date) === '[object Date]' ? Date.prototype.getTime.call(date) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a start we wrote begins before the day `day` (a start that is not a valid date does not). */
function startsBefore(start: unknown, day: number): boolean {
  if (typeof start !== 'string') return false;
  const parsed = parseEdtf(start);
  return parsed.ok && parsed.value.kind === 'date' && parsed.value.minMs < day * MS_PER_DAY;
}

/** Days since 1970-01-01 of a day of the proleptic Gregorian calendar (month 1–12); H. Hinnant's algorithm. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A day (days since 1970-01-01) as EDTF `YYYY-MM-DD`: `2016-12-22`, `-0044-03-15`. */
function formatDay(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatYear(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A year as EDTF's four digits (`-44` → `-0044`); one past 9999 gets six digits and a sign, as ISO 8601 writes it. */
function formatYear(year: number): string {
  const digits = Math.abs(year) > 9999 ? 6 : 4;
  return (year < 0 ? '-' : digits === 6 ? '+' : '') + String(Math.abs(year)).padStart(digits, '0');
}

/** HTML text as one line of plain text; a value that is not a text is passed on unchanged. */
function plain(value: unknown): unknown {
  return typeof value === 'string' ? oneLine(htmlToPlainText(value)) : value;
}

function oneLine(text: string): string {
  return text.replace(/\n/g, ' ');
}
