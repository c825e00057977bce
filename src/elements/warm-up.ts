import { whenIdle } from '../controllers/when-idle.js';

/** Whether there is nothing to warm up: the page has made a timeline of its own, or a warm-up has begun. */
let warm = false;

/** Called by every timeline as it is made: once the page has one, there is nothing left to warm up. */
export function noteTimeline(): void {
  warm = true;
}

/**
 * Draws a small timeline (`tag`) out of sight, and removes it once it is drawn, unless the page has already made a
 * timeline of its own or this has run before. Resolves to whether it drew one.
 *
 * The first timeline of a page does work that none after it repeats: Lit prepares each template from its HTML, the
 * style sheets are parsed, and V8 compiles the code of the layout and of the update as it first runs. Done while the
 * page is idle, the timeline that a page makes later (once its data has loaded, say) draws in about two thirds of the
 * time. The drawing is in a module of its own (`warm-up-draw.ts`), loaded then.
 */
export async function warmUp(tag = 'event-timeline'): Promise<boolean> {
  if (warm || typeof document === 'undefined' || !document.body || !customElements.get(tag)) return false;
  warm = true;
  const { drawOutOfSight } = await import('./warm-up-draw.js');
  await drawOutOfSight(tag);
  return true;
}

/**
 * {@link warmUp} when the page is next idle (within a second). A warm-up that fails (its module could not be loaded)
 * costs nothing but the time a first render would have saved.
 */
export function warmUpWhenIdle(tag?: string): void {
  if (typeof document !== 'undefined') whenIdle(() => void warmUp(tag).catch(() => undefined));
}
