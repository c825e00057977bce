/**
 * The parts of a timeline that are not drawn with its chart, loaded after the chart's first frame or when one of
 * them is first needed: the detail panel, the key map, the notice about the data and the status; what the reader
 * does with the drawn timeline (`TimelineActions`: choosing, stepping, opening clusters and folds, the keys' intents); the
 * overview strip with its d3-brush; the painter of the canvas that follows a zoom gesture (until it has loaded,
 * the SVG follows it); and the summing up of the problems in the data, which data without problems never needs.
 * Next to the standalone bundle they are a file of their own (`syria-timeline.parts.js`), which takes Lit from the
 * bundle. Their styles come with them, to be adopted by the element once loaded, and so does the print style sheet.
 */
import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { DrawnView } from '../../controllers/view-controller.js';
import { DialogController } from '../../controllers/dialog-controller.js';
import { MotionCanvas } from '../../controllers/motion-canvas.js';
import { rehearseZoom } from '../../layout/warm-up.js';
import { OverviewController } from '../../controllers/overview-controller.js';
import { paintFrame, readPalette, type Palette } from '../paint-frame.js';
import { TimelineActions, type ActionsHost } from '../timeline-actions.js';
import type { PlotView } from './plot.js';
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
export { summarizeSource } from '../../data/summarize-issues.js';
export { paintFrame, readPalette, type Palette, TimelineActions };

/**
 * The controllers that come with these parts, made for a timeline once they are in: the canvas that paints a zoom
 * gesture, the overview's brush (whose window is in base px, what the zoom shows a range of; the reader's change
 * ends with the brush), the key map's dialog (opened with ? or its button), and what the reader does.
 */
export function createParts(
  host: Omit<ActionsHost, 'help'> & { readonly element: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment } },
) {
  const { element, zoom, layout, views, locale } = host;
  const help = new DialogController(element, '.help');
  // Added to the host itself: a copy would read its getters (the bookmark, loaded later) once.
  const actions = new TimelineActions(Object.assign(host, { help }));
  const painter = { paintFrame, readPalette };
  return {
    actions,
    help,
    // Once idle, the frames of a pinch from the view drawn are laid out and painted, unseen, so that their code is
    // compiled before the reader's first gesture.
    canvas: new MotionCanvas<DrawnView, PlotView, Palette>(element, () => painter, function* (plot) {
      for (const view of rehearseZoom(layout, zoom.transform, views.drawn.frame.items, locale.words.locale, views.measurer)) {
        yield { ...plot, ...view, shiftPx: 0 };
      }
    }),
    overview: new OverviewController(element, {
      onWindow: (x0, x1, final) => {
        zoom.showRange(x0, x1, 1);
        if (final) actions.viewChanged();
      },
    }),
  };
}
