import { MinHeap } from './heap.js';

/** A box narrower than this, in px, counts as this wide, so that two marks at the same x never share a row. */
const MIN_BOX_WIDTH_PX = 1;

/** A horizontal extent to be packed into rows. */
export interface RowBox {
  /** A unique key for the result map. */
  id: string;
  /** Left edge, in px. */
  startPx: number;
  /** Right edge, in px. */
  endPx: number;
}

/**
 * Assigns each box the lowest row where it does not overlap any earlier box, keeping `gapPx` between
 * neighbours, with boxes taken in order of `startPx` (ties in input order). This uses the fewest rows possible:
 * as many as the most boxes that cover one x.
 *
 * Boxes are half-open, `[startPx, endPx)`: with `gapPx` 0, a box may start where another ends. A box narrower
 * than 1 px (zero-length or reversed) counts as 1 px wide. A non-finite `startPx` counts as `-Infinity` and a
 * non-finite `endPx` as `Infinity` (the box then has its row from there on to itself).
 *
 * O(n log n): one sort, then two binary heaps (rows in use keyed by where they free up, and free row indices).
 *
 * @param boxes - The boxes, in any order; ids should be unique (a repeated id keeps its last row).
 * @param gapPx - Least space between two boxes in one row, in px; default 0.
 * @returns Row index (0 = top) by box id.
 */
export function packRows(boxes: readonly RowBox[], gapPx = 0): Map<string, number> {
  const gap = gapPx > 0 ? gapPx : 0;
  const order = boxes
    .map((box, i) => {
      const startPx = Number.isNaN(box.startPx) ? -Infinity : box.startPx;
      const endPx = Number.isNaN(box.endPx) ? Infinity : box.endPx;
      return { id: box.id, i, startPx, freeFromPx: Math.max(endPx, startPx + MIN_BOX_WIDTH_PX) + gap };
    })
    .sort((a, b) => (a.startPx < b.startPx ? -1 : a.startPx > b.startPx ? 1 : a.i - b.i));

  const busy = new MinHeap<{ freeFromPx: number; row: number }>((a, b) =>
    a.freeFromPx < b.freeFromPx ? -1 : a.freeFromPx > b.freeFromPx ? 1 : a.row - b.row,
  );
  const free = new MinHeap<number>((a, b) => a - b);
  let rowCount = 0;
  const rowOf = new Map<string, number>();
  for (const box of order) {
    // Every row whose last box ends (plus the gap) by this start is free again; rows only free up left to right.
    for (let top = busy.peek(); top !== undefined && top.freeFromPx <= box.startPx; top = busy.peek()) {
      busy.pop();
      free.push(top.row);
    }
    const row = free.pop() ?? rowCount++;
    busy.push({ freeFromPx: box.freeFromPx, row });
    rowOf.set(box.id, row);
  }
  return rowOf;
}

/**
 * Like {@link packRows}, into rows where some room is already taken: `taken[row]` lists the extents there. Each box
 * gets the lowest row below `rowCount` where it overlaps neither a taken extent nor a box placed before it (with
 * `gapPx` between), boxes taken in order of `startPx`; a box with no room in any row is left out of the result.
 * O(n · rowCount · k) for k extents in a row: for the few hundred events a frame draws.
 */
export function packRowsAround(
  boxes: readonly RowBox[],
  taken: readonly (readonly Pick<RowBox, 'startPx' | 'endPx'>[])[],
  rowCount: number,
  gapPx = 0,
): Map<string, number> {
  const gap = gapPx > 0 ? gapPx : 0;
  const rows = Array.from({ length: rowCount }, (_, r) => (taken[r] ?? []).map((e) => ({ startPx: e.startPx, endPx: e.endPx })));
  const rowOf = new Map<string, number>();
  const order = [...boxes].sort((a, b) => a.startPx - b.startPx);
  for (const box of order) {
    const startPx = box.startPx;
    const endPx = Math.max(box.endPx, startPx + MIN_BOX_WIDTH_PX);
    const row = rows.findIndex((extents) => extents.every((e) => e.endPx + gap <= startPx || endPx + gap <= e.startPx));
    if (row < 0) continue;
    rows[row].push({ startPx, endPx });
    rowOf.set(box.id, row);
  }
  return rowOf;
}
