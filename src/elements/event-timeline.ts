import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { ScaleTime } from 'd3-scale';
import { describeEventDates, englishDateWords, type DateWords } from '../data/date-words.js';
import { parseEdtf } from '../data/edtf.js';
import { CATEGORIES, type TimelineEvent } from '../data/types.js';
import { createErrorEvent, createSelectEvent, type TimelineIssue } from '../events.js';
import { TimelineKeysController, type TimelineKeyIntent } from '../controllers/timeline-keys.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { loadEvents } from './load-events.js';
import { DEFAULT_METRICS, rowBox } from '../layout/geometry.js';
import {
  fitPlotWidth,
  layoutFrame,
  stackLanes,
  type DrawnItem,
  type LaneStack,
  type PlotMetrics,
} from '../layout/frame.js';
import { createLayoutItems, timeDomain, type LayoutItem } from '../layout/items.js';
import { layoutLanes, type LaneLayout } from '../layout/lanes.js';
import { createTimeScale } from '../layout/scale.js';
import { categoryShape, shapePath, type MarkShape } from '../layout/shapes.js';
import { axisTicks, type AxisTick } from '../layout/ticks.js';
import { TimeIndex } from '../layout/time-index.js';
import { formatRange } from '../layout/range-words.js';
import { renderDetail } from './detail-panel.js';
import { renderLegend } from './legend.js';
import { TextMeasurer } from './measure-text.js';
import { categoryName, englishStrings, fill, type TimelineStrings } from './strings.js';
import { timelineStyles } from './timeline-styles.js';

const AXIS_HEIGHT_PX = 30;
const LANE_HEADER_PX = 20;
const LANE_PAD_PX = 6;
const LABEL_MAX_PX = 240;
const LABEL_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const DAY_MS = 86_400_000;
const MIN_VISIBLE_MS = 2 * DAY_MS;
const HINT_MS = 1800;
/** Colours for free categories (`cat-extra-0` … in the styles). */
const EXTRA_COLOURS = 6;
const PATTERN_CLASSES = [...CATEGORIES.map((c) => `cat-${c}`), 'cat-other', ...Array.from({ length: EXTRA_COLOURS }, (_, i) => `cat-extra-${i}`)];

/** A sentence for a field that failed: "'2016-13' is not a valid date (month 13)". */
function describeIssue(value: unknown, reason: string): string {
  if (typeof value !== 'string') return reason;
  return parseEdtf(value).ok ? `'${value}' is ${reason}` : `'${value}' is not a valid date (${reason})`;
}

