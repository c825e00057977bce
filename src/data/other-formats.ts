/**
 * The readers of CSV and TimelineJS files, kept apart from the rest so that the standalone bundle loads them only
 * when such a file is loaded (`dist/syria-timeline.formats.js`).
 */
import { parseEventsText } from './detect-format.js';
import type { ValidationIssue } from './validate.js';

/** Reads a CSV or TimelineJS file into rows and the problems found while reading; see `parseEventsText`. */
export function parseOtherFormat(
  text: string,
  format: 'csv' | 'timelinejs',
): { rows: unknown; issues: ValidationIssue[]; title?: string } {
  return parseEventsText(text, format);
}
