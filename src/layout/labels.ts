import { bisectLeft } from 'd3-array';

/** A label to place next to (or inside) its item's mark. */
export interface LabelRequest {
  /** The item's id. */
  id: string;
  /** The item's row; labels only avoid marks and labels of their own row. */
  row: number;
  /** Left edge of the item's mark or bar at the current zoom, in px. */
  markStartPx: number;
  /** Right edge of the item's mark or bar at the current zoom, in px. */
  markEndPx: number;
  /**
   * Left edge of what other labels must avoid, in px, when the item takes more room than its mark (a fuzzy
   * point's precision band); default `markStartPx`. The item's own label may cross it.
   */
  obstacleStartPx?: number;
  /** Right edge of what other labels must avoid, in px; default `markEndPx`. */
  obstacleEndPx?: number;
  /** The width the whole label text needs, in px. */
  textWidthPx: number;
  /** Whether the mark is a span's bar, so the label may go inside it when it fits. */
  inside?: boolean;
}

/** Where one label goes. */
export interface LabelPlacement {
  /** The item's id. */
  id: string;
  /** Left edge of the label, in px. */
  xPx: number;
  /** Width the label may take, in px: the text width when `full`, the room left when `truncated`, else 0. */
  maxWidthPx: number;
  /** `full` fits, `truncated` gets an ellipsis to `maxWidthPx`, `hidden` has no room. */
  fit: 'full' | 'truncated' | 'hidden';
  /** Whether the label sits inside the item's bar. */
  inside: boolean;
}

/** Options of {@link placeLabels}. */
export interface PlaceLabelsOptions {
  /** Space between a mark and its outside label, and least space to other marks and labels, in px; default 4. */
  gapPx?: number;
  /** Space between a bar's edges and a label inside it, in px; default 4. */
  padPx?: number;
  /** Least width of a truncated label, in px; a label with less room is hidden. Default 40. */
  minWidthPx?: number;
  /** Where the viewport begins, in the px of the requests; default 0. */
  viewportStartPx?: number;
}

interface Mark {
  request: LabelRequest;
  order: number;
  startPx: number;
  endPx: number;
  /** The obstacle extent, always containing the mark. */
  obstacleStartPx: number;
  obstacleEndPx: number;
}

