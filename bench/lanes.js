// The layout that the naive timeline (naive.js) and the stack alone (stack.js) share: a lane per category, events
// alternating over its rows, under an axis, and d3-zoom on the chart. Bundled into each of their pages.
import { scaleOrdinal } from 'd3-scale';
import { zoom } from 'd3-zoom';

export const WIDTH = 1200;
export const AXIS_PX = 30;
const ROW_PX = 18;
const ROWS_PER_LANE = 4;
export const LANE_PX = ROW_PX * ROWS_PER_LANE + 8;
export const CATEGORIES = ['military', 'humanitarian', 'ceasefire', 'diplomacy', 'statement'];
export const HEIGHT = AXIS_PX + CATEGORIES.length * LANE_PX;

/** The colour of a category. */
export const colour = scaleOrdinal(CATEGORIES, ['#b42318', '#0b6e4f', '#8a5a00', '#1f5fbf', '#6b3fa0']);

/** The top of the lane of the `i`-th category. */
export const laneTop = (i) => AXIS_PX + i * LANE_PX;

const laneOf = new Map(CATEGORIES.map((c, i) => [c, i]));

/** The middle of the row of the `i`-th event `d`: its category's lane, rows taken in turn. */
export const rowY = (d, i) => laneTop(laneOf.get(d.category) ?? 0) + (i % ROWS_PER_LANE) * ROW_PX + ROW_PX / 2 + 4;

/** d3-zoom for the chart, 1× to 2000×, kept within it; `onZoom` gets each event. */
export const laneZoom = (onZoom) =>
  zoom()
    .scaleExtent([1, 2000])
    .extent([[0, 0], [WIDTH, HEIGHT]])
    .translateExtent([[0, 0], [WIDTH, HEIGHT]])
    .on('zoom', onZoom);
