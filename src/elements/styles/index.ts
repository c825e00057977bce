import type { CSSResult } from 'lit';
import { hostStyles } from './host.styles.js';
import { plotStyles } from './plot.styles.js';
import { marksStyles } from './marks.styles.js';
import { toolbarStyles } from './toolbar.styles.js';
import { detailStyles } from './detail.styles.js';
import { listStyles } from './list.styles.js';
import { helpStyles } from './help.styles.js';
import { statusStyles } from './status.styles.js';

/**
 * The look of `<event-timeline>`, one sheet per part. Order matters: later sheets win ties in the cascade, so the
 * tokens come first and the parts follow in the order they are drawn.
 */
export const timelineStyles: CSSResult[] = [
  hostStyles,
  plotStyles,
  marksStyles,
  toolbarStyles,
  detailStyles,
  listStyles,
  helpStyles,
  statusStyles,
];
