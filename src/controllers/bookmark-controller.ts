import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createErrorEvent } from '../events.js';

/**
 * The view of a timeline kept in the page address, read from its fragment: what {@link parseBookmark} finds.
 *
 * ## Fragment syntax
 *
 * With the `bookmark` attribute, a timeline keeps its selected event and its visible time range in the fragment of
 * the page address (the part after `#`), so that a reader can share or bookmark what they see, and Back returns to
 * the event selected before. The fragment is a list of `name=value` pairs joined by `&`, read and written as
 * `URLSearchParams` do. Each timeline owns two names, made of its key (the element's `id`, or `timeline` when it has
 * none) and a suffix:
 *
 * - `key.event`: the id of the selected event, percent-encoded (a space is written `+`, `&` is `%26`, `=` is `%3D`,
 *   `é` is `%C3%A9`). No pair means no event is selected.
 * - `key.range`: the visible time range, `from/to`, two ISO 8601 instants in UTC. They are written as short as is
 *   still precise: dates alone (`2016-10-01`) when the range is at least 20 days long, each end rounded to the
 *   nearest midnight; otherwise to the minute (`2016-10-01T14:05Z`), or to the second or millisecond for a range
 *   under 20 minutes or 20 seconds. Either end is then off by at most 2.5% of the range's length. Read are
 *   `YYYY-MM-DD`, `YYYY-MM-DDTHH:mmZ`, `YYYY-MM-DDTHH:mm:ssZ` and `YYYY-MM-DDTHH:mm:ss.sssZ`, years 0000 to 9999.
 *
 * For example, `#syria.event=astana-talks&syria.range=2016-10-01/2017-01-31`. Pairs of other timelines or of the
 * page are kept as they are, in order, and so is a plain anchor (`#section-2` becomes
 * `#section-2&syria.event=astana-talks`). A value that cannot be read is ignored, with a warning.
 */
export interface BookmarkState {
  /** The selected event's id; `undefined` when the address names none, `null` for an empty `key.event=`. */
  selected?: string | null;
  /** The visible range, from and to in ms since the epoch (from < to); `undefined` when the address has none. */
  range?: [number, number];
  /** One English sentence for each value of this timeline that could not be read (and was ignored). */
  problems: string[];
}

/** A view to write with {@link writeBookmark}; `null` removes the pair, and an absent field leaves it as it is. */
export interface BookmarkWrite {
  /** The selected event's id, or `null` for none. */
  selected?: string | null;
  /** The visible range, from and to in ms since the epoch, or `null` for none. */
  range?: readonly [number, number] | null;
}

const DAY_MS = 86_400_000;
/** Units an end of a range is rounded to, coarsest first, with the length of their ISO form (before the `Z`). */
const UNITS = [
  { ms: DAY_MS, chars: 10 },
  { ms: 60_000, chars: 16 },
  { ms: 1000, chars: 19 },
  { ms: 1, chars: 23 },
] as const;
/** A range at least this many units long is written in those units (so an end moves by ≤ 2.5% of the length). */
const UNITS_PER_RANGE = 20;
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d{3})?)?Z)?$/;
const FIRST_MS = Date.parse('0000-01-01T00:00:00Z');
const LAST_MS = Date.parse('9999-12-31T00:00:00Z');

/** The fragment's `&`-separated items, without a leading `#` nor empty items. */
function itemsOf(fragment: string): string[] {
  return fragment.replace(/^#/, '').split('&').filter(Boolean);
}

/** The decoded name and value of a `name=value` item; `undefined` for one without `=` (a plain anchor). */
function pairOf(item: string): [string, string] | undefined {
  return item.includes('=') ? [...new URLSearchParams(item)][0] : undefined;
}

/** `name=value`, both percent-encoded as `URLSearchParams` does, or the value as it is when `raw`. */
function writePair(name: string, value: string, raw = false): string {
  return raw ? `${new URLSearchParams([[name, '']])}${value}` : `${new URLSearchParams([[name, value]])}`;
}

/** The instant of one strict ISO 8601 form (see {@link BookmarkState}), or `undefined`. */
function parseInstant(text: string): number | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const ms = Date.parse(text);
  // Date.parse rolls over impossible dates (2017-02-30 is 2 March): the instant must write back the same.
  const full = `${match[1]}T${match[2] ?? '00:00'}${(match[3] ?? ':00').padEnd(7, '.000')}Z`;
  return Number.isFinite(ms) && new Date(ms).toISOString() === full ? ms : undefined;
}

