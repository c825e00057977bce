// In the order the standalone bundle is best laid out in: words and data, the layout, the zoom, Lit, the other
// controllers, then the templates. Gzip finds more to share that way (about 0.6 kB less than with Lit first).
import type { DateWords } from '../data/date-words.js';
import type { TimelineEvent } from '../data/types.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { fill, type TimelineStrings } from '../i18n/strings.js';
import { DataController } from '../controllers/data-controller.js';
import { labelMeasurer } from './measure-text.js';
import { isNarrow, TimelineLayout } from '../layout/timeline-layout.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { ViewController, type DrawnView } from '../controllers/view-controller.js';
import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Announcer } from '../controllers/announcer.js';
import { FocusController } from '../controllers/focus-controller.js';
import { ListViewController } from '../controllers/list-view-controller.js';
import { TimelineKeysController } from '../controllers/timeline-keys.js';
import { WidthController } from '../controllers/width-controller.js';
import { LazyModule } from '../controllers/lazy-module.js';
import type { BookmarkController } from '../controllers/bookmark-controller.js';
import type { TimelineActions } from './templates/deferred.js';
import { renderPlot, type PlotView } from './templates/plot.js';
import type { MotionCanvas } from '../controllers/motion-canvas.js';
import type { Palette } from './paint-frame.js';
import { keyOfNode } from './templates/marks.js';
import { renderToolbar } from './templates/toolbar.js';
import { renderList } from './templates/list-view.js';
import { timelineStyles } from './styles/index.js';
import { noteTimeline } from './warm-up.js';

/**
 * An interactive, zoomable timeline of dated events arranged in lanes by category.
 *
 * Dates may be imprecise or uncertain (EDTF: `2012`, `2016-12`, `2016-36~`): a year-precision date covers its
 * whole year, and an approximate or uncertain one is drawn hatched. Each event is a focusable option with a name
 * such as "Astana talks, 23 January 2017, Diplomacy"; selecting one opens a panel with its source quote. Titles,
 * summaries, date labels, places and actors are shown in the reader's language where an event's `translations` have
 * it; the quote stays verbatim in its own language, marked with it.
 *
 * Gestures: Ctrl/⌘ + wheel or a trackpad pinch zooms, a horizontal wheel or a drag pans; a plain wheel scrolls the
 * page. Keys (with an event focused): ←/→ (or ↑/↓) previous/next event in time, Home/End first/last, Enter/Space
 * select, Escape clear the selection, +/− zoom around the focused event, 0 show all; from anywhere inside, [ and ]
 * select the previous and next event, and the view follows.
 *
 * Long stretches with no event are folded into a narrow band (`folds`), named ("February 2013 to August 2016: no
 * events"); a click on a fold, Enter on it, or zooming into it opens it.
 *
 * @summary Zoomable, accessible event timeline with uncertain dates and sources.
 *
 * @slot empty - Shown when there are no events to draw (replaces the default "No events to show.").
 *
 * @attr {'ltr' | 'rtl' | 'auto'} [dir=''] - The HTML attribute: `rtl`, here or on an ancestor, mirrors the timeline (time runs right to left). Empty (the default): the direction of the page around it.
 * @attr {string} [lang=''] - The HTML attribute: the language of the words, dates and digits when `locale` is not set (BCP 47). Empty (the default): the nearest `lang` up the page, else English.
 *
 * @fires {CustomEvent<TimelineSelectDetail>} timeline-select - The user selected an event (`detail.event`: the object given in `events`, in its own words whatever the reader's language; `detail.id`) or cleared the selection (both `null`). Bubbles, composed.
 * @fires {CustomEvent<TimelineRangeChangeDetail>} timeline-range-change - A gesture, key or button of the reader's changed the view; fired once, when the change ends (`detail.from`, `detail.to`: ISO 8601). Never for a change made by code. Bubbles, composed.
 * @fires {CustomEvent<TimelineErrorDetail>} timeline-error - Some events could not be drawn or had fields dropped, or `src` could not be loaded (`detail.issues`, each with a `code`; `detail.summary`, the issues grouped by kind and field; `detail.load`). Warnings alone draw no notice: each group of them is also written once with `console.warn`. Bubbles, composed.
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
 * @csspart fold - A folded stretch of time with no events: a button that opens it.
 * @csspart overview - The overview strip under the chart: the whole extent, with the visible window as a brush.
 * @csspart previous-button - The detail panel's button to the previous event in time.
 * @csspart next-button - The detail panel's button to the next event in time.
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
 * @cssprop [--timeline-color-extra-0] - Colour of the first free category (one not in CATEGORIES); free categories past the sixth reuse them, each with another shape, so that the first 36 are told apart.
 * @cssprop [--timeline-color-extra-1] - Colour of the second free category (one not in CATEGORIES); free categories past the sixth reuse them, each with another shape, so that the first 36 are told apart.
 * @cssprop [--timeline-color-extra-2] - Colour of the third free category (one not in CATEGORIES); free categories past the sixth reuse them, each with another shape, so that the first 36 are told apart.
 * @cssprop [--timeline-color-extra-3] - Colour of the fourth free category (one not in CATEGORIES); free categories past the sixth reuse them, each with another shape, so that the first 36 are told apart.
 * @cssprop [--timeline-color-extra-4] - Colour of the fifth free category (one not in CATEGORIES); free categories past the sixth reuse them, each with another shape, so that the first 36 are told apart.
 * @cssprop [--timeline-color-extra-5] - Colour of the sixth free category (one not in CATEGORIES); free categories past the sixth reuse them, each with another shape, so that the first 36 are told apart.
 * @cssprop [--timeline-border=1px solid var(--timeline-grid-color)] - Border around the timeline.
 * @cssprop [--timeline-radius=8px] - Corner radius.
 */
