import { expect } from '@open-wc/testing';
import { TextMeasurer } from '../src/elements/measure-text.js';

const FONT = '13px system-ui, sans-serif';

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

  it('estimates a text it has measured as its measured width', () => {
    const measurer = new TextMeasurer(FONT);
    const title = 'Talks in Astana';
    const estimated = measurer.estimate(title);
    const measured = measurer.measure(title);
    expect(measurer.estimate(title), 'once measured').to.equal(measured);
    expect(estimated, 'before that, the sum of its characters').to.not.equal(measured);
  });
});
