/**
 * The layout layer: pure functions from events and pixel sizes to positions (no DOM, no Lit).
 */
export { createLayoutItems, timeDomain, EMPTY_TIME_DOMAIN, type LayoutItem, type ItemIssue } from './items.js';
export { createTimeScale } from './scale.js';
export { axisTicks, type AxisTick } from './ticks.js';
export { packRows, layoutLanes, type RowBox, type Lane, type LaneLayout } from './lanes.js';
export {
  placeLabels,
  truncateText,
  type LabelRequest,
  type LabelPlacement,
  type PlaceLabelsOptions,
} from './labels.js';
export { TimeIndex } from './time-index.js';
