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
 * `start_date` (TimelineJS 3; or a `date` object, as its early documents name it), or an object whose `timeline` has a `date`, `slides` or `era` list (TimelineJS 2).
 *
 * @param doc - Parsed JSON.
 */
export function isTimelineJS(doc: unknown): boolean {
  if (isVersion2(doc)) return true;
  if (!isPlainObject(doc) || !Array.isArray(doc.events) || doc.events.length === 0) return false;
  const first: unknown = doc.events[0];
  return isPlainObject(first) && (Object.hasOwn(first, 'start_date') || isPlainObject(first.date));
}

/** Whether `doc` is a TimelineJS 2 document: `{ timeline: { date: [...] } }` (or `slides`, or only `era`). */
function isVersion2(doc: unknown): doc is { timeline: Record<string, unknown> } {
  if (!isPlainObject(doc) || !isPlainObject(doc.timeline)) return false;
  const { date, slides, era } = doc.timeline;
  return Array.isArray(date) || Array.isArray(slides) || Array.isArray(era);
}

/**
 * A TimelineJS 2 document in the shape of a TimelineJS 3 one: its `date` (or `slides`) list as slides, `era` as
 * eras, and the timeline's own `headline` as the title slide. A slide's `startDate` and `endDate` (`"2012,1,26"`,
 * `"1899"`, `"-300"`; a time after the day is dropped) become date objects, `headline` and `text` its text, `asset`
 * its media, `tag` its group. An item that already has a `start_date` is taken as it is. An end the same as the start
 * is no end: TimelineJS 2 documents often repeat the start there.
 */
function fromVersion2(timeline: Record<string, unknown>): Record<string, unknown> {
  const list = Array.isArray(timeline.date) ? timeline.date : Array.isArray(timeline.slides) ? timeline.slides : [];
  const slide = (item: unknown): unknown => {
    if (!isPlainObject(item) || Object.hasOwn(item, 'start_date')) return item;
    const asset = isPlainObject(item.asset) ? item.asset : {};
    const end = item.endDate === item.startDate ? undefined : item.endDate;
    return {
      start_date: version2Date(item.startDate),
      end_date: version2Date(end),
      text: { headline: item.headline, text: item.text },
      media: { url: asset.media, caption: asset.caption, credit: asset.credit },
      group: item.tag,
      unique_id: item.id ?? item.unique_id,
    };
  };
  return {
    events: list.map(slide),
    eras: Array.isArray(timeline.era) ? timeline.era.map(slide) : undefined,
    title: { text: { headline: timeline.headline } },
  };
}

/**
 * A TimelineJS 2 date (`"2012,1,26"`, `"1896,9,10,12,06"`, `"1899"`, a number) as a TimelineJS 3 date object; any
 * other value is passed on for the validator to judge.
 */
function version2Date(value: unknown): unknown {
  if (typeof value === 'number') return { year: value };
  if (typeof value !== 'string') return value;
  const parts = value.split(',').map((part) => part.trim());
  if (!parts.every((part) => /^[-+]?\d+$/.test(part))) return value.trim() === '' ? undefined : value;
  const [year, month, day] = parts;
  return { year, month, day };
}

