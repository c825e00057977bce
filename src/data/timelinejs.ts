/**
 * Import of TimelineJS (Knight Lab, TimelineJS3) JSON documents, so a timeline made for TimelineJS can be
 * drawn here from the same file. Format: https://timeline.knightlab.com/docs/json-format.html
 */
import { htmlToPlainText } from './plain-text.js';
import { safeUrl } from './safe-url.js';
import { describeValue, isPlainObject, quoteText, type IssueCode, type ValidationIssue } from './validate.js';

/** The category of events made from TimelineJS eras. */
export const ERA_CATEGORY = 'era';

/** How many characters of a slide's text make its title when it has no headline and no caption. */
const MAX_FALLBACK_TITLE_CHARS = 80;

/**
 * Whether `doc` looks like a TimelineJS document: an object with an `events` array whose first item has a
 * `start_date`.
 *
 * @param doc - Parsed JSON.
 */
export function isTimelineJS(doc: unknown): boolean {
  if (!isPlainObject(doc) || !Array.isArray(doc.events) || doc.events.length === 0) return false;
  const first: unknown = doc.events[0];
  return isPlainObject(first) && Object.hasOwn(first, 'start_date');
}

/**
 * Maps a TimelineJS document to plain event objects, to be checked by {@link validateEvents}. Nothing is
 * dropped here: what cannot be mapped is passed on for the validator to report, so `rows[i]` is slide `i`.
 *
 * - Dates: `start_date` → `start`, `end_date` → `end`, with the precision of the parts present: `{year: 2012}`
 *   → `2012`, with `month: 3` → `2012-03`, with `day: 5` → `2012-03-05`. Parts may be numbers or numeric
 *   strings; a negative year gets four digits (`-500` → `-0500`). Hours, minutes and seconds are ignored (the
 *   date keeps day precision). A day without a month is ignored with a warning. Parts that are not numbers
 *   are written into the date as they are (`2016-13`, `2016-March`), so the validator says what is wrong; a
 *   `start_date` without a year gives an empty start. An empty `end_date` object means no end.
 * - Text: `text.headline` → `title`, `text.text` → `summary`, `display_date` (or `start_date.display_date`) →
 *   `dateLabel`, all reduced from HTML to plain text ({@link htmlToPlainText}). A slide without a headline
 *   takes its title from `media.caption`, or else from the start of its text (cut to 80 characters).
 * - `group` → `category` (a free category gets its own lane); `unique_id` → `id`.
 * - `media`: it is where the slide's story is shown, so it stands for the source: `media.url` → `source.url`,
 *   kept only when it is an `http:` or `https:` link (otherwise dropped with a warning: media can be embed code
 *   or an image path), `media.caption` → `source.title`, `media.credit` → `source.publisher` (plain text).
 *   Presentation fields (`background`, `autolink`, `scale`, media thumbnails) are ignored.
 * - `eras` become spans in category {@link ERA_CATEGORY}, after the slides: era `j` is `rows[slides + j]`.
 * - The title slide's headline is returned as `title` (plain text); the title slide is not an event.
 *
 * A value that is not an object with an `events` (or `eras`) array gives one issue at index -1 and no rows.
 *
 * @param doc - Parsed TimelineJS JSON.
 * @returns The rows, warnings about slides (fields dropped), and the timeline's title.
 */
export function fromTimelineJS(doc: unknown): { rows: unknown[]; issues: ValidationIssue[]; title?: string } {
  const issues: ValidationIssue[] = [];
  const slides: unknown = isPlainObject(doc) ? doc.events : undefined;
  const eras: unknown = isPlainObject(doc) ? doc.eras : undefined;
  if (!isPlainObject(doc) || !(Array.isArray(slides) || Array.isArray(eras))) {
    const got = isPlainObject(doc) ? "an object without an 'events' list" : describeValue(doc);
    const message = `events: expected a TimelineJS document (an object with an 'events' list of slides), but got ${got}`;
    return { rows: [], issues: [{ index: -1, code: 'invalid-input', path: 'events', message, skipped: true }] };
  }

  const slideList: unknown[] = Array.isArray(slides) ? slides : [];
  const rows = slideList.map((slide, index) => slideToRow(slide, index, issues));
  if (Array.isArray(eras)) {
    eras.forEach((era: unknown, j) => {
      const row = slideToRow(era, slideList.length + j, issues);
      rows.push(isPlainObject(row) ? { ...row, category: ERA_CATEGORY } : row);
    });
  }
  const headline = isPlainObject(doc.title) && isPlainObject(doc.title.text) ? doc.title.text.headline : undefined;
  const title = typeof headline === 'string' ? oneLine(htmlToPlainText(headline)) : '';
  return { rows, issues, ...(title !== '' && { title }) };
}

