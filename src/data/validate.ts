/**
 * Validation of event data from outside (a JSON file, a CSV sheet, a TimelineJS document, a script): every
 * event is checked, fixed where the fix is harmless, and either kept or reported, so nothing is lost silently.
 */
import { parseEdtf, parseEventDates } from './edtf.js';
import { safeUrl } from './safe-url.js';
import type { EventSource, TimelineEvent } from './types.js';

/** One problem found in input data: which event, which field, and a sentence saying what is wrong. */
export interface ValidationIssue {
  /** Position of the event in the input array, or -1 for a problem with the input as a whole. */
  index: number;
  /** The event's id, when it has a usable one (its own, or the one derived for it). */
  id?: string;
  /** The field path: `events[3].start`, `events[2].source.url`, `events[4]` for a whole event, `events` for the input. */
  path: string;
  /**
   * A whole sentence a non-programmer can act on, starting with the path:
   * "events[3].start: '2016-13' is not a valid date (month 13)". Values in it are quoted, cut to about 60
   * characters and free of control characters.
   */
  message: string;
  /**
   * `true` when the event is left out (it has an error, or this is a problem with the whole input); `false` for
   * a warning about an event that is still drawn (an unsafe link dropped, an unknown field ignored).
   */
  skipped: boolean;
}

/** The outcome of {@link validateEvents}. */
export interface ValidationResult {
  /** The valid events, as new objects, in input order. */
  events: TimelineEvent[];
  /** Every problem found, in input order (problems with the whole input first). */
  issues: ValidationIssue[];
  /** How many events the input held (valid or not); `total - events.length` of them were left out. */
  total: number;
}

/** Options of {@link validateEvents}. */
export interface ValidateOptions {
  /**
   * The address the data came from, against which relative `source.url` links are resolved (and then stored as
   * absolute links). Without it, a relative link is dropped with a warning.
   */
  baseUrl?: string;
}

/** The category given to events without one. */
export const DEFAULT_CATEGORY = 'other';

/** The fields an event may have, as in schema.json's `$defs.event`; any other field is ignored with a warning. */
export const EVENT_FIELDS = [
  'id', 'title', 'summary', 'start', 'end', 'dateLabel', 'category', 'actors', 'place', 'source',
] as const satisfies readonly (keyof TimelineEvent)[];

/** The fields an event's `source` may have, as in schema.json's `$defs.source`. */
export const SOURCE_FIELDS = [
  'quote', 'speaker', 'title', 'publisher', 'published', 'url',
] as const satisfies readonly (keyof EventSource)[];

/** How many characters of a value a message quotes before cutting it with an ellipsis. */
const MAX_QUOTED_CHARS = 60;
/** How many warnings of one kind (unknown fields, bad actors) one event gets before they are summed up. */
const MAX_LISTED = 5;

/**
 * Checks input data and returns its valid events, as copies, with every problem found.
 *
 * The input is an array of events, or an object with an `events` array; anything else gives one issue at
 * index -1 and no events. The input is never changed (it may be frozen).
 *
 * An event is **left out** (`skipped: true` on all of its issues) when it is not an object, or when its
 * `title` or `start` is missing, empty or not a text, or a date is invalid (`start`, `end`, `start` after
 * `end`; a wrong-typed `end` too, since dropping it would turn a span into a moment), or its own `id` repeats
 * the id of an earlier event that is kept (the issue names that event).
 *
 * An event is **kept with a warning** (`skipped: false`) when an optional field is wrong: the field is
 * dropped (a wrong-typed `summary`, `dateLabel`, `place`, `actors`, `source` or source field; a `source.url`
 * that is not an `http:`, `https:` or `mailto:` link; an invalid `source.published`), replaced (a wrong-typed
 * or empty `id` by a derived one; a wrong-typed or empty `category` by {@link DEFAULT_CATEGORY}), or ignored
 * (an unknown field, a name in `actors` that is not a text). An empty `end` counts as no end, with a warning.
 *
 * Silently normalised, since they carry nothing: `null` in an optional field counts as absent, blank optional
 * texts are dropped, and so are blank names in `actors`. A free category name is fine.
 *
 * Ids: an event without its own id gets one derived from its title and start, lower-cased with every run of
 * other characters than letters and digits turned into `-` (`Peace talks` on `2017-01-23` →
 * `peace-talks-2017-01-23`). When that id is taken (by any event's own id, or by an earlier derived one) it gets
 * `-2`, `-3`… in input order. So derived ids stay the same as long as the data does.
 *
 * @param input - The data: an array of events, or an object with an `events` array.
 * @param options - Where the data came from, to resolve relative links.
 */