/**
 * Maps a TimelineJS document to plain event objects, to be checked by {@link validateEvents}. Nothing is
 * dropped here: what cannot be mapped is passed on for the validator to report, so `rows[i]` is slide `i`.
 *
 * - Dates: `start_date` → `start`, `end_date` → `end`, with the precision of the parts present: `{year: 2012}`
 *   → `2012`, with `month: 3` → `2012-03`, with `day: 5` → `2012-03-05`. Parts may be numbers or numeric
 *   strings. TimelineJS counts years as historians do, without a year 0, and EDTF astronomically: year -300
 *   (300 BCE) becomes `-0299`. A year of more than four digits is written EDTF's way, `Y12000` or `Y-19999`, alone
 *   (its month and day are dropped); one beyond what a `Date` holds is reported by the validator. Hours, minutes
 *   and seconds are ignored (the date keeps day precision). A day without a month is ignored with a warning.
 *   Parts that are not numbers are written into the date as they are (`2016-13`, `2016-March`), so the validator
 *   says what is wrong; a `start_date` without a year gives an empty start. An `end_date` that is `{}` or whose
 *   parts are all empty means no end. TimelineJS ends a span at the first instant of its end date, so an end
 *   that is a year alone, after the start's year, closes the year before (`{year: 650}` → `0649`).
 * - Text: `text.headline` → `title`, `text.text` → `summary`, `display_date` (or `start_date.display_date`) →
 *   `dateLabel`, all reduced from HTML to plain text ({@link htmlToPlainText}). A slide without a headline
 *   takes its title from `media.caption`, or else from the start of its text (cut to 80 characters).
 * - `group` → `category` (a free category gets its own lane); `unique_id` → `id` (an empty one is no id).
 * - `media`: it is where the slide's story is shown, so it stands for the source: `media.url` → `source.url`,
 *   kept when it is a web link, absolute, protocol-relative or relative to the document (the validator resolves
 *   it against the document's address); embed code is left out, any other link with a warning.
 *   `media.caption` → `source.title`, `media.credit` → `source.publisher` (plain text).
 *   Presentation fields (`background`, `autolink`, `scale`, media thumbnails) are ignored.
 * - `eras` become spans in category {@link ERA_CATEGORY}, after the slides: era `j` is `rows[slides + j]`.
 * - The title slide's headline is returned as `title` (plain text); the title slide is not an event.
 * - A TimelineJS 2 document (`{ timeline: { headline, date: [...], era: [...] } }`) is read the same way, with
 *   `startDate`, `endDate`, `headline`, `text`, `asset` and `tag` for each slide.
 *
 * A value that is not an object with an `events` (or `eras`) array gives one issue at index -1 and no rows.
 *
 * @param doc - Parsed TimelineJS JSON.
 * @returns The rows, warnings about slides (fields dropped), and the timeline's title.
 */
export function fromTimelineJS(doc: unknown): { rows: unknown[]; issues: ValidationIssue[]; title?: string } {
  if (isVersion2(doc)) doc = fromVersion2(doc.timeline);
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

  // TimelineJS writes an empty `unique_id` when there is none.
  if (slide.unique_id !== undefined && slide.unique_id !== '') row.id = slide.unique_id;

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

  // Early TimelineJS 3 documents name the start `date`.
  const startField = slide.start_date === undefined && isPlainObject(slide.date) ? 'date' : 'start_date';
  const start = toEdtf(slide[startField], `${at}.${startField}`, warn);
  if (start !== undefined) row.start = start;
  const end = toEdtf(slide.end_date, `${at}.end_date`, warn, 'end');
  if (end !== undefined) row.end = closeEnd(start, end);

  const dateLabel = plain(slide.display_date) ?? (isPlainObject(slide.start_date) ? plain(slide.start_date.display_date) : undefined);
  if (dateLabel !== undefined && dateLabel !== '') row.dateLabel = dateLabel;
  const group = plain(slide.group);
  if (group !== undefined && group !== '') row.category = group;

  const source: Record<string, unknown> = {};
  const url = mediaUrl(media.url, `${at}.media.url`, warn);
  if (url !== undefined) source.url = url;
  if (caption !== undefined && caption !== '') source.title = caption;
  const credit = plain(media.credit);
  if (credit !== undefined && credit !== '') source.publisher = credit;
  if (Object.keys(source).length > 0) row.source = source;
  return row;
}

/**
 * The link of a slide's media: a web link, absolute, protocol-relative (`//host/…`) or relative to the document
 * (which the validator resolves against the document's address). Embed code (`<iframe …>`, `<blockquote …>`) is
 * presentation, not a source, and is left out quietly; any other link (`javascript:`, `data:`) with a warning.
 */
