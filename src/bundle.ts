/**
 * The standalone bundle (`dist/syria-timeline.bundle.js`): registers `<syria-timeline>` and `<event-timeline>` and
 * exports what a page script may want next to them. The full data API (CSV and TimelineJS readers, the article's
 * dataset `syriaEvents`) is in the npm package's `syria-timeline/data`; the bundle loads the readers only when `src`
 * is set, and the dataset (`syria-timeline.syria-events.js`) only for `<syria-timeline>`.
 *
 * @module syria-timeline/bundle
 */
import { defineSyriaTimeline } from './elements/define.js';

export { EventTimeline } from './elements/event-timeline.js';
export { SyriaTimeline } from './elements/syria-timeline.js';
export { validateEvents } from './data/validate.js';
export { parseEdtf, parseEventDates } from './data/edtf.js';

defineSyriaTimeline();

// Lit, the D3 modules of gestures and our dates in words as the files built next to the bundle use them: they import them from here
// rather than carry copies of their own (see litFromBundle in scripts/build.mjs).
export { css, html, nothing, svg } from 'lit';
export { guard } from 'lit/directives/guard.js';
export { repeat } from 'lit/directives/repeat.js';
export { Directive, directive } from 'lit/directive.js';
export { dispatch } from 'd3-dispatch';
export { dragDisable, dragEnable } from 'd3-drag';
export { interpolate } from 'd3-interpolate';
export { pointer, select } from 'd3-selection';
export { interrupt } from 'd3-transition';
export { describeDateWithQualifiers, describeEventDates } from './data/date-words.js';
