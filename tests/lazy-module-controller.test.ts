import { expect, nextFrame } from '@open-wc/testing';
import { LazyModule } from '../src/controllers/lazy-module.js';
import { mountHost } from './controller-host.js';
import { fakeTimers, type FakeTimers } from './harness.js';

/** A module import that the test resolves or rejects when it says, counting the imports asked for. */
function deferredImport<M>() {
  const calls: { resolve: (m: M) => void; reject: (e: Error) => void }[] = [];
  const load = () => new Promise<M>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

describe('LazyModule', () => {
  it('imports once, makes its value from the module, and updates the host when it is in', async () => {
    const { load, calls } = deferredImport<{ n: number }>();
    let made = 0;
    const { host, controller } = await mountHost((h) => new LazyModule(h, load, (m) => ({ double: m.n * 2, made: ++made })));
    expect(controller.value).to.be.undefined;
    controller.load();
    controller.load();
    expect(calls.length, 'one import for two loads').to.equal(1);
    const updates = host.updates;
    const next = host.nextUpdate();
    calls[0].resolve({ n: 21 });
    await controller.loaded;
    expect(controller.value).to.deep.equal({ double: 42, made: 1 });
    await next;
    expect(host.updates).to.equal(updates + 1);
  });

  it('keeps the module itself as its value when nothing is made of it', async () => {
    const module = { answer: 42 };
    const { controller } = await mountHost((h) => new LazyModule(h, () => Promise.resolve(module)));
    controller.load();
    await controller.loaded;
    expect(controller.value).to.equal(module);
  });

  it('runs what uses it at once when it is in, and returns what that returns', async () => {
    const { controller } = await mountHost((h) => new LazyModule(h, () => Promise.resolve({ n: 1 })));
    controller.load();
    await controller.loaded;
    expect(controller.use((m) => m.n + 1)).to.equal(2);
  });

  it('holds what uses it before it is in, loads it, and runs each in order before `loaded` resolves', async () => {
    const { load, calls } = deferredImport<{ n: number }>();
    const { controller } = await mountHost((h) => new LazyModule(h, load));
    const ran: string[] = [];
    expect(controller.use((m) => ran.push(`first ${m.n}`)), 'nothing to return yet').to.be.undefined;
    expect(calls.length, 'use() starts the import').to.equal(1);
    controller.use((m) => ran.push(`second ${m.n}`));
    expect(calls.length).to.equal(1);
    expect(ran).to.deep.equal([]);
    calls[0].resolve({ n: 7 });
    await controller.loaded;
    expect(ran).to.deep.equal(['first 7', 'second 7']);
    controller.use((m) => ran.push(`third ${m.n}`));
    expect(ran, 'held only once').to.deep.equal(['first 7', 'second 7', 'third 7']);
  });

  it('tries again at the next load after a failed import, still holding what waits', async () => {
    const { load, calls } = deferredImport<{ n: number }>();
    const { controller } = await mountHost((h) => new LazyModule(h, load));
    const ran: number[] = [];
    controller.use((m) => ran.push(m.n));
    calls[0].reject(new Error('offline'));
    await controller.loaded;
    expect(controller.value).to.be.undefined;
    expect(ran).to.deep.equal([]);
    controller.load();
    expect(calls.length, 'a second import').to.equal(2);
    calls[1].resolve({ n: 3 });
    await controller.loaded;
    expect(ran).to.deep.equal([3]);
  });

  describe('loadAfterPaint', () => {
    let timers: FakeTimers;
    beforeEach(() => (timers = fakeTimers()));
    afterEach(() => timers.restore());
    const idleCallbacks = typeof requestIdleCallback === 'function' ? 1 : 0; // WebKit has none: a task then

    it('imports once the next frame is painted and the page has idle time, however little', async () => {
      const { load, calls } = deferredImport<{ n: number }>();
      const { controller } = await mountHost((h) => new LazyModule(h, load));
      controller.loadAfterPaint();
      controller.loadAfterPaint();
      expect(calls.length, 'not before the frame').to.equal(0);
      expect(timers.pending, 'no task before the frame').to.equal(0);
      await nextFrame();
      expect(timers.pending, 'one wait for two asks').to.equal(1);
      expect(timers.pendingIdle, 'an idle callback').to.equal(idleCallbacks);
      expect(calls.length, 'not before idle time').to.equal(0);
      // An idle period between two frames, with little room: enough.
      timers.run({ didTimeout: false, timeRemaining: () => 1 });
      expect(calls.length).to.equal(1);
      calls[0].resolve({ n: 1 });
      await controller.loaded;
      expect(controller.value).to.deep.equal({ n: 1 });
      controller.loadAfterPaint();
      await nextFrame();
      expect(timers.pending, 'nothing once loaded').to.equal(0);
    });

    it('gives way to a load asked for meanwhile, and waits again when the host comes back after leaving', async () => {
      const { load, calls } = deferredImport<{ n: number }>();
      const { host, controller } = await mountHost((h) => new LazyModule(h, load));
      controller.loadAfterPaint();
      controller.load();
      await nextFrame();
      expect(timers.pending, 'the wait was cancelled by the load').to.equal(0);
      expect(calls.length).to.equal(1);

      const other = await mountHost((h) => new LazyModule(h, load));
      other.controller.loadAfterPaint();
      const parent = other.host.parentElement!;
      other.host.remove();
      await nextFrame();
      expect(timers.pending, 'the frame was cancelled as the host left').to.equal(0);
      parent.append(other.host);
      await nextFrame();
      expect(timers.pending, 'back: a frame, then idle time').to.equal(1);
      timers.run();
      expect(calls.length).to.equal(2);
      expect(host.isConnected).to.be.true;
    });
  });
});
