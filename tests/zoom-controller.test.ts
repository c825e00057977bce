import { expect, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import { ZoomController, type ZoomControllerOptions } from '../src/controllers/zoom-controller.js';
import { mountHost } from './controller-host.js';
import { fakeTimers } from './harness.js';

const W = 400;

/** A host drawing a 400 × 100 surface with its zoom controller attached, zoomable to 8×; `log` records the callbacks. */
async function mountZoom(options: ZoomControllerOptions = {}) {
  const log: string[] = [];
  const mounted = await mountHost(
    (host) =>
      new ZoomController(host, {
        onStart: () => log.push('start'),
        onEnd: (byUser, moved) => log.push(`end ${byUser ? 'user' : 'code'}${moved ? ' moved' : ''}`),
        onPlainWheel: () => log.push('plain wheel'),
        ...options,
      }),
    (zoom) => html`<svg width=${W} height="100" ${zoom.surface()}><rect width=${W} height="100"></rect></svg>`,
  );
  mounted.controller.configure(W, 100, 8);
  log.length = 0;
  const svg = mounted.host.shadowRoot!.querySelector('svg')!;
  /** Where `xPx` (in the direction of time, at the base scale) is drawn now. */
  const at = (xPx: number) => mounted.controller.transform.applyX(xPx);
  return { ...mounted, log, svg, at };
}

/**
 * A page clock (`performance.now()`) that moves 20 ms at each animation frame and stands still between them;
 * `until(done)` runs frames until `done` settles.
 */
function framesOf20ms() {
  const own = Object.getOwnPropertyDescriptor(performance, 'now');
  const real = performance.now.bind(performance);
  let ms = real();
  Object.defineProperty(performance, 'now', { configurable: true, value: () => ms });
  return {
    async until(done: Promise<unknown>): Promise<void> {
      let settled = false;
      void done.then(() => (settled = true));
      while (!settled) {
        ms += 20;
        await nextFrame();
      }
    },
    restore(): void {
      if (own) Object.defineProperty(performance, 'now', own);
      else delete (performance as { now?: unknown }).now;
    },
  };
}

const wheel = (svg: Element, init: WheelEventInit) =>
  svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: 10, clientY: 10, ...init }));

