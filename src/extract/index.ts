/**
 * syria-timeline/extract: drafts timeline events from an English news text and its publication day, for a person to
 * review. Pure functions, in Node and in browsers; no network, no model.
 *
 * ```js
 * import { extractEvents } from 'syria-timeline/extract';
 * const { events, notes } = extractEvents(text, { published: '2017-01-18' });
 * ```
 */
export { extractEvents, ExtractError, NARRATION_SPEAKER, type ExtractNote, type ExtractOptions, type ExtractResult } from './extract.js';
export { formatReviewTable, type ReviewTableOptions } from './review.js';
export type { Confidence } from './dates.js';
