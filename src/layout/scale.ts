import { scaleUtc, type ScaleTime } from 'd3-scale';

/** A UTC time scale from instants (epoch ms or Dates) to px: d3-scale's `scaleUtc`. */
export type TimeScale = ScaleTime<number, number>;

const HALF_DAY_MS = 43_200_000;

/**
 * A UTC time scale (d3-scale's `scaleUtc`) from `domain` (UTC epoch ms) to `[0, widthPx]`.
 *
 * A reversed domain is put in order, and an empty one (`[t, t]`) is widened by half a day each side so that
 * every date maps to a number. A negative or non-finite width counts as 0.
 *
 * @param domain - `[startMs, endMs]` of the visible time.
 * @param widthPx - The drawing width in CSS pixels.
 */
export function createTimeScale(domain: readonly [number, number], widthPx: number): TimeScale {
  let [startMs, endMs] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  if (startMs === endMs) {
    startMs -= HALF_DAY_MS;
    endMs += HALF_DAY_MS;
  }
  const rangePx = Number.isFinite(widthPx) && widthPx > 0 ? widthPx : 0;
  return scaleUtc().domain([startMs, endMs]).range([0, rangePx]);
}

/**
 * The scale that a zoom `transform` (d3-zoom's, or any `{ k, x }`) makes of `base`: `x ↦ k · base(x) + tₓ`. It moves
 * the range rather than the domain, unlike d3-zoom's `transform.rescaleX`, so that a folded (piecewise) scale keeps
 * its bends at the same instants; for a plain two-point scale the two are the same.
 */
export function zoomScale(base: TimeScale, transform: { k: number; x: number }): TimeScale {
  return base.copy().range(base.range().map((r) => transform.k * r + transform.x));
}
