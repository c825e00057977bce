import type { TimeInterval } from 'd3-time';

/**
 * A linear UTC time scale from epoch ms (or Dates) to px: the part of d3's `scaleUtc` a timeline uses, with the same
 * interface, so that a zoom transform's `rescaleX()` works on it and its ticks come from d3-time's UTC intervals.
 * d3-scale's own `scaleUtc` also carries d3-time-format, d3-interpolate and d3-color, about a fifth of the bundle,
 * for tick formats and interpolators that labels written with `Intl` never use.
 */
export interface TimeScale {
  /** The position of an instant, in px. */
  (value: number | Date): number;
  /** The time range, as Dates. */
  domain(): Date[];
  /** Sets the time range (UTC epoch ms or Dates). */
  domain(domain: readonly (number | Date)[]): TimeScale;
  /** The px range. */
  range(): number[];
  /** Sets the px range. */
  range(range: readonly number[]): TimeScale;
  /** The instant at a position. */
  invert(px: number): Date;
  /** An independent copy. */
  copy(): TimeScale;
  /** Every boundary of `interval` within the domain, as d3's `scale.ticks(interval)` gives them. */
  ticks(interval: TimeInterval): Date[];
}

const HALF_DAY_MS = 43_200_000;

function linearTimeScale(d0: number, d1: number, r0: number, r1: number): TimeScale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number | Date) => r0 + (+value - d0) * k) as TimeScale;
  scale.domain = ((domain?: readonly (number | Date)[]) =>
    domain ? linearTimeScale(+domain[0], +domain[domain.length - 1], r0, r1) : [new Date(d0), new Date(d1)]) as TimeScale['domain'];
  scale.range = ((range?: readonly number[]) =>
    range ? linearTimeScale(d0, d1, range[0], range[range.length - 1]) : [r0, r1]) as TimeScale['range'];
  scale.invert = (px: number) => new Date(k === 0 ? d0 : d0 + (px - r0) / k);
  scale.copy = () => linearTimeScale(d0, d1, r0, r1);
  scale.ticks = (interval: TimeInterval) => {
    const [a, b] = d0 <= d1 ? [d0, d1] : [d1, d0];
    const ticks = interval.range(new Date(a), new Date(b + 1));
    return d0 <= d1 ? ticks : ticks.reverse();
  };
  return scale;
}

/**
 * A UTC time scale from `domain` (UTC epoch ms) to `[0, widthPx]`.
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
  return linearTimeScale(startMs, endMs, 0, rangePx);
}