function slideToRow(slide: unknown, index: number, issues: ValidationIssue[]): unknown {
  if (!isPlainObject(slide)) return slide;
  const at = `events[${index}]`;
  const warn: Warn = (code, path, message) =>
    issues.push({ index, code, path, message: `${path}: ${message}`, skipped: false });
  const row: Record<string, unknown> = {};

  if (slide.unique_id !== undefined) row.id = slide.unique_id;

  const text = isPlainObject(slide.text) ? slide.text : {};
  const media = isPlainObject(slide.media) ? slide.media : {};
  const headline = plain(text.headline);
  const body = typeof text.text === 'string' ? htmlToPlainText(text.text) : text.text;
  const caption = plain(media.caption);
  if (typeof headline === 'string' && headline !== '') row.title = headline;
  else if (typeof caption === 'string' && caption !== '') row.title = caption;
  else if (typeof body === 'string' && body !== '') row.title = cut(oneLine(body.split('\n')[0]));
  else if (headline !== undefined) row.title = headline;
  if (body !== undefined && body !== '') row.summary = body;

  const start = toEdtf(slide.start_date, `${at}.start_date`, warn);
  if (start !== undefined) row.start = start;
  const end = toEdtf(slide.end_date, `${at}.end_date`, warn);
  if (end !== undefined) row.end = end;

  const dateLabel = plain(slide.display_date) ?? (isPlainObject(slide.start_date) ? plain(slide.start_date.display_date) : undefined);
  if (dateLabel !== undefined && dateLabel !== '') row.dateLabel = dateLabel;
  const group = plain(slide.group);
  if (group !== undefined && group !== '') row.category = group;

  const source: Record<string, unknown> = {};
  if (media.url !== undefined && media.url !== null && media.url !== '') {
    const url = typeof media.url === 'string' ? safeUrl(media.url) : null;
    if (url !== null && /^https?:/i.test(url)) source.url = media.url;
    else {
      const what = typeof media.url === 'string' ? quoteText(media.url) : describeValue(media.url);
      warn('unsafe-url', `${at}.media.url`, `${what} is not a web link (http or https), so it is not kept`);
    }
  }
  if (caption !== undefined && caption !== '') source.title = caption;
  const credit = plain(media.credit);
  if (credit !== undefined && credit !== '') source.publisher = credit;
  if (Object.keys(source).length > 0) row.source = source;
  return row;
}

/** Records a warning of kind `code` about the field at `path`. */
type Warn = (code: IssueCode, path: string, message: string) => void;

/**
 * A TimelineJS date object as EDTF; undefined for no date (absent, null, `{}`). A value that is not an object
 * is passed on unchanged for the validator to judge.
 */
function toEdtf(date: unknown, path: string, warn: Warn): unknown {
  if (date === undefined || date === null) return undefined;
  if (!isPlainObject(date)) return date;
  const present = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (!['year', 'month', 'day'].some((part) => present(date[part]))) {
    return Object.keys(date).length === 0 ? undefined : '';
  }
  if (!present(date.year)) return '';
  const parts = (['year', 'month', 'day'] as const).filter((part) => present(date[part]));
  const wrong = parts.find((part) => !['string', 'number'].includes(typeof date[part]));
  if (wrong !== undefined) {
    warn('wrong-type', `${path}.${wrong}`, `expected a number, but got ${describeValue(date[wrong])}, so the date cannot be read`);
    return '';
  }
  let edtf = formatYear(String(date.year).trim());
  if (present(date.month)) {
    edtf += `-${formatPart(String(date.month).trim())}`;
    if (present(date.day)) edtf += `-${formatPart(String(date.day).trim())}`;
  } else if (present(date.day)) {
    warn('day-without-month', `${path}.day`, 'a day without a month is ignored, so the date is the whole year');
  }
  return edtf;
}

/** A year as EDTF's four digits (`-500` → `-0500`); anything but an integer is kept for the validator to judge. */
function formatYear(text: string): string {
  if (!/^-?\d+$/.test(text)) return text;
  const value = Number(text);
  return (value < 0 ? '-' : '') + String(Math.abs(value)).padStart(4, '0');
}

/** A month or day as two digits (`3` → `03`); anything but an integer is kept for the validator to judge. */
function formatPart(text: string): string {
  return /^\d+$/.test(text) ? String(Number(text)).padStart(2, '0') : text;
}

/** HTML text as one line of plain text; a value that is not a text is passed on unchanged. */
function plain(value: unknown): unknown {
  return typeof value === 'string' ? oneLine(htmlToPlainText(value)) : value;
}

function oneLine(text: string): string {
  return text.replace(/\n/g, ' ');
}

function cut(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_FALLBACK_TITLE_CHARS ? text : chars.slice(0, MAX_FALLBACK_TITLE_CHARS).join('').trimEnd() + '…';
}