/**
 * An interactive, zoomable timeline of dated events arranged in lanes by category.
 *
 * Dates may be imprecise or uncertain (EDTF: `2012`, `2016-12`, `2016-36~`): a year-precision date covers its
 * whole year, and an approximate or uncertain one is drawn hatched. Each event is a focusable option with a name
 * such as "Astana talks, 23 January 2017, Diplomacy"; selecting one opens a panel with its source quote.
 *
 * Gestures: Ctrl/⌘ + wheel or a trackpad pinch zooms, a horizontal wheel or a drag pans; a plain wheel scrolls the
 * page. Keys (with an event focused): ←/→ (or ↑/↓) previous/next event in time, Home/End first/last, Enter/Space
 * select, Escape clear the selection, +/− zoom around the focused event, 0 show all.
 *
 * @summary Zoomable, accessible event timeline with uncertain dates and sources.
 *
 * @slot empty - Shown when there are no events to draw (replaces the default "No events to show.").
 *
 * @fires {CustomEvent<TimelineSelectDetail>} timeline-select - The user selected an event (`detail.event`, `detail.id`) or cleared the selection (both `null`). Bubbles, composed.
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - Some events could not be drawn, or `src` could not be loaded (`detail.issues`, `detail.load`). Bubbles, composed.
 *
 * @csspart base - The whole timeline.
 * @csspart plot - The drawing area (axis, lanes and events).
 * @csspart axis - The time axis.
 * @csspart tick-label - One label of the time axis.
 * @csspart lane - The background of one category lane.
 * @csspart lane-label - The name of a lane.
 * @csspart event - One event (a point mark or a span bar, with its label).
 * @csspart label - The label of an event.
 * @csspart toolbar - The row of zoom buttons, visible range and legend.
 * @csspart zoom-button - The zoom in, zoom out and show-all buttons.
 * @csspart range - The visible range in words.
 * @csspart legend - The legend of categories and date kinds.
 * @csspart detail - The panel with the selected event's details.
 * @csspart detail-title - The title in the detail panel.
 * @csspart detail-summary - The summary in the detail panel.
 * @csspart quote - The source quote with its speaker and source.
 * @csspart close-button - The button that closes the detail panel.
 * @csspart notice - The notice about events that could not be shown.
 * @csspart status - The loading, error and empty states.
 *
 * @cssprop [--timeline-font=14px/1.45 system-ui, sans-serif] - Font of the whole timeline.
 * @cssprop [--timeline-lane-height=28px] - Height of one row of events.
 * @cssprop [--timeline-background=light-dark(#ffffff, #16181d)] - Background colour.
 * @cssprop [--timeline-color=light-dark(#1b1f24, #e6e8eb)] - Text colour.
 * @cssprop [--timeline-muted-color=light-dark(#57606a, #a8b0ba)] - Secondary text (lane names, captions).
 * @cssprop [--timeline-grid-color=light-dark(#d0d7de, #3a414b)] - Grid lines and borders.
 * @cssprop [--timeline-lane-background=light-dark(#f6f8fa, #1d2127)] - Background of every other lane.
 * @cssprop [--timeline-lane-alt-background=light-dark(#ffffff, #16181d)] - Background of the other lanes.
 * @cssprop [--timeline-accent-color=light-dark(#0a58ca, #8ab4ff)] - Focus and selection rings, links.
 * @cssprop [--timeline-panel-background=light-dark(#f6f8fa, #1d2127)] - Background of the detail panel.
 * @cssprop [--timeline-error-color=light-dark(#b42318, #ff9b8f)] - Error and notice text.
 * @cssprop [--timeline-color-military=light-dark(#b42318, #ff8a80)] - Colour of the military lane.
 * @cssprop [--timeline-color-humanitarian=light-dark(#0b6e4f, #5fd3a4)] - Colour of the humanitarian lane.
 * @cssprop [--timeline-color-ceasefire=light-dark(#8a5a00, #f0b84a)] - Colour of the ceasefire lane.
 * @cssprop [--timeline-color-diplomacy=light-dark(#1f5fbf, #7fb0ff)] - Colour of the diplomacy lane.
 * @cssprop [--timeline-color-statement=light-dark(#6b3fa0, #c8a2ff)] - Colour of the statement lane.
 * @cssprop [--timeline-color-other=light-dark(#4b5563, #b8c0cc)] - Colour of the legend's date keys.
 * @cssprop [--timeline-color-extra-0] - Colour of the first free category (one not in CATEGORIES); free categories past the sixth reuse them.
 * @cssprop [--timeline-color-extra-1] - Colour of the second free category (one not in CATEGORIES); free categories past the sixth reuse them.
 * @cssprop [--timeline-color-extra-2] - Colour of the third free category (one not in CATEGORIES); free categories past the sixth reuse them.
 * @cssprop [--timeline-color-extra-3] - Colour of the fourth free category (one not in CATEGORIES); free categories past the sixth reuse them.
 * @cssprop [--timeline-color-extra-4] - Colour of the fifth free category (one not in CATEGORIES); free categories past the sixth reuse them.
 * @cssprop [--timeline-color-extra-5] - Colour of the sixth free category (one not in CATEGORIES); free categories past the sixth reuse them.
 * @cssprop [--timeline-border=1px solid var(--timeline-grid-color)] - Border around the timeline.
 * @cssprop [--timeline-radius=8px] - Corner radius.
 */
export class EventTimeline extends LitElement {
  static override styles = timelineStyles;

  /** The events to draw (replace the array to change them; it is not watched for mutation). Default: none. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];

  /** URL of a JSON array of events (or `{ "events": [...] }`) to load and draw instead of `events`. */
  @property() src = '';

