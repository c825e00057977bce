import type { EventTimeline } from './event-timeline.js';

/**
 * Draws an `<event-timeline>` of three events out of sight, a day, a span and an approximate year in two lanes, one
 * of them selected, and removes it once it is drawn with the parts drawn after the chart. It is hidden (so neither
 * focused nor read), kept out of the page's layout (`contain: strict`, fixed, off screen), in English, with valid
 * events: it loads nothing but those parts (`syria-timeline.parts.js` next to the bundle), and dispatches no event.
 * See `warmUp` (warm-up.ts), which loads this module.
 */
export async function drawOutOfSight(): Promise<void> {
  const box = document.createElement('div');
  box.inert = true;
  box.style.cssText = 'position: fixed; left: -10000px; width: 800px; height: 400px; contain: strict; visibility: hidden';
  const timeline = document.createElement('event-timeline') as EventTimeline;
  timeline.locale = 'en';
  // With an event selected, its parts drawn after the chart (detail panel, overview…) load and draw at once: the
  // page's first timeline then finds their code compiled and their templates prepared too, once its chart is painted.
  timeline.selected = 'b';
  timeline.events = [
    { id: 'a', title: 'A day', start: '2000-01-01', category: 'a' },
    { id: 'b', title: 'A span of months', start: '2000-06', end: '2001-02', category: 'b' },
    { id: 'c', title: 'About a year', start: '2001~', category: 'a' },
  ];
  box.append(timeline);
  document.body.append(box);
  try {
    await timeline.updateComplete;
  } finally {
    box.remove();
  }
}
