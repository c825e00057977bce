import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import { MotionCanvas, type FramePainter } from '../src/controllers/motion-canvas.js';
import { mountHost } from './controller-host.js';

/** A painter that records what it is asked to do. */
function recordingPainter() {
  const calls: string[] = [];
  const painter: FramePainter<string, string> = {
    readPalette: (svg) => (calls.push(`palette of ${svg.getAttribute('class')}`), 'palette'),
    paintFrame: (canvas, view, palette) => void calls.push(`paint ${view} with ${palette} on ${canvas.className}`),
  };
  return { calls, painter };
}

async function mountCanvas(painter: FramePainter<string, string> | undefined) {
  return mountHost(
    (host) => new MotionCanvas<string, string, string>(host, () => painter),
    () => html`<svg class="chart"></svg><canvas class="motion"></canvas>`,
  );
}

/** A painter that fills the canvas, and a host whose canvas is hidden, as the timeline's is at rest. */
async function mountWarmCanvas() {
  const painted: string[] = [];
  const left: number[] = [];
  const painter: FramePainter<string, string> = {
    readPalette: () => 'palette',
    paintFrame: (canvas, view) => {
      painted.push(view);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = 'rgb(200, 0, 0)';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      // What a rehearsed frame leaves on the canvas once the task that painted it is over.
      if (view.includes('step')) queueMicrotask(() => left.push(inkOf(canvas)));
    },
  };
  let prepared!: () => void;
  const ready = new Promise<void>((resolve) => (prepared = resolve));
  /** The frames of the rehearsal, as the host lays them out: the next one each time one is asked for. */
  const rehearsed: string[] = [];
  const rehearse = (view: string): Iterator<string> => {
    prepared();
    let i = 0;
    return { next: () => (i < rehearsal.frames ? { value: (rehearsed.push(`${view} step ${++i}`), rehearsed.at(-1)!), done: false } : { value: undefined, done: true }) };
  };
  const rehearsal = { frames: 3 };
  const { host, controller } = await mountHost(
    (h) => new MotionCanvas<string, string, string>(h, () => painter, rehearse),
    () => html`<svg class="chart" width="200" height="100"></svg><canvas class="motion" hidden></canvas>`,
  );
  const canvas = host.renderRoot.querySelector('canvas')!;
  const ink = () => inkOf(canvas);
  return { host, controller, canvas, painted, ready, ink, rehearsed, rehearsal, left };
}

/** The alpha of every pixel of `canvas`, added up. */
const inkOf = (canvas: HTMLCanvasElement) =>
  canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.reduce((a, v, i) => (i % 4 === 3 ? a + v : a), 0);

/** Resolves in the next idle period (or, without idle callbacks, in a task of its own). */
const idle = () => new Promise<unknown>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve) : setTimeout(resolve)));

