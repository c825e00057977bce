/**
 * Validation of event data from outside (a JSON file, a CSV sheet, a TimelineJS document, a script): every
 * event is checked, fixed where the fix is harmless, and either kept or reported, so nothing is lost silently.
 */
import { parseEdtf, parseEventDates } from './edtf.js';
import { safeUrl } from './safe-url.js';
import { languageTag } from './language-tag.js';
import type { EventSource, EventTranslation, TimelineEvent } from './types.js';

/** One problem found in input data: which event, which field, and a sentence saying what is wrong. */
export interface ValidationIssue {
  /** Position of the event in the input array, or -1 for a problem with the input as a whole. */
  index: number;
  /** The event's id, when it has a usable one (its own, or the one derived for it). */
  id?: string;
  /** The field path: `events[3].start`, `events[2].source.url`, `events[4]` for a whole event, `events` for the input. */
  path: string;
  /**
   * The kind of problem, the same for every issue of that kind whatever the event or the value: `unknown-field`,
   * `invalid-date`, `missing-title`… (see {@link IssueCode}). {@link validateEvents} always sets it; it is optional
   * only so that issues made elsewhere still fit.
   */
  code?: string;
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

/**
 * The kinds of problem {@link validateEvents} (and the timeline's layout) report, as the `code` of an issue.
 *
 * - The input as a whole: `invalid-input` (not a list of events).
 * - An event left out: `unreadable-event` (a getter threw), `not-an-event`, `empty-event`, `missing-title`,
 *   `empty-title`, `missing-start`, `empty-start`, `invalid-date` (`start` or `end`, not a date or not a text),
 *   `end-before-start`, `duplicate-id`; from the layout only, `missing-id` and `missing-category`.
 * - A field dropped, replaced or ignored, the event still drawn: `wrong-type` (a field that is not a text, a list or
 *   an object as it should be; for `title` the event is left out), `empty-end`, `invalid-id`, `invalid-category`,
 *   `invalid-date` (`source.published`), `invalid-actor`, `more-invalid-actors`, `unsafe-url`, `relative-url`,
 *   `unknown-field`, `more-unknown-fields`; `invalid-language` (a key of `translations` or a `source.lang` that is
 *   not a language tag) and `repeated-language` (two keys of `translations` for the same language).
 * - Reading a CSV sheet (`parseEventsCsv`): `unnamed-column`, `repeated-column`, `unknown-column` (index -1, path
 *   `header`), `extra-cells`, `invalid-language` (a translation column such as `title:xx_YY`); a TimelineJS
 *   document (`fromTimelineJS`): `day-without-month`, and `wrong-type`, `unsafe-url` as above. An empty sheet, or one without a title or start column, is `invalid-input`.
 *
 * An event that is left out has all its issues marked `skipped`, warnings included.
 */
export type IssueCode =
  | 'invalid-input'
  | 'unreadable-event'
  | 'not-an-event'
  | 'empty-event'
  | 'missing-title'
  | 'empty-title'
  | 'missing-start'
  | 'empty-start'
  | 'invalid-date'
  | 'end-before-start'
  | 'duplicate-id'
  | 'missing-id'
  | 'missing-category'
  | 'wrong-type'
  | 'empty-end'
  | 'invalid-id'
  | 'invalid-category'
  | 'invalid-actor'
  | 'more-invalid-actors'
  | 'unsafe-url'
  | 'relative-url'
  | 'unknown-field'
  | 'more-unknown-fields'
  | 'invalid-language'
  | 'repeated-language'
  | 'unnamed-column'
  | 'repeated-column'
  | 'unknown-column'
  | 'extra-cells'
  | 'day-without-month'
  | 'unknown-item-type'
  | 'ignored-end'
  | 'page-address';

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
  'id', 'title', 'summary', 'start', 'end', 'dateLabel', 'category', 'actors', 'place', 'source', 'needsReview', 'reviewNote',
  'translations',
] as const satisfies readonly (keyof TimelineEvent)[];

/** The fields an event's `source` may have, as in schema.json's `$defs.source`. */
export const SOURCE_FIELDS = [
  'quote', 'speaker', 'title', 'publisher', 'published', 'url', 'lang',
] as const satisfies readonly (keyof EventSource)[];

/** The fields an entry of an event's `translations` may have, as in schema.json's `$defs.translation`. */
export const TRANSLATION_FIELDS = [
  'title', 'summary', 'dateLabel', 'place', 'actors',
] as const satisfies readonly (keyof EventTranslation)[];