function mediaUrl(value: unknown, path: string, warn: Warn): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.startsWith('<')) return undefined;
    const url = safeUrl(text, 'https://example.invalid/');
    if (url !== null && /^https?:/i.test(url)) return text;
  }
  const what = typeof value === 'string' ? quoteText(value) : describeValue(value);
  warn('unsafe-url', path, `${what} is not a web link (http or https), so it is not kept`);
  return undefined;
}

/** Records a warning of kind `code` about the field at `path`. */
type Warn = (code: IssueCode, path: string, message: string) => void;

/**
 * A TimelineJS date object as EDTF; undefined for no date (absent, null, `{}`, and for an end, an object whose
 * parts are all empty, as TimelineJS writes one). A value that is not an object is passed on unchanged for the
 * validator to judge.
 */
function toEdtf(date: unknown, path: string, warn: Warn, role: 'start' | 'end' = 'start'): unknown {
  if (date === undefined || date === null) return undefined;
  if (!isPlainObject(date)) return date;
  const present = (value: unknown) => value !== undefined && value !== null && value !== '';
  if (!['year', 'month', 'day'].some((part) => present(date[part]))) {
    return role === 'end' || Object.keys(date).length === 0 ? undefined : '';
  }
  if (!present(date.year)) return '';
  const parts = (['year', 'month', 'day'] as const).filter((part) => present(date[part]));
  const wrong = parts.find((part) => !['string', 'number'].includes(typeof date[part]));
  if (wrong !== undefined) {
    warn('wrong-type', `${path}.${wrong}`, `expected a number, but got ${describeValue(date[wrong])}, so the date cannot be read`);
    return '';
  }
  let edtf = formatYear(String(date.year).trim());
  // EDTF writes a year of more than four digits alone (Y12017): its month and day are not kept.
  if (edtf.startsWith('Y')) return edtf;
  if (present(date.month)) {
    edtf += `-${formatPart(String(date.month).trim())}`;
    if (present(date.day)) edtf += `-${formatPart(String(date.day).trim())}`;
  } else if (present(date.day)) {
    warn('day-without-month', `${path}.day`, 'a day without a month is ignored, so the date is the whole year');
  }
  return edtf;
}

/**
 * A year as EDTF writes it. TimelineJS counts years as historians do, with no year 0, so its -300 is 300 BCE, which
 * EDTF, counting astronomically, writes `-0299`. Four digits (`-500` → `-0499`), or `Y` and more digits
 * (`-12000` → `Y-11999`). Anything but an integer is kept for the validator to judge.
 */
function formatYear(text: string): string {
  if (!/^[-+]?\d+$/.test(text)) return text;
  const value = Number(text);
  return edtfYear(value < 0 ? value + 1 : value);
}

/** An astronomical year as EDTF: `-0299`, `0650`, `Y-11999`. */
function edtfYear(year: number): string {
  const digits = String(Math.abs(year));
  const sign = year < 0 ? '-' : '';
  return digits.length > 4 ? `Y${sign}${digits}` : sign + digits.padStart(4, '0');
}

/**
 * The end of a span as we write it: the last stretch it covers. TimelineJS ends a span at the first instant of its
 * end date, so an end that is a year alone, after the start's year, closes the year before: eras of 600 to 650 and
 * 650 to 700 abut (`0600`–`0649`, `0650`–`0699`) rather than share the year 650.
 */
function closeEnd(start: unknown, end: unknown): unknown {
  const endYear = typeof end === 'string' ? /^Y?(-?\d+)$/.exec(end)?.[1] : undefined;
  const startYear = typeof start === 'string' ? /^Y?(-?\d+)/.exec(start)?.[1] : undefined;
  if (endYear === undefined || startYear === undefined || Number(startYear) >= Number(endYear)) return end;
  return edtfYear(Number(endYear) - 1);
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
