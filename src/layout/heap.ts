/**
 * A binary min-heap ordered by `compare` (negative when `a` comes first), with O(log n) `push` and `pop`.
 */
export class MinHeap<T> {
  private readonly _items: T[] = [];

  /** @param compare - Orders two entries: negative when `a` should be popped before `b`. */
  constructor(private readonly _compare: (a: T, b: T) => number) {}

  /** How many entries the heap holds. */
  get size(): number {
    return this._items.length;
  }

  /** The entry that `pop()` would return, without removing it; `undefined` when empty. */
  peek(): T | undefined {
    return this._items[0];
  }

  /** Adds an entry. */
  push(item: T): void {
    const items = this._items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this._compare(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  /** Removes and returns the first entry; `undefined` when empty. */
  pop(): T | undefined {
    const items = this._items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < items.length && this._compare(items[left], items[least]) < 0) least = left;
        if (right < items.length && this._compare(items[right], items[least]) < 0) least = right;
        if (least === i) break;
        [items[i], items[least]] = [items[least], items[i]];
        i = least;
      }
    }
    return top;
  }
}