/**
 * Places each label right of its mark, `gapPx` after it, or inside the bar when `inside` is set and the
 * visible part of the bar has room for `textWidthPx + 2 * padPx`. A label never overlaps another item's mark or
 * label in the same row (an item's optional obstacle extent counts as its mark for the other labels), nor
 * crosses the viewport's right edge (`viewportWidthPx` after its start): where the room is shorter than the text, the label is
 * truncated to the room, or hidden when that is under `minWidthPx`. A label that fits whole is always shown,
 * however short. When neither outside nor inside has room for the whole text, the wider of the two is used for
 * the truncated label.
 *
 * Rows are filled left to right in order of where each item's obstacle (by default its mark) starts, so where
 * two labels compete, the earlier item wins.
 * A mark with a non-number edge gets a hidden label and is not an obstacle. The left viewport edge is not
 * checked: a label of a mark that starts off-screen is drawn where it is. O(n log n) over the requests (pass
 * only the visible ones).
 *
 * @param requests - One per visible item, in any order; ids should be unique.
 * @param viewportWidthPx - The visible width, in px (the viewport is `[start, start + viewportWidthPx]`, its start 0
 *   unless `options.viewportStartPx` says otherwise).
 * @param options - Gaps and the least truncated width.
 * @returns The placement by item id.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  viewportWidthPx: number,
  options: PlaceLabelsOptions = {},
): Map<string, LabelPlacement> {
  const gapPx = nonNegative(options.gapPx ?? 4);
  const padPx = nonNegative(options.padPx ?? 4);
  const minWidthPx = nonNegative(options.minWidthPx ?? 40);
  const viewportStartPx = options.viewportStartPx ?? 0;
  const viewportEndPx = viewportStartPx + viewportWidthPx;
  const placements = new Map<string, LabelPlacement>();

  const rows = new Map<number, Mark[]>();
  requests.forEach((request, order) => {
    const { markStartPx: a, markEndPx: b } = request;
    const oa = request.obstacleStartPx ?? a;
    const ob = request.obstacleEndPx ?? b;
    if (![a, b, oa, ob].every((v) => typeof v === 'number' && !Number.isNaN(v))) {
      placements.set(request.id, hidden(request.id, b));
      return;
    }
    const startPx = Math.min(a, b);
    const endPx = Math.max(a, b);
    let marks = rows.get(request.row);
    if (!marks) rows.set(request.row, (marks = []));
    marks.push({
      request,
      order,
      startPx,
      endPx,
      obstacleStartPx: Math.min(startPx, oa, ob),
      obstacleEndPx: Math.max(endPx, oa, ob),
    });
  });

  for (const marks of rows.values()) {
    // A comparator's NaN counts as 0 in a sort, so infinite ends compare as `<` and `>` would.
    marks.sort((m, n) => m.obstacleStartPx - n.obstacleStartPx || m.obstacleEndPx - n.obstacleEndPx || m.order - n.order);
    const startsPx = marks.map((m) => m.obstacleStartPx);
    // Over marks[0..i]: the one reaching furthest right, and how far the others reach. Keeping the runner-up
    // lets a label ignore its own obstacle (a fuzzy point's band) but no one else's, in O(1).
    const furthest = new Int32Array(marks.length);
    const runnerUpEndPx = new Float64Array(marks.length);
    marks.forEach((m, i) => {
      if (i === 0) {
        furthest[0] = 0;
        runnerUpEndPx[0] = -Infinity;
      } else if (m.obstacleEndPx > marks[furthest[i - 1]].obstacleEndPx) {
        furthest[i] = i;
        runnerUpEndPx[i] = marks[furthest[i - 1]].obstacleEndPx;
      } else {
        furthest[i] = furthest[i - 1];
        runnerUpEndPx[i] = Math.max(runnerUpEndPx[i - 1], m.obstacleEndPx);
      }
    });
    /** How far right the obstacles of marks[0..last], other than marks[own], reach. */
    const reachOfOthersPx = (last: number, own: number) =>
      last < 0 ? -Infinity : furthest[last] === own ? runnerUpEndPx[last] : marks[furthest[last]].obstacleEndPx;
    let labelsEndPx = -Infinity;

    marks.forEach((mark, p) => {
      const { request } = mark;
      const textWidthPx = nonNegative(request.textWidthPx);

      // Outside: from gapPx after the mark to gapPx before the next obstacle, or to the viewport edge.
      const outsideXPx = mark.endPx + gapPx;
      let outsideRoomPx = -Infinity;
      if (Number.isFinite(outsideXPx)) {
        const next = bisectLeft(startsPx, outsideXPx);
        const crowded = reachOfOthersPx(next - 1, p) + gapPx > outsideXPx || labelsEndPx + gapPx > outsideXPx;
        if (!crowded) {
          const limitPx = Math.min(next < marks.length ? startsPx[next] - gapPx : Infinity, viewportEndPx);
          outsideRoomPx = limitPx - outsideXPx;
        }
      }

      // Inside: within the visible part of the bar, clear of other obstacles and of earlier labels.
      let insideXPx = NaN;
      let insideRoomPx = -Infinity;
      if (request.inside) {
        insideXPx = Math.max(mark.startPx, viewportStartPx) + padPx;
        const roomPx = Math.min(mark.endPx, viewportEndPx) - padPx - insideXPx;
        const widthPx = Math.min(textWidthPx, roomPx);
        const clear =
          reachOfOthersPx(p - 1, p) <= insideXPx &&
          (p === marks.length - 1 || startsPx[p + 1] >= insideXPx + widthPx) &&
          labelsEndPx + gapPx <= insideXPx;
        if (clear && Number.isFinite(roomPx)) insideRoomPx = roomPx;
      }

      let placement: LabelPlacement;
      if (insideRoomPx >= textWidthPx) {
        placement = { id: request.id, xPx: insideXPx, maxWidthPx: textWidthPx, fit: 'full', inside: true };
      } else if (outsideRoomPx >= textWidthPx) {
        placement = { id: request.id, xPx: outsideXPx, maxWidthPx: textWidthPx, fit: 'full', inside: false };
      } else if (Math.max(insideRoomPx, outsideRoomPx) >= minWidthPx) {
        const inside = insideRoomPx > outsideRoomPx;
        placement = {
          id: request.id,
          xPx: inside ? insideXPx : outsideXPx,
          maxWidthPx: inside ? insideRoomPx : outsideRoomPx,
          fit: 'truncated',
          inside,
        };
      } else {
        placement = hidden(request.id, outsideXPx);
      }
      if (placement.fit !== 'hidden') labelsEndPx = Math.max(labelsEndPx, placement.xPx + placement.maxWidthPx);
      placements.set(request.id, placement);
    });
  }
  return placements;
}

/**
 * Where the code point that starts at UTF-16 index `i` of `text` ends: `i + 2` for a surrogate pair, else `i + 1`.
 * Walking a text with it reads it a character at a time without making an iterator's objects.
 */
export function codePointEnd(text: string, i: number): number {
  return text.codePointAt(i)! > 0xffff ? i + 2 : i + 1;
}

/** A whitespace character. One object for every test: a regular expression literal makes a new one each time it runs. */
const WHITESPACE = /\s/;

/** How much room to spare a width summed from characters' widths keeps (it ignores kerning): 2%. */
export const ESTIMATE_SPARE = 1.02;

/**
 * Cuts `text` to fit `maxWidthPx`, ending it with '…', at the longest prefix that fits, where a text's width is the
 * sum of its code points' widths (`charPx` of each, the ellipsis too): one pass over the text, with no string made
 * for the cuts it tries, and no surrogate pair split. Returns `text` unchanged when it fits, and '' when not even one
 * character and the ellipsis fit. Whitespace before the ellipsis is dropped.
 */
export function truncateText(text: string, maxWidthPx: number, charPx: (char: string) => number): string {
  const ellipsisPx = charPx('…');
  let sumPx = 0;
  let fitsEnd = 0;
  for (let i = 0, end; i < text.length; i = end) {
    end = codePointEnd(text, i);
    const char = text.slice(i, end);
    sumPx += charPx(char);
    // Past the width, neither the whole text nor any later cut fits.
    if (sumPx > maxWidthPx) break;
    if (end === text.length) return text;
    // A cut drops the whitespace before its ellipsis: a cut there is the cut before it.
    if (!WHITESPACE.test(char) && sumPx + ellipsisPx <= maxWidthPx) fitsEnd = end;
  }
  return fitsEnd ? text.slice(0, fitsEnd) + '…' : '';
}

function hidden(id: string, xPx: number): LabelPlacement {
  return { id, xPx, maxWidthPx: 0, fit: 'hidden', inside: false };
}

function nonNegative(n: number): number {
  return n > 0 ? n : 0;
}
