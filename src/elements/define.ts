import { EventTimeline } from './event-timeline.js';
import { whenIdle } from '../controllers/when-idle.js';
import { labelMeasurer } from './measure-text.js';
import { SyriaTimeline } from './syria-timeline.js';

/**
 * Registers `<event-timeline>` unless the page already has an element by that name. When the page is next idle, the
 * labels' measurer makes its canvas and has the engine find the font, which takes a browser several ms the first
 * time: a timeline created after the page has loaded then does not spend them.
 */
export function defineEventTimeline(): void {
  if (!customElements.get('event-timeline')) {
    customElements.define('event-timeline', EventTimeline);
    whenIdle(() => labelMeasurer.measure(' '));
  }
}

/** Registers `<syria-timeline>` (and `<event-timeline>`) unless the page already has them. */
export function defineSyriaTimeline(): void {
  defineEventTimeline();
  if (!customElements.get('syria-timeline')) customElements.define('syria-timeline', SyriaTimeline);
}
