/**
 * Loading events from a URL (fetching, telling the format, the readers of JSON, CSV, TimelineJS and vis-timeline
 * files and the precise wording of JSON errors) and reading events written as an HTML list in the page, kept apart
 * from the rest so that the standalone bundle loads them only when `src` is set or the timeline holds such a list
 * (`dist/syria-timeline.formats.js`).
 */
import { parseEventsText, type EventsFormat } from './detect-format.js';

export { fetchEvents } from './fetch-events.js';
export { readEventsList } from './html-list.js';
import type { ValidationIssue } from './validate.js';

/**
 * Reads a CSV, TimelineJS or vis-timeline file into rows and the problems found while reading; see `parseEventsText`.
 * Also reads JSON that the bundle could not parse, to say where it breaks in the same words in every browser.
 */
export function parseOtherFormat(
  text: string,
  format: EventsFormat,
): { rows: unknown; issues: ValidationIssue[]; title?: string } {
  return parseEventsText(text, format);
}