/** {@link EVENT_FIELDS} and {@link SOURCE_FIELDS} as sets, looked up for every key of every event. */
const KNOWN_EVENT_FIELDS: ReadonlySet<string> = new Set(EVENT_FIELDS);
const KNOWN_SOURCE_FIELDS: ReadonlySet<string> = new Set(SOURCE_FIELDS);

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
 * that is not an `http:`, `https:` or `mailto:` link; an invalid `source.published`; a `source.lang` that is not a
 * language tag), replaced (a wrong-typed or empty `id` by a derived one; a wrong-typed or empty `category` by
 * {@link DEFAULT_CATEGORY}), or ignored (an unknown field, a name in `actors` that is not a text). An empty `end` counts as no end, with a warning.
 *
 * `translations` is checked entry by entry: an entry whose key is not a BCP 47 language tag (`xx_YY`), repeats
 * another's language (`AR` beside `ar`), or is not an object is dropped with a warning; in an entry, a field of the
 * wrong type (the same types as the event's own fields) is dropped with a warning, and so is an unknown one (a
 * `quote` among them: quotes are never translated). Keys and `source.lang` are kept in their canonical form
 * (`ar-SY`). The event itself is never left out for its translations.
 *
 * Silently normalised, since they carry nothing: `null` in an optional field counts as absent, blank optional
 * texts are dropped, and so are blank names in `actors`. A free category name is fine.
 *
 * Ids: an event without its own id gets one derived from its title and start, lower-cased with every run of
 * other characters than letters and digits turned into `-` (`Peace talks` on `2017-01-23` →
 * `peace-talks-2017-01-23`). When that id is taken (by any event's own id, or by an earlier derived one) it gets
 * `-2`, `-3`… in input order. So derived ids stay the same as long as the data does.
 *
 * Every issue has a `code` naming its kind ({@link IssueCode}), so that `summarizeIssues` can sum up 100,000 alike
 * issues in one line. The work is linear in the size of the input: a constant amount per event and per field.
 *
 * @param input - The data: an array of events, or an object with an `events` array.
 * @param options - Where the data came from, to resolve relative links.
 */
export function validateEvents(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const checked = checkEvents(input, options);
  return { events: checked.events, issues: checked.issues, total: checked.total };
}

/**
 * What {@link checkEvents} found, with its issues made only when they are read: 100,000 events with two unknown
 * fields have 200,000 issues, which a page that never reads them need not pay for before its first frame. The
 * issues are the very ones {@link validateEvents} returns; {@link forEachIssue} and {@link issueAt} let
 * `summarizeIssues` group them without making them.
 *
 * @internal The element's way to {@link validateEvents}; not part of the package's API.
 */
export class CheckedEvents {
  /** The valid events, as new objects, in input order. */
  readonly events: TimelineEvent[];
  /** How many events the input held (valid or not). */
  readonly total: number;
  /** How many issues there are. */
  readonly count: number;
  private readonly _checked: readonly Checked[];
  /** The problem with the input as a whole, when it is not a list of events. */
  private readonly _whole?: ValidationIssue;
  /** Where each element's issues start in the list of issues (one more entry for the end). */
  private readonly _starts: Uint32Array;
  private _issues?: ValidationIssue[];

  constructor(checked: readonly Checked[], whole?: ValidationIssue) {
    this._whole = whole;
    this.total = checked.length;
    this.events = [];
    const starts = new Uint32Array(checked.length + 1);
    let count = whole ? 1 : 0;
    for (let i = 0; i < checked.length; i++) {
      const entry = checked[i];
      if (!leftOut(entry)) {
        entry.event!.id = entry.id!;
        this.events.push(entry.event!);
      }
      starts[i] = count;
      count += entry.issues.length;
    }
    starts[checked.length] = count;
    this.count = count;
    // Without issues, what each element was is not needed again: 100,000 clean events leave no trace of their checks.
    this._checked = count ? checked : [];
    this._starts = starts;
  }

  /** Every issue, in input order (problems with the whole input first); made when first read. */
  get issues(): ValidationIssue[] {
    if (this._issues === undefined) {
      const issues: ValidationIssue[] = this._whole ? [this._whole] : [];
      for (const entry of this._checked) {
        const at = `events[${entry.index}]`;
        for (const pending of entry.issues) issues.push(makeIssue(entry, pending, at));
      }
      this._issues = issues;
    }
    return this._issues;
  }

  /** Whether the element at `index` of the input was left out. */
  isLeftOut(index: number): boolean {
    return !!this.count && leftOut(this._checked[index]);
  }

  /**
   * Calls `visit` with each issue's event index, code, field (as `issueField` gives it), whether its event was left
   * out, and its position `ref` in {@link issues}, in that order, without making the issue.
   */
  forEachIssue(visit: (index: number, code: string, field: string, skipped: boolean, ref: number) => void): void {
    let ref = 0;
    if (this._whole) visit(-1, this._whole.code!, '', true, ref++);
    for (const entry of this._checked) {
      const skipped = leftOut(entry);
      for (const pending of entry.issues) {
        visit(entry.index, pending.code, 'field' in pending ? pending.field : issueField(pending.path), skipped, ref++);
      }
    }
  }

  /** The issue at position `ref` of {@link issues}, made alone if they are not made yet. */
  issueAt(ref: number): ValidationIssue {
    if (this._issues !== undefined) return this._issues[ref];
    if (this._whole && ref === 0) return this._whole;
    // The element whose issues hold `ref`: the last one that starts at or before it.
    let lo = 0;
    let hi = this._checked.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this._starts[mid] <= ref) lo = mid;
      else hi = mid - 1;
    }
    const entry = this._checked[lo];
    return makeIssue(entry, entry.issues[ref - this._starts[lo]], `events[${entry.index}]`);
  }
}

