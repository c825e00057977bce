import { CATEGORIES } from '../data/types.js';

/** The shapes that tell categories apart without colour. */
export type MarkShape = 'diamond' | 'circle' | 'square' | 'triangle' | 'triangle-down' | 'hexagon';

const SHAPES: readonly MarkShape[] = ['diamond', 'circle', 'square', 'triangle', 'triangle-down', 'hexagon'];

/**
 * The shape of a category's marks: one per documented category, in their order; a free category gets the shape at
 * `freeIndex` (its position among the free categories drawn), cycling from the hexagon and moving on by one more
 * after each six: with the six extra colours, which free categories take in turn, the first 36 free categories each
 * have a colour and shape of their own.
 */
export function categoryShape(category: string, freeIndex = 0): MarkShape {
  const i = (CATEGORIES as readonly string[]).indexOf(category);
  if (i >= 0) return SHAPES[i];
  const free = Math.max(0, freeIndex);
  return SHAPES[(SHAPES.length - 1 + free + Math.floor(free / SHAPES.length)) % SHAPES.length];
}

const round = (v: number) => Math.round(v * 100) / 100;

const made = new Map<string, string>();

/** An SVG path for `shape`, centred on 0,0, within the square of half-side `rPx` (shapes share a visual weight). */
export function shapePath(shape: MarkShape, rPx: number): string {
  const key = `${shape} ${rPx}`;
  return made.get(key) ?? made.set(key, makeShapePath(shape, rPx)).get(key)!;
}

function makeShapePath(shape: MarkShape, rPx: number): string {
  const r = round(rPx);
  const s = round(rPx * 0.82);
  const w = round(rPx * 0.95);
  const h = round(rPx * 0.78);
  switch (shape) {
    case 'diamond':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'circle':
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
    case 'square':
      return `M${-s},${-s}H${s}V${s}H${-s}Z`;
    case 'triangle':
      return `M0,${-r}L${w},${h}L${-w},${h}Z`;
    case 'triangle-down':
      return `M0,${r}L${w},${-h}L${-w},${-h}Z`;
    case 'hexagon': {
      const c = round(rPx * 0.87);
      const half = round(rPx / 2);
      return `M${-half},${-c}H${half}L${r},0L${half},${c}H${-half}L${-r},0Z`;
    }
  }
}
