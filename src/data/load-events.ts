import type { EventsFormat } from './detect-format.js';
import type { ValidationResult } from './validate.js';

/** How long a load may take before it is given up, in ms. */
export const LOAD_TIMEOUT_MS = 15000;

/** What a load gives: the valid events, every problem found, the format read, and a title when the file has one. */
export interface LoadedEvents extends ValidationResult {
  format: EventsFormat | 'html';
  title?: string;
  /** How an event is named in messages, by its index, when not `events[i]` (`li[3]` in an HTML list). */
  name?: (index: number) => string;
}

/**
 * Fetches `url` and reads its events: JSON (an array, or an object with an `events` array), CSV, a TimelineJS
 * document or vis-timeline items, told apart by `format` when given, else by the content type, the file extension or
 * the content itself.
 * Each event is validated; problems with single events come back as issues. Rejects with an Error whose message
 * says in words what failed as a whole: the HTTP status, a network error, a timeout, invalid JSON with its position,
 * or content that holds no list of events.
 *
 * What it takes (fetching, telling the format, the readers) is loaded with the first call: next to the standalone
 * bundle it is a file of its own, `syria-timeline.formats.js`, which a timeline drawn from `events` never needs.
 */
export async function loadEvents(url: string, signal: AbortSignal, format?: string | null): Promise<LoadedEvents> {
  return (await import('./other-formats.js')).fetchEvents(url, signal, format);
}

/**
 * Reads the events written as an HTML list (`<ol>` or `<ul>`) in the page, with `readEventsList`, which is loaded
 * with the first call, as {@link loadEvents} loads its readers.
 */
export async function readListEvents(list: Element): Promise<LoadedEvents> {
  return { ...(await import('./other-formats.js')).readEventsList(list), format: 'html' };
}