/**
 * Checks input data as {@link validateEvents} does, and leaves its issues to be made when read.
 *
 * @internal The element's way to {@link validateEvents}; not part of the package's API.
 */
export function checkEvents(input: unknown, options: ValidateOptions = {}): CheckedEvents {
  const list = eventList(input);
  if (!Array.isArray(list)) {
    return new CheckedEvents([], { index: -1, code: 'invalid-input', path: 'events', message: `events: ${list}`, skipped: true });
  }
  const context: Context = { options, eventNotes: new Map(), sourceNotes: new Map(), languages: new Map() };
  const checked: Checked[] = [];
  for (let index = 0; index < list.length; index++) {
    // Events given by a script may be proxies or have getters, which can throw; data never can.
    try {
      checked.push(plainEvent(list[index], index) ?? checkEvent(list[index], index, context));
    } catch {
      const path = `events[${index}]`;
      checked.push({ index, issues: [{ code: 'unreadable-event', path, message: `${path}: could not be read` }] });
    }
  }
  assignIds(checked);
  return new CheckedEvents(checked);
}

/**
 * The field of an issue's path, without the event's place and list positions: `events[12].source.url` →
 * `source.url`, `events[3].actors[1]` → `actors`, `events[4]` and `events` → `''`; the item of an HTML list as its
 * element: `li[2] time` → `time`; other paths (`header`) as they are.
 *
 * @internal Shared by the data modules; not part of the package's API.
 */
export function issueField(path: string): string {
  let rest = path;
  if (path.startsWith('events[')) {
    const close = path.indexOf(']');
    rest = path.charCodeAt(close + 1) === 46 /* . */ ? path.slice(close + 2) : path.slice(close + 1);
  } else if (path === 'events') {
    rest = '';
  } else if (path.startsWith('li[')) {
    rest = path.slice(path.indexOf(']') + 2);
  }
  return rest.includes('[') ? rest.replace(/\[\d+\]/g, '') : rest;
}

/** Whether an element is left out: it failed its checks, or its own id repeats an earlier event's. */
function leftOut(entry: Checked): boolean {
  return entry.event === undefined || entry.id === undefined;
}

