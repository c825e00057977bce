/**
 * Binary searches over sorted numbers. d3-array's `bisectLeft` and `bisectRight` do the same for any comparator,
 * at 2.3 kB of the bundle; the layout only ever searches sorted arrays of numbers (times in ms, positions in px).
 */
type SortedNumbers = ArrayLike<number>;

/** The first position in `sorted` (ascending) where `x` could go before any equal value: the count of values < `x`. */
export function bisectLeft(sorted: SortedNumbers, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in `sorted` (ascending) after every value <= `x`: the count of values <= `x`. */
export function bisectRight(sorted: SortedNumbers, x: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