export class EventTimeline extends LitElement {
  static override styles = timelineStyles;
  // The reactive properties, each documented where it is declared below. Declared here rather than with Lit's
  // decorators, whose code and helper would take half a kilobyte of the bundle.
  static override properties = {
    events: { attribute: false },
    src: {},
    format: {},
    selected: { reflect: true },
    theme: { reflect: true },
    label: {},
    locale: {},
    strings: { attribute: false },
    dateWords: { attribute: false },
    folds: {},
    bookmark: { type: Boolean, reflect: true },
    overview: {},
  };

  /** The events to draw (replace the array to change them; it is not watched for mutation). Default: none. */
  events: readonly TimelineEvent[] = [];

  /**
   * URL of events to load and draw instead of `events`: JSON (an array of events, or `{ "events": [...] }`), CSV with
   * the documented columns, or a TimelineJS document. While it loads the timeline says so; a failed load shows what
   * failed, with a Retry button, and fires `timeline-error`. Changing it cancels the previous load.
   */
  src = '';

  /**
   * The format of `src`: `json`, `csv`, `timelinejs` or `vis` (vis-timeline items, or `{ "items": [...], "groups":
   * [...] }`); empty (the default) to tell from the response.
   */
  format: '' | 'json' | 'csv' | 'timelinejs' | 'vis' = '';

  /** The id of the selected event, or `null`. Setting it opens that event's details and fires nothing. */
  selected: string | null = null;

  /** Colour scheme: `light`, `dark`, or `auto` (the default: follow the reader's preference). */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Accessible name of the list of events. Default: the title of the `src` file when it has one (a TimelineJS title slide), else "Events". */
  label = '';

  /**
   * The language of the timeline's words, dates and digits, as a BCP 47 tag (`ar`, `fa-IR`, `fr`). Default: the
   * nearest `lang` attribute up the page (across shadow roots), else English. English, Arabic, Persian, Turkish,
   * Russian, French, German and Spanish have dictionaries, each loaded only when used; other languages fall back to
   * English words. A tag with a region (`ar-SY`) is also what dates and numbers are formatted with. Events are shown
   * in this language where their `translations` have it (`ar-SY`, else `ar`, else their own words); quotes never are.
   */
  locale = '';

  /** Interface strings that replace the locale's own: any subset of the dictionary (for example `{ list: 'Events' }`). */
  strings: Partial<TimelineStrings> | undefined = undefined;

  /** Date words that replace the locale's own: any subset (for example `{ approximate: 'circa' }`). */
  dateWords: Partial<DateWords> | undefined = undefined;

  /**
   * Quiet stretches: `auto` (the default) folds stretches with no event that cover more than a quarter of the time
   * (at most two) into narrow bands, so that the busy parts get the room; `none` draws all time to one scale.
   */
  folds: 'auto' | 'none' = 'auto';

  /**
   * Keeps the selected event and the visible range in the page address (its fragment, under the element's `id`, or
   * `timeline`), so that the view can be shared and Back returns to the previous selection. Opening such an address
   * restores both.
   */
  bookmark = false;

  /**
   * The overview strip under the chart: `auto` (the default) shows the whole extent, the density of each lane and
   * the folds, with the visible window as a brush to drag, resize or move with the keys, wherever the timeline is
   * wider than the phone layout; `none` hides it.
   */
  overview: 'auto' | 'none' = 'auto';

