/** A d3-zoom transform, in the direction of time: px = k · (base px) + x. */
export interface ZoomState {
  k: number;
  x: number;
}

/** Whether two zoom factors are the same but for rounding (an eased pan computes its factor anew in every frame). */
export const sameZoom = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(a, b);

/**
 * Where a frame laid out at the zoom `drawn`, reaching `marginPx` past each side of the plot, is drawn to show the
 * zoom `now`: shifted by the px returned (its px `p` at `p + shift`), when `now` only pans and the frame still
 * covers the whole plot. `null` when the view was zoomed (marks and labels would stretch with the time between
 * them) or has panned past the margin: the frame must be laid out again.
 */
export function frameShift(drawn: ZoomState, marginPx: number, now: ZoomState): number | null {
  if (!sameZoom(now.k, drawn.k)) return null;
  // A px p of the frame is at p - marginPx in the plot drawn, and the view has moved by now.x - drawn.x since.
  const shiftPx = now.x - drawn.x - marginPx;
  return shiftPx <= 0.5 && shiftPx >= -2 * marginPx - 0.5 ? shiftPx : null;
}
