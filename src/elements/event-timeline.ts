import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TimeScale } from '../layout/scale.js';
import type { DateWords } from '../data/date-words.js';
import type { TimelineEvent } from '../data/types.js';
import { createRangeChangeEvent, createSelectEvent } from '../events.js';
import { Announcer } from '../controllers/announcer.js';
import { DataController } from '../controllers/data-controller.js';
import { DialogController } from '../controllers/dialog-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { ListViewController } from '../controllers/list-view-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { TimedFlag } from '../controllers/timed-flag.js';
import { TimelineKeysController, type TimelineKeyIntent } from '../controllers/timeline-keys.js';
import { WidthController } from '../controllers/width-controller.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import type { Frame } from '../layout/frame.js';
import {
  eventKey,
  navigables,
  revealPx,
  step,
  type FocusKey,
  type Navigable,
} from '../layout/navigation.js';
import { axisTicks, type AxisTick } from '../layout/ticks.js';
import { isNarrow, TimelineLayout } from '../layout/timeline-layout.js';
import { renderDetail } from './detail-panel.js';
import { renderHelp } from './help-dialog.js';
import { renderLegend } from './legend.js';
import { renderList } from './list-view.js';
import { TextMeasurer } from './measure-text.js';
import {
  renderAxis,
  renderCluster,
  renderDefs,
  renderEvent,
  renderGrid,
  keyOfNode,
  renderLabel,
  type PlotView,
} from './render-plot.js';
import { categoryName, fill, type TimelineStrings } from '../i18n/strings.js';
import { timelineStyles } from './styles/index.js';

const LABEL_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
/** How long the hint about the zoom modifier stays after a plain wheel over the chart. */
const HINT_MS = 1800;

