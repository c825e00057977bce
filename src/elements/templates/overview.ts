import { html, svg, type TemplateResult } from 'lit';
import { overviewBins } from '../../layout/overview.js';
import type { Fold } from '../../layout/folds.js';
import type { TimelineLayout } from '../../layout/timeline-layout.js';
import type { OverviewController } from '../../controllers/overview-controller.js';

/** The height of the overview strip the element should draw, px. */
export const OVERVIEW_HEIGHT_PX = 32;
/** The space kept above the tallest bar of the histogram, px. */
const TOP_PAD_PX = 3;

/** What the overview strip draws: the whole extent in base px, the density of each lane, the folds and the window. */
export interface OverviewView {
  /** The strip's width: the plot's, px (base px run over `[0, widthPx]`). */
  widthPx: number;
  /** The strip's height, px (see {@link OVERVIEW_HEIGHT_PX}). */
  heightPx: number;
  /** How many events of each lane fall in each bin, from `overviewBins`. */
  bins: ReturnType<typeof overviewBins>;
  /** The colour class of each lane, in the order of `bins.counts` (`CategoryEncoding.classOf`). */
  laneClasses: readonly string[];
  /** The folded (compressed) quiet stretches, base px, with their names. */
  folds: readonly { x0Px: number; x1Px: number; name: string }[];
  /** The visible window, base px: what lies outside it is dimmed (d3-brush draws the window itself, from `sync`). */
  window: [number, number];
  /** Whether time runs from right to left (RTL): every x is mirrored when drawn. */
  mirror: boolean;
  /** The accessible name of the window's slider, e.g. "Visible window". */
  label: string;
  /** What the slider's value says, e.g. "Showing Mar 2016 to Jan 2017". */
  valueText: string;
  /** The element directive from `OverviewController.brush()`, for the `<g>` d3-brush draws into. */
  brush: unknown;
}

/** Rounds a coordinate for a path: a hundredth of a px is finer than any screen. */
const r = (v: number) => Math.round(v * 100) / 100;

/**
 * The overview strip: each lane's event density as a stacked histogram (one path per lane, coloured by its class),
 * the folds as hatched bands with a break mark, and the `<g>` of d3-brush whose selection is the visible window.
 * Only the window's slider is exposed to assistive technology; its name and value text go to the controller through
 * the `<g>`'s `data-label` and `data-value-text` (written before the directive, so it reads this render's words).
 */
export function renderOverview(view: OverviewView): TemplateResult {
  const { widthPx: w, heightPx: h } = view;
  return html`<svg part="overview" class="overview" role="none" width=${w} height=${h} viewBox="0 0 ${w} ${h}">
    <defs>
      <pattern id="overview-fold-hatch" width="4" height="4" patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"><line class="fold-hatch" x1="1" y1="0" x2="1" y2="4"></line></pattern>
    </defs>
    <g class="histogram" aria-hidden="true">
      ${pathsOf(view).map((d, i) => svg`<path class="lane-density ${view.laneClasses[i] ?? ''}" d=${d}></path>`)}
    </g>
    <g class="folds" aria-hidden="true">${view.folds.map((fold) => renderFold(view, fold))}</g>
    ${renderOutside(view)}
    <g class="brush" data-label=${view.label} data-value-text=${view.valueText} ${view.brush}></g>
  </svg>`;
}

/** The histogram's paths, made once per density, size and direction: the strip is drawn again in every frame of a zoom. */
const drawnPaths = new WeakMap<OverviewView['bins'], { key: string; paths: string[] }>();
function pathsOf(view: OverviewView): string[] {
  const key = `${view.widthPx} ${view.heightPx} ${view.mirror}`;
  let drawn = drawnPaths.get(view.bins);
  if (drawn?.key !== key) drawnPaths.set(view.bins, (drawn = { key, paths: histogramPaths(view) }));
  return drawn.paths;
}

/**
 * One path per lane: for each bin with events, a stacked bar. The whole bar's height grows with the square root of
 * its count, against the tallest bar, so that a lone event still shows beside a pile of them (at least 3 px), and
 * each lane takes its share of the bar.
 */
function histogramPaths(view: OverviewView): string[] {
  const { widthPx: w, heightPx: h, bins, mirror } = view;
  const { counts, binPx, max } = bins;
  const n = counts[0]?.length ?? 0;
  const usable = Math.max(0, h - TOP_PAD_PX);
  const totals = new Float64Array(n);
  for (const laneCounts of counts) for (let b = 0; b < n; b++) totals[b] += laneCounts[b];
  const tops = new Float64Array(n).fill(h);
  return counts.map((laneCounts) => {
    let d = '';
    for (let b = 0; b < n; b++) {
      const count = laneCounts[b];
      if (!count || !max) continue;
      const barPx = Math.max(3, Math.sqrt(totals[b] / max) * usable);
      const bottom = tops[b];
      const top = Math.max(TOP_PAD_PX, bottom - (barPx * count) / totals[b]);
      tops[b] = top;
      const x0 = b * binPx;
      const x1 = Math.min(w, x0 + binPx);
      const left = mirror ? w - x1 : x0;
      d += `M${r(left)} ${r(top)}h${r(x1 - x0)}V${r(bottom)}h${r(x0 - x1)}z`;
    }
    return d;
  });
}

