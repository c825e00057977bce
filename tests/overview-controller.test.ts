import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { OverviewController } from '../src/controllers/overview-controller.js';
import { overviewBins, windowFromKeys, type WindowKey } from '../src/layout/overview.js';
import { hostStyles } from '../src/elements/styles/host.styles.js';
import { overviewStyles } from '../src/elements/styles/overview.styles.js';
import { renderOverview } from '../src/elements/templates/overview.js';
import { mountHost } from './controller-host.js';
import { pressShifted } from './harness.js';

const W = 400;
const H = 32;
const MIN_PX = 20;
/** Lane 0: ten events at 60 px; lane 1: one event at 300 px. */
const bins = overviewBins([{ positionsPx: new Array(10).fill(60) }, { positionsPx: [300] }], W);
const folds = [{ x0Px: 200, x1Px: 240, name: 'No events, 2014 to 2015' }];

type Call = [number, number, boolean];

/**
 * A host drawing a 400 × 32 overview strip (the timeline's tokens and the strip's styles adopted), with the window at
 * [100, 200] base px; `calls` records what `onWindow` was told.
 */
async function mountOverview(mirror = false) {
  const calls: Call[] = [];
  const words = { valueText: 'Showing Mar 2016 to Jan 2017' };
  const { host, controller } = await mountHost(
    (h) => {
      h.style.width = `${W}px`;
      const c = new OverviewController(h, { onWindow: (x0, x1, final) => void calls.push([x0, x1, final]) });
      c.configure(W, H, MIN_PX, mirror);
      c.sync(100, 200);
      return c;
    },
    (c) =>
      renderOverview({
        widthPx: W,
        heightPx: H,
        bins,
        laneClasses: ['cat-military', 'cat-diplomacy'],
        folds,
        window: c.window,
        mirror,
        label: 'Visible window',
        valueText: words.valueText,
        brush: c.brush(),
      }),
  );
  host.shadowRoot!.adoptedStyleSheets = [hostStyles.styleSheet!, overviewStyles.styleSheet!];
  const root = host.shadowRoot!;
  const strip = root.querySelector<SVGSVGElement>('[part="overview"]')!;
  const slider = root.querySelector<SVGRectElement>('.selection')!;
  const box = strip.getBoundingClientRect();
  const y = Math.round(box.top + H / 2);
  /** The client x of base px `xPx`, as drawn (mirrored or not). */
  const clientX = (xPx: number) => Math.round(box.left + (mirror ? W - xPx : xPx));
  /** The window d3-brush draws, in base px. */
  const drawn = (): [number, number] => {
    const x = Number(slider.getAttribute('x'));
    const width = Number(slider.getAttribute('width'));
    return mirror ? [W - x - width, W - x] : [x, x + width];
  };
  /** A mouse drag from base px `fromPx` to `toPx`, across the middle of the strip; the px actually moved. */
  const drag = async (fromPx: number, toPx: number) => {
    const [from, to] = [clientX(fromPx), clientX(toPx)];
    await sendMouse({ type: 'move', position: [from, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round((from + to) / 2), y] });
    await sendMouse({ type: 'move', position: [to, y] });
    await sendMouse({ type: 'up' });
    return mirror ? from - to : to - from;
  };
  return { host, controller, calls, words, root, strip, slider, clientX, y, drawn, drag };
}

/** The last call, and the number of final ones. */
const finals = (calls: Call[]) => calls.filter((c) => c[2]);

/** Presses `key`, with Shift held if asked. */
async function press(key: string, shift = false) {
  if (shift) await pressShifted(key);
  else await sendKeys({ press: key });
}

function expectWindow(actual: readonly [number, number, ...unknown[]], expected: readonly number[], message?: string) {
  expect(actual[0], message).to.be.closeTo(expected[0], 1);
  expect(actual[1], message).to.be.closeTo(expected[1], 1);
}

