import type { CSSResult } from 'lit';
import { hostStyles } from './host.styles.js';
import { plotStyles } from './plot.styles.js';
import { marksStyles } from './marks.styles.js';
import { toolbarStyles } from './toolbar.styles.js';
import { listStyles } from './list.styles.js';

/**
 * The look of `<event-timeline>`'s chart, toolbar and list view, one sheet per part. Order matters: later sheets win
 * ties in the cascade, so the tokens come first and the parts follow in the order they are drawn. The list view is
 * drawn with the chart (open on a narrow timeline, or as a server drew it), so its sheet is here. The parts loaded
 * after the chart bring their own sheets (detail, help, status, overview, print: `templates/deferred.ts`), adopted
 * after these.
 */
export const timelineStyles: CSSResult[] = [hostStyles, plotStyles, marksStyles, toolbarStyles, listStyles];
