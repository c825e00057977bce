import type { CSSResult } from 'lit';
import { hostStyles } from './host.styles.js';
import { plotStyles } from './plot.styles.js';
import { marksStyles } from './marks.styles.js';
import { toolbarStyles } from './toolbar.styles.js';

/**
 * The look of `<event-timeline>`'s chart and toolbar, one sheet per part. Order matters: later sheets win ties in the
 * cascade, so the tokens come first and the parts follow in the order they are drawn. The parts loaded after the
 * chart bring their own sheets (detail, list, help, status: `templates/deferred.ts`), adopted after these.
 */
export const timelineStyles: CSSResult[] = [hostStyles, plotStyles, marksStyles, toolbarStyles];