/** `from/to`, each end rounded to the coarsest unit of which the range is at least 20. */
function writeRange(fromMs: number, toMs: number): string {
  if (!(fromMs < toMs && fromMs >= FIRST_MS && toMs <= LAST_MS)) {
    throw new RangeError(`Cannot write the range ${fromMs}/${toMs}: expected from < to, in years 0000 to 9999.`);
  }
  const unit = UNITS.find((u) => toMs - fromMs >= UNITS_PER_RANGE * u.ms) ?? UNITS[UNITS.length - 1];
  const write = (ms: number) => {
    const iso = new Date(Math.round(ms / unit.ms) * unit.ms).toISOString().slice(0, unit.chars);
    return unit.ms === DAY_MS ? iso : `${iso}Z`;
  };
  return `${write(fromMs)}/${write(toMs)}`;
}

/**
 * Reads the view of the timeline with key `key` from a page address's fragment (with or without `#`). Values that
 * cannot be read are left out of the result and described in `problems`; the first pair of a name counts.
 */
export function parseBookmark(fragment: string, key: string): BookmarkState {
  const state: BookmarkState = { problems: [] };
  const seen = new Set<string>();
  for (const item of itemsOf(fragment)) {
    const [name = '', value = ''] = pairOf(item) ?? [];
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === `${key}.event`) {
      state.selected = value || null;
    } else if (name === `${key}.range`) {
      const ends = value.split('/').map(parseInstant);
      const [fromMs, toMs] = ends;
      const place = `in the page address (#${name})`;
      if (ends.length !== 2 || fromMs === undefined || toMs === undefined) {
        state.problems.push(`Could not read the range "${value}" ${place}: expected two ISO 8601 dates, from/to.`);
      } else if (fromMs >= toMs) {
        state.problems.push(`Could not read the range "${value}" ${place}: it must end after it starts.`);
      } else {
        state.range = [fromMs, toMs];
      }
    }
  }
  return state;
}

/**
 * Writes the view of the timeline with key `key` into a fragment (with or without `#`) and returns the new fragment,
 * without `#` (`''` when nothing is left). Its own pairs are replaced where they are, or added at the end; every
 * other item is kept as it is, in order. Throws a RangeError for a range that is not from < to in years 0000–9999.
 */
export function writeBookmark(fragment: string, key: string, state: BookmarkWrite): string {
  const mine = new Map<string, string | null>();
  if (state.selected !== undefined) {
    mine.set(`${key}.event`, state.selected === null ? null : writePair(`${key}.event`, state.selected));
  }
  if (state.range !== undefined) {
    mine.set(`${key}.range`, state.range && writePair(`${key}.range`, writeRange(...state.range), true));
  }
  const items: string[] = [];
  for (const item of itemsOf(fragment)) {
    const name = pairOf(item)?.[0];
    if (name === undefined || !mine.has(name)) items.push(item);
    else if (mine.get(name) !== null) items.push(mine.get(name)!);
    // A pair is written once: a second one of the same name is dropped.
    if (name !== undefined && mine.has(name)) mine.set(name, null);
  }
  for (const pair of mine.values()) if (pair !== null) items.push(pair);
  return items.join('&');
}

/** A string that is the same for two states exactly when they name the same view (and the same problems). */
function signatureOf({ selected, range, problems }: BookmarkState): string {
  return JSON.stringify([selected === undefined, selected ?? null, range ?? null, problems]);
}

