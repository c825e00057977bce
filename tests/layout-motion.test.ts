import { expect } from '@open-wc/testing';
import { frameShift } from '../src/layout/motion.js';

describe('frameShift()', () => {
  const at = { k: 4, x: -1200 };
  /** A frame laid out at `at` over a plot 800 px wide, `margin` px past each side of it. */
  const laidOut = (margin: number) => ({ frameAt: at, frameStartPx: -margin, frameWidthPx: 800 + 2 * margin });

  it('shifts a frame by how far the view panned since the zoom whose px it is laid out in', () => {
    expect(frameShift(laidOut(0), 800, at)).to.equal(0);
    expect(frameShift(laidOut(300), 800, at)).to.equal(0);
    expect(frameShift(laidOut(300), 800, { k: 4, x: -1200 - 250 })).to.equal(-250);
    expect(frameShift(laidOut(300), 800, { k: 4, x: -1200 + 250 })).to.equal(250);
  });

  it('lays the frame out again once the view has panned past its edge', () => {
    expect(frameShift(laidOut(300), 800, { k: 4, x: -1200 + 301 })).to.equal(null);
    expect(frameShift(laidOut(300), 800, { k: 4, x: -1200 - 301 })).to.equal(null);
    expect(frameShift(laidOut(0), 800, { k: 4, x: -1201 })).to.equal(null);
    expect(frameShift(laidOut(0), 801, at), 'a wider plot').to.equal(null);
  });

  it('shifts a frame laid out in the px of another zoom by the distance from that zoom', () => {
    // Laid out at x = -1500 in the px of x = -1200: the view's px 0 is the frame's px 300.
    const frame = { frameAt: at, frameStartPx: 300 - 100, frameWidthPx: 1000 };
    expect(frameShift(frame, 800, { k: 4, x: -1500 })).to.equal(-300);
    expect(frameShift(frame, 800, { k: 4, x: -1400 })).to.equal(-200);
    expect(frameShift(frame, 800, { k: 4, x: -1601 }), 'past its right edge').to.equal(null);
    expect(frameShift(frame, 800, { k: 4, x: -1399 }), 'past its left edge').to.equal(null);
  });

  it('lays the frame out again after any zoom: marks and labels would stretch', () => {
    expect(frameShift(laidOut(300), 800, { k: 4.0001, x: -1200 })).to.equal(null);
    expect(frameShift(laidOut(300), 800, { k: 4 * (1 + 1e-15), x: -1250 }), 'but for rounding').to.equal(-50);
    expect(frameShift(laidOut(300), 800, { k: 2, x: -600 })).to.equal(null);
  });
});
