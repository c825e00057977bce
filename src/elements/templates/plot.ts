import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Frame, LaneStack } from '../../layout/frame.js';
import type { CategoryEncoding } from '../../layout/categories.js';
import type { FocusKey } from '../../layout/navigation.js';
import type { AxisTick } from '../../layout/ticks.js';
import type { DrawnFold } from '../../layout/timeline-layout.js';
import type { Describer } from '../../i18n/describe.js';
import { frameShiftPx, mx, renderCluster, renderEvent, renderLabel } from './marks.js';

/** What the plot templates draw: the layout of a frame, its words, and what a click on it does. */
export interface PlotView {
  widthPx: number;
  heightPx: number;
  axisPx: number;
  rowPx: number;
  /** The categories drawn, one lane each, in order. */
  categories: readonly string[];
  /** Where each lane sits vertically. */
  stack: LaneStack;
  /** How categories are drawn: colour classes (with their hatch patterns) and mark shapes. */
  encoding: CategoryEncoding;
  /** The words for what is drawn: names of events, clusters and lanes, and counts. */
  describe: Describer;
  /** The events and clusters in view, placed. */
  frame: Frame;
  /** The ticks of the grid and of the axis. */
  ticks: readonly AxisTick[];
  /** The folded stretches in view. */
  folds: readonly DrawnFold[];
  /** What a fold says it does when activated (its tooltip). */
  unfold: string;
  /** What a click on a fold, or Enter or Space on it, does (the fold's index is its `data-fold`). */
  onFold: (event: Event) => void;
  /** The accessible name of the listbox of events. */
  label: string;
  /** The hint about the zoom modifier, while it is shown. */
  hint: string | null;
  /** The element directive that attaches the zoom gestures to the chart. */
  surface: unknown;
  /** What a click on an event, a label or a cluster does. */
  onClick: (event: Event) => void;
  selected: string | null;
  /** The single Tab stop among events and clusters. */
  tabStop: FocusKey | null;
  setSize: number;
  measure: (text: string) => number;
  /** A quicker, slightly generous width, for a cluster's count (the counts of a deep zoom are many); default `measure`. */
  estimate?: (text: string) => number;
  /** The scale the frame was laid out with (px of the frame), for the fuzzy ends of spans. */
  frameX: (ms: number) => number;
  /** The part of its px that the frame covers: the plot's width, and its margin on each side (see `TimelineView`). */
  frameStartPx: number;
  frameWidthPx: number;
  /** How far the frame is shifted to show the view: a px `p` of the frame is at `p + shiftPx` in the plot. */
  shiftPx: number;
  /**
   * Whether the canvas over the chart shows the view (while a gesture moves it), with the axis, the lanes, the grid
   * and the events: the SVG under it then keeps the frame the gesture began with, axis and all.
   */
  painting: boolean;
  /** Whether time runs from right to left (RTL): every position is mirrored when drawn. */
  mirror: boolean;
}

/**
 * The plot: the lanes, the grid, the events and clusters in view with their labels, and the axis, in an SVG that
 * the zoom gestures are attached to; and the wheel hint over it.
 */
export function renderPlot(view: PlotView): TemplateResult {
  const { widthPx: w, heightPx: h, stack } = view;
  return html`<div part="plot" class="plot">
    <svg class="chart" role="none" width=${w} height=${h} viewBox="0 0 ${w} ${h}" ${view.surface}>
      <defs>${renderPatterns(view.encoding.patternClasses)}</defs>
      <rect class="hit" width=${w} height=${h}></rect>
      <g aria-hidden="true">${view.categories.map(
          (category, i) => svg`<rect part="lane" class="lane-bg ${i % 2 ? 'alt' : ''}" x="0" y=${stack.topsPx[i]}
              width=${w} height=${stack.heightsPx[i]}></rect>
            <text part="lane-label" class="lane-label" x=${view.mirror ? w - 10 : 10} y=${stack.topsPx[i] + 14}>${view.describe.category(
              category,
            )}</text>`,
        )}</g>
      <g class="grid" aria-hidden="true">${renderGridLines(view)}</g>
      ${view.setSize ? renderContent(view, false) : nothing}
      ${view.folds.map((f) => renderFold(view, f))}
      ${view.setSize ? renderContent(view, true) : nothing}
      ${renderAxis(view)}
    </svg>
    <canvas class="motion" aria-hidden="true" ?hidden=${!view.painting}></canvas>
    ${view.hint ? html`<div class="hint" aria-hidden="true">${view.hint}</div>` : nothing}
  </div>`;
}

/**
 * The events and clusters (`labels` false) or their labels (true), as laid out in the frame, shifted to the view by
 * one transform. While the view pans, a frame is laid out with a margin and moved for several frames of the
 * gesture: only the shift changes. The folds are drawn between the two, over the marks and under the labels.
 */
function renderContent(view: PlotView, labels: boolean): TemplateResult {
  const { frame, mirror } = view;
  const tab = view.tabStop ? `${view.tabStop.kind}|${view.tabStop.id}` : '';
  const deps = [frame, tab, view.selected, view.setSize, view.describe, view.encoding, view.label, mirror, view.rowPx];
  // While the canvas paints the events, these nodes stay as they were under it, holding focus and their names.
  return svg`<g transform="translate(${frameShiftPx(view)} 0)">
    ${labels
      ? guard(deps, () => svg`<g class="labels" aria-hidden="true" @click=${view.onClick}>
          ${repeat(frame.items, (d) => d.item.id, (d) => renderLabel(view, d))}
        </g>`)
      : guard(deps, () => svg`<g class="events" role="listbox" aria-label=${view.label} aria-orientation="horizontal"
          @click=${view.onClick}>
          ${repeat(frame.items, (d) => d.item.id, (d) => renderEvent(view, d))}
          ${repeat(
            frame.clusters,
            // Keyed by id: a pan keeps the nodes of the clusters it moves (their time bins and groups stay the same).
            (c) => c.id,
            (c) => renderCluster(view, c),
          )}
        </g>`)}
  </g>`;
}