export function validateEvents(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const list = eventList(input);
  if (!Array.isArray(list)) {
    return { events: [], issues: [{ index: -1, path: 'events', message: `events: ${list}`, skipped: true }], total: 0 };
  }

  const checked: Checked[] = [];
  for (let index = 0; index < list.length; index++) {
    // Events given by a script may be proxies or have getters, which can throw; data never can.
    try {
      checked.push(checkEvent(list[index], index, options));
    } catch {
      const path = `events[${index}]`;
      checked.push({ index, issues: [{ index, path, message: `${path}: could not be read` }] });
    }
  }

  assignIds(checked);

  const events: TimelineEvent[] = [];
  const issues: ValidationIssue[] = [];
  for (const entry of checked) {
    const skipped = entry.event === undefined || entry.id === undefined;
    if (!skipped) events.push({ id: entry.id!, ...entry.event! });
    const id = entry.id ?? entry.ownId;
    for (const issue of entry.issues) issues.push({ ...issue, ...(id !== undefined && { id }), skipped });
  }
  return { events, issues, total: list.length };
}

/**
 * Puts a value in a message: a text in single quotes, cut to about 60 characters with an ellipsis, with
 * control, line-break and bidirectional characters written as escapes (`\n`, `\u202E`).
 *
 * @internal Shared by the data modules; not part of the package's API.
 */
export function quoteText(text: string): string {
  let cut = '';
  let count = 0;
  for (const char of text) {
    if (count === MAX_QUOTED_CHARS) {
      cut = cut.trimEnd() + '…';
      break;
    }
    cut += char;
    count++;
  }
  return `'${escapeControls(cut)}'`;
}

/**
 * Says what a value is, for "expected …, but got …": `the number 42`, `the text 'abc'`, `null`, `a list`.
 *
 * @internal Shared by the data modules; not part of the package's API.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'boolean':
      return String(value);
    case 'number':
      return `the number ${value}`;
    case 'bigint':
      return `the number ${quoteText(String(value)).slice(1, -1)}`;
    case 'string':
      return value.trim() === '' ? 'an empty text' : `the text ${quoteText(value)}`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'an object';
  const tag = /^\[object (\w{1,30})\]$/.exec(Object.prototype.toString.call(value))?.[1];
  return tag ? `a ${tag} object` : 'an object of a special kind';
}

/**
 * Whether `value` is an object made by `{}` or JSON (its prototype is `Object.prototype` of some realm, or none).
 *
 * @internal Shared by the data modules; not part of the package's API.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/**
 * A field's key as a path segment: `.start` for a plain name, `['odd key']` (quoted and cut) for anything else.
 *
 * @internal Shared by the data modules; not part of the package's API.
 */
export function pathKey(key: string): string {
  return /^[A-Za-z_$][\w$]{0,59}$/.test(key) ? `.${key}` : `[${quoteText(key)}]`;
}

/** An event that passed its own checks but has no id yet. */
type Draft = Omit<TimelineEvent, 'id'>;

/** One input element after its checks. */
interface Checked {
  index: number;
  /** The copy to keep; absent when the element is left out. */
  event?: Draft;
  /** The element's own id, when it has a usable one. */
  ownId?: string;
  /** The final id; set by {@link assignIds}, absent when the element is left out. */
  id?: string;
  /** Its problems; `skipped` is set when the result is assembled. */
  issues: Omit<ValidationIssue, 'skipped' | 'id'>[];
}

/** Normalised misspellings of field names, and names other formats use, to suggest the right field. */
const FIELD_HINTS: Record<string, string> = {
  ...Object.fromEntries(EVENT_FIELDS.map((field) => [field.toLowerCase(), field])),
  date: 'start',
  startdate: 'start',
  begin: 'start',
  enddate: 'end',
  headline: 'title',
  name: 'title',
  description: 'summary',
  text: 'summary',
  group: 'category',
  type: 'category',
  location: 'place',
  uniqueid: 'id',
  displaydate: 'dateLabel',
};

/** The events array of the input, or the end of a sentence saying why there is none. */
function eventList(input: unknown): unknown[] | string {
  const expected = 'expected a list of events (a JSON array)';
  try {
    if (Array.isArray(input)) return input;
    if (isPlainObject(input)) {
      if (!Object.hasOwn(input, 'events')) {
        return `${expected}, or an object with an 'events' list, but got an object without 'events'`;
      }
      const events = input.events;
      return Array.isArray(events) ? events : `${expected}, but 'events' is ${describeValue(events)}`;
    }
    return `${expected}, but got ${describeValue(input)}`;
  } catch {
    return `${expected}, but the input could not be read`;
  }
}

