/**
 * Runs `task` when the page is next idle, and within `timeoutMs` whatever happens, with the idle period's deadline;
 * where there are no idle callbacks (Safari), in a task of its own, with none. Returns what cancels it.
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task);
  return () => clearTimeout(id);
}
