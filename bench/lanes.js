// The layout that the naive timeline (naive.js) and the stack alone (stack.js) share: a lane per category, events
// alternating over its rows, under an axis. Bundled into each of their pages.

export const WIDTH = 1200;
export const AXIS_PX = 30;
export const ROW_PX = 18;
export const ROWS_PER_LANE = 4;
export const LANE_PX = ROW_PX * ROWS_PER_LANE + 8;
export const CATEGORIES = ['military', 'humanitarian', 'ceasefire', 'diplomacy', 'statement'];
export const COLOURS = ['#b42318', '#0b6e4f', '#8a5a00', '#1f5fbf', '#6b3fa0'];
