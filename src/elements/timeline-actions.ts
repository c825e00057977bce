import type { Announcer } from '../controllers/announcer.js';
import type { BookmarkController } from '../controllers/bookmark-controller.js';
import type { DataController } from '../controllers/data-controller.js';
import type { DialogController } from '../controllers/dialog-controller.js';
import type { FocusController } from '../controllers/focus-controller.js';
import type { LocaleController } from '../controllers/locale-controller.js';
import type { TimelineKeyIntent } from '../controllers/timeline-keys.js';
import type { ZoomController } from '../controllers/zoom-controller.js';
import { createRangeChangeEvent, createSelectEvent } from '../events.js';
import { eventKey, itemBeyond, revealPx, step, type FocusKey } from '../layout/navigation.js';
import type { TimelineLayout } from '../layout/timeline-layout.js';
import type { ViewController } from '../controllers/view-controller.js';

/**
 * What {@link TimelineActions} reaches in its timeline: the element (its `selected`, `visibleRange` and events), its
 * controllers and layout, what is drawn now, and how it lays out again.
 */
export interface ActionsHost {
  readonly element: HTMLElement & { selected: string | null; readonly visibleRange: [number, number] };
  readonly layout: TimelineLayout;
  readonly zoom: ZoomController;
  readonly focus: FocusController;
  readonly help: DialogController;
  readonly announcer: Announcer;
  readonly locale: LocaleController;
  readonly data: DataController;
  /** The page-address keeper, when the timeline has one. */
  readonly bookmark: BookmarkController | undefined;
  /** The view: what is drawn now, and the changes of the folds that keep the range in view. */
  readonly views: Pick<ViewController, 'drawn' | 'measurer' | 'relayout' | 'showAll'>;
  /** Shows or hides the list view. */
  toggleList(): void;
}

/**
 * What the reader does to a timeline once it is drawn: choosing, stepping through and revealing events, opening
 * clusters and folds, the keys' intents, and the end of a change of the view (said, kept in the page address, and
 * fired as `timeline-range-change`). None of it is needed for the first frame, so it comes with the deferred parts
 * (`syria-timeline.parts.js` next to the bundle); the element holds what the reader does before they arrive and
 * hands it over then.
 */
export class TimelineActions {
  constructor(private readonly _t: ActionsHost) {}

  /**
   * The reader's change of the view has ended (a gesture, a key, a button, the overview's brush): a fold zoomed into
   * opens, the new range is said (with the folds in it) and kept in the page address, and `timeline-range-change`
   * fires.
   */
  viewChanged(): void {
    const { layout, locale, zoom, element } = this._t;
    // A fold the reader zoomed into (a third of the view or more) opens where it is.
    const w = layout.widthPx;
    const zoomedInto = layout.foldsInView(zoom.transform).find((f) => Math.min(w, f.x1Px) - Math.max(0, f.x0Px) >= w / 3);
    if (zoomedInto) this.openFold(zoomedInto.index, false);
    const [from, to] = element.visibleRange;
    const [lo, hi] = layout.itemsBetween(from, to);
    const folds = layout.foldsInView(zoom.transform).map((f) => locale.describe.fold(f));
    this._t.announcer.announce([locale.describe.rangeChanged(from, to, hi - lo), ...folds].join('. '));
    this._t.bookmark?.recordRange(from, to);
    element.dispatchEvent(createRangeChangeEvent([from, to]));
  }

  /** Opens fold `index`: at once where it is (`animate` false), or also easing the view to show it. */
  openFold(index: number, animate: boolean): void {
    const { layout, zoom } = this._t;
    const fold = layout.folds[index];
    if (!fold || !layout.openFold(index)) return;
    this._t.views.relayout();
    if (animate) zoom.showRange(layout.baseX(fold.fromMs), layout.baseX(fold.toMs), 0.8, true);
  }

  /** A fold chosen by the reader (`keyboard`: with Enter or Space) opens, and focus goes on to the events. */
  chooseFold(fold: Element, keyboard: boolean): void {
    this.openFold(Number(fold.getAttribute('data-fold')), true);
    // Focus was on the fold, which is gone: it goes to the events, where the reader can go on.
    const { focus } = this._t;
    if (keyboard && focus.tabStop) focus.focus(focus.tabStop);
  }

  /** An event chosen with the pointer (in the chart or the list): it becomes the focused one and is selected. */
  choose(id: string): void {
    this._t.focus.set(eventKey(id));
    this.select(id);
  }

  /**
   * A click in the chart (on `target`), on a cluster (zoomed into) or an event (chosen). None is taken while the
   * canvas shows a gesture (until the view rests after it): the SVG under it is still where the gesture began, and
   * what the click found there is no longer under the pointer.
   */
  click(target: Element): void {
    if (this._t.element.shadowRoot?.querySelector('canvas.motion:not([hidden])')) return;
    const clusterId = target.closest?.('[data-cluster]')?.getAttribute('data-cluster');
    const id = target.closest?.('[data-id]')?.getAttribute('data-id');
    if (clusterId) this.openCluster(clusterId);
    else if (id) this.choose(id);
  }

