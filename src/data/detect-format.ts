/**
 * Which format a file of events is in, and reading it: JSON (our format), CSV, a TimelineJS document, or
 * vis-timeline items.
 */
import { parseEventsCsv } from './csv.js';
import { describeJsonError } from './json-errors.js';
import { fromTimelineJS, isTimelineJS } from './timelinejs.js';
import { fromVisItems, isVisItems } from './vis.js';
import { validateEvents, type ValidateOptions, type ValidationIssue, type ValidationResult } from './validate.js';

/** The formats a file of events can be in. */
export type EventsFormat = 'json' | 'csv' | 'timelinejs' | 'vis';

const FORMATS: readonly string[] = ['json', 'csv', 'timelinejs', 'vis'];

/**
 * Decides the format of a file of events, in this order:
 *
 * 1. `format`, when it is `json`, `csv`, `timelinejs` or `vis` (any case; anything else is ignored);
 * 2. the content type: `text/csv` (or `application/csv`, `text/comma-separated-values`) is CSV; a JSON type
 *    (`application/json`, `text/json`, `…+json`) is JSON;
 * 3. the URL's extension, `.csv` or `.json`, ignoring its query and hash;
 * 4. the text: JSON when its first character other than whitespace (or a byte-order mark) is `[` or `{`,
 *    else CSV.
 *
 * JSON that is a TimelineJS document ({@link isTimelineJS}) is `timelinejs`, and JSON that is vis-timeline items
 * ({@link isVisItems}: `{ "items": [...] }`, or a list of objects with `content` and `start` and no `title`) is
 * `vis`, unless `format` says `json`.
 * JSON that does not parse stays `json`, so that reading it reports where it breaks.
 *
 * @param options.contentType - The response's `Content-Type` header, if any.
 * @param options.url - Where the text came from, if anywhere.
 * @param options.text - The file's text.
 * @param options.format - What the user said the format is (the element's `format` attribute), if anything.
 */