/** What a {@link BookmarkController} asks of its host. */
export interface BookmarkOptions {
  /** The timeline's key in the fragment: its `id`, or `timeline`. Read each time. */
  key: () => string;
  /** Whether the page address is to be read and written (the `bookmark` attribute). Read each time. */
  enabled: () => boolean;
  /**
   * Shows the view the address names: called when the address changes to another view of this timeline than the
   * one last written or read (Back, Forward, a link, an edited address), and by {@link BookmarkController.restoreNow}.
   * A field the address does not name is `undefined`, except an event after Back or Forward: there an address that
   * names none says `selected: null` (no event selected).
   */
  onRestore: (state: BookmarkState) => void;
}

/**
 * Keeps a timeline's selected event and visible range in the page address's fragment (see {@link BookmarkState}
 * for the syntax). A new selection adds a history entry, so that Back returns to the one before; a new range only
 * replaces the address. The view is read when the host connects and on every `popstate` and `hashchange`, and
 * handed to `onRestore` unless it is the one last written or read, so that the controller's own writes and the
 * other timelines' do not echo back. Nothing is read or written while `enabled()` is false.
 */
export class BookmarkController implements ReactiveController {
  /** What was last written or read, to tell a new view from an echo. */
  private _last: string;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: BookmarkOptions,
  ) {
    this._last = signatureOf({ problems: [] });
    this._host.addController(this);
  }

  /**
   * Records the selected event (`null` for none) in a new history entry, unless the address names it already; with
   * `range`, the visible range (UTC ms) too, so that the entry holds the whole view.
   */
  recordSelection(id: string | null, range?: readonly [number, number]): void {
    this._write(range ? { selected: id, range } : { selected: id }, 'push');
  }

  /** Records the visible range, in ms since the epoch, by replacing the address (no new history entry). */
  recordRange(fromMs: number, toMs: number): void {
    this._write({ range: [fromMs, toMs] }, 'replace');
  }

  /**
   * Tells the page what in the address could not be used (the `problems` of a {@link BookmarkState}, and the id of
   * an event it names that the host does not have, `unknown`): one `timeline-error` on the host, with them as one
   * group about the input as a whole, as `summarizeIssues()` makes it of a few such problems. Nothing when there are
   * none.
   */
  report(found: readonly string[], unknown?: string): void {
    const problems = unknown === undefined ? found : [...found, `The page address names an event "${unknown}" that this timeline does not have; it was ignored.`];
    if (!problems.length) return;
    const path = 'location.hash';
    const issues = problems.map((message) => ({ index: -1, code: 'page-address', path, message, skipped: false }));
    const group = { code: 'page-address', field: path, skipped: false, count: issues.length, events: 0, examples: [path], message: problems.join('; ') };
    this._host.dispatchEvent(createErrorEvent({ issues, summary: [group] }));
  }

  /** Hands the view the address names to `onRestore`, even if it was the last one (once the host's data is in). */
  restoreNow(): void {
    if (this._options.enabled()) this._restore(true, false);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this._onNavigate);
    window.addEventListener('hashchange', this._onNavigate);
    if (this._options.enabled()) this._restore(false, false);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this._onNavigate);
    window.removeEventListener('hashchange', this._onNavigate);
  }

  private _write(state: BookmarkWrite, how: 'push' | 'replace'): void {
    if (!this._options.enabled()) return;
    const key = this._options.key();
    const before = location.hash.slice(1);
    const fragment = writeBookmark(before, key, state);
    if (fragment === before) return;
    const url = location.pathname + location.search + (fragment ? `#${fragment}` : '');
    if (how === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
    this._last = signatureOf(parseBookmark(fragment, key));
  }

  private _restore(always: boolean, navigated: boolean): void {
    const state = parseBookmark(location.hash, this._options.key());
    const signature = signatureOf(state);
    if (!always && signature === this._last) return;
    this._last = signature;
    this._options.onRestore(navigated && state.selected === undefined ? { ...state, selected: null } : state);
  }

  private readonly _onNavigate = (): void => {
    if (this._options.enabled()) this._restore(false, true);
  };
}
