import { bisectLeft, bisectRight } from 'd3-array';

/** Items of one length class, sorted by start, with the furthest end reached so far at each position. */
interface LengthClass {
  positions: Int32Array;
  startsMs: Float64Array;
  endsMs: Float64Array;
  prefixEndMs: Float64Array;
}

/**
 * An index over items that answers "which items intersect `[t0Ms, t1Ms]`" in about O(log n + k).
 *
 * An item intersects when `startMinMs <= t1Ms` and `endMaxMs >= t0Ms` (both ends inclusive).
 *
 * How: items sorted by start, with a running maximum of their ends, make a query one contiguous range: a
 * binary search on starts finds its right end, and one on the running maximum its left
 * end; the range is then filtered. One very long early span would stretch that range over everything after it,
 * so items are first split into length classes by powers of two (`endMaxMs - startMinMs` in [2^(c-1), 2^c)
 * ms), each with its own sorted starts and running maximum. Within a class all items are within a factor of 2
 * in length, so a range holds few misses: only items that end less than one item length before `t0Ms`. That
 * is at most ~55 classes, each costing two binary searches per query. Items with an open (infinite) or invalid
 * start or end go in a separate list that every query checks linearly; datasets have few of them.
 */
export class TimeIndex<T extends { startMinMs: number; endMaxMs: number }> {
  private readonly _items: readonly T[];
  private readonly _classes: LengthClass[];
  private readonly _unbounded: Int32Array;

  /**
   * Builds the index in O(n log n). The items are copied, not changed.
   *
   * @param items - The items, sorted by `startMinMs` (for example from {@link createLayoutItems}). Another order
   *   works too, and is the order queries return items in.
   */
  constructor(items: readonly T[]) {
    this._items = items.slice();
    const byClass = new Map<number, number[]>();
    const unbounded: number[] = [];
    this._items.forEach((item, position) => {
      const lengthMs = item.endMaxMs - item.startMinMs;
      if (!Number.isFinite(item.startMinMs) || !Number.isFinite(item.endMaxMs)) {
        unbounded.push(position);
        return;
      }
      const c = lengthMs >= 1 ? Math.floor(Math.log2(lengthMs)) + 1 : 0;
      let members = byClass.get(c);
      if (!members) byClass.set(c, (members = []));
      members.push(position);
    });
    this._unbounded = Int32Array.from(unbounded);
    this._classes = [...byClass.values()].map((members) => this._buildClass(members));
  }

  /** How many items the index holds. */
  get size(): number {
    return this._items.length;
  }

  /**
   * The items that intersect `[t0Ms, t1Ms]` (UTC epoch ms, both inclusive; given in either order; infinite ends
   * are fine), in the order they were given to the constructor. A NaN bound gives `[]`.
   *
   * @param t0Ms - One end of the window.
   * @param t1Ms - The other end of the window.
   */
  query(t0Ms: number, t1Ms: number): T[] {
    if (Number.isNaN(t0Ms) || Number.isNaN(t1Ms)) return [];
    const fromMs = Math.min(t0Ms, t1Ms);
    const toMs = Math.max(t0Ms, t1Ms);
    const hits: number[] = [];
    for (const { positions, startsMs, endsMs, prefixEndMs } of this._classes) {
      const end = bisectRight(startsMs, toMs);
      for (let i = bisectLeft(prefixEndMs, fromMs); i < end; i++) {
        if (endsMs[i] >= fromMs) hits.push(positions[i]);
      }
    }
    for (const position of this._unbounded) {
      const item = this._items[position];
      if (item.startMinMs <= toMs && item.endMaxMs >= fromMs) hits.push(position);
    }
    // By index, not through an iterator: one object per step in code not yet optimised.
    const sorted = new Int32Array(hits).sort();
    const found = new Array<T>(sorted.length);
    for (let i = 0; i < sorted.length; i++) found[i] = this._items[sorted[i]];
    return found;
  }

  private _buildClass(members: number[]): LengthClass {
    const items = this._items;
    members.sort((a, b) => items[a].startMinMs - items[b].startMinMs || a - b);
    const n = members.length;
    const positions = Int32Array.from(members);
    const startsMs = new Float64Array(n);
    const endsMs = new Float64Array(n);
    const prefixEndMs = new Float64Array(n);
    let furthestMs = -Infinity;
    for (let i = 0; i < n; i++) {
      const item = items[members[i]];
      startsMs[i] = item.startMinMs;
      endsMs[i] = item.endMaxMs;
      furthestMs = Math.max(furthestMs, item.endMaxMs);
      prefixEndMs[i] = furthestMs;
    }
    return { positions, startsMs, endsMs, prefixEndMs };
  }
}
