// The stack alone, for `npm run bench`'s "load + first render" column: the libraries the project is built on (Lit,
// d3-scale, d3-zoom with d3-transition, d3-array, date-fns with UTC dates), each doing for a timeline the least it can
// do, and none of the project's own code. It draws what the naive timeline draws (bench/naive.js: one lane per
// category, events alternating over 4 rows, a circle or a bar and a label each, an axis), from the same data, as a Lit
// element with a shadow root and styles: ticks chosen by d3-scale and written by date-fns, d3-zoom on the chart.
//
// Its load + first render is the floor that any timeline on this stack starts from: what ours takes beyond it is our
// own code. run.mjs bundles this file with esbuild into node_modules/.cache/bench/stack.js; pages/load.html loads it.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { extent } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoomIdentity } from 'd3-zoom';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { LitElement, css, html, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { AXIS_PX, CATEGORIES, HEIGHT, LANE_PX, WIDTH, colour, laneTop, laneZoom, rowY } from './lanes.js';
import { endRender } from './pages/measure.js';

class StackTimeline extends LitElement {
  static properties = { events: { attribute: false }, transform: { state: true } };

  static styles = css`
    :host { display: block; font: 12px system-ui, sans-serif; }
    svg { display: block; background: #fff; }
    .lane:nth-child(odd) { fill: #f6f8fa; }
    .lane:nth-child(even) { fill: #fff; }
    .tick line { stroke: #888; }
    .tick text { fill: #444; text-anchor: middle; }
    .span { fill-opacity: 0.6; }
  `;

  constructor() {
    super();
    this.events = [];
    this.transform = zoomIdentity;
    this.x = scaleUtc().range([0, WIDTH]);
  }

  willUpdate(changed) {
    if (changed.has('events')) this.x.domain(extent(this.events.flatMap((d) => (d.end == null ? [d.start] : [d.start, d.end])))).nice();
  }

  render() {
    const xs = this.transform.rescaleX(this.x);
    return html`<svg width=${WIDTH} height=${HEIGHT} viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Timeline">
      <g>${CATEGORIES.map((_, i) => svg`<rect class="lane" y=${laneTop(i)} width=${WIDTH} height=${LANE_PX}></rect>`)}</g>
      <g>${xs.ticks(WIDTH / 90).map(
        (t) => svg`<g class="tick" transform="translate(${xs(t)} ${AXIS_PX - 1})"><line y2="-6"></line><text y="-9">${format(new UTCDateMini(+t), 'MMM y', { locale: enGB })}</text></g>`,
      )}</g>
      <g>${repeat(
        this.events,
        (d) => d.id,
        (d, i) => svg`<g part="event" transform="translate(0 ${rowY(d, i)})">${
          d.end == null
            ? svg`<circle cx=${xs(d.start)} r="5" fill=${colour(d.category)}></circle>`
            : svg`<rect class="span" x=${xs(d.start)} y="-6" height="12" rx="2" width=${Math.max(1, xs(d.end) - xs(d.start))} fill=${colour(d.category)}></rect>`
        }<text x=${d.end == null ? xs(d.start) + 8 : xs(d.end) + 4} dy="0.35em">${d.title}</text></g>`,
      )}</g>
    </svg>`;
  }

  firstUpdated() {
    const behaviour = laneZoom((event) => {
      this.transform = event.transform;
    });
    select(this.renderRoot.querySelector('svg')).call(behaviour).on('dblclick.zoom', null);
  }
}

customElements.define('stack-timeline', StackTimeline);

window.benchRender = async (data) => {
  performance.mark('start');
  const el = document.createElement('stack-timeline');
  el.events = data;
  (document.getElementById('host') ?? document.body).append(el);
  await el.updateComplete;
  return endRender();
};
