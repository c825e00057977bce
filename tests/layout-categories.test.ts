import { expect } from '@open-wc/testing';
import { categoryEncoding } from '../src/layout/categories.js';
import type { MarkShape } from '../src/layout/shapes.js';

/** [name, the categories drawn, a category, expected class, expected shape] */
const encodingCases: [string, string[], string, string, MarkShape][] = [
  ['gives a documented category its own class and shape', ['military', 'diplomacy'], 'diplomacy', 'cat-diplomacy', 'triangle'],
  ['encodes a documented category that is not drawn all the same', [], 'ceasefire', 'cat-ceasefire', 'square'],
  ['gives the first free category the first extra colour and a hexagon', ['military', 'trade'], 'trade', 'cat-extra-0', 'hexagon'],
  ['gives the second free category the second extra colour and a diamond', ['military', 'trade', 'weather'], 'weather', 'cat-extra-1', 'diamond'],
  ['counts free categories only, whatever the documented ones drawn', ['diplomacy', 'statement', 'trade'], 'trade', 'cat-extra-0', 'hexagon'],
  ['cycles the extra colours after six, with the next shape', ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'g', 'cat-extra-0', 'diamond'],
  ['draws `other` grey, with the shape of its place among the free ones', ['military', 'trade', 'other'], 'other', 'cat-other', 'diamond'],
  ['draws a category that is not drawn as `other`, with a hexagon', ['military'], 'weather', 'cat-other', 'hexagon'],
  ['encodes a category listed twice by its first place', ['trade', 'weather', 'trade'], 'weather', 'cat-extra-1', 'diamond'],
  ['tells categories by their exact name (case counts)', ['Military'], 'Military', 'cat-extra-0', 'hexagon'],
];

/** [name, the categories drawn, expected pattern classes] */
const patternCases: [string, string[], string[]][] = [
  ['defines only the grey pattern when nothing is drawn', [], ['cat-other']],
  ['defines one pattern per colour drawn, and the grey one', ['military', 'trade'], ['cat-military', 'cat-extra-0', 'cat-other']],
  ['defines the grey pattern once', ['other', 'military'], ['cat-other', 'cat-military']],
  ['defines a repeated extra colour once', ['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['a', 'b', 'c', 'd', 'e', 'f'].map((_, i) => `cat-extra-${i}`).concat('cat-other')],
];

describe('categoryEncoding', () => {
  for (const [name, categories, category, cls, shape] of encodingCases) {
    it(`categoryEncoding() ${name}`, () => {
      const encoding = categoryEncoding(categories);
      expect([encoding.classOf(category), encoding.shapeOf(category)]).to.deep.equal([cls, shape]);
    });
  }

  for (const [name, categories, expected] of patternCases) {
    it(`categoryEncoding() ${name}`, () => expect(categoryEncoding(categories).patternClasses).to.deep.equal(expected));
  }

  it('categoryEncoding() does not change the array it is given', () => {
    const categories = Object.freeze(['trade', 'military']);
    categoryEncoding(categories);
    expect(categories).to.deep.equal(['trade', 'military']);
  });
});