  /** The id of the selected event, or `null`. Setting it opens that event's details and fires nothing. */
  @property({ reflect: true }) selected: string | null = null;

  /** Colour scheme: `light`, `dark`, or `auto` (the default: follow the reader's preference). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Accessible name of the list of events. Default: "Events". */
  @property() label = '';

  /** The interface strings (English by default); replace the object to translate the timeline. */
  @property({ attribute: false }) strings: TimelineStrings = englishStrings;

  /** The words used for dates (English by default). */
  @property({ attribute: false }) dateWords: DateWords = englishDateWords;

  @state() private _loaded: readonly TimelineEvent[] | null = null;
  @state() private _loadState: { status: 'idle' | 'loading' } | { status: 'error'; message: string } = {
    status: 'idle',
  };
  @state() private _focusId: string | null = null;
  @state() private _hint = false;

  @query('svg.chart') private _svg?: SVGSVGElement;
  @query('.sizer') private _sizer?: HTMLDivElement;

  // Observes a zero-height sizer rather than the host: the host's height follows the layout, and observing it
  // would report our own re-layout back to us ("ResizeObserver loop completed with undelivered notifications").
  private readonly _resize = new ResizeController(this, {
    target: null,
    callback: (entries) => entries[entries.length - 1]?.contentRect.width ?? 0,
  });
  private readonly _zoom = new ZoomController(this, { onPlainWheel: () => this._showHint() });
  private readonly _measure = new TextMeasurer(LABEL_FONT);

  private _items: LayoutItem[] = [];
  private _issues: TimelineIssue[] = [];
  private _byId = new Map<string, LayoutItem>();
  private _index = new TimeIndex<LayoutItem>([]);
  private _whenOf = new Map<string, string>();
  private _categories: string[] = [];
  private _widthPx = 0;
  private _plotWidthPx = 0;
  private _baseX: ScaleTime<number, number> = createTimeScale([0, 1], 1);
  private _lanes: LaneLayout = { lanes: [], rowOf: new Map(), rowCount: 0 };
  private _rowHeightPx = 28;
  private _stack: LaneStack = stackLanes(this._lanes, this._plotMetrics());
  private _x: ScaleTime<number, number> = this._baseX;
  private _ticks: AxisTick[] = [];
  private _drawn: DrawnItem[] = [];
  private _dataChanged = false;
  private _focusPending = false;
  private _hintTimer?: ReturnType<typeof setTimeout>;
  private _abort?: AbortController;

