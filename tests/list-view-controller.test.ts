import { expect, nextFrame } from '@open-wc/testing';
import { ListViewController } from '../src/controllers/list-view-controller.js';
import { mountHost } from './controller-host.js';
import { ROOM_AT_REST_MS } from '../src/controllers/when-idle.js';
import { fakeTimers, type FakeTimers } from './harness.js';

describe('ListViewController', () => {
  let timers: FakeTimers;
  beforeEach(() => (timers = fakeTimers()));
  afterEach(() => timers.restore());

  const mountList = () => mountHost((host) => new ListViewController(host));

  /** [name, width in px, toggled, expected open] */
  const openCases: [string, number, boolean, boolean][] = [
    ['is open on a narrow host', 360, false, true],
    ['is hidden on a wide host', 1000, false, false],
    ['is hidden at 480 px', 480, false, false],
    ['is hidden before the width is known (0)', 0, false, false],
    ['is hidden on a narrow host once toggled', 360, true, false],
    ['is open on a wide host once toggled', 1000, true, true],
  ];
  for (const [name, widthPx, toggled, open] of openCases) {
    it(`isOpen() ${name}`, async () => {
      const { controller } = await mountList();
      if (toggled) controller.toggle(widthPx);
      expect(controller.isOpen(widthPx)).to.equal(open);
    });
  }

  it('keeps the reader’s choice whatever the width', async () => {
    const { host, controller } = await mountList();
    const updates = host.updates;
    controller.toggle(1000);
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 1);
    expect([controller.isOpen(360), controller.isOpen(1000)]).to.deep.equal([true, true]);
  });

  it('may draw the hidden list once the first frame is painted and the page is idle: a frame, then an idle callback', async () => {
    const { host, controller } = await mountList();
    expect(controller.ready).to.be.false;
    expect(controller.isDrawn(1000), 'hidden and not ready').to.be.false;
    expect(controller.isDrawn(360), 'an open list is drawn at once').to.be.true;
    expect(timers.pending, 'no task before the frame').to.equal(0);
    await nextFrame();
    expect(timers.pending).to.equal(1);
    // Where the engine has idle callbacks (WebKit has none: a task then).
    expect(timers.pendingIdle, 'an idle callback').to.equal(typeof requestIdleCallback === 'function' ? 1 : 0);
    const updates = host.updates;
    timers.run();
    expect(controller.ready).to.be.true;
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 1);
    expect(controller.isDrawn(1000)).to.be.true;
  });

  it('draws the hidden list in an idle period with room for it, not between two frames, or at its timeout', async function () {
    if (typeof requestIdleCallback !== 'function') this.skip(); // WebKit: a task after the frame
    const { host, controller } = await mountList();
    await nextFrame();
    const updates = host.updates;
    // An idle period between two frames, shorter than the list and the parts drawn with it need: asked again.
    timers.run({ didTimeout: false, timeRemaining: () => ROOM_AT_REST_MS - 1 });
    expect(controller.ready, 'not between two frames').to.be.false;
    expect(timers.pendingIdle, 'the next idle period is asked for').to.equal(1);
    // The page never rests: the idle callback's timeout.
    timers.run({ didTimeout: true, timeRemaining: () => 0 });
    expect(controller.ready, 'at the timeout').to.be.true;
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 1);
  });

  it('keeps a list a server drew once taken over: drawn at once, with no frame to wait for', async () => {
    const { controller } = await mountList();
    expect(controller.kept).to.be.false;
    controller.takeOver();
    expect([controller.kept, controller.ready, controller.isDrawn(1000)]).to.deep.equal([true, true, true]);
    await nextFrame();
    expect(timers.pending, 'nothing left to wait for').to.equal(0);
  });

  it('waits for a frame again when the host left before it was ready', async () => {
    const { host, controller } = await mountList();
    const parent = host.parentElement!;
    host.remove();
    await nextFrame();
    expect(timers.pending, 'the frame was cancelled').to.equal(0);
    parent.append(host);
    await host.updateComplete;
    await nextFrame();
    timers.run();
    expect(controller.ready).to.be.true;
  });

  /** A list controller whose hidden list is drawn. */
  const mountReady = async () => {
    const mounted = await mountList();
    await nextFrame();
    timers.run();
    await mounted.host.updateComplete;
    expect(mounted.controller.ready).to.be.true;
    return mounted;
  };

  it('lists the range held from the start of a change of the view until the frame at its end is painted', async () => {
    const { host, controller } = await mountReady();
    controller.hold([0, 10]);
    controller.hold([2, 8]);
    expect(controller.range([4, 6]), 'the first range held').to.deep.equal([0, 10]);
    const updates = host.updates;
    controller.release();
    expect(controller.range([4, 6]), 'until the frame at rest is painted').to.deep.equal([0, 10]);
    await nextFrame();
    expect(timers.pending, 'a frame, then idle time').to.equal(1);
    expect(timers.pendingIdle, 'an idle callback').to.equal(typeof requestIdleCallback === 'function' ? 1 : 0);
    timers.run();
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 1);
    expect(controller.range([4, 6])).to.deep.equal([4, 6]);
  });

  it('keeps the range held when a change of the view begins before the end of the last one is painted', async () => {
    const { controller } = await mountReady();
    controller.hold([0, 10]);
    controller.release();
    controller.hold([2, 8]);
    await nextFrame();
    expect(timers.pending, 'the wait is cancelled').to.equal(0);
    expect(controller.range([4, 6])).to.deep.equal([0, 10]);
    controller.release();
    await nextFrame();
    timers.run();
    expect(controller.range([4, 6])).to.deep.equal([4, 6]);
  });

  it('puts off the first drawing of the hidden list while a change of the view is under way, then lets go at once', async () => {
    const { host, controller } = await mountList();
    controller.hold([0, 10]);
    await nextFrame();
    expect(timers.pending, 'the wait for the first drawing is cancelled').to.equal(0);
    host.requestUpdate();
    await host.updateComplete;
    await nextFrame();
    expect(timers.pending, 'the frames of the change do not wait for it again').to.equal(0);
    expect(controller.range([4, 6]), 'the range held').to.deep.equal([0, 10]);
    controller.release();
    expect(controller.range([4, 6]), 'the view is listed').to.deep.equal([4, 6]);
    expect(controller.ready).to.be.false;
    await host.updateComplete;
    await nextFrame();
    expect(timers.pending, 'the first drawing waits for the frame at rest, then idle time').to.equal(1);
    timers.run();
    expect(controller.ready, 'and the list is drawn').to.be.true;
  });

  it('lets go of a held range when the host leaves the page', async () => {
    const { host, controller } = await mountList();
    controller.hold([0, 10]);
    host.remove();
    expect(controller.range([4, 6])).to.deep.equal([4, 6]);
  });
});