/** Checks one element on its own (everything but id uniqueness). */
function checkEvent(value: unknown, index: number, options: ValidateOptions): Checked {
  const at = `events[${index}]`;
  const issues: Checked['issues'] = [];
  const report = (path: string, text: string) => issues.push({ index, path, message: `${path}: ${text}` });

  if (!isPlainObject(value)) {
    const got = value === undefined ? 'nothing (an empty place in the list)' : describeValue(value);
    report(at, `expected an event (an object with a title and a start), but got ${got}`);
    return { index, issues };
  }
  const keys = Object.keys(value);
  if (keys.length === 0) {
    report(at, 'the event is empty; every event needs a title and a start');
    return { index, issues };
  }
  const field = (key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
  let fatal = false;

  const ownIdValue = field('id');
  let ownId: string | undefined;
  if (typeof ownIdValue === 'string' && ownIdValue.trim() !== '') ownId = ownIdValue;

  const title = field('title');
  if (title === undefined || title === null) {
    fatal = true;
    report(`${at}.title`, 'missing; every event needs a title');
  } else if (typeof title !== 'string') {
    fatal = true;
    report(`${at}.title`, `expected a text, but got ${describeValue(title)}`);
  } else if (title.trim() === '') {
    fatal = true;
    report(`${at}.title`, 'the title is empty; every event needs one');
  }

  const start = field('start');
  const startOk = checkDate(start, `${at}.start`, true, report);
  let end = field('end');
  if (typeof end === 'string' && end.trim() === '') {
    report(`${at}.end`, 'the date is empty, so the event is drawn as a moment, without an end');
    end = undefined;
  } else if (end === null) {
    end = undefined;
  }
  const endOk = end === undefined || checkDate(end, `${at}.end`, false, report);
  if (!startOk || !endOk) {
    fatal = true;
  } else {
    const dates = parseEventDates(start as string, end as string | undefined);
    if (!dates.ok) {
      fatal = true;
      const path = `${at}.${dates.field}`;
      report(path, dates.reason.startsWith('earlier than') ? `${quoteText(end as string)} is ${dates.reason}` : dates.reason);
    }
  }

  if (ownIdValue !== undefined && ownIdValue !== null && ownId === undefined) {
    const what = typeof ownIdValue === 'string' ? 'the id is empty' : `expected a text, but got ${describeValue(ownIdValue)}`;
    report(`${at}.id`, `${what}, so an id is made from the title and start instead`);
  }

  let category = DEFAULT_CATEGORY;
  const categoryValue = field('category');
  if (typeof categoryValue === 'string' && categoryValue.trim() !== '') {
    category = categoryValue;
  } else if (categoryValue !== undefined && categoryValue !== null) {
    const what = typeof categoryValue === 'string' ? 'the category is empty' : `expected a text, but got ${describeValue(categoryValue)}`;
    report(`${at}.category`, `${what}, so the event goes in the '${DEFAULT_CATEGORY}' lane`);
  }

  const summary = optionalText(field('summary'), `${at}.summary`, report);
  const dateLabel = optionalText(field('dateLabel'), `${at}.dateLabel`, report);
  const place = optionalText(field('place'), `${at}.place`, report);
  const actors = checkActors(field('actors'), `${at}.actors`, report);
  const source = checkSource(field('source'), `${at}.source`, options, report);

  const known: readonly string[] = EVENT_FIELDS;
  reportUnknown(keys.filter((key) => !known.includes(key)), at, FIELD_HINTS, report);

  if (fatal) return { index, ownId, issues };
  const event: Draft = {
    title: title as string,
    ...(summary !== undefined && { summary }),
    start: start as string,
    ...(end !== undefined && { end: end as string }),
    ...(dateLabel !== undefined && { dateLabel }),
    category,
    ...(actors !== undefined && { actors }),
    ...(place !== undefined && { place }),
    ...(source !== undefined && { source }),
  };
  return { index, event, ownId, issues };
}

type Report = (path: string, text: string) => void;

/** Checks a required `start` or an `end` that is present; reports and returns false when it is not a valid date. */
function checkDate(value: unknown, path: string, required: boolean, report: Report): boolean {
  if (value === undefined || value === null) {
    if (required) report(path, "missing; every event needs a start date, such as '2016' or '2016-12-05'");
    return !required;
  }
  if (typeof value !== 'string') {
    report(path, `expected a date written as text, such as '2016-12-05', but got ${describeValue(value)}`);
    return false;
  }
  if (value.trim() === '') {
    report(path, 'the date is empty; every event needs a start date');
    return false;
  }
  const parsed = parseEdtf(value);
  if (!parsed.ok) {
    report(path, `${quoteText(value)} is not a valid date (${parsed.reason})`);
    return false;
  }
  return true;
}

/** An optional text field: the text, or undefined when absent, blank, or wrong (with a warning). */
function optionalText(value: unknown, path: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(path, `expected a text, but got ${describeValue(value)}, so it is ignored`);
    return undefined;
  }
  return value.trim() === '' ? undefined : value;
}

