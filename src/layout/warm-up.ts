import { byId, type DrawnItem } from './frame.js';
import type { ZoomState } from './motion.js';
import type { TimelineLayout, TimelineView } from './timeline-layout.js';

/** The steps of a rehearsed pinch: the zoom factors of its frames, in 2^0.2 steps, as a pinch makes them, in and back out. */
const PINCH_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 7, 6, 5, 4, 3, 2, 1].map((i) => 2 ** (0.2 * i));

/**
 * The frames of a pinch in and back out around the middle of the view at `at` that draws `drawn`, each laid out (with
 * the labels of `drawn` held, and the axis in `locale`) when it is asked for, and dropped after. Laid out while the
 * page is idle, they have the browser compile the layout's code, and optimize it, before the reader's first gesture,
 * whose first frames would otherwise run it cold.
 */
export function* rehearseZoom(
  layout: TimelineLayout,
  at: ZoomState,
  drawn: readonly DrawnItem[],
  locale: string,
  measurer: { readonly measure: (text: string) => number; readonly estimate: (text: string) => number },
): Generator<TimelineView> {
  const middle = layout.widthPx / 2;
  const held = byId(drawn);
  for (const step of PINCH_STEPS) {
    yield layout.view({ k: at.k * step, x: middle - (middle - at.x) * step }, [], locale, measurer.measure, { estimate: measurer.estimate, held });
  }
}
