/** A d3-zoom transform, in the direction of time: px = k · (base px) + x. */
export interface ZoomState {
  k: number;
  x: number;
}

/** Whether two zoom factors are the same but for rounding (an eased pan computes its factor anew in every frame). */
export const sameZoom = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(a, b);

/** Where a frame was laid out: in the px of the zoom `frameAt`, over `frameWidthPx` of them from `frameStartPx`. */
export interface FramePlace {
  frameAt: ZoomState;
  frameStartPx: number;
  frameWidthPx: number;
}

/**
 * Where `frame` is drawn to show the zoom `now` in a plot `widthPx` wide: shifted by the px returned (its px `p` at
 * `p + shift` in the plot), when `now` has the frame's zoom factor and the frame still covers the whole plot. `null`
 * when the view was zoomed (marks and labels would stretch with the time between them) or has panned past the
 * frame's edge: the frame must be laid out again.
 */
export function frameShift(frame: FramePlace, widthPx: number, now: ZoomState): number | null {
  if (!sameZoom(now.k, frame.frameAt.k)) return null;
  // The plot's px q is the frame's px q - shift.
  const shiftPx = now.x - frame.frameAt.x;
  const [start, end] = [frame.frameStartPx, frame.frameStartPx + frame.frameWidthPx];
  return -shiftPx >= start - 0.5 && widthPx - shiftPx <= end + 0.5 ? shiftPx : null;
}