  // Observes a zero-height sizer rather than the host: the host's height follows the layout, and observing it
  // would report our own re-layout back to us ("ResizeObserver loop completed with undelivered notifications").
  private readonly _width = new WidthController(this);
  private readonly _zoom = new ZoomController(this, {
    onStart: (gesture) => {
      this._list.hold(this.visibleRange);
      // While the view moves, labels move with their marks and are placed again once it rests.
      this._views.start(gesture);
    },
    onEnd: (byUser, moved) => {
      this._views.end(byUser);
      this._list.release();
      if (byUser && moved) this._act((a) => a.viewChanged());
    },
  });
  private readonly _locale = new LocaleController(this);
  private readonly _layout = new TimelineLayout();
  private readonly _data = new DataController(this, this._layout);
  private readonly _focus = new FocusController(this, keyOfNode);
  private readonly _list = new ListViewController(this);
  private readonly _announcer = new Announcer(this);
  /** Keeps the view in the page address: loaded with the `bookmark` attribute, and only then. */
  private readonly _bookmarks = new LazyModule(this, () => import('../controllers/bookmark-controller.js'), (m) => {
    return new m.BookmarkController(this, {
      key: () => this.id || 'timeline',
      enabled: () => this.bookmark,
      onRestore: (state) => this._views.restore(state),
    });
  });
  /** What is in view: laid out for each update, and moved with the zoom. */
  private readonly _views: ViewController = new ViewController(this, {
    layout: this._layout, zoom: this._zoom, measurer: labelMeasurer,
    canvas: () => this._canvas, bookmark: () => this._bookmark, select: (id) => (this.selected = id),
  });
  /**
   * The parts not drawn with the chart (detail panel, key map, notice, status, overview, the canvas of a gesture,
   * what the reader does) and their styles: loaded right after the chart's first frame, or as soon as one of them is
   * needed.
   */
  private readonly _parts = new LazyModule(this, () => import('./templates/deferred.js'), (templates) => {
    adoptStyles(this.renderRoot as ShadowRoot, [...EventTimeline.elementStyles, ...templates.deferredStyles]);
    this._data.useSummarizer(templates.summarizeSource);
    const self = this;
    const parts = templates.createParts({
      element: this, layout: this._layout, zoom: this._zoom, focus: this._focus,
      announcer: this._announcer, locale: this._locale, data: this._data, views: this._views, toggleList: this._toggleList,
      get bookmark() {
        return self._bookmark;
      },
    });
    return { templates, ...parts };
  });
  /**
   * Whether this update draws what a server draws: the list of events with their dates in words, and no chart. On
   * the server always; in the page, for the first update of an element that came with a server's declarative shadow
   * root, so that hydration finds the very template it was rendered from. The chart follows in the next update.
   */
  private _prerendering = isServer || !!this.shadowRoot;

  private get _bookmark(): BookmarkController | undefined {
    return this._bookmarks.value;
  }

  private get _canvas(): MotionCanvas<DrawnView, PlotView, Palette> | undefined {
    return this._parts.value?.canvas;
  }

  constructor() {
    super();
    noteTimeline();
    // The key map registers itself on the host and acts through the actions; nothing else needs to reach it.
    const isOnItem = (path: readonly EventTarget[]) => this._focus.isOnItem(path);
    new TimelineKeysController(this, (intent, onItem) => this._act((a) => a.perform(intent, onItem)), () => this._locale.rtl, isOnItem);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { _layout: layout, _focus: focus, _data: data } = this;
    this._locale.sync(this.locale, this.strings, this.dateWords);
    this._zoom.mirrored = this._locale.rtl;
    const change = data.sync(this.events, this.src, this.format, this._locale.tag);
    if (change === 'events') focus.keepIn(layout.byId);
    if (this.bookmark && !this._bookmark) this._bookmarks.load();
    else if (changed.has('bookmark') && this.bookmark) this._bookmark?.restoreNow();
    // Until the sizer is first observed, the host's own width: read before the first render, it has the browser lay
    // out the page alone, not the chart too, as reading the sizer's would once it is drawn.
    const widthPx = Math.floor((this._width.value ??= this.clientWidth)) || 0;
    this._views.update({
      change, widthPx, folding: this.folds !== 'none', locale: this._locale.words.locale,
      rowPx: () => (isServer ? NaN : parseFloat(getComputedStyle(this).getPropertyValue('--timeline-lane-height'))),
      // The work of every frame of a zoom: the focused and the selected events are always drawn.
      pinned: [focus.key?.kind === 'event' ? focus.key.id : null, this.selected],
      ready: data.status === 'complete',
    });
    // While the view moves, the Tab stop stays on the node it was on: moving it would draw every event again in each
    // frame. It follows the view once the view rests.
    if (!this._views.moving) focus.sync(this._views.drawn.nav, this.selected, ...this.visibleRange);
    if (this._list.isDrawn(widthPx) || this.selected || data.status !== 'complete' || !layout.items.length || data.unsummed) {
      this._parts.load();
    } else if (!this._prerendering) {
      // Else right after the chart's first frame, so that the canvas of a gesture is ready before the reader's first
      // one; the overview and the hidden list are drawn once the page is at rest.
      this._parts.loadAfterPaint();
    }
  }

