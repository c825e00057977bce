import { expect } from '@open-wc/testing';
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

describe('MotionCanvas', () => {
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

  it('leaves the gesture to the SVG under forced colours', async function () {
    const emulate = (value: string) => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value }]);
    if ((await emulate('active')) !== true || !matchMedia('(forced-colors: active)').matches) {
      // Only Chromium (through the DevTools protocol) can emulate forced colours here.
      this.skip();
    }
    try {
      const { calls, painter } = recordingPainter();
      const { controller } = await mountCanvas(painter);
      controller.arm(MotionCanvas.minMarks);
      controller.start('drawn');
      expect(controller.frozen).to.equal(undefined);
      expect(calls).to.deep.equal([]);
    } finally {
      await emulate('');
    }
  });
});
