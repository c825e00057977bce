import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { eventKey, sameKey, tabStop, type FocusKey, type Navigable } from '../layout/navigation.js';

type Focusable = HTMLElement | SVGElement;

/**
 * Roving focus among the events and clusters a host draws: which one has focus, the single Tab stop, and moving
 * keyboard focus to one once it is drawn. The host says how to tell a drawn item's key (`keyOf`, e.g. from its
 * data attributes); the step maths is in `layout/navigation.ts`. Focus given by the reader (a click, Tab) is
 * followed through `focusin`.
 */
export class FocusController implements ReactiveController {
  /** The event or cluster that has (or last had) keyboard focus. */
  key: FocusKey | null = null;
  /** The one item of the drawing in the Tab order (see `tabStop()` in `layout/navigation.ts`). */
  tabStop: FocusKey | null = null;

  /** Whether focus is to move to `key` once the host has drawn. */
  private _moving = false;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** The key of a drawn item, or `null` for any other node. */
    private readonly _keyOf: (node: Element) => FocusKey | null,
  ) {
    this._host.addController(this);
  }

  /** Works out the Tab stop of what is drawn (`nav`): the focused item, the selected event, or the first in view. */
  sync(nav: readonly Navigable[], selected: string | null, fromMs: number, toMs: number): void {
    this.tabStop = tabStop(nav, [this.key, selected === null ? null : eventKey(selected)], fromMs, toMs);
  }

  /** Forgets the focused item unless it is an event of `ids` (after new data: clusters are made anew). */
  keepIn(ids: ReadonlyMap<string, unknown>): void {
    if (this.key?.kind === 'cluster' || !ids.has(this.key?.id as string)) this.key = null;
  }

  /** Makes `key` the focused item without moving focus (the reader moved it, or chose it with the pointer). */
  set(key: FocusKey | null): void {
    if (sameKey(key, this.key)) return;
    this.key = key;
    this._host.requestUpdate();
  }

  /** Moves keyboard focus to `key` once the host has drawn it. */
  focus(key: FocusKey): void {
    this.key = key;
    this._moving = true;
    this._host.requestUpdate();
  }

  /** Whether an event's path (`composedPath()`) goes through a drawn item. */
  isOnItem(path: readonly EventTarget[]): boolean {
    return path.some((node) => node instanceof Element && this._keyOf(node) !== null);
  }

  hostConnected(): void {
    this._host.addEventListener('focusin', this._onFocusIn);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('focusin', this._onFocusIn);
  }

  hostUpdated(): void {
    if (!this._moving) return;
    this._moving = false;
    for (const node of this._host.shadowRoot?.querySelectorAll<Focusable>('[tabindex]') ?? []) {
      if (sameKey(this._keyOf(node), this.key)) return node.focus({ preventScroll: true });
    }
  }

  private readonly _onFocusIn = (event: Event): void => {
    const node = event.composedPath()[0];
    const key = node instanceof Element ? this._keyOf(node) : null;
    if (key) this.set(key);
  };
}