  constructor() {
    super();
    // Registers itself on the host; the key map acts through _perform().
    new TimelineKeysController(this, (intent, onEvent) => this._perform(intent, onEvent));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._hintTimer);
    this._hint = false;
    this._abort?.abort();
    this._abort = undefined;
    if (this._loadState.status === 'loading') this._loadState = { status: 'idle' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || (this.src && this._loaded === null && this._loadState.status === 'idle')) {
      this._startLoad();
    }
    const dataChanged = changed.has('events') || changed.has('_loaded' as keyof EventTimeline);
    if (dataChanged || changed.has('dateWords') || changed.has('strings')) this._setData();
    const widthPx = Math.floor(this._resize.value ?? this.clientWidth);
    if (dataChanged || widthPx !== this._widthPx || changed.has('strings')) this._relayout(widthPx);
    this._frame();
  }

  protected override firstUpdated(): void {
    if (this._sizer) this._resize.observe(this._sizer);
  }

  protected override updated(): void {
    if (this._svg) this._zoom.attach(this._svg);
    if (this._focusPending) {
      this._focusPending = false;
      this._eventNode(this._focusId)?.focus({ preventScroll: true });
    }
    if (this._dataChanged) {
      this._dataChanged = false;
      if (this._issues.length) this.dispatchEvent(createErrorEvent({ issues: this._issues }));
    }
  }

  /** Zooms in (`factor` > 1) or out (< 1) around the middle of the view. */
  zoomBy(factor: number): void {
    this._zoom.zoomBy(factor);
  }

  /** Shows the whole time range again. */
  resetZoom(): void {
    this._zoom.reset();
  }

  /** The time range on screen, from the left edge to the right edge, as UTC epoch ms. */
  get visibleRange(): [number, number] {
    return [this._x.invert(0).getTime(), this._x.invert(Math.max(1, this._widthPx)).getTime()];
  }

  /** The events in the order they are drawn and navigated (by start), after invalid ones were left out. */
  get drawnEvents(): readonly TimelineEvent[] {
    return this._items.map((i) => i.event);
  }

  override render(): TemplateResult {
    const selected = this.selected ? this._byId.get(this.selected) : undefined;
    return html`
      <div part="base" class="base">
        <div class="sizer"></div>
        ${this._renderPlot()} ${this._renderStatus()} ${this._renderNotice()} ${this._renderToolbar()}
        ${selected
          ? renderDetail({
              item: selected,
              when: this._whenOf.get(selected.id) ?? '',
              categoryClass: this._categoryClass(selected.category),
              strings: this.strings,
              dateWords: this.dateWords,
              baseUrl: this._loaded && this.src ? new URL(this.src, document.baseURI).href : document.baseURI,
              onClose: this._onClose,
            })
          : nothing}
      </div>
    `;
  }

  private _renderPlot(): TemplateResult {
    const w = this._widthPx;
    const h = this._heightPx;
    const tabId = this._tabStopId();
    return html`<div part="plot" class="plot">
      <svg class="chart" width=${w} height=${h} viewBox="0 0 ${w} ${h}">
        ${this._renderDefs()}
        <rect class="hit" width=${w} height=${h}></rect>
        <g aria-hidden="true">${this._renderLanes()}</g>
        ${this._items.length
          ? svg`<g class="events" role="listbox" aria-label=${this.label || this.strings.events}
              aria-orientation="horizontal" @click=${this._onEventClick}>
              ${repeat(this._drawn, (d) => d.item.id, (d) => this._renderEvent(d, d.item.id === tabId))}
            </g>
            <g class="labels" aria-hidden="true" @click=${this._onEventClick}>
              ${repeat(this._drawn, (d) => d.item.id, (d) => this._renderLabel(d))}
            </g>`
          : nothing}
        ${this._renderAxis()}
      </svg>
      ${this._hint
        ? html`<div class="hint" aria-hidden="true">
            ${fill(this.strings.wheelHint, { key: /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl' })}
          </div>`
        : nothing}
    </div>`;
  }

  private _renderDefs(): TemplateResult {
    return svg`<defs>${PATTERN_CLASSES.map(
      (c) => svg`<pattern id="hatch-${c}" class=${c} width="6" height="6" patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"></rect>
        <line class="hatch-line" x1="1" y1="0" x2="1" y2="6"></line></pattern>`,
    )}</defs>`;
  }

  private _renderLanes(): TemplateResult[] {
    const w = this._widthPx;
    return this._lanes.lanes.map((lane, i) => {
      const top = this._stack.topsPx[i];
      const height = this._stack.heightsPx[i];
      return svg`<rect part="lane" class="lane-bg ${i % 2 ? 'alt' : ''}" x="0" y=${top} width=${w}
          height=${height}></rect>
        <text part="lane-label" class="lane-label" x="10" y=${top + 14}>${categoryName(lane.category, this.strings)}</text>`;
    });
  }

  private _renderAxis(): TemplateResult {
    const h = this._heightPx;
    return svg`<g aria-hidden="true">
      <g class="grid">${this._ticks.map(
        (t) => svg`<line class=${t.major ? 'major' : ''} x1=${t.xPx} x2=${t.xPx} y1=${AXIS_HEIGHT_PX} y2=${h}></line>`,
      )}</g>
      <g part="axis" class="axis">
        <rect class="axis-bg" width=${this._widthPx} height=${AXIS_HEIGHT_PX}></rect>
        <line class="axis-line" x1="0" x2=${this._widthPx} y1=${AXIS_HEIGHT_PX - 0.5} y2=${AXIS_HEIGHT_PX - 0.5}></line>
        ${this._ticks.map((t) => {
          // A label centred on a tick near an edge would be cut off: it is aligned to that edge instead.
          const halfPx = this._measure.measure(t.label) / 2 + 2;
          const anchor = t.xPx < halfPx ? 'start' : t.xPx > this._widthPx - halfPx ? 'end' : 'middle';
          const x = anchor === 'start' ? Math.max(2, t.xPx) : anchor === 'end' ? Math.min(this._widthPx - 2, t.xPx) : t.xPx;
          return svg`<text part="tick-label" class="tick-label ${t.major ? 'major' : ''}" x=${x} y="19"
            text-anchor=${anchor}>${t.label}</text>`;
        })}
        )}
      </g>
    </g>`;
  }

  private _renderEvent(d: DrawnItem, isTabStop: boolean): TemplateResult {
    const { item, geometry: g, label } = d;
    const cls = this._categoryClass(item.category);
    const approximate = this._isQualified(item);
    const hatch = `url(#hatch-${cls})`;
    const r = DEFAULT_METRICS.markRadiusPx;
    const barH = 14;
    const labelEnd = label.fit === 'hidden' ? 0 : label.xPx + Math.min(label.maxWidthPx, this._measure.measure(d.text));
    const ringStart = Math.min(g.occupied.startPx, g.markPx - r) - 3;
    const ringEnd = Math.max(g.occupied.endPx, labelEnd) + 3;
    const fuzzyPart = (startMs: number, endMs: number) => {
      const a = this._px(startMs);
      const b = this._px(endMs);
      return svg`<rect class="band ${approximate ? 'hatched' : ''}" x=${a} y=${-barH / 2} width=${Math.max(1, b - a)}
        height=${barH} fill=${approximate ? hatch : nothing}></rect>`;
    };
    return svg`<g part="event" class="event ${cls} ${item.fuzzyStart || item.fuzzyEnd ? 'fuzzy' : ''}
        ${approximate ? 'approximate' : ''}" role="option" data-id=${item.id} tabindex=${isTabStop ? 0 : -1}
        aria-selected=${this.selected === item.id ? 'true' : 'false'} aria-posinset=${item.order + 1}
        aria-setsize=${this._items.length} aria-label=${this._accessibleName(item)}
        transform="translate(0 ${d.rowYPx})" @focus=${this._onEventFocus}>
      <rect class="focus-ring" x=${ringStart} y=${-this._rowHeightPx / 2 + 2} width=${ringEnd - ringStart}
        height=${this._rowHeightPx - 4} rx="4"></rect>
      ${g.band
        ? svg`<rect class="band ${approximate ? 'hatched' : ''}" x=${g.band.startPx} y=${-barH / 2}
            width=${Math.max(1, g.band.endPx - g.band.startPx)} height=${barH} rx="2"
            fill=${approximate ? hatch : nothing}></rect>`
        : nothing}
      ${g.bar
        ? svg`<rect class="bar" x=${g.bar.startPx} y=${-barH / 2} width=${g.bar.endPx - g.bar.startPx} height=${barH}
            rx="3"></rect>
            ${g.solid ? svg`<rect class="solid" x=${g.solid.startPx} y=${-barH / 2} width=${g.solid.endPx - g.solid.startPx}
              height=${barH}></rect>` : nothing}
            ${item.fuzzyStart ? fuzzyPart(item.startMinMs, item.startMaxMs) : nothing}
            ${item.fuzzyEnd && item.endMaxMs !== Infinity ? fuzzyPart(item.endMinMs, item.endMaxMs) : nothing}
            ${item.endMaxMs === Infinity && g.clippedEnd
              ? svg`<path class="edge-arrow" d="M${this._widthPx - 10},-9L${this._widthPx},0L${this._widthPx - 10},9Z"></path>`
              : nothing}`
        : svg`<path class="mark" d=${shapePath(this._categoryShape(item.category), r)}
            transform="translate(${g.markPx} 0)"></path>`}
    </g>`;
  }

  /**
   * An event's label, drawn outside its option in an aria-hidden layer: the option's name already holds the full
   * title, and a truncated label inside it would read as a different name.
   */
  private _renderLabel(d: DrawnItem): TemplateResult | typeof nothing {
    const { label, item } = d;
    if (label.fit === 'hidden') return nothing;
    return svg`<text part="label" class="label ${this.selected === item.id ? 'selected' : ''}" data-id=${item.id}
      x=${label.xPx} y=${d.rowYPx}>${d.text}</text>`;
  }

  private _renderStatus(): TemplateResult | typeof nothing {
    const load = this._loadState;
    if (load.status === 'loading') {
      return html`<div part="status" class="status" role="status" aria-busy="true">${this.strings.loading}</div>`;
    }
    if (load.status === 'error') {
      return html`<div part="status" class="status error" role="alert">
        <p>${fill(this.strings.loadFailed, { url: this.src, reason: load.message })}</p>
        <button type="button" @click=${this._startLoad}>${this.strings.retry}</button>
      </div>`;
    }
    if (!this._items.length) {
      return html`<div part="status" class="status"><slot name="empty">${this.strings.empty}</slot></div>`;
    }
    return nothing;
  }

  private _renderNotice(): TemplateResult | typeof nothing {
    if (!this._issues.length) return nothing;
    const total = this._items.length + new Set(this._issues.map((i) => i.index)).size;
    const skipped = total - this._items.length;
    return html`<details part="notice" class="notice">
      <summary>${fill(this.strings.skipped, { count: skipped, total })}</summary>
      <ul>
        ${this._issues.map((i) => html`<li>${i.message}</li>`)}
      </ul>
    </details>`;
  }

  private _renderToolbar(): TemplateResult {
    const k = this._zoom.scale;
    const [from, to] = this.visibleRange;
    return html`<div part="toolbar" class="toolbar">
      <div class="zoom" role="group" aria-label=${this.strings.zoomControls}>
        <button part="zoom-button" type="button" aria-label=${this.strings.zoomOut} title=${this.strings.zoomOut}
          ?disabled=${k <= 1} @click=${() => this.zoomBy(0.5)}>−</button>
        <button part="zoom-button" type="button" aria-label=${this.strings.zoomIn} title=${this.strings.zoomIn}
          ?disabled=${k >= this._zoom.maxScale} @click=${() => this.zoomBy(2)}>+</button>
        <button part="zoom-button" type="button" ?disabled=${k <= 1} @click=${this.resetZoom}>
          ${this.strings.reset}
        </button>
      </div>
      <span part="range" class="range">${this._items.length
        ? fill(this.strings.showing, { ...formatRange(from, to) })
        : nothing}</span>
      ${renderLegend(
        this._categories,
        (c) => this._categoryClass(c),
        (c) => this._categoryShape(c),
        this.strings,
      )}
    </div>`;
  }

  private _setData(): void {
    const source = this._loaded ?? this.events;
    const list = Array.isArray(source) ? source : [];
    const { items, issues } = createLayoutItems(list);
    this._items = items;
    this._issues = issues.map((i) => {
      const path = `events[${i.index}].${i.field}`;
      const value = (list[i.index] as unknown as Record<string, unknown> | null)?.[i.field];
      return { index: i.index, id: i.id, path, message: `${path}: ${describeIssue(value, i.reason)}` };
    });
    this._byId = new Map(items.map((item) => [item.id, item]));
    this._index = new TimeIndex(items);
    this._whenOf = new Map(items.map((item) => [item.id, describeEventDates(item.dates, this.dateWords)]));
    const present = new Set(items.map((i) => i.category));
    this._categories = [
      ...CATEGORIES.filter((c) => present.has(c)),
      ...[...present].filter((c) => !(CATEGORIES as readonly string[]).includes(c)),
    ];
    if (this._focusId && !this._byId.has(this._focusId)) this._focusId = null;
    this._dataChanged = true;
  }

  private _plotMetrics(): PlotMetrics {
    return {
      axisPx: AXIS_HEIGHT_PX,
      laneHeaderPx: LANE_HEADER_PX,
      rowPx: this._rowHeightPx,
      lanePadPx: LANE_PAD_PX,
    };
  }

  /** Lays out what depends on the data and the width: the base scale, the rows of every lane, the height. */
  private _relayout(widthPx: number): void {
    this._widthPx = Math.max(0, widthPx);
    const rowVar = parseFloat(getComputedStyle(this).getPropertyValue('--timeline-lane-height'));
    this._rowHeightPx = Number.isFinite(rowVar) && rowVar >= 16 ? rowVar : 28;
    const labelWidth = (item: LayoutItem) => Math.min(LABEL_MAX_PX, this._measure.measure(item.event.title));
    const domain = timeDomain(this._items);
    this._plotWidthPx = fitPlotWidth(this._items, domain, this._widthPx, labelWidth, this._widthPx < 480 ? 0.75 : 0.55);
    this._baseX = createTimeScale(domain, this._plotWidthPx);
    const base = (ms: number) => this._baseX(ms);
    this._lanes = layoutLanes(this._items, (item) => rowBox(item, base, this._widthPx, labelWidth(item)));
    this._stack = stackLanes(this._lanes, this._plotMetrics());
    const maxScale = Math.max(1, (domain[1] - domain[0]) / MIN_VISIBLE_MS);
    this._zoom.configure(this._widthPx, this._heightPx, maxScale);
  }

  /** The plot's height; an empty timeline keeps room for its message. */
  private get _heightPx(): number {
    return this._stack.heightPx + (this._lanes.lanes.length ? 0 : 40);
  }

  /** Rescales from the zoom transform and lays out what is in view: the part of the layout that changes per frame. */
  private _frame(): void {
    const x = this._zoom.transform.rescaleX(this._baseX);
    this._x = x;
    const w = this._widthPx;
    const visibleMs: [number, number] = [x.invert(0).getTime(), x.invert(w).getTime()];
    this._ticks = w > 0 ? axisTicks(x.copy().range([0, w]).domain(visibleMs), w < 480 ? 56 : 90) : [];
    const pinned = [this._focusId, this.selected].flatMap((id) => (id && this._byId.get(id)) || []);
    this._drawn = layoutFrame({
      index: this._index,
      lanes: this._lanes,
      stack: this._stack,
      x: (ms) => x(ms),
      visibleMs,
      widthPx: w,
      pinned,
      measure: this._measure.measure,
      labelMaxPx: LABEL_MAX_PX,
    });
  }

  private _px(ms: number): number {
    const w = this._widthPx;
    if (ms === Infinity) return w + 64;
    if (ms === -Infinity) return -64;
    return Math.min(w + 64, Math.max(-64, this._x(ms)));
  }

  private _categoryClass(category: string): string {
    if ((CATEGORIES as readonly string[]).includes(category)) return `cat-${category}`;
    const free = this._freeIndex(category);
    return free < 0 ? 'cat-other' : `cat-extra-${free % EXTRA_COLOURS}`;
  }

  private _categoryShape(category: string): MarkShape {
    return categoryShape(category, this._freeIndex(category));
  }

  /** Position of a free (undocumented) category among those drawn, or -1. */
  private _freeIndex(category: string): number {
    const i = this._categories.indexOf(category);
    const known = this._categories.filter((c) => (CATEGORIES as readonly string[]).includes(c)).length;
    return i < known ? -1 : i - known;
  }

  private _isQualified(item: LayoutItem): boolean {
    const q = (v: LayoutItem['dates']['start'] | undefined) => v?.kind === 'date' && (v.approximate || v.uncertain);
    return q(item.dates.start) || q(item.dates.end);
  }

  private _accessibleName(item: LayoutItem): string {
    return `${item.event.title}, ${this._whenOf.get(item.id)}, ${categoryName(item.category, this.strings)}`;
  }

  /** The event that takes the single Tab stop: the focused one, else the selected one, else the first drawn. */
  private _tabStopId(): string | null {
    const drawn = new Set(this._drawn.map((d) => d.item.id));
    for (const id of [this._focusId, this.selected]) if (id && drawn.has(id)) return id;
    const inView = this._drawn.find((d) => d.geometry.markPx >= 0 && d.geometry.markPx <= this._widthPx);
    return inView?.item.id ?? this._drawn[0]?.item.id ?? null;
  }

  private _eventNode(id: string | null): SVGGElement | null {
    if (!id) return null;
    for (const node of this.renderRoot.querySelectorAll<SVGGElement>('.event')) {
      if (node.getAttribute('data-id') === id) return node;
    }
    return null;
  }

  private _select(id: string | null): void {
    if (this.selected === id) return;
    this.selected = id;
    const event = id ? (this._byId.get(id)?.event ?? null) : null;
    this.dispatchEvent(createSelectEvent({ event, id: event ? id : null }));
  }

  /** Moves keyboard focus to `id`, panning it into view when it is outside. */
  private _focusEvent(id: string): void {
    const item = this._byId.get(id);
    if (!item) return;
    this._focusId = id;
    this._focusPending = true;
    const ms = item.kind === 'point' ? item.markMs : Math.max(item.startMinMs, this.visibleRange[0]);
    const xPx = this._x(ms);
    const margin = Math.min(80, this._widthPx / 4);
    if (Number.isFinite(xPx) && (xPx < margin || xPx > this._widthPx - margin)) this._zoom.centerOn(xPx);
    this.requestUpdate();
  }

  private _startLoad = (): void => {
    this._abort?.abort();
    this._abort = undefined;
    if (!this.src) {
      this._loaded = null;
      this._loadState = { status: 'idle' };
      return;
    }
    const abort = new AbortController();
    this._abort = abort;
    const url = this.src;
    this._loadState = { status: 'loading' };
    loadEvents(url, abort.signal).then(
      (events) => {
        if (abort.signal.aborted) return;
        this._loaded = events;
        this._loadState = { status: 'idle' };
      },
      (error: Error) => {
        if (abort.signal.aborted) return;
        this._loaded = [];
        this._loadState = { status: 'error', message: error.message };
        this.dispatchEvent(createErrorEvent({ issues: [], load: { url, message: error.message } }));
      },
    );
  };

  private _showHint(): void {
    this._hint = true;
    clearTimeout(this._hintTimer);
    this._hintTimer = setTimeout(() => (this._hint = false), HINT_MS);
  }

  private readonly _onEventClick = (event: Event): void => {
    const node = (event.target as Element).closest?.('[data-id]');
    const id = node?.getAttribute('data-id');
    if (!id) return;
    this._focusId = id;
    this._select(id);
  };

  private readonly _onEventFocus = (event: FocusEvent): void => {
    const id = (event.currentTarget as Element).getAttribute('data-id');
    if (id && id !== this._focusId) this._focusId = id;
  };

  private readonly _onClose = (): void => {
    const id = this.selected;
    this._select(null);
    if (id) this._focusEvent(id);
  };

  /** Carries out what a key asks for (see {@link TimelineKeysController}); false when there was nothing to do. */
  private _perform(intent: TimelineKeyIntent, onEvent: boolean): boolean {
    const current = this._focusId ?? this._tabStopId();
    const item = current ? this._byId.get(current) : undefined;
    const last = this._items.length - 1;
    switch (intent.kind) {
      case 'move': {
        if (last < 0) return false;
        const order = item?.order ?? -1;
        const target = { first: 0, last, next: order + 1, previous: order - 1 }[intent.to];
        this._focusEvent(this._items[Math.min(last, Math.max(0, target))].id);
        return true;
      }
      case 'select':
        if (!current) return false;
        this._select(current);
        return true;
      case 'clear':
        if (this.selected === null) return false;
        this._onClose();
        return true;
      case 'zoom': {
        const centerPx = onEvent && item ? this._x(item.kind === 'point' ? item.markMs : item.startMinMs) : NaN;
        this._zoom.zoomBy(intent.factor, Number.isFinite(centerPx) ? centerPx : undefined);
        return true;
      }
      case 'reset':
        this.resetZoom();
        return true;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