/** The issue of a problem of `entry` (whose path starts with `at`), as {@link validateEvents} returns it. */
function makeIssue(entry: Checked, pending: Pending | UnknownNote, at: string): ValidationIssue {
  const index = entry.index;
  const id = entry.id ?? entry.ownId;
  const skipped = leftOut(entry);
  const { code } = pending;
  const path = 'tail' in pending ? at + pending.relative : pending.path;
  const message = 'tail' in pending ? at + pending.tail : pending.message;
  return id === undefined ? { index, code, path, message, skipped } : { index, code, path, message, id, skipped };
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

/** One input element after its checks. */
interface Checked {
  index: number;
  /** The copy to keep, its id still empty; absent when the element is left out. */
  event?: TimelineEvent;
  /** The element's own id, when it has a usable one. */
  ownId?: string;
  /** The final id; set by {@link assignIds}, absent when the element is left out. */
  id?: string;
  /** Its problems, made into issues when they are read (see {@link CheckedEvents}). */
  issues: (Pending | UnknownNote)[];
}

/** A problem of one element, before it is made into a {@link ValidationIssue}. */
interface Pending {
  code: IssueCode;
  path: string;
  message: string;
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
  translation: 'translations',
  i18n: 'translations',
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

/** What one run of {@link checkEvents} shares between events. */
interface Context {
  options: ValidateOptions;
  /** The path segment and the text of the warning about each unknown field of events met so far, by name. */
  eventNotes: Map<string, UnknownNote>;
  /** The same for unknown fields of sources. */
  sourceNotes: Map<string, UnknownNote>;
  /** Each language tag met so far, and its canonical form (`null`: not a language tag). */
  languages: Map<string, string | null>;
}

/**
 * The warning about one unknown field name, the same for every event that has it, so kept once: every event of
 * vis-timeline data has an unknown `group` and `content`. An issue is made from it and the event's place.
 */
interface UnknownNote {
  code: 'unknown-field';
  /** The field as `issueField` gives it: `group`, `source.page`. */
  field: string;
  /** Its path after the event's place: `.group`, `.source.page`. */
  relative: string;
  /** Its message after the event's place: `.group: unknown field, ignored (did you mean 'category'?)`. */
  tail: string;
}

/**
 * The usual event, checked in a few steps: an object whose fields are all among `id`, `title`, `start`, `end` and
 * `category`, all of them texts that are not blank, with a title and valid dates. Such an event has nothing to
 * report, and needs none of the other checks. Any other element gives `undefined`, and {@link checkEvent} checks it
 * field by field, with the same result for an event this takes.
 */
function plainEvent(value: unknown, index: number): Checked | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = Object.keys(value);
  // Read into variables: an object keyed as the data comes would be a dictionary, slow to fill, for every event.
  let id: string | undefined, title: string | undefined, start: string | undefined, end: string | undefined;
  let category = DEFAULT_CATEGORY;
  for (let i = 0; i < keys.length; i++) {
    const text = value[keys[i]];
    if (typeof text !== 'string' || text.trim() === '') return undefined;
    switch (keys[i]) {
      case 'id':
        id = text;
        break;
      case 'title':
        title = text;
        break;
      case 'start':
        start = text;
        break;
      case 'end':
        end = text;
        break;
      case 'category':
        category = text;
        break;
      default:
        return undefined;
    }
  }
  if (title === undefined || start === undefined || !parseEventDates(start, end).ok) return undefined;
  // As checkEvent makes it: the fields in the order of EVENT_FIELDS, the id set by assignIds.
  return { index, event: end === undefined ? { id: '', title, start, category } : { id: '', title, start, end, category }, ownId: id, issues: [] };
}

/** Checks one element on its own (everything but id uniqueness). */
function checkEvent(value: unknown, index: number, context: Context): Checked {
  const issues: Checked['issues'] = [];
  // Paths are made only for problems found: most events have none.
  const report: Report = (code, rel, text) => {
    const path = `events[${index}]${rel}`;
    issues.push({ code, path, message: `${path}: ${text}` });
  };

  if (!isPlainObject(value)) {
    const got = value === undefined ? 'nothing (an empty place in the list)' : describeValue(value);
    report('not-an-event', '', `expected an event (an object with a title and a start), but got ${got}`);
    return { index, issues };
  }
  const keys = Object.keys(value);
  if (keys.length === 0) {
    report('empty-event', '', 'the event is empty; every event needs a title and a start');
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
    report('missing-title', '.title', 'missing; every event needs a title');
  } else if (typeof title !== 'string') {
    fatal = true;
    report('wrong-type', '.title', `expected a text, but got ${describeValue(title)}`);
  } else if (title.trim() === '') {
    fatal = true;
    report('empty-title', '.title', 'the title is empty; every event needs one');
  }

  const start = field('start');
  const startOk = checkDate(start, '.start', true, report);
  let end = field('end');
  if (typeof end === 'string' && end.trim() === '') {
    report('empty-end', '.end', 'the date is empty, so the event is drawn as a moment, without an end');
    end = undefined;
  } else if (end === null) {
    end = undefined;
  }
  const endOk = end === undefined || checkDate(end, '.end', false, report);
  if (!startOk || !endOk) {
    fatal = true;
  } else {
    const dates = parseEventDates(start as string, end as string | undefined);
    if (!dates.ok) {
      fatal = true;
      const path = `.${dates.field}`;
      if (dates.reason.startsWith('earlier than')) report('end-before-start', path, `${quoteText(end as string)} is ${dates.reason}`);
      else report('invalid-date', path, dates.reason);
    }
  }

  if (ownIdValue !== undefined && ownIdValue !== null && ownId === undefined) {
    const what = typeof ownIdValue === 'string' ? 'the id is empty' : `expected a text, but got ${describeValue(ownIdValue)}`;
    report('invalid-id', '.id', `${what}, so an id is made from the title and start instead`);
  }

  let category = DEFAULT_CATEGORY;
  const categoryValue = field('category');
  if (typeof categoryValue === 'string' && categoryValue.trim() !== '') {
    category = categoryValue;
  } else if (categoryValue !== undefined && categoryValue !== null) {
    const what = typeof categoryValue === 'string' ? 'the category is empty' : `expected a text, but got ${describeValue(categoryValue)}`;
    report('invalid-category', '.category', `${what}, so the event goes in the '${DEFAULT_CATEGORY}' lane`);
  }

  const summary = optionalText(field('summary'), '.summary', report);
  const dateLabel = optionalText(field('dateLabel'), '.dateLabel', report);
  const place = optionalText(field('place'), '.place', report);
  const actors = checkActors(field('actors'), '.actors', report);
  const source = checkSource(field('source'), context, issues, report);
  const needsReview = optionalFlag(field('needsReview'), '.needsReview', report);
  const reviewNote = optionalText(field('reviewNote'), '.reviewNote', report);
  const translations = checkTranslations(field('translations'), '.translations', context.languages, report);

  reportUnknown(keys.filter((key) => !KNOWN_EVENT_FIELDS.has(key)), '', FIELD_HINTS, context.eventNotes, issues, report);

  if (fatal) return { index, ownId, issues };
  // The id comes first, as in the events returned; it is set once every event's id is known (assignIds).
  const event: TimelineEvent = {
    id: '',
    title: title as string,
    ...(summary !== undefined && { summary }),
    start: start as string,
    ...(end !== undefined && { end: end as string }),
    ...(dateLabel !== undefined && { dateLabel }),
    category,
    ...(actors !== undefined && { actors }),
    ...(place !== undefined && { place }),
    ...(source !== undefined && { source }),
    ...(needsReview !== undefined && { needsReview }),
    ...(reviewNote !== undefined && { reviewNote }),
    ...(translations !== undefined && { translations }),
  };
  return { index, event, ownId, issues };
}

/**
 * Records a problem of kind `code` at `path`, within the event (such as `.title`, or `''` for the event itself);
 * `text` is the sentence after the path.
 */
type Report = (code: IssueCode, path: string, text: string) => void;

/** Checks a required `start` or an `end` that is present; reports and returns false when it is not a valid date. */
function checkDate(value: unknown, path: string, required: boolean, report: Report): boolean {
  if (value === undefined || value === null) {
    if (required) report('missing-start', path, "missing; every event needs a start date, such as '2016' or '2016-12-05'");
    return !required;
  }
  if (typeof value !== 'string') {
    report('invalid-date', path, `expected a date written as text, such as '2016-12-05', but got ${describeValue(value)}`);
    return false;
  }
  if (value.trim() === '') {
    report('empty-start', path, 'the date is empty; every event needs a start date');
    return false;
  }
  const parsed = parseEdtf(value);
  if (!parsed.ok) {
    report('invalid-date', path, `${quoteText(value)} is not a valid date (${parsed.reason})`);
    return false;
  }
  return true;
}

/** An optional text field: the text, or undefined when absent, blank, or wrong (with a warning). */
function optionalText(value: unknown, path: string, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report('wrong-type', path, `expected a text, but got ${describeValue(value)}, so it is ignored`);
    return undefined;
  }
  return value.trim() === '' ? undefined : value;
}