describe('ZoomController', () => {
  it('zooms around a point and keeps the view inside the extent', async () => {
    const { controller, at } = await mountZoom();
    controller.zoomBy(2, 100);
    expect(controller.scale).to.equal(2);
    expect(at(100), 'the point stays put').to.be.closeTo(100, 1e-9);
    controller.zoomBy(100);
    expect(controller.scale, 'no deeper than maxScale').to.equal(8);
    controller.reset();
    controller.zoomBy(0.5);
    expect(controller.scale, 'no wider than everything').to.equal(1);
  });

  /** [name, change, expected x of 0 and of 400 at the base scale afterwards] */
  const viewCases: [string, (zoom: ZoomController) => void, [number, number]][] = [
    ['panBy() moves the view later in time', (z) => (z.zoomBy(2), z.panBy(100)), [-300, 500]],
    ['panBy() stops at the start of the extent', (z) => (z.zoomBy(2), z.panBy(-1000)), [0, 800]],
    ['showRange() fills a fraction of the view with a range', (z) => z.showRange(100, 150, 0.5), [-300, 1300]],
    ['reset() shows everything again', (z) => (z.zoomBy(4), z.reset()), [0, 400]],
  ];
  for (const [name, change, expected] of viewCases) {
    it(name, async () => {
      const { controller, at } = await mountZoom();
      change(controller);
      expect([at(0), at(W)].map((v) => Math.round(v))).to.deep.equal(expected);
    });
  }

  it('gives the view in the direction of time when the surface is mirrored', async () => {
    const { controller, at } = await mountZoom();
    controller.zoomBy(2, 0);
    controller.mirrored = true;
    expect(at(0), 'the same view, mirrored on screen').to.be.closeTo(0, 1e-9);
    controller.panBy(100);
    expect(at(0)).to.be.closeTo(-100, 1e-9);
  });

  it('keeps the visible range when the width changes', async () => {
    const { controller, at } = await mountZoom();
    controller.zoomBy(2, 0);
    controller.panBy(50);
    controller.configure(2 * W, 100, 8);
    expect([at(0), at(2 * W)].map((v) => Math.round(v))).to.deep.equal([-100, 1500]);
  });

  it('applies changes made before the surface is drawn', async () => {
    const { controller } = await mountHost((host) => new ZoomController(host));
    controller.configure(W, 100, 8);
    controller.zoomBy(2);
    expect(controller.scale).to.equal(2);
  });

  it('keeps the zoom in every frame of an eased pan, and eases a change of zoom along d3-zoom’s smooth path', async () => {
    const scales: number[] = [];
    const { controller } = await mountZoom({ onZoom: (t) => void scales.push(t.k) });
    controller.zoomBy(8);
    // d3's transitions read the time from performance.now(): here it moves 20 ms a frame, however long a frame
    // takes on the machine, so that the 250 ms change is always drawn over several frames.
    const clock = framesOf20ms();
    try {
      scales.length = 0;
      controller.panBy(-1200, true);
      await clock.until(controller.eased);
      expect(scales.length, 'the pan took several frames').to.be.greaterThan(5);
      expect(scales.every((k) => Math.abs(k - 8) < 1e-9), `at 8× in every frame: ${scales}`).to.be.true;
      scales.length = 0;
      controller.zoomBy(0.25, undefined, true);
      await clock.until(controller.eased);
      expect(scales.length, 'the zoom took several frames').to.be.greaterThan(5);
      expect(scales.at(-1)).to.equal(2);
      expect(scales.every((k, i) => i === 0 || k <= scales[i - 1]), 'zooming out all the way').to.be.true;
    } finally {
      clock.restore();
    }
  });

  it('tells the start and end of an eased change, as the reader’s, once it has moved the view', async () => {
    const { controller, log } = await mountZoom();
    controller.zoomBy(2, undefined, true);
    await controller.eased;
    expect(log).to.deep.equal(['start', 'end user moved']);
    log.length = 0;
    controller.zoomBy(2);
    expect(log, 'a change made by code').to.deep.equal(['start', 'end code moved']);
  });

  it('zooms with Ctrl + wheel, pans with a sideways wheel, and leaves a plain wheel to the page', async () => {
    const { controller, svg, log } = await mountZoom();
    const timers = fakeTimers();
    try {
      wheel(svg, { deltaY: -100, ctrlKey: true });
      expect(controller.scale).to.be.greaterThan(1);
      const before = controller.transform.x;
      wheel(svg, { deltaX: 40 });
      expect(controller.transform.x).to.be.below(before);
      expect(controller.hint.on, 'no hint for a zoom or a pan').to.be.false;
      expect(wheel(svg, { deltaY: 40 }), 'the page scrolls').to.be.true;
      expect(log).to.include('plain wheel');
      expect(controller.hint.on, 'the hint about the zoom modifier').to.be.true;
      timers.run();
      expect(controller.hint.on, 'the hint goes').to.be.false;
      expect(log.filter((l) => l.startsWith('end')), 'one change, ended once every gesture in it is idle').to.deep.equal([
        'end user moved',
      ]);
    } finally {
      timers.restore();
    }
  });

  it('keeps a drag that begins before a wheel gesture has ended in the same change, which ends after both', async () => {
    const { controller, svg, log } = await mountZoom();
    const timers = fakeTimers();
    const mouse = (target: EventTarget, type: string, clientX: number) =>
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX, clientY: 10 }));
    try {
      wheel(svg, { deltaY: -100, ctrlKey: true });
      mouse(svg, 'mousedown', 200);
      mouse(window, 'mousemove', 150);
      // d3-zoom ends the wheel gesture now (150 ms after its last event), while the drag goes on.
      timers.run();
      expect(log, 'the change goes on while the drag does').to.deep.equal(['start']);
      const x = controller.transform.x;
      mouse(window, 'mousemove', 100);
      expect(controller.transform.x, 'the drag still pans').to.be.below(x);
      mouse(window, 'mouseup', 100);
      timers.run();
      expect(log).to.deep.equal(['start', 'end user moved']);
    } finally {
      timers.restore();
    }
  });

  it('draws a gesture’s changes once a frame, and lets go of the surface when the host leaves the page', async () => {
    const { host, controller, svg } = await mountZoom();
    await nextFrame();
    const updates = host.updates;
    for (let i = 0; i < 5; i++) wheel(svg, { deltaY: -10, ctrlKey: true });
    await nextFrame();
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 1);
    const parent = host.parentElement!;
    host.remove();
    const scale = controller.scale;
    wheel(svg, { deltaY: -100, ctrlKey: true });
    expect(controller.scale).to.equal(scale);
    parent.append(host);
    wheel(svg, { deltaY: -100, ctrlKey: true });
    expect(controller.scale, 'back with its gestures').to.be.greaterThan(scale);
  });
});
