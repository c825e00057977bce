import { bisectLeft, bisectRight } from 'd3-array';
import type { DrawnCluster } from './frame.js';
import type { LayoutItem } from './items.js';

/** What can hold the keyboard focus: an event, or a cluster of events drawn as one badge. */
export interface FocusKey {
  kind: 'event' | 'cluster';
  id: string;
}

/** One thing drawn that can take focus, with the time it is navigated by (UTC epoch ms). */
export interface Navigable {
  key: FocusKey;
  /** An event's mark; a cluster's first mark. */
  ms: number;
  /** An event's mark; a cluster's last mark. */
  lastMs: number;
}

/** What navigation needs of a frame: the events and clusters drawn. */
export interface NavigableFrame {
  items: readonly { item: LayoutItem }[];
  clusters: readonly Pick<DrawnCluster, 'id' | 'first' | 'last'>[];
}

/** What the step maths needs of the whole layout: every event in time order, and how to look past a time. */
export interface NavigationIndex {
  items: readonly LayoutItem[];
  byId: ReadonlyMap<string, LayoutItem>;
  /** Each event's mark, UTC ms, in the order of `items`. */
  marksMs: Float64Array;
}

/** Where a step goes: the next or previous thing in time, or the first or last event of all. */
export type StepTo = 'next' | 'previous' | 'first' | 'last';

/** Whether `key` is that of the event or cluster `id`. */
export const isKey = (key: FocusKey | null | undefined, kind: FocusKey['kind'], id: string): boolean =>
  key?.kind === kind && key.id === id;

/** Whether two keys name the same thing (either may be missing). */
export const sameKey = (a: FocusKey | null | undefined, b: FocusKey | null | undefined): boolean =>
  !!b && isKey(a, b.kind, b.id);

/** The key of an event. */
export const eventKey = (id: string): FocusKey => ({ kind: 'event', id });

/** What is drawn and can take focus, in time order: events by their mark, clusters by their first event. O(n log n). */
export function navigables(frame: NavigableFrame): Navigable[] {
  return [
    ...frame.items.map(({ item }): Navigable => ({ key: eventKey(item.id), ms: item.markMs, lastMs: item.markMs })),
    ...frame.clusters.map(
      (c): Navigable => ({ key: { kind: 'cluster', id: c.id }, ms: c.first.markMs, lastMs: c.last.markMs }),
    ),
  ].sort((a, b) => a.ms - b.ms);
}

/**
 * The single Tab stop among `nav`: the first of `preferred` that is drawn (the focused thing, then the selected
 * event), else the first thing within `[fromMs, toMs]`, else the first thing drawn; `null` when nothing is.
 */
export function tabStop(
  nav: readonly Navigable[],
  preferred: readonly (FocusKey | null)[],
  fromMs: number,
  toMs: number,
): FocusKey | null {
  for (const key of preferred) if (nav.some((n) => sameKey(n.key, key))) return key;
  return (nav.find((n) => n.ms >= fromMs && n.ms <= toMs) ?? nav[0])?.key ?? null;
}

/**
 * Where focus goes from `current` on a step `to`. First and last are the ends of all events. Next and previous
 * go to the neighbour among what is drawn (`nav`); past the last thing drawn, or from something not drawn, they
 * go to the neighbouring event of all (from a cluster, the event past its last or before its first one). `null`
 * when there is nowhere to go.
 */
export function step(
  index: NavigationIndex,
  nav: readonly Navigable[],
  current: FocusKey | null,
  to: StepTo,
): FocusKey | null {
  const { items } = index;
  if (!items.length) return null;
  if (to === 'first' || to === 'last') return eventKey(items[to === 'first' ? 0 : items.length - 1].id);
  const dir = to === 'next' ? 1 : -1;
  const at = nav.findIndex((n) => sameKey(n.key, current));
  const next = at < 0 ? undefined : nav[at + dir];
  if (next) return next.key;
  const item = current?.kind === 'event' ? index.byId.get(current.id) : undefined;
  if (item) return eventKey(items[Math.min(items.length - 1, Math.max(0, item.order + dir))].id);
  const cluster = current?.kind === 'cluster' ? nav[at] : undefined;
  const beyond = cluster && itemBeyond(index, dir > 0 ? cluster.lastMs : cluster.ms, dir);
  return beyond ? eventKey(beyond.id) : null;
}

/**
 * Where to centre the view (px at the current scale `x`) so that `item` is well inside it, or `null` when it
 * already is: at least min(80 px, a quarter of the width) from either edge. A point is placed by its mark, a span
 * by its start, or by the left edge of the view (`fromMs`) when it began earlier.
 */
export function revealPx(item: LayoutItem, x: (ms: number) => number, fromMs: number, widthPx: number): number | null {
  const xPx = x(item.kind === 'point' ? item.markMs : Math.max(item.startMinMs, fromMs));
  const marginPx = Math.min(80, widthPx / 4);
  return Number.isFinite(xPx) && (xPx < marginPx || xPx > widthPx - marginPx) ? xPx : null;
}

/** The first event of `index` whose mark is after `ms` (`step` 1), or the last one before it (`step` -1). */
export function itemBeyond({ items, marksMs }: NavigationIndex, ms: number, step: number): LayoutItem | undefined {
  return step > 0 ? items[bisectRight(marksMs, ms)] : items[bisectLeft(marksMs, ms) - 1];
}