  /** Clears the selection, with focus back on the event that was selected. */
  close(): void {
    const id = this._t.element.selected;
    this.select(null);
    if (id) this.moveFocus(eventKey(id));
  }

  /**
   * Selects the event before (`direction` -1) or after (1) the selected one in time, or, with none selected, the
   * first event in view (the last one going back); the view follows it.
   */
  step(direction: 1 | -1): boolean {
    const { layout, element, zoom } = this._t;
    const { items, byId } = layout;
    const current = element.selected ? byId.get(element.selected) : undefined;
    let next;
    if (current) next = items[current.order + direction];
    else {
      const [from, to] = element.visibleRange;
      const edge = direction > 0 ? Math.min(from, to) : Math.max(from, to);
      next = itemBeyond(layout, edge, direction) ?? items.at(direction > 0 ? 0 : -1);
    }
    if (!next) return false;
    this.choose(next.id);
    // An event whose dated extent (a year, a span) is wider than the view is zoomed out to; any other is panned to.
    const [from, to] = element.visibleRange;
    const [a, b] = [next.startMinMs, Math.max(next.endMaxMs, next.startMaxMs)];
    if (Number.isFinite(a) && Number.isFinite(b) && b - a > 0.8 * (to - from)) {
      zoom.showRange(layout.baseX(a), layout.baseX(b), 0.6, true);
    } else this._reveal(next.id);
    return true;
  }

  /** Carries out what a key asks for (see `TimelineKeysController`); false when there was nothing to do. */
  perform(intent: TimelineKeyIntent, onItem: boolean): boolean {
    const { layout, zoom, help, focus, element } = this._t;
    const view = this._t.views.drawn;
    const current = focus.key ?? focus.tabStop;
    const item = current?.kind === 'event' ? layout.byId.get(current.id) : undefined;
    switch (intent.kind) {
      case 'move': {
        const to = step(layout, view.nav, current, intent.to);
        if (to) this.moveFocus(to);
        return layout.items.length > 0;
      }
      case 'select':
        if (current?.kind === 'cluster') this.openCluster(current.id);
        else if (current) this.select(current.id);
        return !!current;
      case 'clear':
        if (help.open) help.close();
        else if (element.selected === null) return false;
        else this.close();
        return true;
      case 'step':
        return this.step(intent.direction);
      case 'pan':
        zoom.panBy((intent.direction * layout.widthPx) / 2, true);
        break;
      case 'list':
        this._t.toggleList();
        break;
      case 'help':
        help.show();
        break;
      case 'reset':
        this._t.views.showAll(true);
        break;
      case 'zoom': {
        const centerPx = onItem && item ? view.x(item.kind === 'point' ? item.markMs : item.startMinMs) : NaN;
        zoom.zoomBy(intent.factor, Number.isFinite(centerPx) ? centerPx : undefined, true);
      }
    }
    return true;
  }

  /** Selects an event (or clears the selection), says so, and fires `timeline-select` with the page's own object. */
  select(id: string | null): void {
    const { element, layout } = this._t;
    if (element.selected === id) return;
    element.selected = id;
    this._t.bookmark?.recordSelection(id, element.visibleRange);
    const item = id ? layout.byId.get(id) : undefined;
    if (item) this._t.announcer.announce(this._t.locale.describe.selected(item));
    const event = id ? this._t.data.originalOf(id) : null;
    element.dispatchEvent(createSelectEvent({ event, id: event ? id : null }));
  }

  /** Moves keyboard focus to an event or a cluster, panning an event into view when it is outside. */
  moveFocus(key: FocusKey): void {
    if (key.kind === 'event') this._reveal(key.id);
    this._t.focus.focus(key);
  }

  /** Zooms into a cluster, so that its events can be told apart, and focuses its first event. */
  openCluster(id: string): void {
    const cluster = this._t.views.drawn.frame.clusters.find((c) => c.id === id);
    if (!cluster) return;
    const base = this._t.layout.baseX;
    this._t.zoom.showRange(base(cluster.startMs), base(cluster.endMs), 0.5, true);
    this.moveFocus(eventKey(cluster.first.id));
  }

  /** Eases the view to show an event that is not in it, well inside it (a pan; see `revealPx`). */
  private _reveal(id: string): void {
    const { layout, element, zoom } = this._t;
    const view = this._t.views.drawn;
    const item = layout.byId.get(id);
    if (!item) return;
    const px = revealPx(item, view.x, element.visibleRange[0], layout.widthPx);
    // Centred: the view pans until the event's px is in its middle.
    if (px !== null) zoom.panBy(px - layout.widthPx / 2, true);
  }
}