  /** After a server's list has been hydrated, the chart is drawn in its place. */
  protected override firstUpdated(): void {
    if (!this._prerendering) return;
    this._prerendering = false;
    this._list.takeOver();
    this.requestUpdate();
  }

  /**
   * Resolves when the element has drawn what it was asked to, including an eased change of the view (from a key or
   * a button), which draws over a few frames, the packing at rest that follows a pan, and the parts and the bookmark it
   * has begun to load.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const drawn = await super.getUpdateComplete();
    await this._zoom.eased;
    await this._parts.loaded;
    await this._bookmarks.loaded;
    await this._views.rested;
    return (await super.getUpdateComplete()) && drawn;
  }

  /** Zooms in (`factor` > 1) or out (< 1) around the middle of the view. */
  zoomBy(factor: number): void {
    this._zoom.zoomBy(factor);
    this._bookmark?.recordRange(...this.visibleRange);
  }

  /** Shows the whole time range again, with its quiet stretches folded. */
  resetZoom(): void {
    this._views.showAll(false);
    this._bookmark?.recordRange(...this.visibleRange);
  }

  /**
   * The time range on screen, from the start of the axis to its end (left to right, or right to left in RTL), as
   * UTC epoch ms. Set it to show a range (`el.visibleRange = [fromMs, toMs]`), within the zoom limits: a fold that
   * takes up more than half of the range opens. Setting it fires nothing; before the events are in, the range is
   * shown once they are.
   */
  set visibleRange(range: readonly [number, number]) {
    const [a, b] = range ?? [];
    if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return;
    this._views.request([Math.min(a, b), Math.max(a, b)]);
  }

  get visibleRange(): [number, number] {
    return this._views.range;
  }

  /**
   * The events in the order they are drawn and navigated (by time), after invalid ones were left out: validated
   * copies, as shown, with their texts in the reader's language where their `translations` have it (new copies when
   * the language changes). `timeline-select` hands back the page's own object instead.
   */
  get drawnEvents(): readonly TimelineEvent[] {
    return this._layout.items.map((i) => i.event);
  }

