/**
 * The data layer of syria-timeline, with no DOM and no custom elements: the event types, the EDTF date parser,
 * dates in words, and the dataset of the article on the war in Syria.
 *
 * @module syria-timeline/data
 */
export * from './types.js';
export * from './edtf.js';
export * from './date-words.js';
export { safeUrl } from './safe-url.js';
export { syriaEvents, syriaArticle, ARTICLE_SPEAKER } from './syria-events.js';
export {
  validateEvents,
  DEFAULT_CATEGORY,
  EVENT_FIELDS,
  SOURCE_FIELDS,
  TRANSLATION_FIELDS,
  type IssueCode,
  type ValidationIssue,
  type ValidationResult,
  type ValidateOptions,
} from './validate.js';
export { translateEvents } from './translate.js';
export { languageTag } from './language-tag.js';
export { summarizeIssues, type IssueGroup, type SummarizeOptions } from './summarize-issues.js';
export { htmlToPlainText } from './plain-text.js';
export { parseEventsCsv, CSV_COLUMNS } from './csv.js';
export { fromTimelineJS, isTimelineJS, ERA_CATEGORY } from './timelinejs.js';
export { fromVisItems, isVisItems, VIS_BACKGROUND_CATEGORY } from './vis.js';
export { readEventsList, eventsToHtml, type ListEvents, type EventsToHtmlOptions } from './html-list.js';
export { detectFormat, parseEventsText, readEventsText, type EventsFormat } from './detect-format.js';
export {
  formatUtcDate,
  registerDateLocale,
  DATE_STYLES,
  DEFAULT_DATE_LOCALE,
  type DateLocale,
  type DateStyle,
} from './format-date.js';