describe('MotionCanvas', () => {
  it('before the first gesture, paints once when idle, then takes part in a few frames unseen and is hidden again, clear', async () => {
    const { controller, canvas, painted, ready, ink } = await mountWarmCanvas();
    controller.warm('view at rest', MotionCanvas.minMarks);
    await ready;
    expect(painted, 'the view is painted once, then the rehearsal is asked for').to.deep.equal(['view at rest']);
    expect([canvas.width, canvas.height], 'sized to the chart').to.deep.equal([200, 100]);
    const style = getComputedStyle(canvas);
    expect(style.display, 'the hidden canvas takes part in frames').to.equal('block');
    expect(Number(style.opacity), 'too faint to be seen').to.be.within(0.0001, 0.005);
    let frames = 0;
    while (getComputedStyle(canvas).display !== 'none' && frames < 30) {
      await nextFrame();
      frames++;
    }
    expect(frames, 'shown for its frames, then hidden').to.be.within(MotionCanvas.warmFrames - 1, MotionCanvas.warmFrames + 2);
    expect(canvas.getAttribute('style') ?? '', 'its styles are the host\'s again').to.not.match(/display|opacity/);
    expect(canvas.hidden).to.be.true;
    expect(ink(), 'nothing is left on it').to.equal(0);
    controller.warm('view later', MotionCanvas.minMarks);
    await nextFrame();
    expect(getComputedStyle(canvas).display, 'once only').to.equal('none');
  });

  it('is not warmed for fewer events than a painted gesture needs, and is once there are enough', async () => {
    const { controller, canvas, painted, ready, rehearsed } = await mountWarmCanvas();
    controller.warm('few events', MotionCanvas.minMarks - 1);
    for (let i = 0; i < 3; i++) await idle(), await nextFrame();
    expect(painted, 'nothing painted').to.deep.equal([]);
    expect(rehearsed, 'nothing rehearsed').to.deep.equal([]);
    expect(getComputedStyle(canvas).display, 'never shown').to.equal('none');
    controller.warm('more events', MotionCanvas.minMarks);
    await ready;
    expect(painted).to.deep.equal(['more events']);
  });

  it('then lays out and paints the frames of a rehearsed gesture in idle time, one by one, and leaves the canvas clear', async () => {
    const { controller, canvas, painted, ready, ink, rehearsed, left } = await mountWarmCanvas();
    controller.warm('view at rest', MotionCanvas.minMarks);
    await ready;
    expect(rehearsed, 'no frame is laid out before the unseen frames are over').to.deep.equal([]);
    while (getComputedStyle(canvas).display !== 'none') {
      await nextFrame();
      expect(rehearsed, 'nor during them').to.deep.equal([]);
    }
    for (let i = 0; i < 100 && rehearsed.length < 3; i++) await (i % 2 ? nextFrame() : idle());
    const steps = ['view at rest step 1', 'view at rest step 2', 'view at rest step 3'];
    expect(rehearsed, 'each frame laid out when asked for').to.deep.equal(steps);
    expect(painted, 'and painted').to.deep.equal(['view at rest', ...steps]);
    expect(left, 'each cleared in the task that painted it').to.deep.equal([0, 0, 0]);
    for (let i = 0; i < MotionCanvas.warmFrames + 2; i++) await nextFrame();
    expect(ink(), 'nothing is left on it').to.equal(0);
  });

  it('stops the rehearsal when the reader\'s first gesture begins, and when the host leaves the page', async () => {
    for (const end of ['gesture', 'disconnect'] as const) {
      const { host, controller, ready, rehearsed, rehearsal } = await mountWarmCanvas();
      rehearsal.frames = Infinity;
      controller.warm('view at rest', MotionCanvas.minMarks);
      await ready;
      // The rehearsal begins in the idle time after the unseen frames.
      for (let i = 0; i < 100 && rehearsed.length === 0; i++) await (i % 2 ? nextFrame() : idle());
      expect(rehearsed.length, `${end}: frames rehearsed`).to.be.greaterThan(0);
      if (end === 'gesture') controller.arm(1);
      else host.remove();
      const count = rehearsed.length;
      for (let i = 0; i < 5; i++) await idle();
      expect(rehearsed.length, `${end}: no frame laid out after it`).to.equal(count);
    }
  });

  it('shows the canvas as it is to a gesture that begins during its unseen frames, and leaves its painting alone', async () => {
    const { host, controller, canvas, ready, ink } = await mountWarmCanvas();
    controller.warm('view at rest', MotionCanvas.minMarks);
    await ready;
    expect(canvas.style.opacity).to.not.equal('');
    controller.arm(MotionCanvas.minMarks);
    controller.start('drawn');
    expect(canvas.getAttribute('style') ?? '', 'seen at once').to.not.match(/display|opacity/);
    canvas.hidden = false; // as the host renders it while it paints
    controller.paint('frame 1');
    host.requestUpdate();
    await host.updateComplete;
    const painted = ink();
    expect(painted, 'the gesture\'s frame is on the canvas').to.equal(200 * 100 * 255);
    for (let i = 0; i < MotionCanvas.warmFrames + 2; i++) await nextFrame();
    expect(ink(), 'the unseen frames stopped').to.equal(painted);
    expect(getComputedStyle(canvas).opacity).to.equal('1');
  });


  it('is armed only for a frame of at least minMarks marks: fewer are left to the SVG', async () => {
    const { calls, painter } = recordingPainter();
    const { controller } = await mountCanvas(painter);
    controller.arm(MotionCanvas.minMarks - 1);
    controller.start('drawn before');
    expect(controller.frozen, 'a frame of few marks is not painted').to.equal(undefined);
    expect(calls).to.deep.equal([]);
    controller.arm(MotionCanvas.minMarks);
    controller.start('drawn before');
    expect(controller.frozen).to.equal('drawn before');
  });

  it('paints only a gesture that was armed, from its first zoom until it stops, after the host has drawn', async () => {
    const { calls, painter } = recordingPainter();
    const { host, controller } = await mountCanvas(painter);
    controller.start('drawn before');
    expect(controller.frozen, 'a change that is not the reader\'s gesture is not painted').to.equal(undefined);
    controller.arm(MotionCanvas.minMarks);
    controller.start('drawn before');
    controller.start('drawn later');
    expect(controller.frozen, 'the SVG keeps what it showed at the first zoom').to.equal('drawn before');
    expect(calls).to.deep.equal(['palette of chart']);
    controller.paint('frame 1');
    expect(calls.length, 'nothing is painted before the host updates').to.equal(1);
    host.requestUpdate();
    await host.updateComplete;
    expect(calls.at(-1)).to.equal('paint frame 1 with palette on motion');
    host.requestUpdate();
    await host.updateComplete;
    expect(calls.length, 'a frame is painted once').to.equal(2);
    controller.stop();
    controller.paint('frame 2');
    host.requestUpdate();
    await host.updateComplete;
    expect(controller.frozen).to.equal(undefined);
    expect(calls.length, 'nothing is painted once the gesture has stopped').to.equal(2);
  });

  it('leaves the gesture to the SVG until the painter has loaded', async () => {
    const { controller } = await mountCanvas(undefined);
    controller.arm(MotionCanvas.minMarks);
    controller.start('drawn');
    expect(controller.frozen).to.equal(undefined);
  });

  it('leaves the gesture to the SVG under forced colours, and warms nothing up', async function () {
    const emulate = (value: string) => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value }]);
    if ((await emulate('active')) !== true || !matchMedia('(forced-colors: active)').matches) {
      // Only Chromium (through the DevTools protocol) can emulate forced colours here.
      this.skip();
    }
    try {
      const { calls, painter } = recordingPainter();
      const { host, controller } = await mountCanvas(painter);
      controller.arm(MotionCanvas.minMarks);
      controller.start('drawn');
      expect(controller.frozen).to.equal(undefined);
      expect(calls).to.deep.equal([]);
      // Nor is it warmed up: the idle time after the controller's own, and the next frame, find nothing done.
      controller.warm('view', MotionCanvas.minMarks);
      await new Promise((resolve) => requestIdleCallback(resolve));
      await nextFrame();
      expect(calls).to.deep.equal([]);
      expect(getComputedStyle(host.renderRoot.querySelector('canvas')!).opacity).to.equal('1');
    } finally {
      await emulate('');
    }
  });
});
