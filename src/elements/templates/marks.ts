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
 *
 * A point, a point with a precision band and a span each have a template of their own, their marks in it, rather
 * than one option template with a nested one for its marks: a nested template is one more instance (cloned, walked
 * for its parts and updated) for every event drawn, and each binding is a part. An event keeps its kind and its band
 * (they come from its dates), so its node, and the focus on it, stay from frame to frame.
 */
export function renderEvent(view: PlotView, d: DrawnItem): TemplateResult {
  const { item, geometry: g, label } = d;
  const shapes = eventShapes(view, d);
  const { cls, approximate, bar, mark } = shapes;
  const hatch = approximate ? `url(#hatch-${cls})` : nothing;
  const bandClass = `band ${approximate ? 'hatched' : ''}`;
  // Bars and bands are 14 px high, a constant in the templates: a binding would be a part.
  const rect = (cls: string, e: Extent, rx: number, fill: typeof hatch = nothing) =>
    svg`<rect class=${cls} x=${e.x} y="-7" width=${e.width} height="14" rx=${rx} fill=${fill}></rect>`;
  const isTabStop = isKey(view.tabStop, 'event', item.id);
  const selected = view.selected === item.id;
  // Only the event that can take focus, and the selected one, need a ring: one node less for every other. Made only
  // where drawn: it measures the label as cut, to the px (a canvas measurement for each event otherwise).
  let ring: TemplateResult | typeof nothing = nothing;
  if (isTabStop || selected) {
    const labelEnd = label.fit === 'hidden' ? 0 : label.xPx + Math.min(label.maxWidthPx, view.measure(d.text));
    const ringStart = Math.min(g.occupied.startPx, g.markPx - DEFAULT_METRICS.markRadiusPx) - 3;
    const ringEnd = Math.max(g.occupied.endPx, labelEnd) + 3;
    ring = svg`<rect class="focus-ring" x=${left(view, ringStart, ringEnd)} y=${-view.rowPx / 2 + 2}
      width=${ringEnd - ringStart} height=${view.rowPx - 4} rx="4"></rect>`;
  }
  // The option's attributes, alike in the three templates.
  const kind = `event ${cls} ${shapes.fuzzy ? 'fuzzy' : ''} ${approximate ? 'approximate' : ''}`;
  const tab = isTabStop ? 0 : -1;
  const chosen = selected ? 'true' : 'false';
  const pos = item.order + 1;
  const name = view.describe.name(item);
  const at = `translate(0 ${d.rowYPx})`;
  if (bar) {
    // A span: its bar, the part of it that is certain, its fuzzy ends, and the arrow of an open end.
    return svg`<g part="event" class=${kind} role="option" data-id=${item.id} tabindex=${tab} aria-selected=${chosen}
      aria-posinset=${pos} aria-setsize=${view.setSize} aria-label=${name} transform=${at}>${ring}<rect class="bar"
      x=${bar.x} y="-7" width=${bar.width} height="14" rx="3"></rect>${shapes.solid ? rect('solid', shapes.solid, 0) : nothing}${
      shapes.bands.map((band) => rect(bandClass, band, 2, hatch))}${
      shapes.arrow ? svg`<path class="edge-arrow" d=${shapes.arrow}></path>` : nothing}</g>`;
  }
  const [band] = shapes.bands;
  const markAt = `translate(${shapes.markX} 0)`;
  // A point whose date is less precise than a day: its precision band, under its mark.
  if (band) {
    return svg`<g part="event" class=${kind} role="option" data-id=${item.id} tabindex=${tab} aria-selected=${chosen}
      aria-posinset=${pos} aria-setsize=${view.setSize} aria-label=${name} transform=${at}>${ring}<rect
      class=${bandClass} x=${band.x} y="-7" width=${band.width} height="14" rx="2" fill=${hatch}></rect><path
      class="mark" d=${mark} transform=${markAt}></path></g>`;
  }
  return svg`<g part="event" class=${kind} role="option" data-id=${item.id} tabindex=${tab} aria-selected=${chosen}
    aria-posinset=${pos} aria-setsize=${view.setSize} aria-label=${name} transform=${at}>${ring}<path class="mark"
    d=${mark} transform=${markAt}></path></g>`;
}

/**
 * An event's label, in an aria-hidden layer outside its option: the option's name already holds the full title,
 * and a truncated label inside it would read as a different name.
 */
export function renderLabel(view: PlotView, d: DrawnItem): TemplateResult | typeof nothing {
  const { label, item } = d;
  if (label.fit === 'hidden') return nothing;
  const { x, direction, anchor } = labelAnchor(view, d);
  // The text as a property: a child part would be one more marker node for every label. Its direction and anchor
  // are classes (see marks.styles.ts): one attribute for three, set at once.
  return svg`<text part="label" class="label ${direction} ${anchor} ${view.selected === item.id ? 'selected' : ''}"
    data-id=${item.id} x=${x} y=${d.rowYPx} .textContent=${d.text}></text>`;
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

/**
 * A cluster: a rounded badge over its time bin with the count, an option named like "42 events, 2014". Only the
 * cluster that can take focus has a focus ring, as for events.
 */
export function renderCluster(view: PlotView, c: DrawnCluster): TemplateResult {
  const { count, widthPx, centerPx } = clusterBadge(view, c);
  const isTabStop = isKey(view.tabStop, 'cluster', c.id);
  const ring = isTabStop
    ? svg`<rect class="focus-ring" x=${-widthPx / 2 - 3} y=${-view.rowPx / 2 + 2} width=${widthPx + 6}
        height=${view.rowPx - 4} rx="6"></rect>`
    : nothing;
  return svg`<g part="cluster" class="cluster ${view.encoding.classOf(c.category)}" role="option" data-cluster=${c.id}
      tabindex=${isTabStop ? 0 : -1} aria-selected="false" aria-label=${view.describe.cluster(c)}
      transform="translate(${centerPx} ${c.rowYPx})">${ring}<rect class="cluster-badge" x=${-widthPx / 2} y="-9"
      width=${widthPx} height="18" rx="9"></rect><text class="cluster-count" text-anchor="middle"
      dominant-baseline="central">${count}</text></g>`;
}
