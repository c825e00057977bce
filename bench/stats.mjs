// Statistics for `npm run bench`: medians, percentiles and frame statistics (see bench/README.md).

/** One frame at 60 Hz, in ms. */
export const FRAME_MS = 1000 / 60;

/** The median of the finite numbers in `values`, or null when there are none. */
export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** The `p`-th percentile (0–100) of sorted numbers, nearest-rank method. */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * Frame statistics from requestAnimationFrame timestamps (ms) taken during a gesture.
 *
 * Each interval between two consecutive rAF callbacks is one frame time. At 60 Hz an interval `dt` spans
 * `round(dt / 16.67)` vsync slots (at least 1); every slot past the first is a dropped frame, so 17 ms counts 0
 * dropped (vsync jitter), 25–41 ms count 1, 42–58 ms count 2, and so on. `droppedPct` is dropped slots over all
 * slots of the gesture: 0% is a frame on every vsync, 50% is 30 fps.
 */
export function frameStats(timestamps) {
  const dts = [];
  for (let i = 1; i < timestamps.length; i++) dts.push(timestamps[i] - timestamps[i - 1]);
  if (!dts.length) return null;
  const sorted = [...dts].sort((a, b) => a - b);
  let slots = 0;
  let dropped = 0;
  for (const dt of dts) {
    const s = Math.max(1, Math.round(dt / FRAME_MS));
    slots += s;
    dropped += s - 1;
  }
  return {
    frames: dts.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1],
    droppedPct: (100 * dropped) / slots,
    durationMs: timestamps[timestamps.length - 1] - timestamps[0],
  };
}

/**
 * The frames of a gesture: from the last frame that began before its first input arrived to the second frame after
 * its last input (the frame that draws it), so that idle frames before and after the gesture do not count.
 * `ts` are the animation frames' timestamps and `inputs` the times the input events arrived, both in the page's
 * `performance.now()` ms.
 */
export function gestureFrames(ts, inputs) {
  if (!inputs.length) return ts;
  let first = 0;
  while (first + 1 < ts.length && ts[first + 1] <= inputs[0]) first++;
  const after = ts.findIndex((t) => t > inputs[inputs.length - 1]);
  return ts.slice(first, after < 0 ? ts.length : after + 2);
}