function checkActors(value: unknown, path: string, report: Report): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    report(path, `expected a list of names, but got ${describeValue(value)}, so it is ignored`);
    return undefined;
  }
  const names: string[] = [];
  let bad = 0;
  for (let i = 0; i < value.length; i++) {
    const name: unknown = value[i];
    if (typeof name === 'string') {
      if (name.trim() !== '') names.push(name);
    } else if (++bad <= MAX_LISTED) {
      report(`${path}[${i}]`, `expected a name, but got ${describeValue(name)}, so it is ignored`);
    }
  }
  if (bad > MAX_LISTED) report(path, `${bad - MAX_LISTED} more entries are not names, so they are ignored`);
  return names.length > 0 ? names : undefined;
}

function checkSource(value: unknown, path: string, options: ValidateOptions, report: Report): EventSource | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    const fields = 'quote, speaker, title, publisher, published or url';
    report(path, `expected an object with a ${fields}, but got ${describeValue(value)}, so it is ignored`);
    return undefined;
  }
  const source: EventSource = {};
  for (const key of SOURCE_FIELDS) {
    const text = optionalText(Object.hasOwn(value, key) ? value[key] : undefined, `${path}.${key}`, report);
    if (text === undefined) continue;
    if (key === 'published') {
      const parsed = parseEdtf(text, { allowOpen: false });
      if (!parsed.ok) {
        report(`${path}.published`, `${quoteText(text)} is not a valid date (${parsed.reason}), so it is ignored`);
        continue;
      }
    }
    if (key === 'url') {
      const link = checkUrl(text, options.baseUrl);
      if (typeof link !== 'string') {
        report(`${path}.url`, `${quoteText(text)} ${link.problem}, so it is not shown as a link`);
        continue;
      }
      source.url = link;
      continue;
    }
    source[key] = text;
  }
  const known: readonly string[] = SOURCE_FIELDS;
  reportUnknown(Object.keys(value).filter((key) => !known.includes(key)), path, {}, report);
  return Object.keys(source).length > 0 ? source : undefined;
}

/** The link to keep (the text as given, or resolved against `baseUrl` when relative), or what is wrong with it. */
function checkUrl(text: string, baseUrl: string | undefined): string | { problem: string } {
  if (safeUrl(text) !== null) return text;
  const resolved = baseUrl === undefined ? null : safeUrl(text, baseUrl);
  if (resolved !== null) return resolved;
  if (baseUrl === undefined && safeUrl(text, 'https://example.invalid/') !== null) {
    return { problem: 'is not a full web address (such as https://example.org/page)' };
  }
  return { problem: 'is not a web or mail link' };
}

function reportUnknown(keys: string[], at: string, hints: Record<string, string>, report: Report): void {
  keys.slice(0, MAX_LISTED).forEach((key) => {
    const hint = Object.hasOwn(hints, normaliseKey(key)) ? hints[normaliseKey(key)] : undefined;
    report(`${at}${pathKey(key)}`, `unknown field, ignored${hint && hint !== key ? ` (did you mean '${hint}'?)` : ''}`);
  });
  if (keys.length > MAX_LISTED) report(at, `${keys.length - MAX_LISTED} more unknown fields, ignored`);
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Gives each kept event its id: own ids first (a repeat leaves the later event out), then derived ids for the
 * rest, in input order, avoiding every id already taken.
 */
function assignIds(checked: Checked[]): void {
  const firstIndexOf = new Map<string, number>();
  for (const entry of checked) {
    if (entry.event === undefined || entry.ownId === undefined) continue;
    const first = firstIndexOf.get(entry.ownId);
    if (first === undefined) {
      firstIndexOf.set(entry.ownId, entry.index);
      entry.id = entry.ownId;
    } else {
      const path = `events[${entry.index}].id`;
      const text = `${quoteText(entry.ownId)} is already the id of events[${first}], so this event is left out`;
      entry.issues.push({ index: entry.index, path, message: `${path}: ${text}` });
    }
  }
  const taken = new Set(firstIndexOf.keys());
  const nextSuffix = new Map<string, number>();
  for (const entry of checked) {
    if (entry.event === undefined || entry.ownId !== undefined) continue;
    const base = deriveId(entry.event.title, entry.event.start);
    let id = base;
    let suffix = nextSuffix.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${suffix++}`;
    nextSuffix.set(base, suffix);
    taken.add(id);
    entry.id = id;
  }
}

/** `peace-talks-2017-01-23` from `Peace talks` and `2017-01-23`. */
function deriveId(title: string, start: string): string {
  return [slugify(title) || 'event', slugify(start)].filter(Boolean).join('-');
}

function slugify(text: string): string {
  const slug = Array.from(text.slice(0, 400).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase())
    .join('')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+/, '');
  return Array.from(slug).slice(0, 60).join('').replace(/-+$/, '');
}

/** Writes control, line-break, bidirectional and lone surrogate characters as escapes. */
function escapeControls(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\p{Cs}/gu, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
