/**
 * Which format a file of events is in, and reading it: JSON (our format), CSV, or a TimelineJS document.
 */
import { parseEventsCsv } from './csv.js';
import { fromTimelineJS, isTimelineJS } from './timelinejs.js';
import { quoteText, validateEvents, type ValidateOptions, type ValidationIssue, type ValidationResult } from './validate.js';

/** The formats a file of events can be in. */
export type EventsFormat = 'json' | 'csv' | 'timelinejs';

const FORMATS: readonly string[] = ['json', 'csv', 'timelinejs'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Decides the format of a file of events, in this order:
 *
 * 1. `format`, when it is `json`, `csv` or `timelinejs` (any case; anything else is ignored);
 * 2. the content type: `text/csv` (or `application/csv`, `text/comma-separated-values`) is CSV; a JSON type
 *    (`application/json`, `text/json`, `…+json`) is JSON;
 * 3. the URL's extension, `.csv` or `.json`, ignoring its query and hash;
 * 4. the text: JSON when its first character other than whitespace (or a byte-order mark) is `[` or `{`,
 *    else CSV.
 *
 * JSON that is a TimelineJS document ({@link isTimelineJS}) is `timelinejs`, unless `format` says `json`.
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
  if (format === 'json') return parseJsonEventsText(text);
  const parsed = parseJson(text);
  return parsed.ok ? fromTimelineJS(parsed.value) : unreadable(parsed.message);
}

function unreadable(message: string): { rows: unknown[]; issues: ValidationIssue[] } {
  return { rows: [], issues: [{ index: -1, path: 'events', message: `events: ${message}`, skipped: true }] };
}

/**
 * Reads the text of a JSON file of events (our format) into rows, without touching the CSV and TimelineJS readers:
 * {@link parseEventsText} for `json`.
 */
export function parseJsonEventsText(text: string): { rows: unknown; issues: ValidationIssue[]; title?: string } {
  const parsed = parseJson(text);
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

/** Whether JSON text is a TimelineJS document (`timelinejs`) or anything else (`json`, invalid JSON included). */
function jsonKind(text: string): EventsFormat {
  const parsed = parseJson(text);
  return parsed.ok && isTimelineJS(parsed.value) ? 'timelinejs' : 'json';
}

/** Parses JSON; on failure, says why and where in words. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const source = String(text).replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, message: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    return { ok: false, message: `the file is not valid JSON: ${describeJsonError(source, error)}` };
  }
}

/**
 * What is wrong with JSON text that `JSON.parse` rejected, and where: from our own scan when it finds the fault
 * (the same words in every browser), else from the engine's message, whose wording differs between engines.
 *
 * @internal Exported for tests.
 */
export function describeJsonError(text: string, error: unknown): string {
  const found = findJsonError(text);
  if (found) return `${found.reason} ${at(text, found.offset)}`;
  const raw = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+),? column (\d+)/i.exec(raw);
  const position = /position (\d+)/i.exec(raw);
  // "JSON.parse: unexpected end of data at line 1 column 5 of the JSON data" (Firefox), "Unexpected token
  // '}', ... is not valid JSON" or "... in JSON at position 42 (line 3 column 5)" (V8), "JSON Parse error:
  // Unexpected EOF" (JavaScriptCore): keep the words, drop the engine's own framing of the position.
  const words = raw
    .replace(/^JSON(?:\.parse:| Parse error:)\s*/i, '')
    .replace(/\s*(?:in JSON)?\s*(?:at position \d+)?\s*(?:\(line \d+ column \d+\))?\s*(?:at line \d+ column \d+ of the JSON data)?$/i, '');
  const reason = quoteText(words.replace(/^./, (c) => c.toLowerCase())).slice(1, -1);
  if (lineColumn) return `${reason} at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  if (position) return `${reason} ${at(text, Number(position[1]))}`;
  return reason || 'the parser gave no reason';
}

/** "at line 3, column 5" for an offset into `text` (both 1-based, columns in UTF-16 code units). */
function at(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `at line ${line}, column ${column}`;
}

/**
 * Scans JSON text for its first fault without building values, iteratively (deep nesting cannot overflow the
 * stack). Returns null when it finds none.
 */
function findJsonError(text: string): { offset: number; reason: string } | null {
  const n = text.length;
  let i = 0;
  const stack: ('[' | '{')[] = [];
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fault = (reason: string, offset = i) => ({ offset, reason });
  const unexpected = () => (i >= n ? fault('unexpected end of input') : fault(`unexpected character ${describeChar(text, i)}`));

  /** Reads a string at `i` (which is `"`); returns a fault or null. */
  const readString = () => {
    const start = i++;
    while (i < n) {
      const c = text[i];
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return fault('a \\u escape needs four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          return e === undefined ? fault('a text in double quotes is not closed', start) : fault(`unknown escape ${quoteText(`\\${e}`)}`);
        }
      } else if (c < ' ') {
        return fault('a line break or control character inside a text in double quotes (write \\n)');
      } else {
        i++;
      }
    }
    return fault('a text in double quotes is not closed', start);
  };

  /** Reads one value at `i` that is not an array or object; returns a fault or null. */
  const readScalar = () => {
    const c = text[i];
    if (c === '"') return readString();
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return null;
    }
    if (c === '-' || (c >= '0' && c <= '9')) return fault('a number is not written as JSON numbers are');
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    if (c === "'") return fault("texts must be in double quotes (\"), not single quotes (')");
    return unexpected();
  };

  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      if (i >= n) return unexpected();
      const c = text[i];
      if (c === '[' || c === '{') {
        i++;
        skipSpace();
        const close = c === '[' ? ']' : '}';
        if (text[i] === close) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(c);
        if (c === '{') {
          const key = readKey();
          if (key) return key;
        }
        continue;
      }
      const scalar = readScalar();
      if (scalar) return scalar;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? fault('unexpected text after the end of the data') : null;
    const c = text[i];
    if (c === ',') {
      i++;
      skipSpace();
      if (text[i] === ']' || text[i] === '}') return fault(`a comma before '${text[i]}' (remove the last comma)`);
      if (top === '{') {
        const key = readKey();
        if (key) return key;
      }
      expectValue = true;
      continue;
    }
    if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
      i++;
      stack.pop();
      continue;
    }
    if (i >= n) return unexpected();
    return fault(top === '[' ? "expected ',' or ']' after an item of a list" : "expected ',' or '}' after a value in an object");
  }

  /** Reads `"key":` at `i` (after skipping space); returns a fault or null, leaving `i` before the value. */
  function readKey() {
    skipSpace();
    if (text[i] !== '"') {
      if (i >= n) return unexpected();
      return text[i] === "'" ? fault("names must be in double quotes (\"), not single quotes (')") : fault('expected a name in double quotes');
    }
    const failed = readString();
    if (failed) return failed;
    skipSpace();
    if (text[i] !== ':') return i >= n ? unexpected() : fault("expected ':' after a name");
    i++;
    expectValue = true;
    return null;
  }
}

/** The character at `offset` for a message: quoted, or named when it is a line break. */
function describeChar(text: string, offset: number): string {
  const c = String.fromCodePoint(text.codePointAt(offset) ?? 0xfffd);
  return c === '\n' || c === '\r' ? '(a line break)' : quoteText(c);
}