/** The list view shows at most this many events; zooming in lists the others. */
const LIST_LIMIT = 200;

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
 * @fires {CustomEvent<TimelineRangeChangeDetail>} timeline-range-change - A gesture, key or button of the reader's changed the view; fired once, when the change ends (`detail.from`, `detail.to`: ISO 8601). Never for a change made by code. Bubbles, composed.
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
 * @csspart cluster - A cluster of events too close together to draw one by one, with their count.
 * @csspart list - The list view: the events in view as a list (a vertical timeline when shown).
 * @csspart list-item - One event's button in the list view.
 * @csspart list-button - The button that shows or hides the list view.
 * @csspart help-button - The button that opens the key map.
 * @csspart help - The key map dialog.
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

  /**
   * URL of events to load and draw instead of `events`: JSON (an array of events, or `{ "events": [...] }`), CSV with
   * the documented columns, or a TimelineJS document. While it loads the timeline says so; a failed load shows what
   * failed, with a Retry button, and fires `timeline-error`. Changing it cancels the previous load.
   */
  @property() src = '';

  /** The format of `src`: `json`, `csv` or `timelinejs`; empty (the default) to tell from the response. */
  @property() format: '' | 'json' | 'csv' | 'timelinejs' = '';

  /** The id of the selected event, or `null`. Setting it opens that event's details and fires nothing. */
  @property({ reflect: true }) selected: string | null = null;

  /** Colour scheme: `light`, `dark`, or `auto` (the default: follow the reader's preference). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Accessible name of the list of events. Default: "Events". */
  @property() label = '';

  /**
   * The language of the timeline's words, dates and digits, as a BCP 47 tag (`ar`, `fa-IR`, `fr`). Default: the
   * nearest `lang` attribute up the page (across shadow roots), else English. English, Arabic, Persian, Turkish,
   * Russian, French, German and Spanish have dictionaries, each loaded only when used; other languages fall back to
   * English words. A tag with a region (`ar-SY`) is also what dates and numbers are formatted with.
   */
  @property() locale = '';

  /** Interface strings that replace the locale's own: any subset of the dictionary (for example `{ list: 'Events' }`). */
  @property({ attribute: false }) strings: Partial<TimelineStrings> | undefined = undefined;

  /** Date words that replace the locale's own: any subset (for example `{ approximate: 'circa' }`). */
  @property({ attribute: false }) dateWords: Partial<DateWords> | undefined = undefined;


  @query('.sizer') private _sizer?: HTMLDivElement;

  // Observes a zero-height sizer rather than the host: the host's height follows the layout, and observing it
  // would report our own re-layout back to us ("ResizeObserver loop completed with undelivered notifications").
  private readonly _resize = new WidthController(this);
  private readonly _zoom = new ZoomController(this, {
    onPlainWheel: () => this._hint.show(),
    onStart: () => this._list.hold(this.visibleRange),
    onEnd: (byUser, moved) => {
      this._list.release();
      if (!byUser || !moved) return;
      this._announceRange();
      this.dispatchEvent(createRangeChangeEvent(this.visibleRange));
    },
  });
  private readonly _hint = new TimedFlag(this, HINT_MS);
  private readonly _help = new DialogController(this, '.help');
  private readonly _announcer = new Announcer(this);
  private readonly _locale = new LocaleController(this);
  private readonly _focus = new FocusController(this, keyOfNode);
  private readonly _list = new ListViewController(this);

  private readonly _measure = new TextMeasurer(LABEL_FONT);
  private readonly _layout = new TimelineLayout();
  private readonly _data = new DataController(this, this._layout);

  private _rowPx = 28;
  private _x: TimeScale = this._layout.baseX;
  private _ticks: AxisTick[] = [];
  private _frame: Frame = { items: [], clusters: [] };
  private _nav: Navigable[] = [];

  constructor() {
    super();
    // The key map registers itself on the host and acts through _perform(); nothing else needs to reach it.
    new TimelineKeysController(
      this,
      (intent, onItem) => this._perform(intent, onItem),
      () => this._locale.rtl,
      (path) => this._focus.isOnItem(path),
    );
  }

  protected override willUpdate(): void {
    const dataChanged = this._data.sync(this.events, this.src, this.format);
    if (dataChanged) this._focus.keepIn(this._layout.byId);
    this._locale.sync(this.locale, this.strings, this.dateWords);
    const widthPx = Math.floor(this._resize.value ?? this.clientWidth);
    this._zoom.mirrored = this._locale.rtl;
    if (dataChanged || widthPx !== this._layout.widthPx) this._relayout(widthPx);
    this._layoutFrame();
  }

  protected override firstUpdated(): void {
    if (this._sizer) this._resize.observe(this._sizer);
  }

  /**
   * Resolves when the element has drawn what it was asked to, including an eased change of the view (from a key or
   * a button), which draws over a few frames.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const drawn = await super.getUpdateComplete();
    await this._zoom.eased;
    return (await super.getUpdateComplete()) && drawn;
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
    return [this._x.invert(0).getTime(), this._x.invert(Math.max(1, this._layout.widthPx)).getTime()];
  }

  /** The events in the order they are drawn and navigated (by time), after invalid ones were left out. */
  get drawnEvents(): readonly TimelineEvent[] {
    return this._layout.items.map((i) => i.event);
  }

  override render(): TemplateResult {
    const selected = this.selected ? this._layout.byId.get(this.selected) : undefined;
    return html`
      <div part="base" lang=${this._locale.tag} class="base ${isNarrow(this._layout.widthPx) ? 'narrow' : ''}" aria-busy=${this._data.status === 'pending' ? 'true' : 'false'}>
        <div class="sizer"></div>
        ${this._renderPlot()} ${this._renderStatus()} ${this._renderNotice()} ${this._renderToolbar()}
        ${this._help.open ? renderHelp(this._locale.strings, this._closeHelp) : nothing} ${this._renderList()}
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcer.text}</div>
        ${selected
          ? renderDetail({
              item: selected,
              when: this._locale.describe.when(selected),
              categoryClass: this._layout.encoding.classOf(selected.category),
              strings: this._locale.strings,
              dateWords: this._locale.words,
              baseUrl: this._data.baseUrl,
              onClose: this._onClose,
            })
          : nothing}
      </div>
    `;
  }

  private _renderPlot(): TemplateResult {
    const view = this._plotView();
    const { widthPx: w, heightPx: h } = view;
    const stack = this._layout.stack;
    return html`<div part="plot" class="plot">
      <svg class="chart" role="none" width=${w} height=${h} viewBox="0 0 ${w} ${h}" ${this._zoom.surface()}>
        ${renderDefs(this._layout.encoding.patternClasses)}
        <rect class="hit" width=${w} height=${h}></rect>
        <g aria-hidden="true">
          ${this._layout.categories.map(
            (category, i) => svg`<rect part="lane" class="lane-bg ${i % 2 ? 'alt' : ''}" x="0" y=${stack.topsPx[i]}
                width=${w} height=${stack.heightsPx[i]}></rect>
              <text part="lane-label" class="lane-label" x=${this._locale.rtl ? w - 10 : 10} y=${stack.topsPx[i] + 14}>${categoryName(
                category,
                this._locale.strings,
              )}</text>`,
          )}
        </g>
        ${renderGrid(view, this._ticks)}
        ${this._layout.items.length
          ? svg`<g class="events" role="listbox" aria-label=${this.label || this._locale.strings.events}
              aria-orientation="horizontal" @click=${this._onPlotClick}>
              ${repeat(this._frame.items, (d) => d.item.id, (d) => renderEvent(view, d))}
              ${repeat(
                this._frame.clusters,
                // Keyed by place, not by time bin: bins change with every zoom step, and their nodes are reused.
                (_, i) => i,
                (c) => renderCluster(view, c),
              )}
            </g>
            <g class="labels" aria-hidden="true" @click=${this._onPlotClick}>
              ${repeat(this._frame.items, (d) => d.item.id, (d) => renderLabel(view, d))}
            </g>`
          : nothing}
        ${renderAxis(view, this._ticks)}
      </svg>
      ${this._hint.on
        ? html`<div class="hint" aria-hidden="true">
            ${fill(this._locale.strings.wheelHint, { key: /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl' })}
          </div>`
        : nothing}
    </div>`;
  }

  private _plotView(): PlotView {
    const x = this._x;
    return {
      widthPx: this._layout.widthPx,
      heightPx: this._layout.heightPx + (this._layout.items.length ? 0 : 40),
      axisPx: this._layout.sizes.axisPx,
      rowPx: this._rowPx,
      selected: this.selected,
      tabStop: this._focus.tabStop,
      setSize: this._layout.items.length,
      classOf: this._layout.encoding.classOf,
      shapeOf: this._layout.encoding.shapeOf,
      nameOf: this._locale.describe.name,
      clusterNameOf: this._locale.describe.cluster,
      measure: this._measure.measure,
      x: (ms) => x(ms),
      mirror: this._locale.rtl,
      count: this._locale.describe.count,
    };
  }

  private _renderStatus(): TemplateResult | typeof nothing {
    const data = this._data;
    if (data.status === 'pending') {
      return html`<div part="status" class="status loading" role="status">
        <span class="spinner" aria-hidden="true"></span>${this._locale.strings.loading}
      </div>`;
    }
    if (data.status === 'error') {
      return html`<div part="status" class="status error" role="alert">
        <p>${fill(this._locale.strings.loadFailed, { url: this.src, reason: data.error })}</p>
        <button type="button" @click=${() => data.retry()}>${this._locale.strings.retry}</button>
      </div>`;
    }
    if (!this._layout.items.length) {
      return html`<div part="status" class="status"><slot name="empty">${this._locale.strings.empty}</slot></div>`;
    }
    return nothing;
  }

  private _renderNotice(): TemplateResult | typeof nothing {
    const { issues, total } = this._data;
    if (!issues.length || this._data.dismissed) return nothing;
    const drawn = this._layout.items.length;
    const skipped = total - drawn;
    const summary =
      total === 0 && issues.some((i) => i.index < 0)
        ? issues.find((i) => i.index < 0)!.message
        : skipped > 0
          ? fill(this._locale.strings.skipped, { count: skipped, total: total }, this._locale.words.locale)
          : fill(this._locale.strings.warnings, { count: issues.length }, this._locale.words.locale);
    return html`<div part="notice" class="notice" role="status">
      <details>
        <summary>${summary}</summary>
        <ul>
          ${issues.map((i) => html`<li class=${i.skipped ? 'skipped' : 'warning'}>${i.message}</li>`)}
        </ul>
      </details>
      <button type="button" class="dismiss" aria-label=${this._locale.strings.dismiss} title=${this._locale.strings.dismiss}
        @click=${() => {
          this._data.dismissed = true;
          this.requestUpdate();
        }}>×</button>
    </div>`;
  }

  private _renderToolbar(): TemplateResult {
    const k = this._zoom.scale;
    const [from, to] = this.visibleRange;
    return html`<div part="toolbar" class="toolbar">
      <div class="zoom" role="group" aria-label=${this._locale.strings.zoomControls}>
        <button part="zoom-button" type="button" aria-label=${this._locale.strings.zoomOut} title=${this._locale.strings.zoomOut}
          ?disabled=${k <= 1} @click=${() => this._zoom.zoomBy(0.5, undefined, true)}>−</button>
        <button part="zoom-button" type="button" aria-label=${this._locale.strings.zoomIn} title=${this._locale.strings.zoomIn}
          ?disabled=${k >= this._zoom.maxScale} @click=${() => this._zoom.zoomBy(2, undefined, true)}>+</button>
        <button part="zoom-button" type="button" ?disabled=${k <= 1} @click=${() => this._zoom.reset(true)}>
          ${this._locale.strings.reset}
        </button>
      </div>
      <button part="list-button" type="button" aria-pressed=${this._list.isOpen(this._layout.widthPx) ? 'true' : 'false'}
        @click=${this._toggleList}>${this._locale.strings.list}</button>
      <button part="help-button" type="button" title=${this._locale.strings.keysHeading}
        aria-expanded=${this._help.open ? 'true' : 'false'} @click=${this._openHelp}>?</button>
      <span part="range" class="range">${this._layout.items.length ? this._locale.describe.range(from, to) : nothing}</span>
      ${renderLegend(this._layout.categories, this._layout.encoding.classOf, this._layout.encoding.shapeOf, this._locale.strings)}
    </div>`;
  }

  private _renderList(): DirectiveResult | typeof nothing {
    const w = this._layout.widthPx;
    const open = this._list.isOpen(w);
    if (!this._layout.items.length || !this._list.isDrawn(w)) return nothing;
    const [from, to] = this._list.range(this.visibleRange);
    const [lo, hi] = this._layout.itemsBetween(Math.min(from, to), Math.max(from, to));
    // Redrawn only when what it shows changes: the events in it, their words, the selection, open or hidden.
    const deps = [this._layout.items, lo, hi, open, this.selected, this._locale.strings, this._locale.words];
    return guard(deps, () => renderList({
      items: this._layout.items.slice(lo, Math.min(hi, lo + LIST_LIMIT)),
      total: hi - lo,
      open,
      selected: this.selected,
      strings: this._locale.strings,
      locale: this._locale.words.locale,
      whenOf: this._locale.describe.when,
      categoryOf: (item) => categoryName(item.category, this._locale.strings),
      classOf: this._layout.encoding.classOf,
      onSelect: (id) => {
        this._focus.set(eventKey(id));
        this._select(id);
      },
    }));
  }

  /** Lays out what depends on the data and the width: the base scale, the rows of every lane, the height. */
  private _relayout(widthPx: number): void {
    const rowVar = parseFloat(getComputedStyle(this).getPropertyValue('--timeline-lane-height'));
    this._rowPx = Number.isFinite(rowVar) && rowVar >= 16 ? rowVar : 28;
    this._layout.resize(widthPx, this._rowPx, this._measure.measure);
    this._zoom.configure(this._layout.widthPx, this._layout.heightPx, this._layout.maxScale);
  }

  /** Rescales from the zoom transform and lays out what is in view: the part of the layout that changes per frame. */
  private _layoutFrame(): void {
    const x = this._zoom.transform.rescaleX(this._layout.baseX);
    this._x = x;
    const w = this._layout.widthPx;
    const visibleMs: [number, number] = [x.invert(0).getTime(), x.invert(w).getTime()];
    this._ticks =
      w > 0 ? axisTicks(x.copy().range([0, w]).domain(visibleMs), isNarrow(w) ? 56 : 90, this._locale.words.locale) : [];
    const focused = this._focus.key?.kind === 'event' ? this._focus.key.id : null;
    const pinned = [focused, this.selected].flatMap((id) => (id && this._layout.byId.get(id)) || []);
    this._frame = this._layout.frame(x, pinned, this._measure.measure, this._measure.estimate);
    this._nav = navigables(this._frame);
    this._focus.sync(this._nav, this.selected, ...this.visibleRange);
  }

  private _select(id: string | null): void {
    if (this.selected === id) return;
    this.selected = id;
    const selected = id ? this._layout.byId.get(id) : undefined;
    if (selected) this._announcer.announce(this._locale.describe.selected(selected));
    const event = id ? this._data.originalOf(id) : null;
    this.dispatchEvent(createSelectEvent({ event, id: event ? id : null }));
  }

  /** Moves keyboard focus to an event or a cluster, panning an event into view when it is outside. */
  private _moveFocus(key: FocusKey): void {
    const item = key.kind === 'event' ? this._layout.byId.get(key.id) : undefined;
    const px = item ? revealPx(item, this._x, this.visibleRange[0], this._layout.widthPx) : null;
    if (px !== null) this._zoom.centerOn(px, true);
    this._focus.focus(key);
  }

  /** Zooms into a cluster, so that its events can be told apart, and focuses its first event. */
  private _openCluster(id: string): void {
    const cluster = this._frame.clusters.find((c) => c.id === id);
    if (!cluster) return;
    const base = this._layout.baseX;
    this._zoom.showRange(base(cluster.startMs), base(cluster.endMs), 0.5, true);
    this._moveFocus(eventKey(cluster.first.id));
  }

  /** Announces the visible range, once a change of the view has ended: no chatter while it moves. */
  private _announceRange(): void {
    const [from, to] = this.visibleRange;
    const [lo, hi] = this._layout.itemsBetween(Math.min(from, to), Math.max(from, to));
    this._announcer.announce(this._locale.describe.rangeChanged(from, to, hi - lo));
  }

  private readonly _toggleList = (): void => this._list.toggle(this._layout.widthPx);

  private readonly _openHelp = (): void => this._help.show();

  private readonly _closeHelp = (): void => this._help.close();

  private readonly _onPlotClick = (event: Event): void => {
    const target = event.target as Element;
    const clusterId = target.closest?.('[data-cluster]')?.getAttribute('data-cluster');
    if (clusterId) {
      this._openCluster(clusterId);
      return;
    }
    const id = target.closest?.('[data-id]')?.getAttribute('data-id');
    if (!id) return;
    this._focus.set(eventKey(id));
    this._select(id);
  };

  private readonly _onClose = (): void => {
    const id = this.selected;
    this._select(null);
    if (id) this._moveFocus(eventKey(id));
  };

  /** Carries out what a key asks for (see {@link TimelineKeysController}); false when there was nothing to do. */
  private _perform(intent: TimelineKeyIntent, onItem: boolean): boolean {
    const current = this._focus.key ?? this._focus.tabStop;
    const item = current?.kind === 'event' ? this._layout.byId.get(current.id) : undefined;
    switch (intent.kind) {
      case 'move': {
        const to = step(this._layout, this._nav, current, intent.to);
        if (to) this._moveFocus(to);
        return this._layout.items.length > 0;
      }
      case 'select':
        if (!current) return false;
        if (current.kind === 'cluster') this._openCluster(current.id);
        else this._select(current.id);
        return true;
      case 'clear':
        if (this._help.open) {
          this._help.close();
          return true;
        }
        if (this.selected === null) return false;
        this._onClose();
        return true;
      case 'pan':
        this._zoom.panBy((intent.direction * this._layout.widthPx) / 2, true);
        return true;
      case 'list':
        this._toggleList();
        return true;
      case 'help':
        this._help.show();
        return true;
      case 'zoom': {
        const centerPx = onItem && item ? this._x(item.kind === 'point' ? item.markMs : item.startMinMs) : NaN;
        this._zoom.zoomBy(intent.factor, Number.isFinite(centerPx) ? centerPx : undefined, true);
        return true;
      }
      case 'reset':
        this._zoom.reset(true);
        return true;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
