/**
 * How much of an idle period a task that may take a frame's time needs, in ms. A period between two frames leaves
 * less (at most 16.7 ms at 60 Hz, less the frame's own work), so such a task waits for the page to be at rest, with
 * no frame due, when the browser gives idle periods of up to 50 ms: run between two frames, it would hold back the
 * second (the one that follows a first paint, say).
 */
export const ROOM_AT_REST_MS = 20;

/**
 * Runs `task` when the page is next idle with at least `roomMs` left in the idle period, and within `timeoutMs`
 * whatever happens, with the idle period's deadline; where there are no idle callbacks (Safari), in a task of its
 * own, with none. Returns what cancels it.
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void, timeoutMs = 1000, roomMs = 0): () => void {
  if (typeof requestIdleCallback === 'function') {
    const until = performance.now() + timeoutMs;
    const run = (deadline: IdleDeadline) => {
      if (deadline.didTimeout || deadline.timeRemaining() >= roomMs) return task(deadline);
      // Too short a period: the next one, within what is left of the timeout (a timeout of 0 would be none).
      id = requestIdleCallback(run, { timeout: Math.max(1, until - performance.now()) });
    };
    let id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task);
  return () => clearTimeout(id);
}

/**
 * Runs `task` once the next frame is painted and the page is idle, with at least `roomMs` left in the idle period
 * (an animation frame, then {@link whenIdle}, within a second). Returns what cancels it, whichever wait it is in.
 */
export function afterNextPaint(task: () => void, roomMs = 0): () => void {
  let cancelIdle: (() => void) | undefined;
  const frame = requestAnimationFrame(() => (cancelIdle = whenIdle(task, 1000, roomMs)));
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle?.();
  };
}
