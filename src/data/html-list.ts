/**
 * Events written as HTML: a list that reads as ordinary content without JavaScript (and to search engines), which a
 * timeline draws once its script runs. {@link readEventsList} reads such a list from the page; {@link eventsToHtml}
 * writes one.
 *
 * ```html
 * <event-timeline label="Aleppo, 2016">
 *   <ol>
 *     <li data-id="aleppo-retaken" data-category="military" data-actors="Syrian army" data-place="Aleppo">
 *       <h3>Syrian army retakes eastern Aleppo</h3>
 *       <time datetime="2016-36~">Late last year</time>
 *       <p>Government forces take back the eastern districts of the city.</p>
 *       <blockquote cite="https://example.org/report">
 *         <p>Late last year, the army managed to liberate the eastern sector of Aleppo.</p>
 *         <footer><cite>Press TV</cite></footer>
 *       </blockquote>
 *     </li>
 *   </ol>
 * </event-timeline>
 * ```
 */
import { describeDateWithQualifiers, describeEventDates } from './date-words.js';
import { parseEdtf, parseEventDates } from './edtf.js';
import type { TimelineEvent } from './types.js';
import { validateEvents, type ValidationIssue, type ValidationResult } from './validate.js';

/** What {@link readEventsList} gives: the valid events and every problem, each named by its item (`li[2] time`). */
export interface ListEvents extends ValidationResult {
  /** How an event is named in messages, by its index: `li[3]` for index 2 (items count from 1, as in XPath). */
  name: (index: number) => string;
}

