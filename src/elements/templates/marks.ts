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

/** A position as drawn: mirrored in RTL. */
export const mx = (view: PlotView, x: number) => (view.mirror ? view.widthPx - x : x);
/** The left edge of `[start, end]` as drawn. */
const left = (view: PlotView, start: number, end: number) => (view.mirror ? view.widthPx - end : start);

const BAR_PX = 14;

function isQualified(item: LayoutItem): boolean {
  const q = (v: LayoutItem['dates']['start'] | undefined) => v?.kind === 'date' && (v.approximate || v.uncertain);
  return q(item.dates.start) || q(item.dates.end);
}

/**
 * One event as an option of the events listbox: its precision band or its bar (with hatched fuzzy ends when the
 * date is approximate or uncertain), its mark, and a focus ring around mark and label.
 */
export function renderEvent(view: PlotView, d: DrawnItem): TemplateResult {
  const { item, geometry: g, label } = d;
  const cls = view.encoding.classOf(item.category);
  const approximate = isQualified(item);
  const hatch = approximate ? `url(#hatch-${cls})` : nothing;
  const r = DEFAULT_METRICS.markRadiusPx;
  const labelEnd = label.fit === 'hidden' ? 0 : label.xPx + Math.min(label.maxWidthPx, view.measure(d.text));
  const ringStart = Math.min(g.occupied.startPx, g.markPx - r) - 3;
  const ringEnd = Math.max(g.occupied.endPx, labelEnd) + 3;
  const rect = (cls: string, a: number, b: number, rx: number, fill: typeof hatch = nothing) =>
    svg`<rect class=${cls} x=${left(view, a, b)} y=${-BAR_PX / 2} width=${Math.max(1, b - a)} height=${BAR_PX} rx=${rx}
      fill=${fill}></rect>`;
  const band = (a: number, b: number) => rect(`band ${approximate ? 'hatched' : ''}`, a, b, 2, hatch);
  const w = view.widthPx;
  const isTabStop = isKey(view.tabStop, 'event', item.id);
  const clampPx = (ms: number) => Math.min(view.widthPx + 4096, Math.max(-4096, view.frameX(ms)));
  return svg`<g part="event" class="event ${cls} ${item.fuzzyStart || item.fuzzyEnd ? 'fuzzy' : ''}
      ${approximate ? 'approximate' : ''}" role="option" data-id=${item.id} tabindex=${isTabStop ? 0 : -1}
      aria-selected=${view.selected === item.id ? 'true' : 'false'} aria-posinset=${item.order + 1}
      aria-setsize=${view.setSize} aria-label=${view.describe.name(item)} transform="translate(0 ${d.rowYPx})">
    ${isTabStop || view.selected === item.id
      ? // Only the event that can take focus, and the selected one, need a ring: one node less for every other.
        svg`<rect class="focus-ring" x=${left(view, ringStart, ringEnd)} y=${-view.rowPx / 2 + 2}
          width=${ringEnd - ringStart} height=${view.rowPx - 4} rx="4"></rect>`
      : nothing}
    ${g.band ? band(g.band.startPx, g.band.endPx) : nothing}
    ${g.bar
      ? svg`${rect('bar', g.bar.startPx, g.bar.endPx, 3)}
          ${g.solid ? rect('solid', g.solid.startPx, g.solid.endPx, 0) : nothing}
          ${item.fuzzyStart ? band(clampPx(item.startMinMs), clampPx(item.startMaxMs)) : nothing}
          ${item.fuzzyEnd && item.endMaxMs !== Infinity ? band(clampPx(item.endMinMs), clampPx(item.endMaxMs)) : nothing}
          ${item.endMaxMs === Infinity && g.clippedEnd
            ? svg`<path class="edge-arrow" d=${view.mirror ? 'M10,-9L0,0L10,9Z' : `M${w - 10},-9L${w},0L${w - 10},9Z`}></path>`
            : nothing}`
      : svg`<path class="mark" d=${shapePath(view.encoding.shapeOf(item.category), r)}
          transform="translate(${mx(view, g.markPx)} 0)"></path>`}
  </g>`;
}

/**
 * An event's label, in an aria-hidden layer outside its option: the option's name already holds the full title,
 * and a truncated label inside it would read as a different name.
 */
export function renderLabel(view: PlotView, d: DrawnItem): TemplateResult | typeof nothing {
  const { label, item } = d;
  if (label.fit === 'hidden') return nothing;
  // A label grows away from its mark: rightwards, or leftwards when time runs right to left. Its own direction comes
  // from its text, so an English title in an Arabic page (or the reverse) keeps its punctuation and ellipsis in place.
  const direction = textDirection(d.text);
  const anchor = (direction === 'rtl') === view.mirror ? 'start' : 'end';
  return svg`<text part="label" class="label ${view.selected === item.id ? 'selected' : ''}" data-id=${item.id}
    x=${mx(view, label.xPx)} y=${d.rowYPx} direction=${direction} text-anchor=${anchor}>${d.text}</text>`;
}

/** A cluster: a rounded badge over its time bin with the count, an option named like "42 events, 2014". */
export function renderCluster(view: PlotView, c: DrawnCluster): TemplateResult {
  const count = view.describe.count(c.count);
  const startPx = Math.max(-4, c.startPx);
  const endPx = Math.min(view.widthPx + 4, c.endPx);
  const widthPx = Math.max(18, endPx - startPx, view.measure(count) + 10);
  const centerPx = mx(view, (startPx + endPx) / 2);
  return svg`<g part="cluster" class="cluster ${view.encoding.classOf(c.category)}" role="option" data-cluster=${c.id}
      tabindex=${isKey(view.tabStop, 'cluster', c.id) ? 0 : -1} aria-selected="false" aria-label=${view.describe.cluster(c)}
      transform="translate(${centerPx} ${c.rowYPx})">
    <rect class="focus-ring" x=${-widthPx / 2 - 3} y=${-view.rowPx / 2 + 2} width=${widthPx + 6} height=${view.rowPx - 4}
      rx="6"></rect>
    <rect class="cluster-badge" x=${-widthPx / 2} y="-9" width=${widthPx} height="18" rx="9"></rect>
    <text class="cluster-count" text-anchor="middle" dominant-baseline="central">${count}</text>
  </g>`;
}