export function detectFormat(options: {
  contentType?: string | null;
  url?: string;
  text: string;
  format?: string | null;
}): EventsFormat {
  const explicit = typeof options.format === 'string' ? options.format.trim().toLowerCase() : '';
  if (FORMATS.includes(explicit)) return explicit as EventsFormat;

  const mime = (options.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (['text/csv', 'application/csv', 'text/comma-separated-values'].includes(mime)) return 'csv';
  if (mime === 'application/json' || mime === 'text/json' || mime.endsWith('+json')) return jsonKind(options.text);

  const path = (options.url ?? '').replace(/[?#].*$/s, '').toLowerCase();
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.json')) return jsonKind(options.text);

  return /^[\s\uFEFF]*[[{]/.test(options.text) ? jsonKind(options.text) : 'csv';
}

/**
 * Reads the text of a file of events in `format` into rows for {@link validateEvents}, with the problems of
 * the file as a whole (invalid JSON, a CSV without a title column) and of its rows before validation.
 *
 * Invalid JSON gives one issue at index -1, path `events`, saying where it breaks, such as "events: the file
 * is not valid JSON: unexpected end of input at line 3, column 5", and `rows` is `[]`. A byte-order mark at the
 * start is ignored. `title` is the document's title: a text `title` of a JSON object, a TimelineJS title slide.
 *
 * @param text - The file's text.
 * @param format - Its format, from {@link detectFormat}.
 */
export function parseEventsText(
  text: string,
  format: EventsFormat,
): { rows: unknown; issues: ValidationIssue[]; title?: string } {
  if (format === 'csv') return parseEventsCsv(text);
  if (format === 'json') return parseJsonEventsText(text, describeJsonError);
  const parsed = parseJson(text, describeJsonError);
  if (!parsed.ok) return unreadable(parsed.message);
  return format === 'vis' ? fromVisItems(parsed.value) : fromTimelineJS(parsed.value);
}

function unreadable(message: string): { rows: unknown[]; issues: ValidationIssue[] } {
  return { rows: [], issues: [{ index: -1, code: 'invalid-input', path: 'events', message: `events: ${message}`, skipped: true }] };
}

/**
 * Reads the text of a JSON file of events (our format) into rows, without touching the other readers:
 * {@link parseEventsText} for `json`. `describe` words a JSON error: the engine's message unless given
 * {@link describeJsonError}, which says where the text breaks in the same words in every browser.
 */
export function parseJsonEventsText(
  text: string,
  describe: JsonErrorDescriber = engineJsonError,
): { rows: unknown; issues: ValidationIssue[]; title?: string } {
  const parsed = parseJson(text, describe);
  if (!parsed.ok) return unreadable(parsed.message);
  const value = parsed.value;
  const title = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { title?: unknown }).title : undefined;
  return { rows: value, issues: [], ...(typeof title === 'string' && title.trim() !== '' && { title }) };
}

/**
 * Checks what {@link parseEventsText} read: {@link validateEvents} on its rows, with the issues of both in one
 * list in input order. A row's problem found while reading gets the event's id, and counts as `skipped` exactly
 * when validation left that event out.
 *
 * @param parsed - What reading the file gave.
 * @param options - Passed to {@link validateEvents} (the file's URL, to resolve relative links).
 */
export function checkParsedEvents(
  parsed: { rows: unknown; issues: ValidationIssue[]; title?: string },
  options: ValidateOptions = {},
): ValidationResult & { title?: string } {
  const { rows, issues: readIssues, title } = parsed;
  const result = validateEvents(rows, options);
  const leftOut = new Set(result.issues.filter((issue) => issue.skipped).map((issue) => issue.index));
  // Kept events are in input order, so the k-th index not left out is events[k].
  const idOf = new Map(result.issues.filter((issue) => issue.id !== undefined).map((issue) => [issue.index, issue.id]));
  for (let index = 0, k = 0; index < result.total; index++) {
    if (!leftOut.has(index)) idOf.set(index, result.events[k++].id);
  }
  const placed = (issue: ValidationIssue): ValidationIssue => {
    if (issue.index < 0) return issue;
    const id = idOf.get(issue.index);
    return { ...issue, ...(id !== undefined && { id }), skipped: leftOut.has(issue.index) };
  };
  // A failed read already explains the missing events; "expected a list" on top of it would not help.
  const issues = readIssues.some((issue) => issue.index === -1 && issue.skipped)
    ? readIssues
    : [...readIssues.map(placed), ...result.issues];
  issues.sort((a, b) => a.index - b.index);
  return { ...result, issues, ...(title !== undefined && { title }) };
}

/**
 * Reads and checks the text of a file of events: {@link parseEventsText}, then {@link checkParsedEvents}.
 *
 * @param text - The file's text.
 * @param format - Its format, from {@link detectFormat}.
 * @param options - Passed to {@link validateEvents} (the file's URL, to resolve relative links).
 */
export function readEventsText(
  text: string,
  format: EventsFormat,
  options: ValidateOptions = {},
): ValidationResult & { title?: string } {
  return checkParsedEvents(parseEventsText(text, format), options);
}

/**
 * Whether JSON text is a TimelineJS document (`timelinejs`), vis-timeline items (`vis`) or anything else (`json`,
 * invalid JSON included).
 */
function jsonKind(text: string): EventsFormat {
  const parsed = parseJson(text);
  if (!parsed.ok) return 'json';
  return isTimelineJS(parsed.value) ? 'timelinejs' : isVisItems(parsed.value) ? 'vis' : 'json';
}

/** Says what is wrong with JSON text that `JSON.parse` rejected (see {@link describeJsonError}). */
export type JsonErrorDescriber = (text: string, error: unknown) => string;

/** The engine's own words for a JSON error: short, but worded (and placed) differently in every browser. */
export const engineJsonError: JsonErrorDescriber = (_, error) =>
  error instanceof Error ? error.message.replace(/^JSON\.parse:\s*/, '') : String(error);

/** Parses JSON; on failure, says why and where in words. */
function parseJson(
  text: string,
  describe: JsonErrorDescriber = engineJsonError,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const source = String(text).replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, message: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    return { ok: false, message: `the file is not valid JSON: ${describe(source, error)}` };
  }
}

export { describeJsonError };