function optionalFlag(value: unknown, path: string, report: Report): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    report('wrong-type', path, `expected true or false, but got ${describeValue(value)}, so it is ignored`);
    return undefined;
  }
  return value;
}

function checkActors(value: unknown, path: string, report: Report): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    report('wrong-type', path, `expected a list of names, but got ${describeValue(value)}, so it is ignored`);
    return undefined;
  }
  const names: string[] = [];
  let bad = 0;
  for (let i = 0; i < value.length; i++) {
    const name: unknown = value[i];
    if (typeof name === 'string') {
      if (name.trim() !== '') names.push(name);
    } else if (++bad <= MAX_LISTED) {
      report('invalid-actor', `${path}[${i}]`, `expected a name, but got ${describeValue(name)}, so it is ignored`);
    }
  }
  if (bad > MAX_LISTED) report('more-invalid-actors', path, `${bad - MAX_LISTED} more entries are not names, so they are ignored`);
  return names.length > 0 ? names : undefined;
}

function checkSource(
  value: unknown,
  context: Context,
  issues: Checked['issues'],
  report: Report,
): EventSource | undefined {
  const path = '.source';
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    const fields = 'quote, speaker, title, publisher, published, url or lang';
    report('wrong-type', path, `expected an object with a ${fields}, but got ${describeValue(value)}, so it is ignored`);
    return undefined;
  }
  const source: EventSource = {};
  for (const key of SOURCE_FIELDS) {
    if (!Object.hasOwn(value, key)) continue;
    const text = optionalText(value[key], `${path}.${key}`, report);
    if (text === undefined) continue;
    if (key === 'published') {
      const parsed = parseEdtf(text, { allowOpen: false });
      if (!parsed.ok) {
        report('invalid-date', `${path}.published`, `${quoteText(text)} is not a valid date (${parsed.reason}), so it is ignored`);
        continue;
      }
    }
    if (key === 'lang') {
      const tag = canonicalTag(text, context.languages);
      if (tag === null) {
        report('invalid-language', `${path}.lang`, `${quoteText(text)} ${NOT_A_TAG}, so it is ignored`);
        continue;
      }
      source.lang = tag;
      continue;
    }
    if (key === 'url') {
      const link = checkUrl(text, context.options.baseUrl);
      if (typeof link !== 'string') {
        report(link.code, `${path}.url`, `${quoteText(text)} ${link.problem}, so it is not shown as a link`);
        continue;
      }
      source.url = link;
      continue;
    }
    source[key] = text;
  }
  const unknown = Object.keys(value).filter((key) => !KNOWN_SOURCE_FIELDS.has(key));
  reportUnknown(unknown, path, {}, context.sourceNotes, issues, report);
  return Object.keys(source).length > 0 ? source : undefined;
}

