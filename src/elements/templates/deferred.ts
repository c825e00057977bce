/**
 * The parts of a timeline that are not drawn with its chart, loaded after the chart's first frame or when one of
 * them is first needed: the detail panel, the key map, the notice about the data and the status; what the reader
 * does with the drawn timeline (`TimelineActions`: choosing, stepping, opening clusters and folds, the keys' intents); the
 * overview strip with its d3-brush; the painter of the canvas that follows a zoom gesture (until it has loaded,
 * the SVG follows it); and the summing up of the problems in the data, which data without problems never needs.
 * Next to the standalone bundle they are a file of their own (`syria-timeline.parts.js`), which takes Lit from the
 * bundle. Their styles come with them, to be adopted by the element once loaded, and so does the print style sheet.
 */
import type { CSSResult } from 'lit';
import { detailStyles } from '../styles/detail.styles.js';
import { helpStyles } from '../styles/help.styles.js';
import { statusStyles } from '../styles/status.styles.js';
import { overviewStyles } from '../styles/overview.styles.js';
import { printStyles } from '../styles/print.styles.js';

export { renderDetail, type DetailContext } from './detail-panel.js';
export { renderHelp } from './help-dialog.js';
export { renderNotice } from './notice.js';
export { renderStatus, type StatusKind } from './status.js';

/** The styles of these parts, in the order of the cascade, after the element's own. */
export const deferredStyles: CSSResult[] = [detailStyles, helpStyles, statusStyles, overviewStyles, printStyles];
export { renderTimelineOverview } from './overview.js';
export { OverviewController } from '../../controllers/overview-controller.js';
export { paintFrame, readPalette, type Palette } from '../paint-frame.js';
export { MotionCanvas } from '../../controllers/motion-canvas.js';
export { summarizeSource } from '../../data/summarize-issues.js';
export { TimelineActions } from '../timeline-actions.js';
