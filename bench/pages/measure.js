// The end of a first render, measured alike for every contender (see bench/README.md, "first render"). Imported by
// pages/ours.html and pages/vis.html, and bundled into naive.js.

/** Resolves at the next animation frame. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Called once the contender has drawn: waits two animation frames (the first is the one that paints), marks `end`,
 * and returns the time since the page's `performance.mark('start')`, in ms.
 */
export async function endRender() {
  await frame();
  await frame();
  performance.mark('end');
  return performance.measure('render', 'start', 'end').duration;
}
