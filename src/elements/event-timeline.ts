// In the order the standalone bundle is best laid out in: words and data, the layout, the zoom, Lit, the other
// controllers, then the templates. Gzip finds more to share that way (about 0.6 kB less than with Lit first).
import type { DateWords } from '../data/date-words.js';
import type { TimelineEvent } from '../data/types.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { fill, type TimelineStrings } from '../i18n/strings.js';
import { DataController } from '../controllers/data-controller.js';
import { TextMeasurer } from './measure-text.js';
import type { DrawnItem } from '../layout/frame.js';
import { isNarrow, TimelineLayout, type TimelineView } from '../layout/timeline-layout.js';
import { frameShift, sameZoom, type ZoomState } from '../layout/motion.js';
import { ZoomController } from '../controllers/zoom-controller.js';
import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Announcer } from '../controllers/announcer.js';
import { DialogController } from '../controllers/dialog-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { ListViewController } from '../controllers/list-view-controller.js';
import { TimedFlag } from '../controllers/timed-flag.js';
import { TimelineKeysController } from '../controllers/timeline-keys.js';
import { WidthController } from '../controllers/width-controller.js';
import { property } from 'lit/decorators.js';
import { LazyModule } from '../controllers/lazy-module.js';
import type { BookmarkController, BookmarkState } from '../controllers/bookmark-controller.js';
import type { TimelineActions } from './templates/deferred.js';
import { renderPlot, type PlotView } from './templates/plot.js';
import type { MotionCanvas } from '../controllers/motion-canvas.js';
import type { Palette } from './paint-frame.js';
import { keyOfNode } from './templates/marks.js';
import { renderToolbar } from './templates/toolbar.js';
import { renderList } from './templates/list-view.js';
import { timelineStyles } from './styles/index.js';