/** The end of a sentence about a value that is no language tag. */
const NOT_A_TAG = "is not a language tag (BCP 47, such as 'ar' or 'fr-CA')";

/** The canonical form of a language tag (see `languageTag`), worked out once per tag and run (in `languages`). */
function canonicalTag(text: string, languages: Map<string, string | null>): string | null {
  let tag = languages.get(text);
  if (tag === undefined) languages.set(text, (tag = languageTag(text)));
  return tag;
}

/**
 * Checks an event's `translations` (at `path`), as {@link validateEvents} says: the usable entries, by canonical tag,
 * each with its usable fields; `undefined` when none is left. Everything dropped is reported; the event is kept
 * whatever its translations hold. `languages` keeps the canonical form of each tag met.
 */
function checkTranslations(
  value: unknown,
  path: string,
  languages: Map<string, string | null>,
  report: Report,
): Record<string, EventTranslation> | undefined {
  if (value === undefined || value === null) return undefined;
  const expected = "an object of translations by language tag, such as { ar: { title: '…' } }";
  if (!isPlainObject(value)) {
    report('wrong-type', path, `expected ${expected}, but got ${describeValue(value)}, so it is ignored`);
    return undefined;
  }
  let kept: Record<string, EventTranslation> | undefined;
  for (const key of Object.keys(value)) {
    const at = path + pathKey(key);
    const tag = canonicalTag(key, languages);
    const entry = value[key];
    if (tag === null) {
      report('invalid-language', at, `${quoteText(key)} ${NOT_A_TAG}, so this translation is ignored`);
    } else if (kept !== undefined && Object.hasOwn(kept, tag)) {
      report('repeated-language', at, `another translation is for the same language ('${tag}'), so this one is ignored`);
    } else if (!isPlainObject(entry)) {
      const fields = 'title, summary, dateLabel, place or actors';
      report('wrong-type', at, `expected an object with a ${fields}, but got ${describeValue(entry)}, so it is ignored`);
    } else {
      const translation: Record<string, unknown> = {};
      for (const name of TRANSLATION_FIELDS) {
        const text = Object.hasOwn(entry, name) ? entry[name] : undefined;
        const checked = name === 'actors' ? checkActors(text, `${at}.actors`, report) : optionalText(text, `${at}.${name}`, report);
        if (checked !== undefined) translation[name] = checked;
      }
      for (const name of Object.keys(entry)) {
        if ((TRANSLATION_FIELDS as readonly string[]).includes(name)) continue;
        const why = name === 'quote' ? 'a quote is never translated (it stays in its own language; see source.lang)' : 'unknown field';
        report('unknown-field', at + pathKey(name), `${why}, ignored`);
      }
      if (Object.keys(translation).length > 0) (kept ??= {})[tag] = translation;
    }
  }
  return kept;
}

