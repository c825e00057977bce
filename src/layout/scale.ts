/**
 * A UTC time scale from instants (epoch ms or Dates) to px, linear between the points of its domain (piecewise when
 * it has more than two, as a folded scale has): the part of d3-scale's `scaleUtc` that the timeline uses (mapping,
 * `invert`, `copy` and `ticks(interval)`), and nothing else. d3-scale's time scale imports d3-time-format for its tick
 * formats, whose default locale runs when loaded, so no bundler can leave it out; the axis names its ticks with
 * date-fns.
 */
export interface TimeScale {
  /** The px of an instant; outside the domain, the first or last piece goes on (no clamping). */
  (instant: number | Date): number;
  /** The domain's points, as Dates. */
  domain(): Date[];
  /** Sets the domain's points (epoch ms or Dates, in order). */
  domain(points: readonly (number | Date)[]): TimeScale;
  /** The range's points, in px. */
  range(): number[];
  /** Sets the range's points, in px (as many as the domain has). */
  range(points: readonly number[]): TimeScale;
  /** The instant at `px`, through the same pieces. */
  invert(px: number): Date;
  /** An independent scale with the same domain and range. */
  copy(): TimeScale;
  /** The instants of `interval` from the start of the domain to its end, both included (d3-time's `range`). */
  ticks(interval: { range(start: Date, stop: Date): Date[] }): Date[];
}

const HALF_DAY_MS = 43_200_000;

/**
 * A piecewise linear map from `from` to `to` (as many points each): the piece is found by binary search; a piece of no
 * length maps to its middle, as d3's continuous scales do.
 */
function piecewise(from: readonly number[], to: readonly number[]): (value: number) => number {
  const n = Math.min(from.length, to.length) - 1;
  const descending = from[n] < from[0];
  const d = descending ? [...from].reverse() : from;
  const r = descending ? [...to].reverse() : to;
  return (value) => {
    let lo = 1;
    let hi = n;
    // The last point of `d` at or before `value`, within [0, n - 1].
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (d[mid] > value) hi = mid;
      else lo = mid + 1;
    }
    const i = lo - 1;
    const span = d[i + 1] - d[i];
    const t = span ? (value - d[i]) / span : Number.isNaN(span) ? NaN : 0.5;
    return r[i] + t * (r[i + 1] - r[i]);
  };
}

/** A {@link TimeScale} of these points. */
function timeScale(domainMs: readonly number[], rangePx: readonly number[]): TimeScale {
  const forward = piecewise(domainMs, rangePx);
  const backward = piecewise(rangePx, domainMs);
  const scale = ((instant: number | Date) => forward(+instant)) as TimeScale;
  scale.domain = ((points?: readonly (number | Date)[]) =>
    points ? timeScale(points.map(Number), rangePx) : domainMs.map((ms) => new Date(ms))) as TimeScale['domain'];
  scale.range = ((points?: readonly number[]) =>
    points ? timeScale(domainMs, [...points]) : [...rangePx]) as TimeScale['range'];
  scale.invert = (px) => new Date(backward(px));
  scale.copy = () => timeScale(domainMs, rangePx);
  scale.ticks = (interval) => {
    const first = domainMs[0];
    const last = domainMs[domainMs.length - 1];
    const ticks = interval.range(new Date(Math.min(first, last)), new Date(Math.max(first, last) + 1));
    return last < first ? ticks.reverse() : ticks;
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
  return timeScale([startMs, endMs], [0, rangePx]);
}

/**
 * A UTC time scale through the points `domainMs` (UTC epoch ms, in order) to the points `rangePx`: linear between
 * each two, as a folded scale is (see `foldedScale`).
 */
export function createPiecewiseScale(domainMs: readonly number[], rangePx: readonly number[]): TimeScale {
  return timeScale([...domainMs], [...rangePx]);
}

/**
 * The scale that a zoom `transform` (d3-zoom's, or any `{ k, x }`) makes of `base`: `x ↦ k · base(x) + tₓ`. It moves
 * the range rather than the domain, unlike d3-zoom's `transform.rescaleX`, so that a folded (piecewise) scale keeps
 * its bends at the same instants; for a plain two-point scale the two are the same.
 */
export function zoomScale(base: TimeScale, transform: { k: number; x: number }): TimeScale {
  return base.copy().range(base.range().map((r) => transform.k * r + transform.x));
}
