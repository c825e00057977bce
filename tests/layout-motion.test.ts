import { expect } from '@open-wc/testing';
import { frameShift } from '../src/layout/motion.js';

describe('frameShift()', () => {
  const drawn = { k: 4, x: -1200 };

  it('shifts a frame by how far the view panned, less its margin', () => {
    expect(frameShift(drawn, 0, drawn)).to.equal(0);
    expect(frameShift(drawn, 300, drawn)).to.equal(-300);
    expect(frameShift(drawn, 300, { k: 4, x: -1200 - 250 })).to.equal(-550);
    expect(frameShift(drawn, 300, { k: 4, x: -1200 + 250 })).to.equal(-50);
  });

  it('lays the frame out again once the view has panned past its margin', () => {
    expect(frameShift(drawn, 300, { k: 4, x: -1200 + 301 })).to.equal(null);
    expect(frameShift(drawn, 300, { k: 4, x: -1200 - 601 })).to.equal(null);
    expect(frameShift(drawn, 0, { k: 4, x: -1201 })).to.equal(null);
  });

  it('lays the frame out again after any zoom: marks and labels would stretch', () => {
    expect(frameShift(drawn, 300, { k: 4.0001, x: -1200 })).to.equal(null);
    expect(frameShift(drawn, 300, { k: 4 * (1 + 1e-15), x: -1250 }), 'but for rounding').to.equal(-350);
    expect(frameShift(drawn, 300, { k: 2, x: -600 })).to.equal(null);
  });
});