/** The link to keep (the text as given, or resolved against `baseUrl` when relative), or what is wrong with it. */
function checkUrl(text: string, baseUrl: string | undefined): string | { code: IssueCode; problem: string } {
  if (safeUrl(text) !== null) return text;
  const resolved = baseUrl === undefined ? null : safeUrl(text, baseUrl);
  if (resolved !== null) return resolved;
  if (baseUrl === undefined && safeUrl(text, 'https://example.invalid/') !== null) {
    return { code: 'relative-url', problem: 'is not a full web address (such as https://example.org/page)' };
  }
  return { code: 'unsafe-url', problem: 'is not a web or mail link' };
}

/**
 * Reports the first few unknown fields of an event (`within` `''`) or its source (`within` `.source`), with a hint
 * for a near miss, and sums up the rest. The warning about each field name is made once and kept in `notes`.
 */
function reportUnknown(
  keys: string[],
  within: string,
  hints: Record<string, string>,
  notes: Map<string, UnknownNote>,
  issues: Checked['issues'],
  report: Report,
): void {
  const listed = Math.min(keys.length, MAX_LISTED);
  for (let i = 0; i < listed; i++) {
    const key = keys[i];
    let note = notes.get(key);
    if (note === undefined) {
      const normal = normaliseKey(key);
      const hint = Object.hasOwn(hints, normal) ? hints[normal] : undefined;
      const relative = within + pathKey(key);
      const text = `unknown field, ignored${hint && hint !== key ? ` (did you mean '${hint}'?)` : ''}`;
      note = { code: 'unknown-field', field: issueField(`events[0]${relative}`), relative, tail: `${relative}: ${text}` };
      notes.set(key, note);
    }
    issues.push(note);
  }
  if (keys.length > MAX_LISTED) report('more-unknown-fields', within, `${keys.length - MAX_LISTED} more unknown fields, ignored`);
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Gives each kept event its id: own ids first (a repeat leaves the later event out), then derived ids for the
 * rest, in input order, avoiding every id already taken.
 */
function assignIds(checked: Checked[]): void {
  /** The ids taken, by the index of the event that took each. */
  const firstIndexOf = new Map<string, number>();
  // By index: an iterator would make an object for each element in code not yet optimised.
  for (let i = 0; i < checked.length; i++) {
    const entry = checked[i];
    if (entry.event === undefined || entry.ownId === undefined) continue;
    const first = firstIndexOf.get(entry.ownId);
    if (first === undefined) {
      firstIndexOf.set(entry.ownId, entry.index);
      entry.id = entry.ownId;
    } else {
      const path = `events[${entry.index}].id`;
      const text = `${quoteText(entry.ownId)} is already the id of events[${first}], so this event is left out`;
      entry.issues.push({ code: 'duplicate-id', path, message: `${path}: ${text}` });
    }
  }
  const nextSuffix = new Map<string, number>();
  for (let i = 0; i < checked.length; i++) {
    const entry = checked[i];
    if (entry.event === undefined || entry.ownId !== undefined) continue;
    const base = deriveId(entry.event.title, entry.event.start);
    let id = base;
    let suffix = nextSuffix.get(base) ?? 2;
    while (firstIndexOf.has(id)) id = `${base}-${suffix++}`;
    nextSuffix.set(base, suffix);
    firstIndexOf.set(id, entry.index);
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
