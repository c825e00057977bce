/**
 * The standalone bundle (`dist/syria-timeline.bundle.js`): registers `<syria-timeline>` and `<event-timeline>` and
 * exports what a page script may want next to them. The full data API (CSV and TimelineJS readers included) is in
 * the npm package's `syria-timeline/data`; the bundle loads those readers only when `src` points to such a file.
 *
 * @module syria-timeline/bundle
 */
import { defineSyriaTimeline } from './elements/define.js';

export { EventTimeline } from './elements/event-timeline.js';
export { SyriaTimeline } from './elements/syria-timeline.js';
export { syriaEvents, syriaArticle } from './data/syria-events.js';
export { validateEvents } from './data/validate.js';
export { parseEdtf, parseEventDates } from './data/edtf.js';

defineSyriaTimeline();