/** A zigzag from the top of the lanes to the bottom, about `x`: the edge of a fold. */
function zigzag(x: number, topPx: number, bottomPx: number): string {
  let d = `M${x},${topPx}`;
  for (let y = topPx + 6, i = 0; y < bottomPx; y += 6, i++) d += `L${x + (i % 2 ? -3 : 3)},${y}`;
  return `${d}L${x},${bottomPx}`;
}

/**
 * A folded stretch: a band across the lanes that hides what runs through it (spans are drawn broken), zigzag
 * edges, and a break in the axis line. It is a button: a click, or Enter on it, opens it.
 */
function renderFold(view: PlotView, fold: DrawnFold): TemplateResult {
  const { x0, x1, edges } = foldEdges(view, fold);
  const { axisPx: top, heightPx: h } = view;
  const name = view.describe.fold(fold);
  return svg`<g part="fold" class="fold" role="button" tabindex="0" aria-label=${name} data-fold=${fold.index}
    @click=${view.onFold} @keydown=${view.onFold}>
    <title>${name}. ${view.unfold}</title>
    <rect class="fold-band" x=${x0} y=${top} width=${x1 - x0} height=${h - top}></rect>
    <path class="fold-edge" d=${edges}></path>
  </g>`;
}

/** Where `fold` is on screen, from `x0` to `x1` (left to right). */
function foldSpan(view: PlotView, fold: DrawnFold): [number, number] {
  const [a, b] = [mx(view, fold.x0Px), mx(view, fold.x1Px)];
  return [Math.min(a, b), Math.max(a, b)];
}

/**
 * Where `fold`'s band is on screen, from `x0` to `x1` (left to right), and its zigzag edges from the axis to the
 * bottom of the lanes (`edges`, an SVG path): as the SVG draws them and the canvas paints them.
 */
export function foldEdges(view: PlotView, fold: DrawnFold): { x0: number; x1: number; edges: string } {
  const [x0, x1] = foldSpan(view, fold);
  const { axisPx: top, heightPx: h } = view;
  return { x0, x1, edges: `${zigzag(x0, top, h)} ${zigzag(x1, top, h)}` };
}

/** The hatch patterns, one for each class name in `patternClasses` (see `CategoryEncoding`). */
function renderPatterns(patternClasses: readonly string[]): TemplateResult[] {
  return patternClasses.map(
    (c) => svg`<pattern id="hatch-${c}" class=${c} width="6" height="6" patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"></rect>
      <line class="hatch-line" x1="1" y1="0" x2="1" y2="6"></line></pattern>`,
  );
}

/** The grid lines of the ticks, behind the events. */
function renderGridLines(view: PlotView): TemplateResult[] {
  return view.ticks.map(
    (t) => svg`<line class=${t.major ? 'major' : ''} x1=${mx(view, t.xPx)} x2=${mx(view, t.xPx)} y1=${view.axisPx}
      y2=${view.heightPx}></line>`,
  );
}

/** Where the baseline of a tick's label lies, px below the top of the axis. */
export const TICK_BASELINE_PX = 19;

/**
 * Where a tick's label is anchored on the axis: at its tick, or, near an edge of the plot, aligned to that edge
 * (so that it is not cut off), extending inwards; 'start' is the right side when the text runs right to left.
 */
export function tickAnchor(view: PlotView, t: AxisTick): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const w = view.widthPx;
  const halfPx = view.measure(t.label) / 2 + 2;
  const xPx = mx(view, t.xPx);
  const side = xPx < halfPx ? 'left' : xPx > w - halfPx ? 'right' : 'middle';
  const anchor = side === 'middle' ? 'middle' : (side === 'left') !== view.mirror ? 'start' : 'end';
  return { x: side === 'left' ? Math.max(2, xPx) : side === 'right' ? Math.min(w - 2, xPx) : xPx, anchor };
}

/**
 * Where the axis line is broken by `fold`: from `x0` to `x1` (left to right on screen), with a slash at each end
 * (`slashes`, an SVG path).
 */
export function axisBreak(view: PlotView, fold: DrawnFold): { x0: number; x1: number; slashes: string } {
  const [x0, x1] = foldSpan(view, fold);
  const slash = (x: number) => `M${x - 3},${view.axisPx + 4}L${x + 3},${view.axisPx - 8}`;
  return { x0, x1, slashes: slash(x0) + slash(x1) };
}

/** The axis with its tick labels, over everything (see {@link tickAnchor}). */
function renderAxis(view: PlotView): TemplateResult {
  const { widthPx: w, axisPx } = view;
  return svg`<g aria-hidden="true">
    <g part="axis" class="axis">
      <rect class="axis-bg" width=${w} height=${axisPx}></rect>
      <line class="axis-line" x1="0" x2=${w} y1=${axisPx - 0.5} y2=${axisPx - 0.5}></line>
      ${view.folds.map((f) => {
        const { x0, x1, slashes } = axisBreak(view, f);
        return svg`<rect class="axis-bg" x=${x0} y=${axisPx - 3} width=${x1 - x0} height="3"></rect>
          <path class="fold-edge" d=${slashes}></path>`;
      })}
      ${view.ticks.map((t) => {
        const { x, anchor } = tickAnchor(view, t);
        return svg`<text part="tick-label" class="tick-label ${t.major ? 'major' : ''}" x=${x} y=${TICK_BASELINE_PX}
          text-anchor=${anchor}>${t.label}</text>`;
      })}
    </g>
  </g>`;
}
