// Build-time stand-in for d3-transition in the standalone bundle.
//
// d3-zoom imports d3-transition only to animate zoom.transform() on a transition and to interrupt a running one.
// The timeline never animates its zoom (every change is applied at once, which also honours reduced motion), so
// no transition can be running: interrupting is a no-op. Leaving the real module out of the bundle drops it and
// d3-timer and d3-ease, about 4 kB gzip. The ES modules in dist/ keep the real d3-transition.
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function interruptNothing() {
  return this;
};