const LABEL_FONT = '13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
/** How long the hint about the zoom modifier stays after a plain wheel over the chart. */
const HINT_MS = 1800;

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

  /** The events to draw (replace the array to change them; it is not watched for mutation). Default: none. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];

  /**
   * URL of events to load and draw instead of `events`: JSON (an array of events, or `{ "events": [...] }`), CSV with
   * the documented columns, or a TimelineJS document. While it loads the timeline says so; a failed load shows what
   * failed, with a Retry button, and fires `timeline-error`. Changing it cancels the previous load.
   */
  @property() src = '';

  /**
   * The format of `src`: `json`, `csv`, `timelinejs` or `vis` (vis-timeline items, or `{ "items": [...], "groups":
   * [...] }`); empty (the default) to tell from the response.
   */
  @property() format: '' | 'json' | 'csv' | 'timelinejs' | 'vis' = '';

  /** The id of the selected event, or `null`. Setting it opens that event's details and fires nothing. */
  @property({ reflect: true }) selected: string | null = null;

  /** Colour scheme: `light`, `dark`, or `auto` (the default: follow the reader's preference). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Accessible name of the list of events. Default: the title of the `src` file when it has one (a TimelineJS title slide), else "Events". */
  @property() label = '';

  /**
   * The language of the timeline's words, dates and digits, as a BCP 47 tag (`ar`, `fa-IR`, `fr`). Default: the
   * nearest `lang` attribute up the page (across shadow roots), else English. English, Arabic, Persian, Turkish,
   * Russian, French, German and Spanish have dictionaries, each loaded only when used; other languages fall back to
   * English words. A tag with a region (`ar-SY`) is also what dates and numbers are formatted with. Events are shown
   * in this language where their `translations` have it (`ar-SY`, else `ar`, else their own words); quotes never are.
   */
  @property() locale = '';

  /** Interface strings that replace the locale's own: any subset of the dictionary (for example `{ list: 'Events' }`). */
  @property({ attribute: false }) strings: Partial<TimelineStrings> | undefined = undefined;

  /** Date words that replace the locale's own: any subset (for example `{ approximate: 'circa' }`). */
  @property({ attribute: false }) dateWords: Partial<DateWords> | undefined = undefined;

  /**
   * Quiet stretches: `auto` (the default) folds stretches with no event that cover more than a quarter of the time
   * (at most two) into narrow bands, so that the busy parts get the room; `none` draws all time to one scale.
   */
  @property() folds: 'auto' | 'none' = 'auto';

  /**
   * Keeps the selected event and the visible range in the page address (its fragment, under the element's `id`, or
   * `timeline`), so that the view can be shared and Back returns to the previous selection. Opening such an address
   * restores both.
   */
  @property({ type: Boolean, reflect: true }) bookmark = false;

  /**
   * The overview strip under the chart: `auto` (the default) shows the whole extent, the density of each lane and
   * the folds, with the visible window as a brush to drag, resize or move with the keys, wherever the timeline is
   * wider than the phone layout; `none` hides it.
   */
  @property() overview: 'auto' | 'none' = 'auto';

  // Observes a zero-height sizer rather than the host: the host's height follows the layout, and observing it
  // would report our own re-layout back to us ("ResizeObserver loop completed with undelivered notifications").
  private readonly _width = new WidthController(this);
  private readonly _zoom = new ZoomController(this, {
    onPlainWheel: () => this._hint.show(),
    onStart: (gesture) => {
      this._list.hold(this.visibleRange);
      // While the view moves, labels move with their marks and are placed again once it rests.
      this._held = new Map(this._view.frame.items.map((d) => [d.item.id, d]));
      if (gesture) this._canvas?.arm(this._view.frame.items.length + this._view.frame.clusters.length);
    },
    onEnd: (byUser, moved) => {
      this._held = undefined;
      this._canvas?.stop();
      this.requestUpdate();
      this._list.release();
      if (byUser && moved) this._act((a) => a.viewChanged());
    },
  });
  private readonly _locale = new LocaleController(this);
  private readonly _layout = new TimelineLayout();
  private readonly _data = new DataController(this, this._layout);
  private readonly _focus = new FocusController(this, keyOfNode);
  private readonly _list = new ListViewController(this);
  private readonly _help = new DialogController(this, '.help');
  private readonly _hint = new TimedFlag(this, HINT_MS);
  private readonly _announcer = new Announcer(this);
  private readonly _measure = new TextMeasurer(LABEL_FONT);
  /** Keeps the view in the page address: loaded with the `bookmark` attribute, and only then. */
  private readonly _bookmarks = new LazyModule(this, () => import('../controllers/bookmark-controller.js'), (m) => {
    const bookmark = new m.BookmarkController(this, {
      key: () => this.id || 'timeline',
      enabled: () => this.bookmark,
      onRestore: (state) => {
        // An address without an event means none after Back or Forward, and the element's own selection at first.
        const navigated = !this._readingBookmark;
        this._restoring = { ...state, selected: state.selected === undefined && navigated ? null : state.selected };
        this.requestUpdate();
      },
    });
    // Connected, the controller has read the address as it was made.
    this._readingBookmark = false;
    return bookmark;
  });
  /** Whether the page address is being read for the first time, not after Back or Forward. */
  private _readingBookmark = true;
  /** A view read from the page address, shown once the events are in. */
  private _restoring?: BookmarkState;
  /** A visible range set before it could be shown (no width or no events yet), UTC ms. */
  private _pendingRange?: readonly [number, number];
  /**
   * The parts not drawn with the chart (detail panel, key map, notice, status, overview, the canvas of a gesture,
   * what the reader does) and their styles: loaded right after the chart's first frame, or as soon as one of them is
   * needed.
   */
  private readonly _parts = new LazyModule(this, () => import('./templates/deferred.js'), (templates) => {
    adoptStyles(this.renderRoot as ShadowRoot, [...EventTimeline.elementStyles, ...templates.deferredStyles]);
    this._data.useSummarizer(templates.summarizeSource);
    const self = this;
    return {
      templates,
      /** Paints the events while a gesture moves the view. */
      canvas: new templates.MotionCanvas<EventTimeline['_view'], PlotView, Palette>(this, () => templates),
      /** The overview strip's brush. */
      overview: new templates.OverviewController(this, {
        // The window is in base px, which is what the zoom shows a range of; the reader's change ends with the brush.
        onWindow: (x0, x1, final) => {
          this._zoom.showRange(x0, x1, 1);
          if (final) this._act((a) => a.viewChanged());
        },
      }),
      actions: new templates.TimelineActions({
        element: this, layout: this._layout, zoom: this._zoom, focus: this._focus, help: this._help,
        announcer: this._announcer, locale: this._locale, data: this._data,
        get bookmark() {
          return self._bookmark;
        },
        get view() {
          return self._view;
        },
        relayout: () => this._relayout(),
        showAll: (animate) => this._showAll(animate),
        toggleList: this._toggleList,
      }),
    };
  });
  /**
   * What is in view at the current zoom: the scale, the ticks, the frame and what in it can take focus; with the
   * zoom and the inputs (`key`) the frame was laid out for, and how it is moved to show the current zoom.
   */
  private _view: TimelineView & { at: ZoomState; key: string; shiftPx: number } = {
    ...this._layout.view(this._zoom.transform, [], '', this._measure.measure),
    at: this._zoom.transform,
    key: '',
    shiftPx: 0,
  };
  /** The events drawn when the view began to move, by id, until it rests (see `layoutFrame`'s `held`). */
  private _held?: ReadonlyMap<string, DrawnItem>;
  /**
   * Whether this update draws what a server draws: the list of events with their dates in words, and no chart. On
   * the server always; in the page, for the first update of an element that came with a server's declarative shadow
   * root, so that hydration finds the very template it was rendered from. The chart follows in the next update.
   */
  private _prerendering = isServer || !!this.shadowRoot;

  private get _bookmark(): BookmarkController | undefined {
    return this._bookmarks.value;
  }

  private get _canvas(): MotionCanvas<EventTimeline['_view'], PlotView, Palette> | undefined {
    return this._parts.value?.canvas;
  }

  constructor() {
    super();
    // The key map registers itself on the host and acts through the actions; nothing else needs to reach it.
    const isOnItem = (path: readonly EventTarget[]) => this._focus.isOnItem(path);
    new TimelineKeysController(this, (intent, onItem) => this._act((a) => a.perform(intent, onItem)), () => this._locale.rtl, isOnItem);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { _layout: layout, _focus: focus, _zoom: zoom, _measure: measure } = this;
    this._locale.sync(this.locale, this.strings, this.dateWords);
    zoom.mirrored = this._locale.rtl;
    const change = this._data.sync(this.events, this.src, this.format, this._locale.tag);
    const dataChanged = change === 'events';
    if (dataChanged) focus.keepIn(layout.byId);
    const widthPx = Math.floor(this._width.value ?? this.clientWidth) || 0;
    const folding = this.folds !== 'none';
    const foldingChanged = folding !== layout.folding;
    layout.folding = folding;
    if (dataChanged || foldingChanged || widthPx !== layout.widthPx) {
      const rowPx = isServer ? NaN : parseFloat(getComputedStyle(this).getPropertyValue('--timeline-lane-height'));
      layout.resize(widthPx, Number.isFinite(rowPx) && rowPx >= 16 ? rowPx : 28, measure.measure);
      zoom.configure(layout.widthPx, layout.heightPx, layout.maxScale);
      if (foldingChanged && !dataChanged) zoom.reset();
    } else if (change === 'texts') {
      // The labels have other widths: a view of everything is fitted to them again, and any other view is kept.
      const { k, x } = zoom.transform;
      if (k === 1 && x === 0) {
        layout.relayout();
        zoom.configure(layout.widthPx, layout.heightPx, layout.maxScale);
      } else this._relayout();
    }
    if (this.bookmark && !this._bookmark) this._bookmarks.load();
    else if (changed.has('bookmark') && this.bookmark) {
      this._readingBookmark = true;
      this._bookmark?.restoreNow();
      this._readingBookmark = false;
    }
    if (layout.widthPx > 0 && layout.items.length && this._data.status === 'complete') this._showPending();
    // The work of every frame of a zoom: the focused and the selected events are always drawn.
    const pinned = [focus.key?.kind === 'event' ? focus.key.id : null, this.selected];
    const locale = this._locale.words.locale;
    const { _view: drawn, _held: held } = this;
    const key = `${layout.widthPx} ${pinned} ${locale} ${held ? 'moving' : 'at rest'} ${layout.foldsOpen} ${layout.folds.length}`;
    const now = zoom.transform;
    // While the view pans, the frame drawn is shifted with it; it is laid out again, half a width wider on each side,
    // only when it no longer covers the view. A zoom lays it out again each frame.
    // A gesture that zooms is painted on the canvas from its first zoom on, each frame laid out anew, with no margin.
    if (held && !sameZoom(now.k, drawn.at.k)) this._canvas?.start(drawn);
    const svg = held && !this._canvas?.frozen;
    const shiftPx = svg && !change && drawn.key === key ? frameShift(drawn.at, drawn.marginPx, now) : null;
    // An update that changes nothing drawn (a part loaded, a hint shown, a panel opened) keeps the view as it is.
    const same = !change && !held && drawn.key === key && drawn.at.k === now.k && drawn.at.x === now.x;
    if (shiftPx !== null) this._view = { ...drawn, ...layout.axis(now, locale), shiftPx };
    else if (!same) {
      const marginPx = svg && sameZoom(now.k, drawn.at.k) ? Math.round(layout.widthPx / 2) : 0;
      const view = layout.view(now, pinned, locale, measure.measure, measure.estimate, held, marginPx);
      this._view = { ...view, at: now, key, shiftPx: -marginPx };
    }
    focus.sync(this._view.nav, this.selected, ...this.visibleRange);
    const data = this._data;
    if (this._list.isDrawn(widthPx) || this.selected || this._help.open || data.status !== 'complete' || !layout.items.length || data.unsummed) {
      this._parts.load();
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
   * a button), which draws over a few frames, and the parts and the bookmark it has begun to load.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const drawn = await super.getUpdateComplete();
    await this._zoom.eased;
    await this._parts.loaded;
    await this._bookmarks.loaded;
    return (await super.getUpdateComplete()) && drawn;
  }

  /** Zooms in (`factor` > 1) or out (< 1) around the middle of the view. */
  zoomBy(factor: number): void {
    this._zoom.zoomBy(factor);
    this._bookmark?.recordRange(...this.visibleRange);
  }

  /** Shows the whole time range again, with its quiet stretches folded. */
  resetZoom(): void {
    this._showAll(false);
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
    this._pendingRange = [Math.min(a, b), Math.max(a, b)];
    this.requestUpdate();
  }

  get visibleRange(): [number, number] {
    // From the zoom's transform, the view's one source of truth: during a gesture it may be a frame ahead of the
    // drawing, and a change of the view ends with the range it reached.
    const { transform: t } = this._zoom;
    const base = this._layout.baseX;
    return [base.invert(t.invertX(0)).getTime(), base.invert(t.invertX(Math.max(1, this._layout.widthPx))).getTime()];
  }

  /**
   * The events in the order they are drawn and navigated (by time), after invalid ones were left out: validated
   * copies, as shown, with their texts in the reader's language where their `translations` have it (new copies when
   * the language changes). `timeline-select` hands back the page's own object instead.
   */
  get drawnEvents(): readonly TimelineEvent[] {
    return this._layout.items.map((i) => i.event);
  }

  /** Shows what was asked for before it could be: a view from the page address, then a range set by code. */
  private _showPending(): void {
    const state = this._restoring;
    this._restoring = undefined;
    if (state) {
      const problems = [...state.problems];
      if (state.selected !== undefined) {
        if (state.selected === null || this._layout.byId.has(state.selected)) this.selected = state.selected;
        else problems.push(`The page address names an event "${state.selected}" that this timeline does not have; it was ignored.`);
      }
      if (state.range) this._pendingRange = state.range;
      this._bookmark?.report(problems);
    }
    const range = this._pendingRange;
    this._pendingRange = undefined;
    if (range) this._showRange(range);
  }

  /** Shows `[fromMs, toMs]` at once, opening the folds that take up more than half of it. */
  private _showRange([from, to]: readonly [number, number]): void {
    const layout = this._layout;
    let opened = false;
    layout.folds.forEach((f, i) => {
      if (Math.min(to, f.toMs) - Math.max(from, f.fromMs) > (to - from) / 2) opened = layout.openFold(i) || opened;
    });
    if (opened) this._relayout();
    this._zoom.showRange(layout.baseX(from), layout.baseX(to), 1);
    this._bookmark?.recordRange(...this.visibleRange);
  }

  /** Lays out again after the folds changed, keeping the visible range. */
  private _relayout(): void {
    const { _layout: layout, _zoom: zoom } = this;
    const [from, to] = this.visibleRange;
    const before = layout.baseX;
    layout.relayout();
    zoom.configure(layout.widthPx, layout.heightPx, layout.maxScale);
    if (before !== layout.baseX) zoom.showRange(layout.baseX(from), layout.baseX(to), 1);
    this.requestUpdate();
  }

  /** Shows everything, with the quiet stretches folded again (`animate`: eased, as the reader's change). */
  private _showAll(animate: boolean): void {
    if (this._layout.closeFolds()) this._relayout();
    this._zoom.reset(animate);
  }

  override render(): TemplateResult {
    const { _layout: layout, _data: data, _locale: locale, _zoom: zoom, selected } = this;
    const { strings, describe, words } = locale;
    const { items, encoding, widthPx: w } = layout;
    const item = selected ? layout.byId.get(selected) : undefined;
    const status = data.status !== 'complete' ? data.status : items.length ? null : 'empty';
    const [from, to] = this.visibleRange;
    const [a, b] = this._list.range([from, to]);
    // What a server draws is the list of all the events alone (see `_prerendering`), with no value that the server
    // and the page would work out differently (a server sees no ancestor: the language is the page's until then).
    const pre = this._prerendering;
    const [lo, hi] = pre ? [0, items.length] : layout.itemsBetween(Math.min(a, b), Math.max(a, b));
    const parts = pre ? undefined : this._parts.value?.templates;
    // An open list (narrow) is drawn with the chart, and a server's is kept; the hidden one, for screen readers, is
    // drawn with the parts, after the chart's first frames.
    const listOpen = this._list.isOpen(w);
    const plot: PlotView = {
      ...this._view, widthPx: w, heightPx: layout.heightPx + (items.length ? 0 : 40), axisPx: layout.sizes.axisPx,
      rowPx: layout.rowPx, categories: layout.categories, stack: layout.stack, encoding, describe,
      measure: this._measure.measure, mirror: locale.rtl, selected, tabStop: this._focus.tabStop,
      setSize: items.length, label: this.label || data.title || strings.events, surface: zoom.surface(), painting: false,
      hint: this._hint.on ? fill(strings.wheelHint, { key: /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl' }) : null,
      onClick: this._onPlotClick,
      unfold: strings.unfold, onFold: this._onFold,
    };
    // During a gesture the canvas paints this frame, and the SVG keeps the one it had when the gesture began.
    const frozen = this._canvas?.frozen;
    if (frozen) this._canvas!.paint(plot);
    else if (items.length) this._canvas?.warm(plot);
    return html`
      <div part="base" lang=${pre ? nothing : locale.tag} class="base ${pre ? 'prerendered' : isNarrow(w) ? 'narrow' : ''}" aria-busy=${data.status === 'pending' ? 'true' : 'false'}>
        <div class="sizer" ${this._width.target()}></div>
        ${pre ? nothing : renderPlot(frozen ? { ...plot, ...frozen, ticks: plot.ticks, folds: plot.folds, painting: true } : plot)}
        ${items.length && this.overview !== 'none' && !isNarrow(w) && !pre
          ? parts
            ? parts.renderTimelineOverview({
                controller: this._parts.value!.overview, layout, transform: zoom.transform, maxScale: zoom.maxScale,
                mirror: locale.rtl, label: strings.overview, valueText: describe.range(from, to),
                foldName: describe.fold,
              })
            : // Its room is kept until it arrives, so that nothing below it moves.
              html`<div class="overview-slot"></div>`
          : nothing}
        ${status && parts ? parts.renderStatus(status, strings, this.src, data.error, () => data.retry()) : nothing}
        ${data.notice.length && !data.dismissed && parts
          ? parts.renderNotice(data.notice, data.total, items.length, strings, words.locale, () => data.dismiss())
          : nothing}
        ${pre ? nothing : renderToolbar({
          strings, scale: zoom.scale, maxScale: zoom.maxScale, listOpen,
          helpOpen: this._help.open, range: items.length ? describe.range(from, to) : null,
          categories: layout.categories, encoding, onZoom: (factor) => zoom.zoomBy(factor, undefined, true),
          onReset: () => this._showAll(true), onToggleList: this._toggleList, onHelp: () => this._help.show(),
        })}
        ${this._help.open && parts ? parts.renderHelp(strings, () => this._help.close()) : nothing}
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
    const target = event.target as Element;
    const clusterId = target.closest?.('[data-cluster]')?.getAttribute('data-cluster') ?? null;
    const id = target.closest?.('[data-id]')?.getAttribute('data-id') ?? null;
    if (clusterId || id) this._act((a) => a.click(clusterId, id));
  };

  /** A click on a fold, or Enter or Space on it, opens it and eases the view to show it. */
  private readonly _onFold = (event: Event): void => {
    const keyboard = event.type === 'keydown';
    if (keyboard && (event as KeyboardEvent).key !== 'Enter' && (event as KeyboardEvent).key !== ' ') return;
    event.preventDefault();
    const index = Number((event.currentTarget as Element).getAttribute('data-fold'));
    this._act((a) => a.chooseFold(index, keyboard));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
