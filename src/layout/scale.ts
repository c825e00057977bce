import { scaleUtc, type ScaleTime } from 'd3-scale';

const HALF_DAY_MS = 43_200_000;

/**
 * A d3 `scaleUtc` from `domain` (UTC epoch ms) to `[0, widthPx]`.
 *
 * A reversed domain is put in order, and an empty one (`[t, t]`) is widened by half a day each side so that
 * every date maps to a number. A negative or non-finite width counts as 0.
 *
 * @param domain - `[startMs, endMs]` of the visible time.
 * @param widthPx - The drawing width in CSS pixels.
 */
export function createTimeScale(domain: readonly [number, number], widthPx: number): ScaleTime<number, number> {
  let [startMs, endMs] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  if (startMs === endMs) {
    startMs -= HALF_DAY_MS;
    endMs += HALF_DAY_MS;
  }
  const rangePx = Number.isFinite(widthPx) && widthPx > 0 ? widthPx : 0;
  return scaleUtc()
    .domain([new Date(startMs), new Date(endMs)])
    .range([0, rangePx]);
}
