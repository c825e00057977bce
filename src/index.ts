/**
 * syria-timeline: registers `<syria-timeline>` and `<event-timeline>`, and exports their classes, the data types
 * and the dataset.
 *
 * @module syria-timeline
 */
import { defineSyriaTimeline } from './elements/define.js';

export { EventTimeline } from './elements/event-timeline.js';
export { SyriaTimeline } from './elements/syria-timeline.js';
export { englishStrings, type TimelineStrings } from './i18n/strings.js';
export * from './data/index.js';
export type * from './events.js';

defineSyriaTimeline();
