import { CATEGORIES } from '../data/types.js';
import { DEFAULT_CATEGORY } from '../data/validate.js';
import { categoryShape, type MarkShape } from './shapes.js';

/** How many colours free categories get (`cat-extra-0` … in the styles); past that they repeat. */
export const EXTRA_COLOURS = 6;

/** How the categories drawn are told apart: a class that sets the colour, and a mark shape. */
export interface CategoryEncoding {
  /** The class of a category's colour: `cat-military`, `cat-other`, `cat-extra-2`. */
  classOf(category: string): string;
  /** The shape of a category's marks. */
  shapeOf(category: string): MarkShape;
  /** Every class that `classOf` gives, once each, `cat-other` included: the hatch patterns to define. */
  patternClasses: readonly string[];
}

/**
 * The encoding of `categories` (the lanes, in drawing order), worked out once so that drawing a mark is a lookup.
 * A documented category ({@link CATEGORIES}) has a class and a shape of its own; `other` is grey; the free ones
 * take the extra colours and the shapes after the documented ones in the order they are drawn. A category not in
 * `categories` is encoded as `other`, with a hexagon unless it is documented.
 */
export function categoryEncoding(categories: readonly string[]): CategoryEncoding {
  const known: readonly string[] = CATEGORIES;
  const classes = new Map<string, string>();
  const shapes = new Map<string, MarkShape>();
  let free = 0;
  for (const category of categories) {
    if (classes.has(category)) continue;
    const documented = known.includes(category);
    const index = documented ? -1 : free++;
    classes.set(
      category,
      documented ? `cat-${category}` : category === DEFAULT_CATEGORY ? 'cat-other' : `cat-extra-${index % EXTRA_COLOURS}`,
    );
    shapes.set(category, categoryShape(category, index));
  }
  const classOf = (category: string) =>
    classes.get(category) ?? (known.includes(category) ? `cat-${category}` : 'cat-other');
  return {
    classOf,
    shapeOf: (category) => shapes.get(category) ?? categoryShape(category, -1),
    patternClasses: [...new Set([...classes.values(), 'cat-other'])],
  };
}