/** The elements an item's fields were read from, to name them in messages. */
interface ItemNames {
  title: string;
  quote: string;
  url: string;
  /** Whether the end is a second `<time>` rather than the end of an interval in the first. */
  twoTimes: boolean;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const QUOTES = 'blockquote, q';

/**
 * Reads the events of an `<ol>` or `<ul>` whose `<li>` children are events, and validates them like any other
 * events. The page's markup is only read, never run or copied: every field is plain text.
 *
 * Each `<li>` (only the list's own items; a nested list is part of its item) gives:
 * - `start` and `end`: the `datetime` of its first `<time>` outside the quote (its text when it has no
 *   `datetime`), an EDTF date (`2016-36~`) or interval (`2011/..`); a second `<time>` is the end.
 * - `dateLabel`: the text of those `<time>` elements, the source's own words for the date ("Late last year"),
 *   unless it only repeats the date (its `datetime`, or the date in English words as the timeline writes it).
 * - `title`: the text of the first heading (`<h1>`…`<h6>`), else of the first `<strong>`, outside the quote.
 * - `summary`: the text of the `<p>` elements outside the quote, other than one that holds the title.
 * - `source.quote`: the text of the first `<blockquote>` or `<q>`, without its `<cite>` and `<footer>`, and
 *   `source.lang` its `lang` attribute;
 *   `source.speaker`: the text of the first `<cite>`; `source.url`: the quote's `cite` attribute, else the first
 *   link in the `<cite>`, resolved against the page's address (the usual rule for links then applies).
 * - `id`, `category`, `place`: the `data-id`, `data-category` and `data-place` attributes; `actors`: the
 *   `data-actors` attribute, names separated by `;`.
 *
 * Problems are named by the item and the element: "li[2] time: '2016-13' is not a valid date (month 13)".
 *
 * @param list - The `<ol>` or `<ul>`.
 */
export function readEventsList(list: Element): ListEvents {
  const items = [...list.children].filter((child) => child.localName === 'li');
  const names: ItemNames[] = [];
  const rows = items.map((item) => {
    const [row, itemNames] = readItem(item);
    names.push(itemNames);
    return row;
  });
  const result = validateEvents(rows);
  const issues = result.issues.map((issue) => renameIssue(issue, names));
  return { ...result, issues, name: (index) => `li[${index + 1}]` };
}

/** One `<li>` as a plain event object for the validator, and the elements its fields came from. */
function readItem(item: Element): [Record<string, unknown>, ItemNames] {
  const row: Record<string, unknown> = {};
  const names: ItemNames = { title: 'heading', quote: 'blockquote', url: 'cite', twoTimes: false };
  // Elements of the item itself: not of its quote, nor of a list nested in it.
  const own = (selector: string) =>
    [...item.querySelectorAll(selector)].filter((el) => {
      for (let up = el.parentElement; up && up !== item; up = up.parentElement) if (up.matches(`${QUOTES}, li`)) return false;
      return true;
    });

  const id = item.getAttribute('data-id');
  if (id !== null) row.id = id;
  const category = item.getAttribute('data-category');
  if (category !== null) row.category = category;
  const place = item.getAttribute('data-place');
  if (place !== null && place.trim()) row.place = place.trim();
  const actors = item.getAttribute('data-actors');
  if (actors !== null) {
    const list = actors.split(';').map((name) => name.trim()).filter(Boolean);
    if (list.length) row.actors = list;
  }

  const heading = own(HEADINGS)[0] ?? own('strong')[0];
  if (heading) {
    row.title = textOf(heading);
    names.title = heading.localName;
  }

  const times = own('time').slice(0, 2);
  if (times.length) {
    const values = times.map((time) => (time.getAttribute('datetime') ?? textOf(time)).trim());
    const [start, end] = times.length === 2 ? values : splitInterval(values[0]);
    row.start = start;
    if (end !== undefined) row.end = end;
    names.twoTimes = times.length === 2;
    const texts = times.map((time) => textOf(time));
    if (texts.some((text, k) => text && !repeatsDate(text, values[k]))) row.dateLabel = texts.filter(Boolean).join(' – ');
  }

  const paragraphs = own('p').filter((p) => !heading || !p.contains(heading));
  const summary = paragraphs.map((p) => textOf(p)).filter(Boolean).join(' ');
  if (summary) row.summary = summary;

  const quote = own(QUOTES)[0];
  const cite = own('cite')[0] ?? quote?.querySelector('cite') ?? undefined;
  const source: Record<string, unknown> = {};
  if (quote) {
    names.quote = quote.localName;
    const text = textOf(quote, 'cite, footer');
    if (text) source.quote = text;
    const lang = quote.getAttribute('lang');
    if (lang !== null && lang.trim()) source.lang = lang.trim();
    const address = quote.getAttribute('cite');
    if (address !== null) {
      source.url = absolute(address, quote.baseURI);
      names.url = `${quote.localName}[cite]`;
    }
  }
  if (cite) {
    const speaker = textOf(cite);
    if (speaker) source.speaker = speaker;
    const link = cite.closest('a[href]') ?? cite.querySelector('a[href]');
    if (source.url === undefined && link) {
      source.url = absolute(link.getAttribute('href')!, link.baseURI);
      names.url = 'cite a[href]';
    }
  }
  if (Object.keys(source).length) row.source = source;
  return [row, names];
}

/** `['2011', '..']` of `2011/..`; a date that is no interval stays whole. */
function splitInterval(value: string): [string, string?] {
  const slash = value.indexOf('/');
  return slash < 0 ? [value] : [value.slice(0, slash), value.slice(slash + 1)];
}

/** Whether a `<time>`'s text only says its date: the `datetime` itself, or the date in English words. */
function repeatsDate(text: string, value: string): boolean {
  if (text === value) return true;
  const [start, end] = splitInterval(value);
  if (end !== undefined) {
    const dates = parseEventDates(start, end);
    return dates.ok && sameWords(text, describeEventDates(dates.value));
  }
  const date = parseEdtf(value);
  return date.ok && date.value.kind === 'date' && sameWords(text, describeDateWithQualifiers(date.value));
}

function sameWords(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;
}

/** An address resolved against the page's (kept as written when it is not one, for the validator to report). */
function absolute(address: string, base: string): string {
  try {
    return new URL(address.trim(), base).href;
  } catch {
    return address;
  }
}

/** The text of an element as one line, leaving out the text of descendants that match `skip`. */
function textOf(element: Element, skip?: string): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const skipped = skip ? node.parentElement?.closest(skip) : null;
    if (skipped && element.contains(skipped)) continue;
    text += node.nodeValue;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The field of a validator path, as the element it came from: `events[1].start` → `li[2] time`. */
function renameIssue(issue: ValidationIssue, names: readonly ItemNames[]): ValidationIssue {
  const match = /^events\[(\d+)\](?:\.(\w+)(?:\.(\w+))?)?(?:\[(\d+)\])?/.exec(issue.path);
  if (!match) return issue;
  const index = Number(match[1]);
  const item = names[index];
  const [whole, , field, sub] = match;
  const element = field === undefined ? '' : elementOf(field, sub, item);
  const path = `li[${index + 1}]${element ? ` ${element}` : ''}`;
  const message = issue.message.startsWith(issue.path) ? path + issue.message.slice(issue.path.length) : issue.message;
  return { ...issue, path: path + issue.path.slice(whole.length).replace(/^\[\d+\]/, ''), message };
}

/** Where a field of an item is written. */
function elementOf(field: string, sub: string | undefined, item: ItemNames | undefined): string {
  switch (field) {
    case 'title':
      return item?.title ?? 'heading';
    case 'start':
    case 'dateLabel':
      return 'time';
    case 'end':
      return item?.twoTimes ? 'time[2]' : 'time';
    case 'summary':
      return 'p';
    case 'source':
      if (sub === 'url') return item?.url ?? 'cite';
      if (sub === 'speaker') return 'cite';
      return item?.quote ?? 'blockquote';
    default:
      return `data-${field}`;
  }
}

/** Options of {@link eventsToHtml}. */
export interface EventsToHtmlOptions {
  /** The heading level of each event's title, 1 to 6. Default 3. */
  headingLevel?: number;
}

/**
 * Writes events as the HTML list that {@link readEventsList} reads (an `<ol>`), every text escaped: for a page that
 * shows the events without JavaScript, inside an `<event-timeline>` that draws them when its script runs. Reading
 * the list back gives the same events, but for the source's title, publisher and publication date and the
 * event's `translations`, which the list does not hold.
 */
export function eventsToHtml(events: readonly TimelineEvent[], { headingLevel = 3 }: EventsToHtmlOptions = {}): string {
  const h = `h${Math.min(6, Math.max(1, Math.round(headingLevel)))}`;
  const items = events.map((event) => {
    const attributes = [
      ['data-id', event.id],
      ['data-category', event.category],
      ['data-actors', event.actors?.join('; ')],
      ['data-place', event.place],
    ]
      .filter(([, value]) => value)
      .map(([name, value]) => ` ${name}="${escapeHtml(value!)}"`)
      .join('');
    const datetime = event.end === undefined ? event.start : `${event.start}/${event.end}`;
    const dates = parseEventDates(event.start, event.end);
    const when = event.dateLabel ?? (dates.ok ? describeEventDates(dates.value) : datetime);
    const lines = [
      `  <li${attributes}>`,
      `    <${h}>${escapeHtml(event.title)}</${h}>`,
      `    <time datetime="${escapeHtml(datetime)}">${escapeHtml(when)}</time>`,
    ];
    if (event.summary) lines.push(`    <p>${escapeHtml(event.summary)}</p>`);
    const source = event.source;
    if (source?.quote) {
      const cite = (source.url ? ` cite="${escapeHtml(source.url)}"` : '') + (source.lang ? ` lang="${escapeHtml(source.lang)}"` : '');
      const speaker = source.speaker ? `<footer><cite>${escapeHtml(source.speaker)}</cite></footer>` : '';
      lines.push(`    <blockquote${cite}><p>${escapeHtml(source.quote)}</p>${speaker}</blockquote>`);
    } else if (source?.speaker) {
      lines.push(`    <footer><cite>${escapeHtml(source.speaker)}</cite></footer>`);
    }
    lines.push('  </li>');
    return lines.join('\n');
  });
  return `<ol>\n${items.join('\n')}\n</ol>`;
}

/** Text as HTML writes it, in element content and quoted attribute values alike. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