describe('OverviewController', () => {
  afterEach(() => resetMouse());

  it('pans with a drag of the window, telling the window while it moves and once, as final, at the end', async () => {
    const { calls, drawn, drag } = await mountOverview();
    const dx = await drag(150, 210);
    expect(finals(calls), 'one final call').to.have.length(1);
    expect(calls.at(-1)![2], 'the final call comes last').to.be.true;
    expect(calls.length, 'calls while dragging').to.be.greaterThan(1);
    expectWindow(calls.at(-1)!, [100 + dx, 200 + dx]);
    expectWindow(drawn(), [100 + dx, 200 + dx]);
  });

  it('resizes with a drag of an edge, and keeps the window at least as wide as allowed', async () => {
    const { calls, controller, drag } = await mountOverview();
    const dx = await drag(200, 260);
    expect(finals(calls)).to.have.length(1);
    expectWindow(calls.at(-1)!, [100, 200 + dx]);
    calls.length = 0;
    controller.sync(100, 200);
    await drag(200, 105);
    expect(finals(calls)).to.have.length(1);
    const [x0, x1] = calls.at(-1)!;
    expect(x1 - x0, 'widened to the narrowest window').to.be.closeTo(MIN_PX, 1e-6);
    expect((x0 + x1) / 2, 'around its centre').to.be.closeTo(102.5, 1);
    for (const [a, b] of calls) expect(b - a, 'never narrower, even while dragging').to.be.at.least(MIN_PX - 1e-6);
  });

  it('jumps with a click beside the window, keeping its width, clamped to the ends', async () => {
    const { calls, drawn, clientX, y } = await mountOverview();
    await sendMouse({ type: 'click', position: [clientX(320), y] });
    expect(calls).to.have.length(1);
    expectWindow(calls[0], [270, 370]);
    expect(calls[0][2]).to.be.true;
    expectWindow(drawn(), [270, 370]);
    await sendMouse({ type: 'click', position: [clientX(20), y] });
    expect(calls).to.have.length(2);
    expectWindow(calls[1], [0, 100]);
  });

  it('jumps with a click on a fold too, whose title names it', async () => {
    const { calls, root, clientX, y } = await mountOverview();
    expect(root.querySelector('.fold title')!.textContent).to.equal(folds[0].name);
    await sendMouse({ type: 'click', position: [clientX(220), y] });
    expect(calls).to.have.length(1);
    expectWindow(calls[0], [170, 270]);
  });

  it('sync() moves the window and tells nobody; it does nothing when the window is the same', async () => {
    const { controller, calls, drawn, slider } = await mountOverview();
    controller.sync(50, 120);
    expect(drawn()).to.deep.equal([50, 120]);
    expect(slider.getAttribute('aria-valuenow')).to.equal('50');
    const x = slider.getAttribute('x');
    controller.sync(50, 120);
    expect(slider.getAttribute('x')).to.equal(x);
    expect(calls).to.deep.equal([]);
  });

  /** [keys (Shift held: a `+` before), the window change windowFromKeys gives, in order] */
  const keyCases: [string, WindowKey][] = [
    ['ArrowRight', 'later'],
    ['+ArrowLeft', 'narrower'],
    ['+ArrowRight', 'wider'],
    ['ArrowLeft', 'earlier'],
    ['End', 'last'],
    ['Home', 'first'],
  ];

  it('moves and resizes the window from the keyboard as windowFromKeys() says, once per key', async () => {
    const { calls, slider, drawn } = await mountOverview();
    slider.focus();
    let expected: [number, number] = [100, 200];
    for (const [key, change] of keyCases) {
      calls.length = 0;
      await press(key.replace('+', ''), key.startsWith('+'));
      expected = windowFromKeys(expected, W, change, MIN_PX);
      expect(calls, key).to.have.length(1);
      expectWindow(calls[0], expected, key);
      expect(calls[0][2]).to.be.true;
      expectWindow(drawn(), expected, key);
      expect(slider.getAttribute('aria-valuenow')).to.equal(String(Math.round(expected[0])));
    }
    calls.length = 0;
    await press('PageUp');
    expectWindow(calls[0], [expected[1], 2 * expected[1] - expected[0]], 'Page Up: a whole window later');
  });

  it('mirrored, inverts the px of a drag and the arrows', async () => {
    const { calls, drawn, drag, slider, strip } = await mountOverview(true);
    expect(Number(slider.getAttribute('x')), 'drawn from the right').to.equal(W - 200);
    const dx = await drag(150, 210);
    expect(dx, 'later in time is to the left').to.equal(60);
    expectWindow(calls.at(-1)!, [160, 260]);
    expectWindow(drawn(), [160, 260]);
    calls.length = 0;
    slider.focus();
    await press('ArrowRight');
    expectWindow(calls[0], windowFromKeys([160, 260], W, 'earlier', MIN_PX));
    await press('ArrowLeft');
    await press('ArrowLeft');
    expectWindow(calls[2], windowFromKeys(windowFromKeys([150, 250], W, 'later', MIN_PX), W, 'later', MIN_PX));
    const densest = strip.querySelector('.cat-military')!.getBoundingClientRect();
    expect(densest.left - strip.getBoundingClientRect().left, 'the histogram mirrored').to.be.closeTo(W - 64, 1);
  });

  it('names the slider and says its value, and keeps the words of the last render', async () => {
    const { host, slider, words, controller } = await mountOverview();
    expect(slider.getAttribute('role')).to.equal('slider');
    expect(slider.getAttribute('tabindex')).to.equal('0');
    expect(slider.getAttribute('aria-label')).to.equal('Visible window');
    expect(slider.getAttribute('aria-valuetext')).to.equal('Showing Mar 2016 to Jan 2017');
    expect([slider.getAttribute('aria-valuemin'), slider.getAttribute('aria-valuemax')]).to.deep.equal(['0', `${W}`]);
    words.valueText = 'Showing Apr 2016 to Feb 2017';
    controller.sync(120, 220);
    host.requestUpdate();
    await host.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('Showing Apr 2016 to Feb 2017');
    expect(slider.getAttribute('aria-valuenow')).to.equal('120');
  });

  it('draws one path per lane in its colour, taller where there are more events, hidden from screen readers', async () => {
    const { root } = await mountOverview();
    const paths = [...root.querySelectorAll<SVGPathElement>('.histogram path')];
    expect(paths.map((p) => p.getAttribute('class'))).to.deep.equal([
      'lane-density cat-military',
      'lane-density cat-diplomacy',
    ]);
    const [dense, sparse] = paths.map((p) => p.getBBox());
    // Ten events against one: the bar grows with the square root of its count, and a lone event still shows.
    expect(dense.height / sparse.height).to.be.closeTo(Math.sqrt(10), 0.05);
    expect(sparse.height).to.be.at.least(3);
    expect([dense.x, sparse.x]).to.deep.equal([60, 300]);
    expect(getComputedStyle(paths[0]).fill, 'coloured by its class').to.not.equal(getComputedStyle(paths[1]).fill);
    expect(root.querySelector('.histogram')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('.folds')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('exposes only the slider, and passes axe', async () => {
    const { host } = await mountOverview();
    await expect(host).to.be.accessible();
    type AxNode = { role: string; name: string; children: AxNode[] };
    const tree = (await executeServerCommand('accessibility-tree')) as AxNode | false;
    if (!tree) return;
    const all: AxNode[] = [];
    const walk = (n: AxNode) => (all.push(n), n.children.forEach(walk));
    walk(tree);
    expect(all.filter((n) => n.role === 'slider').map((n) => n.name)).to.deep.equal(['Visible window']);
    expect(all.some((n) => /No events/.test(n.name)), 'the fold titles are not exposed').to.be.false;
  });

  it('lets go of the strip when the host leaves the page, and takes it again when it comes back', async () => {
    const { host, calls, slider, drag } = await mountOverview();
    const parent = host.parentElement!;
    host.remove();
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(calls).to.deep.equal([]);
    parent.append(host);
    await host.updateComplete;
    await drag(150, 170);
    expect(finals(calls)).to.have.length(1);
    expectWindow(calls.at(-1)!, [120, 220]);
  });
});