  override render(): TemplateResult {
    const { _layout: layout, _data: data, _locale: locale, _zoom: zoom, selected } = this;
    const { strings, describe, words } = locale;
    const { items, encoding, widthPx: w } = layout;
    const item = selected ? layout.byId.get(selected) : undefined;
    const status = data.status !== 'complete' ? data.status : items.length ? null : 'empty';
    // While the canvas paints a gesture (see below), the toolbar, the overview and the list keep the view it began
    // with, as the SVG does: changing them would have the browser lay them out and paint them again in each frame.
    // They catch up when the view rests.
    const frozen = this._canvas?.frozen;
    const shown = frozen?.at ?? zoom.transform;
    const [from, to] = this._views.rangeAt(shown);
    const [a, b] = this._list.range([from, to]);
    // What a server draws is the list of all the events alone (see `_prerendering`), with no value that the server
    // and the page would work out differently (a server sees no ancestor: the language is the page's until then).
    const pre = this._prerendering;
    const [lo, hi] = pre ? [0, items.length] : layout.itemsBetween(Math.min(a, b), Math.max(a, b));
    const parts = pre ? undefined : this._parts.value?.templates;
    const help = pre ? undefined : this._parts.value?.help;
    // An open list (narrow) is drawn with the chart, and a server's is kept; the hidden one, for screen readers, is
    // drawn with the parts, after the chart's first frames.
    const listOpen = this._list.isOpen(w);
    const plot: PlotView = {
      ...this._views.drawn, widthPx: w, heightPx: layout.heightPx + (items.length ? 0 : 40), axisPx: layout.sizes.axisPx,
      rowPx: layout.rowPx, categories: layout.categories, stack: layout.stack, encoding, describe,
      measure: this._views.measurer.measure, estimate: this._views.measurer.estimate, mirror: locale.rtl, selected, tabStop: this._focus.tabStop,
      setSize: items.length, label: this.label || data.title || strings.events, surface: zoom.surface(), painting: false,
      hint: this._zoom.hint.on ? fill(strings.wheelHint, { key: /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl' }) : null,
      onClick: this._onPlotClick,
      unfold: strings.unfold, onFold: this._onFold,
    };
    // During a gesture the canvas paints this frame, axis and all, and the SVG under it keeps the one it had when the
    // gesture began: changing any of it would have the browser lay out and paint all of it again.
    if (frozen) this._canvas!.paint(plot);
    else this._canvas?.warm(plot, items.length);
    return html`
      <div part="base" lang=${pre ? nothing : locale.tag} class="base ${pre ? 'prerendered' : isNarrow(w) ? 'narrow' : ''}" aria-busy=${data.status === 'pending' ? 'true' : 'false'}>
        <div class="sizer" ${this._width.target()}></div>
        ${pre ? nothing : renderPlot(frozen ? { ...plot, ...frozen, painting: true } : plot)}
        ${items.length && this.overview !== 'none' && !isNarrow(w) && !pre
          ? // Drawn with the hidden list, once the page is at rest after the chart's first frame, or with the detail
            // panel of a selected event; its room is kept until then, so that nothing below it moves.
            parts && (this._list.ready || selected)
            ? parts.renderTimelineOverview({
                controller: this._parts.value!.overview, layout, transform: shown, maxScale: zoom.maxScale,
                mirror: locale.rtl, label: strings.overview, valueText: describe.range(from, to),
                foldName: describe.fold,
              })
            : html`<div class="overview-slot"></div>`
          : nothing}
        ${status && parts ? parts.renderStatus(status, strings, this.src, data.error, () => data.retry()) : nothing}
        ${data.notice.length && !data.dismissed && parts
          ? parts.renderNotice(data.notice, data.total, items.length, strings, words.locale, () => data.dismiss())
          : nothing}
        ${pre ? nothing : renderToolbar({
          strings, scale: shown.k, maxScale: zoom.maxScale, listOpen,
          helpOpen: !!help?.open, range: items.length ? describe.range(from, to) : null,
          categories: layout.categories, encoding, onZoom: (factor) => zoom.zoomBy(factor, undefined, true),
          onReset: () => this._views.showAll(true), onToggleList: this._toggleList, onHelp: () => this._act((a) => a.perform({ kind: 'help' }, false)),
        })}
        ${help?.open && parts ? parts.renderHelp(strings, () => help.close()) : nothing}
        ${items.length && (pre || listOpen || (this._list.isDrawn(w) && (parts || this._list.kept)))
          ? renderList({
              items, lo, hi, open: pre || listOpen, selected, strings, locale: words.locale,
              whenOf: describe.when, classOf: encoding.classOf, onSelect: this._choose,
            })
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this._announcer.text}</div>
        ${item && parts
          ? parts.renderDetail({
              item, when: describe.when(item), categoryClass: encoding.classOf(item.category), strings, locale: words.locale,
              precision: describe.precision(item), published: describe.published(item.event.source?.published),
              baseUrl: data.baseUrl, onClose: this._onClose, onStep: (step) => this._act((a) => a.step(step)),
              hasPrevious: item.order > 0, hasNext: item.order < items.length - 1,
            })
          : nothing}
      </div>
    `;
  }

  /**
   * Carries out something the reader did with the actions (see {@link TimelineActions}), at once when they are in,
   * else as soon as they arrive with the deferred parts; returns what the action returned, or `true` while it waits.
   */
  private _act(run: (actions: TimelineActions) => boolean | void): boolean {
    return this._parts.use(({ actions }) => run(actions)) ?? true;
  }

  private readonly _toggleList = (): void => this._list.toggle(this._layout.widthPx);
  private readonly _choose = (id: string): void => void this._act((a) => a.choose(id));
  private readonly _onClose = (): void => void this._act((a) => a.close());

  private readonly _onPlotClick = (event: Event): void => {
    // Read now: a target in the shadow tree is gone from the event once it has been dispatched.
    const target = event.target as Element;
    this._act((a) => a.click(target));
  };

  /** A click on a fold, or Enter or Space on it, opens it and eases the view to show it. */
  private readonly _onFold = (event: Event): void => {
    const keyboard = event.type === 'keydown';
    if (keyboard && (event as KeyboardEvent).key !== 'Enter' && (event as KeyboardEvent).key !== ' ') return;
    event.preventDefault();
    const fold = event.currentTarget as Element;
    this._act((a) => a.chooseFold(fold, keyboard));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
