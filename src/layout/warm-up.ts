import { byId, frameSpanMs, laneSingles, type DrawnItem } from './frame.js';
import type { ZoomState } from './motion.js';
import { zoomScale } from './scale.js';
import type { TimelineLayout, TimelineView } from './timeline-layout.js';

/** How many frames of each stretch of a zoom {@link rehearseZoom} lays out. */
export const REHEARSED_FRAMES = 8;

/**
 * Lays out, one frame each time it is asked for the next, the frames a pinch would lay out from the view at `at` that
 * draws `drawn` (with the labels of `drawn` held, and the axis in `locale`), to be painted unseen and dropped: steps
 * of 2^0.2 in around the middle; then, where the view is too dense to draw its events one by one, the same steps from
 * the first zoom around the middle (by factors of 2) that draws them while the view moves (see `laneSingles`), where a
 * gesture's frames pack each event in view.
 *
 * Run when the page is idle, it has the browser compile the code of a gesture's frames (the layout, and the painting
 * of what it lays out) before the reader's first gesture, rather than in that gesture's frames: a frame runs its code
 * too few times for the browser to compile it well, and, with two cores, the compiling takes the core the browser
 * draws the frames on.
 */
export function* rehearseZoom(
  layout: TimelineLayout,
  at: ZoomState,
  drawn: readonly DrawnItem[],
  locale: string,
  measurer: { readonly measure: (text: string) => number; readonly estimate: (text: string) => number },
): Generator<TimelineView, void, undefined> {
  const middle = layout.widthPx / 2;
  const around = (k: number) => ({ k, x: middle - ((middle - at.x) * k) / at.k });
  const held = byId(drawn);
  const stretch = function* (fromK: number) {
    for (let i = 1; i <= REHEARSED_FRAMES; i++) {
      const k = Math.min(layout.maxScale, fromK * 2 ** (0.2 * i));
      yield layout.view(around(k), [], locale, measurer.measure, { estimate: measurer.estimate, held });
    }
  };
  yield* stretch(at.k);
  const dense = (k: number) => {
    const x = zoomScale(layout.baseX, around(k));
    const visibleMs = [x.invert(0).getTime(), x.invert(layout.widthPx).getTime()] as const;
    const span = frameSpanMs(visibleMs, layout.widthPx, layout.sizes.labelMaxPx);
    return layout.lanes.some((lane) => !laneSingles(lane, span, true));
  };
  if (!dense(at.k)) return;
  let k = at.k;
  while (k < layout.maxScale && dense(k)) k = Math.min(layout.maxScale, k * 2);
  yield* stretch(k / 2 ** 0.2);
}
