import { whenIdle } from '../controllers/when-idle.js';
import { labelMeasurer } from './measure-text.js';

/** Whether there is nothing to warm up: the page has made a timeline of its own, or a warm-up has begun. */
let warm = false;
/** The module that draws the warm-up (`warm-up-draw.ts`), once asked for. */
let drawing: Promise<typeof import('./warm-up-draw.js')> | undefined;
const loadDrawing = () => (drawing ??= import('./warm-up-draw.js'));

/** Called by every timeline as it is made: once the page has one, there is nothing left to warm up. */
export function noteTimeline(): void {
  warm = true;
}

/**
 * Draws an `<event-timeline>` of three events out of sight, with the parts drawn after its chart, and removes it once
 * it is drawn, unless the page has already made a timeline of its own or this has run before. Resolves to whether it
 * drew one.
 *
 * The first timeline of a page does work that none after it repeats: Lit prepares each template from its HTML, the
 * style sheets are parsed, V8 compiles the code of the layout and of the update as it first runs, the labels'
 * measurer makes its canvas and measures the characters that labels are cut by, and the parts drawn after the chart
 * load. Done while the page is idle, the timeline that a page makes later (once its data has loaded, say) draws its
 * chart in about two thirds of the time, and its whole first view, parts included, about a fifth sooner than with the
 * parts left out of the warm-up. The drawing is a module of its own (`warm-up-draw.ts`).
 */
export async function warmUp(): Promise<boolean> {
  if (warm || !document.body) return false;
  const { drawOutOfSight } = await loadDrawing();
  // The page may have made a timeline while the module loaded.
  if (warm) return false;
  warm = true;
  // A label too long for its room is cut to the sum of its characters' widths (see `truncateText`), each measured the
  // first time a cut meets it: a few dozen measurements in the first render of most timelines. The printable ASCII
  // characters and the ellipsis are measured now instead.
  for (let code = 32; code < 127; code++) labelMeasurer.measure(String.fromCharCode(code));
  labelMeasurer.measure('…');
  await drawOutOfSight();
  return true;
}

/**
 * Loads the warm-up's module once the caller's script has run, and warms up ({@link warmUp}) when the page is next
 * idle (within a second), once `<event-timeline>` is defined: unless the page already has a timeline (one in its HTML
 * is made as the element is defined). A warm-up that fails (its module could not be loaded) costs nothing but the
 * time a first render would have saved.
 */
export function warmUpWhenIdle(): void {
  if (typeof document === 'undefined' || warm) return;
  // From a microtask, not from the caller. By then a timeline in the page's HTML has been made as the element was
  // defined, and nothing is loaded. And where the page is watched by developer tools, a request records the script
  // stack that made it: the stack of the bundle's evaluation would have V8 parse the whole bundle again to find the
  // positions in it (6 to 20 ms).
  queueMicrotask(() => {
    if (!warm) loadDrawing().catch(() => undefined);
  });
  whenIdle(() => void warmUp().catch(() => undefined));
}
