import { byId, type DrawnItem } from './frame.js';
import type { ZoomState } from './motion.js';
import type { TimelineLayout } from './timeline-layout.js';

/**
 * Lays out, and drops, what the first frame of a zoom gesture would lay out from the view at `at` that draws `drawn`:
 * a step in (×2^0.2, as a pinch makes) around the middle, with the labels of `drawn` held and the axis in `locale`.
 * Run once when the page is idle, it has the browser compile the layout's code before the reader's first gesture,
 * whose first frames would otherwise wait for it.
 */
export function warmUpZoom(
  layout: TimelineLayout,
  at: ZoomState,
  drawn: readonly DrawnItem[],
  locale: string,
  measurer: { readonly measure: (text: string) => number; readonly estimate: (text: string) => number },
): void {
  const [step, middle] = [2 ** 0.2, layout.widthPx / 2];
  layout.view({ k: at.k * step, x: middle - (middle - at.x) * step }, [], locale, measurer.measure, { estimate: measurer.estimate, held: byId(drawn) });
}
