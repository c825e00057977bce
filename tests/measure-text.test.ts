import { expect } from '@open-wc/testing';
import { TextMeasurer } from '../src/elements/measure-text.js';
import { nextVisitToBody } from './harness.js';

const FONT = '13px system-ui, sans-serif';

const proto = CanvasRenderingContext2D.prototype;
const measureText = proto.measureText;
/** The texts a canvas measured since `spy()`. */
let measured: string[] = [];
/** Records every text a canvas measures in `measured`, until `unspy()`; `width`, if given, stands in for the canvas. */
const spy = (width?: (text: string) => number) => {
  measured = [];
  proto.measureText = function (this: CanvasRenderingContext2D, text: string) {
    measured.push(text);
    return width ? ({ width: width(text) } as TextMetrics) : measureText.call(this, text);
  };
};
const unspy = () => void (proto.measureText = measureText);

describe('TextMeasurer', () => {
  it('measures text as a canvas does, and gives the same width again', () => {
    const measurer = new TextMeasurer(FONT);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = FONT;
    const title = 'Russian air strikes begin in Syria';
    expect(measurer.measure(title)).to.equal(context.measureText(title).width);
    expect(measurer.measure(title)).to.equal(measurer.measure(title));
  });

  it('estimates a text never measured from its characters, with a little room to spare', () => {
    const measurer = new TextMeasurer(FONT);
    const title = 'Government forces retake eastern Aleppo';
    const chars = [...title].reduce((sum, ch) => sum + new TextMeasurer(FONT).measure(ch), 0);
    const estimate = measurer.estimate(title);
    expect(estimate).to.be.closeTo(chars * 1.02, 1e-9);
    expect(estimate / new TextMeasurer(FONT).measure(title), 'close to the measured width').to.be.within(0.95, 1.1);
  });

  it('estimates a character outside the Basic Multilingual Plane as one character, not as two halves', () => {
    const measurer = new TextMeasurer(FONT);
    const one = (ch: string) => new TextMeasurer(FONT).measure(ch);
    const text = 'a😀𝔸b';
    expect(measurer.estimate(text)).to.be.closeTo((one('a') + one('😀') + one('𝔸') + one('b')) * 1.02, 1e-9);
    expect(one('😀'), 'a whole emoji is not the sum of its halves').to.not.be.closeTo(one('\ud83d') + one('\ude00'), 0.01);
  });

  it('estimates a text it has measured as its measured width', () => {
    const measurer = new TextMeasurer(FONT);
    const title = 'Talks in Astana';
    const estimated = measurer.estimate(title);
    const measured = measurer.measure(title);
    expect(measurer.estimate(title), 'once measured').to.equal(measured);
    expect(estimated, 'before that, the sum of its characters').to.not.equal(measured);
  });

  it('estimates a single character as its width, the first time as every time after', () => {
    const measurer = new TextMeasurer(FONT);
    const width = new TextMeasurer(FONT).measure('W');
    expect(measurer.estimate('W'), 'the first time').to.equal(width);
    expect(measurer.estimate('W'), 'again').to.equal(width);
    expect(measurer.estimate('😀'), 'a character outside the Basic Multilingual Plane').to.equal(new TextMeasurer(FONT).measure('😀'));
  });

  describe('word by word', () => {
    afterEach(unspy);

    it('gives a text with spaces the width the canvas gives it whole, in Latin and Arabic script', () => {
      const measurer = new TextMeasurer(FONT);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = FONT;
      for (const title of [
        'Government forces retake eastern Aleppo',
        'Talks open in Astana  (two spaces)',
        ' A leading and a trailing space ',
        'محادثات السلام في أستانا',
        'Talks in أستانا on 23 January',
      ]) {
        expect(measurer.measure(title), title).to.be.closeTo(context.measureText(title).width, 0.01);
      }
    });

    it('measures each word once: a text of known words costs no new measurement', () => {
      spy();
      const measurer = new TextMeasurer(FONT);
      measurer.measure('Government forces retake eastern Aleppo');
      measured = [];
      const width = measurer.measure('Government forces retake Aleppo');
      expect(measured, 'nothing measured again').to.deep.equal([]);
      expect(width).to.be.greaterThan(measurer.measure('Government forces'));
      measurer.measure('Rebel forces retake Palmyra');
      expect(measured.sort()).to.deep.equal(['Palmyra', 'Rebel']);
    });

    it('measures texts whole when the font makes words with spaces wider than their parts', () => {
      // A stand-in for a font that kerns glyphs across a space: a space between two letters adds 3 px to a text
      // measured whole, which its words and a space measured apart do not show.
      const kerned = (text: string) => text.length * 7 + 3 * (text.match(/\S(?= \S)/g)?.length ?? 0);
      spy(kerned);
      const measurer = new TextMeasurer(FONT);
      expect(measurer.measure('one two')).to.equal(kerned('one two'));
      measured = [];
      expect(measurer.measure('three four five')).to.equal(kerned('three four five'));
      expect(measured, 'measured whole').to.deep.equal(['three four five']);
    });
  });
});

describe('the labels’ measurer', () => {
  it('has its canvas once the page has been idle after the element is defined, so that a first render makes none', async () => {
    const { defineEventTimeline } = await import('../src/elements/define.js');
    const { labelMeasurer } = await import('../src/elements/measure-text.js');
    // When the page is next idle, a timeline is drawn out of sight and removed (see warm-up.test.ts): wait for it to go.
    const warmedUp = nextVisitToBody();
    defineEventTimeline();
    await warmedUp;
    const made: string[] = [];
    const createElement = document.createElement;
    document.createElement = function (this: Document, name: string, options?: ElementCreationOptions) {
      made.push(name);
      return createElement.call(this, name, options);
    } as typeof document.createElement;
    try {
      expect(labelMeasurer.measure('Astana talks begin')).to.be.greaterThan(50);
    } finally {
      document.createElement = createElement;
    }
    expect(made, 'no canvas made for the measuring').to.deep.equal([]);
    // Nor does it measure the characters of a cut label: the printable ASCII ones and the ellipsis are measured.
    spy();
    try {
      const ascii = Array.from({ length: 127 - 32 }, (_, i) => String.fromCharCode(32 + i)).join('');
      expect(labelMeasurer.estimate(`${ascii}…`)).to.be.greaterThan(500);
    } finally {
      unspy();
    }
    expect(measured, 'characters measured for the cut').to.deep.equal([]);
  });
});
