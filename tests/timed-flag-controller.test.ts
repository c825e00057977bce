import { expect } from '@open-wc/testing';
import { TimedFlag } from '../src/controllers/timed-flag.js';
import { mountHost } from './controller-host.js';
import { fakeTimers, type FakeTimers } from './harness.js';

describe('TimedFlag', () => {
  let timers: FakeTimers;
  beforeEach(() => (timers = fakeTimers()));
  afterEach(() => timers.restore());

  const mountFlag = () => mountHost((host) => new TimedFlag(host, 1800));

  it('turns on with show(), and off when its time is up, updating the host each time', async () => {
    const { host, controller } = await mountFlag();
    const updates = host.updates;
    controller.show();
    expect(controller.on).to.be.true;
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 1);
    expect(timers.pending).to.equal(1);
    timers.run();
    expect(controller.on).to.be.false;
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 2);
  });

  it('starts its time again on another show(), with one timer', async () => {
    const { host, controller } = await mountFlag();
    controller.show();
    await host.updateComplete;
    const updates = host.updates;
    controller.show();
    expect(timers.pending, 'the first timer was cleared').to.equal(1);
    await host.updateComplete;
    expect(host.updates, 'still on: nothing to draw again').to.equal(updates);
  });

  it('clears its timer and turns off when the host leaves the page', async () => {
    const { host, controller } = await mountFlag();
    controller.show();
    host.remove();
    expect(timers.pending).to.equal(0);
    expect(controller.on).to.be.false;
  });
});
