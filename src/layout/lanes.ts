import type { Extent } from './geometry.js';

/** A box narrower than this, in px, counts as this wide, so that two marks at the same x never share a row. */
const MIN_BOX_WIDTH_PX = 1;

/**
 * Assigns each box the lowest row where it does not overlap any earlier box, keeping `gapPx` between
 * neighbours, with boxes taken in order of `startPx` (ties in input order). This uses the fewest rows possible:
 * as many as the most boxes that cover one x.
 *
 * Boxes are half-open, `[startPx, endPx)`: with `gapPx` 0, a box may start where another ends. A box narrower
 * than 1 px (zero-length or reversed) counts as 1 px wide. A non-finite `startPx` counts as `-Infinity` and a
 * non-finite `endPx` as `Infinity` (the box then has its row from there on to itself).
 *
 * With `maxRows`, only that many rows are filled: a box with no room in them gets row -1, and takes no row from the
 * boxes after it. The rows filled are the same as without the limit.
 *
 * O(n log n + n · rows): one sort, then, for each box, the rows from the top until one is free. A plain loop over a
 * lane's few rows is fast even the first time it runs, as on a first render; and it makes no object per box, as it
 * runs for every event of a lane when the data or the width changes.
 *
 * @param boxes - The boxes, in any order.
 * @param gapPx - Least space between two boxes in one row, in px; default 0.
 * @param maxRows - How many rows to fill at most; default no limit.
 * @returns The row of each box (0 = top), in the order of `boxes`; -1 for a box left out.
 */
export function packRows(boxes: readonly Extent[], gapPx = 0, maxRows = Infinity): Int32Array {
  return packRowsBy(boxes.length, (i) => boxes[i].startPx, (i) => boxes[i].endPx, gapPx, maxRows);
}

/**
 * {@link packRows} of `count` boxes given by their starts and their ends. A box's row depends on its start alone, so
 * its end is asked for only once it has a row: with `maxRows`, the end of a box left out is never worked out (the
 * width of its label, which takes measuring).
 *
 * @param startOf - The start of box `i` (0 ≤ i < count), px; asked once for each box.
 * @param endOf - Its end, px; asked at most once for each box, and only for the boxes that get a row.
 */
export function packRowsBy(
  count: number,
  startOf: (i: number) => number,
  endOf: (i: number) => number,
  gapPx = 0,
  maxRows = Infinity,
): Int32Array {
  const gap = gapPx > 0 ? gapPx : 0;
  const starts = new Float64Array(count);
  const order: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const startPx = startOf(i);
    starts[i] = Number.isNaN(startPx) ? -Infinity : startPx;
    order[i] = i;
  }
  // Where each row is free again: the end of its last box, plus the gap.
  const freeFrom: number[] = [];
  const rowOf = new Int32Array(count).fill(-1);
  // The sort is stable, and takes a NaN (two infinite starts alike) for a tie: ties stay in input order.
  order.sort((a, b) => starts[a] - starts[b]);
  for (let k = 0; k < count; k++) {
    const i = order[k];
    let row = 0;
    while (row < freeFrom.length && freeFrom[row] > starts[i]) row++;
    if (row >= maxRows) continue;
    const endPx = endOf(i);
    freeFrom[row] = Math.max(Number.isNaN(endPx) ? Infinity : endPx, starts[i] + MIN_BOX_WIDTH_PX) + gap;
    rowOf[i] = row;
  }
  return rowOf;
}

/**
 * Like {@link packRows}, into rows where some room is already taken: `taken[row]` lists the extents there. Each box
 * gets the lowest row below `rowCount` where it overlaps neither a taken extent nor a box placed before it (with
 * `gapPx` between), boxes taken in order of `startPx` (ties in input order); a box with no room in any row gets row -1.
 *
 * A sweep: each row keeps its extents in order of start, and how many of them, from its start, lie wholly behind the
 * boxes still to come (which start no earlier). The first extent not behind decides for the row: either it overlaps
 * the box, or it starts beyond the box, as every extent after it does. A row is tried in O(1), amortized:
 * O(n log n + n · rowCount + k log k) for k taken extents, with no work per taken extent and per box.
 */
export function packRowsAround(
  boxes: readonly Extent[],
  taken: readonly (readonly Extent[])[],
  rowCount: number,
  gapPx = 0,
): Int32Array {
  const gap = gapPx > 0 ? gapPx : 0;
  const byStart = (a: Extent, b: Extent) => a.startPx - b.startPx;
  const rows = Array.from({ length: rowCount }, (_, r) => [...(taken[r] ?? [])].sort(byStart));
  /** In each row, how many extents (the first ones) end, with the gap, by the start of the box being placed. */
  const behind = new Array<number>(rowCount).fill(0);
  const rowOf = new Int32Array(boxes.length).fill(-1);
  // The positions of the boxes in order of start: the sort is stable, so ties stay in input order.
  for (const k of boxes.map((_, i) => i).sort((a, b) => byStart(boxes[a], boxes[b]))) {
    const box = boxes[k];
    const startPx = box.startPx;
    const endPx = Math.max(box.endPx, startPx + MIN_BOX_WIDTH_PX);
    for (let row = 0; row < rowCount; row++) {
      const extents = rows[row];
      let i = behind[row];
      while (i < extents.length && extents[i].endPx + gap <= startPx) i++;
      behind[row] = i;
      // The i-th extent reaches past the box's start: it overlaps the box unless it starts beyond the box's end, and
      // then so does every extent after it.
      if (i < extents.length && extents[i].startPx < endPx + gap) continue;
      // Placed where its start falls among the extents that start after it (taken room can lie ahead of the sweep).
      let at = i;
      while (at < extents.length && extents[at].startPx <= startPx) at++;
      extents.splice(at, 0, { startPx, endPx });
      rowOf[k] = row;
      break;
    }
  }
  return rowOf;
}
