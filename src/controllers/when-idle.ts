/**
 * Runs `task` when the page is next idle, and within `timeoutMs` whatever happens; where there are no idle callbacks
 * (Safari), in a task of its own. Returns what cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task);
  return () => clearTimeout(id);
}
