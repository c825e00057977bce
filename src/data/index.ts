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
