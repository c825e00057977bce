import { nothing, svg, type TemplateResult } from 'lit';
import type { DrawnCluster, DrawnItem } from '../../layout/frame.js';
import { DEFAULT_METRICS } from '../../layout/geometry.js';
import type { LayoutItem } from '../../layout/items.js';
import { isKey, type FocusKey } from '../../layout/navigation.js';
import { shapePath } from '../../layout/shapes.js';
import type { PlotView } from './plot.js';

/** Whether text reads right to left: its first strong character is Hebrew, Arabic, Syriac, Thaana or N'Ko. */
const RTL_FIRST = /^[^A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
export const textDirection = (text: string): 'rtl' | 'ltr' => (RTL_FIRST.test(text) ? 'rtl' : 'ltr');

/** The focus key of a node drawn by {@link renderEvent} or {@link renderCluster}; `null` for any other node. */
export function keyOfNode(node: Element): FocusKey | null {
  if (node.getAttribute('role') !== 'option') return null;
  const cluster = node.getAttribute('data-cluster');
  return cluster === null ? { kind: 'event', id: node.getAttribute('data-id')! } : { kind: 'cluster', id: cluster };
}

/** A position of the plot as drawn: mirrored in RTL. */
export const mx = (view: PlotView, x: number) => (view.mirror ? view.widthPx - x : x);
/**
 * A position of the frame as drawn: mirrored about the frame's px 0 in RTL. Frames laid out in the same px draw a
 * mark that has not moved at the same place, whatever part of those px each covers.
 */
const fx = (view: PlotView, p: number) => (view.mirror ? -p : p);
/** The left edge of `[start, end]` of the frame as drawn. */
const left = (view: PlotView, start: number, end: number) => (view.mirror ? -end : start);
/**
 * How far the frame's marks are moved, as drawn, to show the view: its px p is at p + shiftPx in the plot, drawn at
 * widthPx - (p + shiftPx) in RTL, where the marks are drawn at -p.
 */
export const frameShiftPx = (view: PlotView): number => (view.mirror ? view.widthPx - view.shiftPx : view.shiftPx);

/** The edges of the part of its px that the frame covers. */
const edges = (view: PlotView) => [view.frameStartPx, view.frameStartPx + view.frameWidthPx] as const;

const BAR_PX = 14;

function isQualified(item: LayoutItem): boolean {
  const q = (v: LayoutItem['dates']['start'] | undefined) => v?.kind === 'date' && (v.approximate || v.uncertain);
  return q(item.dates.start) || q(item.dates.end);
}

/** A horizontal extent as drawn: its left edge and its width, px. */
export interface Extent {
  x: number;
  width: number;
}

/** What an event is drawn with, as drawn (in the frame's px, mirrored in RTL), in the order it is drawn. */
export interface EventShapes {
  /** The class of its category's colour. */
  cls: string;
  /** Whether a date of it is approximate or uncertain: its bands are hatched. */
  approximate: boolean;
  /** Whether it has a fuzzy start or end: its mark is hollow. */
  fuzzy: boolean;
  /** A span's bar, and the part of it that is certain. */
  bar: Extent | null;
  solid: Extent | null;
  /** The precision band of a point, or the fuzzy ends of a span. */
  bands: Extent[];
  /** The arrow of an open end at the edge of the plot: an SVG path. */
  arrow: string | null;
  /** The centre of a point's mark, and the mark's path around it. */
  markX: number | null;
  mark: string;
}

/** The shapes that {@link renderEvent} draws, and the canvas that follows a moving view paints. */
export function eventShapes(view: PlotView, d: DrawnItem): EventShapes {
  const { item, geometry: g } = d;
  const extent = (a: number, b: number): Extent => ({ x: left(view, a, b), width: Math.max(1, b - a) });
  const [start, end] = edges(view);
  const clampPx = (ms: number) => Math.min(end + 4096, Math.max(start - 4096, view.frameX(ms)));
  const tip = fx(view, end);
  const back = view.mirror ? tip + 10 : tip - 10;
  const bands = g.band ? [extent(g.band.startPx, g.band.endPx)] : [];
  if (g.bar && item.fuzzyStart) bands.push(extent(clampPx(item.startMinMs), clampPx(item.startMaxMs)));
  if (g.bar && item.fuzzyEnd && item.endMaxMs !== Infinity) bands.push(extent(clampPx(item.endMinMs), clampPx(item.endMaxMs)));
  return {
    cls: view.encoding.classOf(item.category),
    approximate: isQualified(item),
    fuzzy: item.fuzzyStart || item.fuzzyEnd,
    bar: g.bar ? extent(g.bar.startPx, g.bar.endPx) : null,
    solid: g.bar && g.solid ? extent(g.solid.startPx, g.solid.endPx) : null,
    bands,
    arrow: g.bar && item.endMaxMs === Infinity && g.clippedEnd ? `M${back},-9L${tip},0L${back},9Z` : null,
    markX: g.bar ? null : fx(view, g.markPx),
    mark: shapePath(view.encoding.shapeOf(item.category), DEFAULT_METRICS.markRadiusPx),
  };
}

/**
 * One event as an option of the events listbox: its precision band or its bar (with hatched fuzzy ends when the
 * date is approximate or uncertain), its mark, and a focus ring around mark and label.
 */
export function renderEvent(view: PlotView, d: DrawnItem): TemplateResult {
  const { item, geometry: g, label } = d;
  const shapes = eventShapes(view, d);
  const { cls, approximate } = shapes;
  const hatch = approximate ? `url(#hatch-${cls})` : nothing;
  const rect = (cls: string, e: Extent, rx: number, fill: typeof hatch = nothing) =>
    svg`<rect class=${cls} x=${e.x} y=${-BAR_PX / 2} width=${e.width} height=${BAR_PX} rx=${rx} fill=${fill}></rect>`;
  // Made only where drawn: it measures the label as cut, to the px (a canvas measurement for each event otherwise).
  const focusRing = () => {
    const labelEnd = label.fit === 'hidden' ? 0 : label.xPx + Math.min(label.maxWidthPx, view.measure(d.text));
    const ringStart = Math.min(g.occupied.startPx, g.markPx - DEFAULT_METRICS.markRadiusPx) - 3;
    const ringEnd = Math.max(g.occupied.endPx, labelEnd) + 3;
    return svg`<rect class="focus-ring" x=${left(view, ringStart, ringEnd)} y=${-view.rowPx / 2 + 2}
      width=${ringEnd - ringStart} height=${view.rowPx - 4} rx="4"></rect>`;
  };
  const isTabStop = isKey(view.tabStop, 'event', item.id);
  const bands = shapes.bands.map((band) => rect(`band ${approximate ? 'hatched' : ''}`, band, 2, hatch));
  return svg`<g part="event" class="event ${cls} ${shapes.fuzzy ? 'fuzzy' : ''}
      ${approximate ? 'approximate' : ''}" role="option" data-id=${item.id} tabindex=${isTabStop ? 0 : -1}
      aria-selected=${view.selected === item.id ? 'true' : 'false'} aria-posinset=${item.order + 1}
      aria-setsize=${view.setSize} aria-label=${view.describe.name(item)} transform="translate(0 ${d.rowYPx})">
    ${isTabStop || view.selected === item.id
      ? // Only the event that can take focus, and the selected one, need a ring: one node less for every other.
        focusRing()
      : nothing}
    ${shapes.bar
      ? // A span: its bar, the part of it that is certain, its fuzzy ends, and the arrow of an open end. Each kind
        // has its own template, with its bar or its mark in it: each binding of a template is a part (and a marker
        // node) of every event drawn.
        svg`<rect class="bar" x=${shapes.bar.x} y=${-BAR_PX / 2} width=${shapes.bar.width} height=${BAR_PX} rx="3"></rect>${
          shapes.solid ? rect('solid', shapes.solid, 0) : nothing}${bands}${
          shapes.arrow ? svg`<path class="edge-arrow" d=${shapes.arrow}></path>` : nothing}`
      : // A point: its precision band, under its mark.
        svg`${bands}<path class="mark" d=${shapes.mark} transform="translate(${shapes.markX} 0)"></path>`}
  </g>`;
}

/**
 * An event's label, in an aria-hidden layer outside its option: the option's name already holds the full title,
 * and a truncated label inside it would read as a different name.
 */
export function renderLabel(view: PlotView, d: DrawnItem): TemplateResult | typeof nothing {
  const { label, item } = d;
  if (label.fit === 'hidden') return nothing;
  const { x, direction, anchor } = labelAnchor(view, d);
  // The text as a property: a child part would be one more marker node for every label.
  return svg`<text part="label" class="label ${view.selected === item.id ? 'selected' : ''}" data-id=${item.id}
    x=${x} y=${d.rowYPx} direction=${direction} text-anchor=${anchor} .textContent=${d.text}></text>`;
}

/**
 * Where an event's label is anchored, and which way it runs. A label grows away from its mark: rightwards, or
 * leftwards when time runs right to left. Its own direction comes from its text, so an English title in an Arabic
 * page (or the reverse) keeps its punctuation and ellipsis in place.
 */
export function labelAnchor(view: PlotView, d: DrawnItem): { x: number; direction: 'rtl' | 'ltr'; anchor: 'start' | 'end' } {
  const direction = textDirection(d.text);
  return { x: fx(view, d.label.xPx), direction, anchor: (direction === 'rtl') === view.mirror ? 'start' : 'end' };
}

/** Where a cluster's badge is drawn: its count in words, its width and its centre, px. */
export function clusterBadge(view: PlotView, c: DrawnCluster): { count: string; widthPx: number; centerPx: number } {
  const count = view.describe.count(c.count);
  const [start, end] = edges(view);
  const startPx = Math.max(start - 4, c.startPx);
  const endPx = Math.min(end + 4, c.endPx);
  return { count, widthPx: Math.max(18, endPx - startPx, (view.estimate ?? view.measure)(count) + 10), centerPx: fx(view, (startPx + endPx) / 2) };
}

/** A cluster: a rounded badge over its time bin with the count, an option named like "42 events, 2014". */
export function renderCluster(view: PlotView, c: DrawnCluster): TemplateResult {
  const { count, widthPx, centerPx } = clusterBadge(view, c);
  return svg`<g part="cluster" class="cluster ${view.encoding.classOf(c.category)}" role="option" data-cluster=${c.id}
      tabindex=${isKey(view.tabStop, 'cluster', c.id) ? 0 : -1} aria-selected="false" aria-label=${view.describe.cluster(c)}
      transform="translate(${centerPx} ${c.rowYPx})">
    <rect class="focus-ring" x=${-widthPx / 2 - 3} y=${-view.rowPx / 2 + 2} width=${widthPx + 6} height=${view.rowPx - 4}
      rx="6"></rect>
    <rect class="cluster-badge" x=${-widthPx / 2} y="-9" width=${widthPx} height="18" rx="9"></rect>
    <text class="cluster-count" text-anchor="middle" dominant-baseline="central">${count}</text>
  </g>`;
}
