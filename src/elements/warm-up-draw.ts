import type { TimelineEvent } from '../data/types.js';
import type { EventTimeline } from './event-timeline.js';

/** Three events of two lanes: a day, a span and an approximate year, drawn with their labels. */
const SAMPLE: readonly TimelineEvent[] = [
  { id: 'a', title: 'A day', start: '2000-01-01', category: 'a' },
  { id: 'b', title: 'A span of months', start: '2000-06', end: '2001-02', category: 'b' },
  { id: 'c', title: 'About a year', start: '2001~', category: 'a' },
];

/**
 * Draws a timeline (`tag`, a defined timeline element) of three events out of sight, and removes it once it is drawn.
 * It is inert and hidden, kept out of the page's layout (`contain: strict`, fixed, off screen), in English, with
 * valid events: it loads nothing, and dispatches no event. See `warmUp` (warm-up.ts), which loads this module.
 */
export async function drawOutOfSight(tag: string): Promise<void> {
  const box = document.createElement('div');
  box.inert = true;
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position: fixed; left: -10000px; width: 800px; height: 400px; contain: strict; visibility: hidden';
  const timeline = document.createElement(tag) as EventTimeline;
  timeline.locale = 'en';
  timeline.events = SAMPLE;
  box.append(timeline);
  document.body.append(box);
  try {
    await timeline.updateComplete;
  } finally {
    box.remove();
  }
}