/** The stretches outside the window, dimmed, so that the window stands out even where the histogram is dense. */
function renderOutside(view: OverviewView): TemplateResult {
  const { widthPx: w, heightPx: h, mirror } = view;
  const x0 = Math.max(0, Math.min(w, Math.min(...view.window)));
  const x1 = Math.max(x0, Math.min(w, Math.max(...view.window)));
  // The stretch before the window and the one after it, as drawn.
  const [a, b] = mirror ? [w - x1, w - x0] : [x0, x1];
  return svg`<g class="outside" aria-hidden="true">
    <rect x="0" y="0" width=${r(a)} height=${h}></rect>
    <rect x=${r(b)} y="0" width=${r(w - b)} height=${h}></rect>
  </g>`;
}

/** A fold: a hatched band over its stretch with a short break mark across its middle, named by its title. */
function renderFold(view: OverviewView, fold: OverviewView['folds'][number]): TemplateResult {
  const { widthPx: w, heightPx: h, mirror } = view;
  const lo = Math.max(0, Math.min(fold.x0Px, fold.x1Px));
  const hi = Math.min(w, Math.max(fold.x0Px, fold.x1Px));
  const left = mirror ? w - hi : lo;
  const cx = left + (hi - lo) / 2;
  const mid = h / 2;
  return svg`<g class="fold">
    <title>${fold.name}</title>
    <rect class="fold-bg" x=${r(left)} y="0" width=${r(Math.max(0, hi - lo))} height=${h}></rect>
    <rect class="fold-band" x=${r(left)} y="0" width=${r(Math.max(0, hi - lo))} height=${h}
      fill="url(#overview-fold-hatch)"></rect>
    <path class="fold-break" d="M${r(cx - 4)} ${r(mid + 5)}L${r(cx - 1)} ${r(mid - 5)}M${r(cx + 1)} ${r(mid + 5)}L${r(
      cx + 4,
    )} ${r(mid - 5)}"></path>
  </g>`;
}

/** What a timeline's overview strip is drawn from: its layout, its zoom, its words and the strip's controller. */
export interface TimelineOverview {
  controller: OverviewController;
  layout: TimelineLayout;
  /** The zoom, in the direction of time: the view shows `[−x / k, (w − x) / k]` in base px. */
  transform: { k: number; x: number };
  /** The deepest zoom: the narrowest window is the width over it. */
  maxScale: number;
  mirror: boolean;
  label: string;
  valueText: string;
  foldName: (fold: Fold) => string;
}

/** The density of each strip's lanes, worked out again only when the data, the width or the folds change. */
const densities = new WeakMap<OverviewController, { items: unknown; key: string; bins: ReturnType<typeof overviewBins> }>();

/**
 * A timeline's overview strip: its lanes' density in base px (6 px bins), its closed folds, and its window, which the
 * controller's brush is moved to (configured for the width and the deepest zoom first).
 */
export function renderTimelineOverview(o: TimelineOverview): TemplateResult {
  const { layout, transform: t, controller } = o;
  const { widthPx: w, baseX } = layout;
  const key = `${w} ${layout.foldsOpen} ${layout.folds.length}`;
  let density = densities.get(controller);
  if (density?.items !== layout.items || density.key !== key) {
    const lanes = layout.lanes.map((lane) => ({ positionsPx: Array.from(lane.marksMs, (ms) => baseX(ms)) }));
    densities.set(controller, (density = { items: layout.items, key, bins: overviewBins(lanes, w, 6) }));
  }
  const window: [number, number] = [-t.x / t.k, (w - t.x) / t.k];
  controller.configure(w, OVERVIEW_HEIGHT_PX, w / o.maxScale, o.mirror);
  controller.sync(...window);
  return renderOverview({
    widthPx: w, heightPx: OVERVIEW_HEIGHT_PX, bins: density.bins, window, mirror: o.mirror,
    laneClasses: layout.categories.map((c) => layout.encoding.classOf(c)),
    folds: layout.closedFolds.map((f) => ({ x0Px: baseX(f.fromMs), x1Px: baseX(f.toMs), name: o.foldName(f) })),
    label: o.label, valueText: o.valueText, brush: controller.brush(),
  });
}
