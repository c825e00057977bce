import { EventTimeline } from './event-timeline.js';
import { SyriaTimeline } from './syria-timeline.js';

/** Registers `<event-timeline>` unless the page already has an element by that name. */
export function defineEventTimeline(): void {
  if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimeline);
}

/** Registers `<syria-timeline>` (and `<event-timeline>`) unless the page already has them. */
export function defineSyriaTimeline(): void {
  defineEventTimeline();
  if (!customElements.get('syria-timeline')) customElements.define('syria-timeline', SyriaTimeline);
}
