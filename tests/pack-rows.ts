import { packRows as packRowIndices, packRowsAround as packRowIndicesAround } from '../src/layout/lanes.js';

/** A box to pack, named so that the tests can say where each one went. */
export interface RowBox {
  id: string;
  startPx: number;
  endPx: number;
}

/** The rows that a packing gives by position, by box id; a box left out (row -1) is left out of the map. */
export function rowsById(boxes: readonly RowBox[], rows: Int32Array): Map<string, number> {
  return new Map(boxes.flatMap((b, i) => (rows[i] < 0 ? [] : [[b.id, rows[i]] as const])));
}

/** `packRows` of `src/layout/lanes.ts`, its rows by box id. */
export const packRows = (boxes: readonly RowBox[], gapPx?: number, maxRows?: number): Map<string, number> =>
  rowsById(boxes, packRowIndices(boxes, gapPx, maxRows));

/** `packRowsAround` of `src/layout/lanes.ts`, its rows by box id. */
export const packRowsAround = (
  boxes: readonly RowBox[],
  taken: readonly (readonly Omit<RowBox, 'id'>[])[],
  rowCount: number,
  gapPx?: number,
): Map<string, number> => rowsById(boxes, packRowIndicesAround(boxes, taken, rowCount, gapPx));
