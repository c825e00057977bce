import { EventTimeline } from './event-timeline.js';
import { SyriaTimeline } from './syria-timeline.js';
import { warmUpWhenIdle } from './warm-up.js';

/**
 * Registers `<event-timeline>` unless the page already has an element by that name. When the page is next idle, and
 * unless it has made a timeline by then, a small one is drawn out of sight and removed (`warmUp` in `warm-up.ts`): a timeline
 * made after the page has loaded then finds Lit's templates prepared and the code of its first render compiled.
 */
export function defineEventTimeline(): void {
  if (!customElements.get('event-timeline')) {
    customElements.define('event-timeline', EventTimeline);
    warmUpWhenIdle();
  }
}

/** Registers `<syria-timeline>` (and `<event-timeline>`) unless the page already has them. */
export function defineSyriaTimeline(): void {
  defineEventTimeline();
  if (!customElements.get('syria-timeline')) customElements.define('syria-timeline', SyriaTimeline);
}
