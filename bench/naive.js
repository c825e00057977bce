// The naive D3 SVG timeline of `npm run bench`: the kind people write first, as a baseline.
//
// d3 scaleUtc + d3-axis, one <g> per event holding a circle (a moment) or a rect (a span) and a text label, one lane
// per category (events alternate over 4 rows in their lane, with no collision handling), and d3-zoom on the SVG: a
// plain wheel zooms, a drag pans, and every zoom event re-positions all nodes and redraws the axis. No culling, no
// aggregation, no keyboard access.
//
// run.mjs bundles this file with esbuild into node_modules/.cache/bench/naive.js; bench/pages/naive.html loads it.
// It exposes the same page API as the other pages (see bench/README.md): window.benchRender(data) and window.benchApi.
import { axisTop } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoomIdentity } from 'd3-zoom';
import { AXIS_PX, CATEGORIES, HEIGHT, LANE_PX, WIDTH, colour, laneTop, laneZoom, rowY } from './lanes.js';
import { endRender } from './pages/measure.js';

let state = null;

function render(data) {
  const x = scaleUtc()
    .domain([Math.min(...data.map((d) => d.start)), Math.max(...data.map((d) => d.end ?? d.start))])
    .range([0, WIDTH])
    .nice();

  const svg = select('#chart')
    .append('svg')
    .attr('width', WIDTH)
    .attr('height', HEIGHT)
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .style('font', '12px system-ui, sans-serif')
    .style('background', '#fff');
  svg
    .append('g')
    .selectAll('rect')
    .data(CATEGORIES)
    .join('rect')
    .attr('x', 0)
    .attr('y', (_, i) => laneTop(i))
    .attr('width', WIDTH)
    .attr('height', LANE_PX)
    .attr('fill', (_, i) => (i % 2 ? '#fff' : '#f6f8fa'));
  const axis = axisTop(x).ticks(WIDTH / 90);
  const axisG = svg.append('g').attr('transform', `translate(0 ${AXIS_PX - 1})`).call(axis);

  const events = svg
    .append('g')
    .selectAll('g')
    .data(data, (d) => d.id)
    .join('g')
    .attr('class', 'event')
    .attr('transform', (d, i) => `translate(0 ${rowY(d, i)})`);
  const points = events.filter((d) => d.end == null);
  const spans = events.filter((d) => d.end != null);
  const circles = points.append('circle').attr('r', 5).attr('fill', (d) => colour(d.category));
  const rects = spans.append('rect').attr('y', -6).attr('height', 12).attr('rx', 2).attr('fill', (d) => colour(d.category)).attr('fill-opacity', 0.6);
  const labels = events.append('text').attr('dy', '0.35em').text((d) => d.title);

  const place = (xs) => {
    circles.attr('cx', (d) => xs(d.start));
    rects.attr('x', (d) => xs(d.start)).attr('width', (d) => Math.max(1, xs(d.end) - xs(d.start)));
    labels.attr('x', (d) => (d.end == null ? xs(d.start) + 8 : xs(d.end) + 4));
    axisG.call(axis.scale(xs));
  };
  place(x);

  const behaviour = laneZoom((event) => {
    state.transform = event.transform;
    place(event.transform.rescaleX(x));
  });
  svg.call(behaviour).on('dblclick.zoom', null);
  state = { svg, behaviour, x, transform: zoomIdentity };
}

window.benchRender = async (data) => {
  performance.mark('start');
  render(data);
  return endRender();
};

window.benchApi = {
  /** The rectangle that takes wheel and drag gestures, in viewport px. */
  surface() {
    const r = state.svg.node().getBoundingClientRect();
    return { x: r.x, y: r.y + AXIS_PX, width: r.width, height: r.height - AXIS_PX };
  },
  /** Zooms to `k` times the full view, centred (no animation). */
  zoomTo(k) {
    state.behaviour.scaleTo(state.svg, k, [WIDTH / 2, 0]);
  },
  /** The visible range, epoch ms. */
  visibleRange() {
    const xs = state.transform.rescaleX(state.x);
    return [+xs.invert(0), +xs.invert(WIDTH)];
  },
};

window.benchReady = true;
