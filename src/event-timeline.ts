/**
 * Registers only the generic `<event-timeline>` element (no dataset included).
 *
 * @module syria-timeline/event-timeline
 */
import { defineEventTimeline } from './elements/define.js';

export { EventTimeline } from './elements/event-timeline.js';
export type { TimelineStrings } from './i18n/strings.js';
export { englishStrings } from './i18n/strings.js';
export type * from './events.js';
export type * from './data/types.js';

defineEventTimeline();
