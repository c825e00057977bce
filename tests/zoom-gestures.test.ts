import { expect, nextFrame } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { EventTimeline } from '../src/elements/event-timeline.js';
import { MotionCanvas } from '../src/controllers/motion-canvas.js';
import type { TimelineEvent } from '../src/data/types.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { centreX, endWheelGesture, eventIds, fakeTimers, mount, nodeOf, settle, visibleSpan } from './harness.js';

const events: TimelineEvent[] = Array.from({ length: 12 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  start: `2016-${String(i + 1).padStart(2, '0')}-10`,
  category: i % 2 ? 'military' : 'diplomacy',
}));

/** The twelve events in an `<event-timeline>` 700 px wide, with its chart and the chart's box. */
async function mountChart(attrs: Record<string, string> = {}): Promise<{ el: EventTimeline; svg: SVGSVGElement; box: DOMRect }> {
  const el = await mount('event-timeline', { widthPx: 700, style: 'margin: 0', props: { events }, attrs });
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
  return { el, svg, box: svg.getBoundingClientRect() };
}

/**
 * Two steps of a pinch (Ctrl + wheel) in at `at` over `svg`, each drawn: a gesture is drawn once a frame, each wheel
 * event, then the frame that draws it. The gesture goes on until the test runs d3-zoom's timers.
 */
async function pinchIn(el: EventTimeline, svg: SVGSVGElement, at: { clientX: number; clientY: number }): Promise<void> {
  for (let i = 0; i < 2; i++) {
    svg.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -20, ctrlKey: true, bubbles: true, cancelable: true }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
}

/** The RGBA of the canvas's pixel under the client point (`clientX`, `clientY`). */
function canvasPixel(canvas: HTMLCanvasElement, clientX: number, clientY: number): number[] {
  const box = canvas.getBoundingClientRect();
  const ratio = canvas.width / box.width;
  return [...canvas.getContext('2d')!.getImageData(Math.round((clientX - box.left) * ratio), Math.round((clientY - box.top) * ratio), 1, 1).data];
}

/** Touches at `xs` (client x), all at `clientY`, as one touch event on `target`; ids 1, 2, … in order. */
function touch(type: string, target: Element, xs: number[], clientY: number, changed = xs.map((_, i) => i)): TouchEvent {
  const touches = xs.map((clientX, i) => new Touch({ identifier: i + 1, target, clientX, clientY }));
  const e = new TouchEvent(type, {
    touches: type === 'touchend' ? [] : touches,
    targetTouches: type === 'touchend' ? [] : touches,
    changedTouches: changed.map((i) => touches[i]),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(e);
  return e;
}

/** Whether this engine can make touch events (desktop Firefox cannot). */
const canTouch = typeof Touch === 'function' && typeof TouchEvent === 'function' && (() => {
  try {
    new Touch({ identifier: 1, target: document.body, clientX: 0, clientY: 0 });
    return true;
  } catch {
    return false;
  }
})();

describe('zoom and pan gestures', () => {
  it('pans with a mouse drag, and keeps the view within the events', async () => {
    const { el, box } = await mountChart();
    el.zoomBy(4);
    await settle(el);
    const before = el.visibleRange;
    const y = Math.round(box.top + 25);
    /** Ten long drags to the right: far past the start of the events, were the view not kept within them. */
    const dragRightTenTimes = async () => {
      for (let i = 0; i < 10; i++) {
        await sendMouse({ type: 'move', position: [Math.round(box.left + 100), y] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [Math.round(box.left + 690), y] });
        await sendMouse({ type: 'up' });
      }
    };
    await sendMouse({ type: 'move', position: [Math.round(box.left + 400), y] });
    await sendMouse({ type: 'down' });
    for (const x of [380, 340, 300, 250]) await sendMouse({ type: 'move', position: [Math.round(box.left + x), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const after = el.visibleRange;
    expect(after[0]).to.be.greaterThan(before[0]);
    expect(after[1] - after[0]).to.be.closeTo(before[1] - before[0], 1000);
    await dragRightTenTimes();
    await settle(el);
    el.resetZoom();
    await settle(el);
    const full = el.visibleRange;
    el.zoomBy(4);
    await settle(el);
    await dragRightTenTimes();
    await settle(el);
    expect(el.visibleRange[0]).to.be.closeTo(full[0], 1000);
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`moves what is drawn with one shift while a drag pans, and lays it out again once the view rests, in the same px (${dir})`, async () => {
      const { el, box } = await mountChart({ dir });
      el.zoomBy(3);
      await settle(el);
      const [from, to] = el.visibleRange;
      const id = events.find((e) => {
        const ms = Date.parse(e.start as string);
        return ms > from + (to - from) / 3 && ms < to - (to - from) / 3;
      })!.id;
      const node = nodeOf(el, id);
      // Its marks, and its row.
      const drawn = () => `${node.getAttribute('transform')} ${node.innerHTML}`;
      const options = () => el.shadowRoot!.querySelectorAll('[part~="event"]').length;
      const [x0, html0, atRest] = [centreX(el, id), drawn(), options()];
      const y = Math.round(box.top + 25);
      await sendMouse({ type: 'move', position: [Math.round(box.left + 400), y] });
      await sendMouse({ type: 'down' });
      // The first move lays the frame out again with a margin on each side, in the px of the frame at rest; the next
      // ones only shift it. An event drawn at rest keeps its attributes throughout: only the layer around them moves.
      let moving = 0;
      try {
        for (const dx of [-20, -40, -60]) {
          await sendMouse({ type: 'move', position: [Math.round(box.left + 400 + dx), y] });
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await el.updateComplete;
          expect(nodeOf(el, id), 'the event keeps its node').to.equal(node);
          expect(centreX(el, id) - x0, `the event follows the drag (${dx} px)`).to.be.closeTo(dx, 1.5);
          expect(drawn(), 'its marks are not drawn again').to.equal(html0);
          moving = options();
        }
      } finally {
        await sendMouse({ type: 'up' });
      }
      expect(moving, 'the margin brings more events').to.be.greaterThan(atRest);
      await settle(el);
      expect(centreX(el, id) - x0, 'at rest it stays where the drag left it').to.be.closeTo(-60, 1.5);
      expect(options(), 'at rest it is laid out again, for the view alone').to.be.lessThan(moving);
      expect(nodeOf(el, id), 'and the event keeps its node').to.equal(node);
      expect(drawn(), 'and its attributes: it stays in its row').to.equal(html0);
    });
  }

  it("keeps a dense lane's cluster nodes and their attributes while a drag pans, and at rest", async () => {
    // Six events a day through 2014 in one lane: drawn as clusters, one per time bin.
    const dense: TimelineEvent[] = Array.from({ length: 6 * 365 }, (_, i) => ({
      id: `d${i}`, title: `Day ${i}`, start: new Date(Date.UTC(2014, 0, 1 + Math.floor(i / 6))).toISOString().slice(0, 10), category: 'military',
    }));
    const el = await mount('event-timeline', { widthPx: 700, style: 'margin: 0', props: { events: dense } });
    el.zoomBy(3);
    await settle(el);
    const box = el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
    const clusters = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.cluster')];
    const inMiddle = clusters().filter((c) => Math.abs(c.getBoundingClientRect().left - box.left - 350) < 150);
    expect(inMiddle.length, 'clusters in the middle of the view').to.be.greaterThan(3);
    const drawn = new Map(inMiddle.map((c) => [c, `${c.getAttribute('data-cluster')} ${c.getAttribute('transform')} ${c.innerHTML}`]));
    const y = Math.round(box.top + 25);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 400), y] });
    await sendMouse({ type: 'down' });
    try {
      for (const dx of [-20, -40]) {
        await sendMouse({ type: 'move', position: [Math.round(box.left + 400 + dx), y] });
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
        for (const [node, was] of drawn) {
          expect(node.isConnected, 'the cluster keeps its node').to.be.true;
          expect(`${node.getAttribute('data-cluster')} ${node.getAttribute('transform')} ${node.innerHTML}`, 'and its attributes').to.equal(was);
        }
      }
    } finally {
      await sendMouse({ type: 'up' });
    }
    await settle(el);
    for (const [node, was] of drawn) {
      expect(node.isConnected, 'at rest, the cluster keeps its node').to.be.true;
      expect(`${node.getAttribute('data-cluster')} ${node.getAttribute('transform')} ${node.innerHTML}`, 'and its attributes').to.equal(was);
    }
  });

  it('keeps the Tab stop on its node while a drag pans, and gives it to the first event in view once the view rests', async () => {
    const { el, box } = await mountChart();
    el.zoomBy(3);
    await settle(el);
    const stop = () => el.shadowRoot!.querySelector<SVGGElement>('[part~="event"][tabindex="0"]')?.dataset.id;
    const firstInView = () => {
      const [from] = el.visibleRange;
      return events.find((e) => Date.parse(e.start as string) >= from)!.id;
    };
    const before = stop();
    expect(before, 'at rest: the first event in view').to.equal(firstInView());
    const y = Math.round(box.top + 25);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 200), y] });
    await sendMouse({ type: 'down' });
    try {
      for (const dx of [80, 160, 240]) {
        await sendMouse({ type: 'move', position: [Math.round(box.left + 200 + dx), y] });
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await el.updateComplete;
        expect(stop(), `while the drag moves the view (${dx} px)`).to.equal(before);
      }
      expect(firstInView(), 'an earlier event has come into view').not.to.equal(before);
    } finally {
      await sendMouse({ type: 'up' });
    }
    await settle(el);
    expect(stop(), 'at rest again').to.equal(firstInView());
  });

  it('leaves a zoom gesture over fewer marks than MotionCanvas.minMarks to the SVG, which follows it', async () => {
    const { el, svg } = await mountChart();
    const canvas = el.shadowRoot!.querySelector('canvas.motion') as HTMLCanvasElement;
    const marks = el.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]').length;
    expect(marks, 'this chart draws few marks').to.be.below(MotionCanvas.minMarks);
    const before = centreX(el, 'e5');
    const timers = fakeTimers();
    try {
      await pinchIn(el, svg, { clientX: 40, clientY: 120 });
      expect(canvas.hidden, 'no canvas').to.be.true;
      expect(centreX(el, 'e5'), 'the SVG events move with the zoom').to.not.be.closeTo(before, 1);
      await endWheelGesture(el, timers);
    } finally {
      timers.restore();
    }
  });

  // Any frame is painted, however few its marks.
  const minMarks = MotionCanvas.minMarks;
  const paintingAny = (title: string, test: () => Promise<void>) =>
    it(title, async () => {
      MotionCanvas.minMarks = 0;
      try {
        await test();
      } finally {
        MotionCanvas.minMarks = minMarks;
      }
    });

  paintingAny('paints a zoom gesture on a canvas over the lanes, keeps the SVG under it as it was for focus and names, and draws it again at rest', async () => {
    // The zoom factors of the frames laid out, from the first update on.
    const laidOut: number[] = [];
    const lay = TimelineLayout.prototype.view;
    TimelineLayout.prototype.view = function (this: TimelineLayout, ...args: Parameters<TimelineLayout['view']>) {
      laidOut.push(args[0].k);
      return lay.apply(this, args);
    };
    let mounted: Awaited<ReturnType<typeof mountChart>>;
    const idle = () => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve));
    let painted = false;
    try {
      mounted = await mountChart();
      // Once the page is idle, the hidden canvas has been painted once, so that the first gesture finds it ready; it
      // then takes part in a few frames unseen, with a pixel on it.
      await idle();
      const canvas = mounted.el.shadowRoot!.querySelector('canvas.motion') as HTMLCanvasElement;
      painted = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.some((v) => v > 0);
      // In the idle periods after those frames, the frames of a rehearsed pinch are laid out, the first one step in.
      for (let i = 0; i < 100 && !laidOut.includes(2 ** 0.2); i++) await (i % 2 ? nextFrame() : idle());
    } finally {
      TimelineLayout.prototype.view = lay;
    }
    const { el, svg } = mounted;
    const canvas = el.shadowRoot!.querySelector('canvas.motion') as HTMLCanvasElement;
    const content = el.shadowRoot!.querySelector('g.events')!.parentElement!;
    const gridXs = () => [...svg.querySelectorAll('.grid line')].map((line) => line.getAttribute('x1'));
    const grid = gridXs();
    const axisAt = () => [...svg.querySelectorAll('.tick-label')].map((t) => `${t.textContent} ${t.getAttribute('x')}`);
    const axis = axisAt();
    // The toolbar's range and zoom buttons, and the overview's window.
    const shell = () => {
      const window = el.shadowRoot!.querySelector('[part~="overview"] .selection');
      const buttons = [...el.shadowRoot!.querySelectorAll('[part~="zoom-button"]')].map((b) => b.hasAttribute('disabled'));
      return [el.shadowRoot!.querySelector('[part~="range"]')?.textContent, buttons, window?.getAttribute('x'), window?.getAttribute('width')];
    };
    const shown = shell();
    expect(shown[2], 'the overview is drawn').to.be.a('string');
    const shift = content.getAttribute('transform');
    expect(canvas.hidden, 'no canvas at rest').to.be.true;
    expect(painted, 'the canvas is warmed up while idle').to.be.true;
    expect(laidOut, "and so is the layout of a zoom gesture's first frame").to.include(2 ** 0.2);
    // Zoom around an event's mark: it stays where it is while the view grows around it.
    const id = 'e5';
    const mark = nodeOf(el, id).querySelector('.mark')!.getBoundingClientRect();
    const at = { clientX: mark.left + mark.width / 2, clientY: mark.top + mark.height / 2 };
    const nodes = eventIds(el);
    const colour = getComputedStyle(nodeOf(el, id).querySelector('.mark')!).fill;
    // d3-zoom ends a wheel gesture after 150 ms without a wheel event: here, when the test runs its timers.
    const timers = fakeTimers();
    let painting!: ImageData;
    try {
      await pinchIn(el, svg, at);
      expect(canvas.hidden, 'the canvas shows the gesture').to.be.false;
      // The SVG under the canvas is left as it was: its events (with their names and the Tab stop), grid and axis.
      expect(eventIds(el), 'the SVG events are kept as they were').to.deep.equal(nodes);
      expect(content.getAttribute('transform'), 'and where they were').to.equal(shift);
      expect(gridXs(), 'and so is the grid').to.deep.equal(grid);
      expect(axisAt(), 'and so is the axis').to.deep.equal(axis);
      // So are the toolbar and the overview, which catch up at rest.
      expect(shell(), 'the toolbar and the overview keep the view the gesture began with').to.deep.equal(shown);
      // The mark is painted where it is on screen, in its category's colour.
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const pixel = (clientX: number, clientY: number) => canvasPixel(canvas, clientX, clientY);
      const [r, g, b] = colour.match(/\d+/g)!.map(Number);
      expect(pixel(at.clientX, at.clientY), `the mark of ${id} is painted in ${colour}`).to.deep.equal([r, g, b, 255]);
      // Below the axis the canvas hides the SVG: it paints the lanes, in their colours, with their names.
      const lane = svg.querySelector('.lane-bg')!;
      const laneBox = lane.getBoundingClientRect();
      const laneColour = getComputedStyle(lane).fill.match(/\d+/g)!.map(Number);
      expect(pixel(laneBox.right - 3, laneBox.top + 3), 'a lane, away from its marks').to.deep.equal([...laneColour.slice(0, 3), 255]);
      const name = svg.querySelector('.lane-label')!.getBoundingClientRect();
      const nameRow = canvas.getContext('2d')!.getImageData(Math.round((name.left - box.left) * ratio), Math.round((name.top + name.height / 2 - box.top) * ratio), Math.round(name.width * ratio), 1).data;
      const ink = nameRow.filter((v, i) => i % 4 === 0 && v !== laneColour[0]).length;
      expect(ink, "the lane's name is painted where the SVG draws it").to.be.greaterThan(2);
      // The axis and the grid move with the view: the canvas paints them (checked below, against the SVG at rest).
      painting = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      await endWheelGesture(el, timers);
    } finally {
      timers.restore();
    }
    await settle(el);
    expect(canvas.hidden, 'at rest the canvas is hidden').to.be.true;
    expect(gridXs(), 'at rest the SVG draws the grid of the view').to.not.deep.equal(grid);
    expect(axisAt(), 'and its axis').to.not.deep.equal(axis);
    const after = shell();
    expect(after[0], 'the toolbar shows the range at rest').to.not.equal(shown[0]);
    expect(after[1], 'and its zoom buttons the zoom (all of them enabled)').to.deep.equal([false, false, false]);
    expect(after.slice(2), "and the overview the view's window").to.not.deep.equal(shown.slice(2));
    // The view at rest is the one the last frame of the gesture painted: its ticks are where the canvas painted them.
    // The chart is all in the window: the canvas covered it, and has its width and height.
    const box = svg.getBoundingClientRect();
    const ratio = painting.width / box.width;
    expect(painting.height / ratio).to.be.closeTo(box.height, 1);
    const rgb = (x: number, y: number) => [...painting.data.slice(4 * (Math.round(y * ratio) * painting.width + Math.round(x * ratio)), 4 * (Math.round(y * ratio) * painting.width + Math.round(x * ratio)) + 3)].join();
    const tick = [...svg.querySelectorAll<SVGTextElement>('.tick-label')].find(
      (t) => t.getAttribute('text-anchor') === 'middle' && Number(t.getAttribute('x')) + t.getBBox().width / 2 + 45 < box.width,
    )!;
    const tickX = Number(tick.getAttribute('x'));
    const bottomPx = box.height - 2;
    const line = new Set([-1, 0, 1].map((dx) => rgb(tickX + dx, bottomPx)));
    expect(line.size, 'the grid line of a tick is painted down to the bottom').to.be.greaterThan(1);
    const label = tick.getBoundingClientRect();
    const labelY = label.top + label.height / 2 - box.top;
    const ink = new Set(Array.from({ length: Math.floor(label.width) }, (_, i) => rgb(label.left - box.left + i, labelY)));
    const blank = new Set(Array.from({ length: 20 }, (_, i) => rgb(tickX + label.width / 2 + 20 + i, labelY)));
    expect(ink.size, 'its label is painted on the axis').to.be.greaterThan(2);
    expect(blank.size, 'and the axis beside it is blank').to.equal(1);
    expect(centreX(el, id)).to.be.closeTo(at.clientX, 1.5);
    expect(visibleSpan(el)).to.be.below(0.99 * (Date.parse('2016-12-31') - Date.parse('2016-01-01')));
  });

  paintingAny('paints a chart taller than the window on a canvas of the window\'s height, over the part of the chart in it', async () => {
    // Rows of 400 px: the chart is taller than the window, and scrolled so that its top is above it.
    const el = await mount('event-timeline', { widthPx: 700, style: 'margin: 0; --timeline-lane-height: 400px', props: { events } });
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
    const canvas = el.shadowRoot!.querySelector('canvas.motion') as HTMLCanvasElement;
    expect(svg.getBoundingClientRect().height, 'the chart is taller than the window').to.be.above(innerHeight);
    const id = [...el.shadowRoot!.querySelectorAll('[data-id]')].map((n) => n.getAttribute('data-id')!).find((i) => {
      const r = nodeOf(el, i).querySelector('.mark')!.getBoundingClientRect();
      return r.top - svg.getBoundingClientRect().top > 200;
    })!;
    const mark = () => nodeOf(el, id).querySelector('.mark')!.getBoundingClientRect();
    scrollBy(0, mark().top - innerHeight / 2);
    try {
      const box = mark();
      expect(svg.getBoundingClientRect().top, 'the top of the chart is above the window').to.be.below(0);
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
      const colour = getComputedStyle(nodeOf(el, id).querySelector('.mark')!).fill;
      const timers = fakeTimers();
      try {
        await pinchIn(el, svg, at);
        expect(canvas.hidden, 'the canvas shows the gesture').to.be.false;
        const c = canvas.getBoundingClientRect();
        expect(c.height, 'as tall as the window').to.be.closeTo(innerHeight, 1);
        const chart = svg.getBoundingClientRect();
        expect(c.top, 'over the part of the chart in the window').to.be.at.most(Math.max(0, chart.top) + 1);
        expect(c.bottom).to.be.at.least(Math.min(innerHeight, chart.bottom) - 1);
        expect(c.top).to.be.at.least(chart.top - 1);
        expect(canvas.height / c.height, 'with its pixels').to.be.closeTo(devicePixelRatio, 0.01);
        const [r, g, b] = colour.match(/\d+/g)!.map(Number);
        expect(canvasPixel(canvas, at.clientX, at.clientY), `the mark of ${id} is painted where it is, in ${colour}`).to.deep.equal([r, g, b, 255]);
        await endWheelGesture(el, timers);
      } finally {
        timers.restore();
      }
    } finally {
      scrollTo(0, 0);
    }
  });

  paintingAny('paints over an opaque background on a canvas without alpha, and leaves a background made see-through later to the SVG', async () => {
    const { el, svg } = await mountChart();
    const canvas = el.shadowRoot!.querySelector('canvas.motion') as HTMLCanvasElement;
    const mark = nodeOf(el, 'e5').querySelector('.mark')!.getBoundingClientRect();
    const at = { clientX: mark.left + mark.width / 2, clientY: mark.top + mark.height / 2 };
    const pinch = async () => {
      const timers = fakeTimers();
      try {
        await pinchIn(el, svg, at);
        const painted = !canvas.hidden;
        // An event beside the one the gesture zooms around.
        const moved = centreX(el, 'e6');
        await endWheelGesture(el, timers);
        return { painted, moved };
      } finally {
        timers.restore();
        await settle(el);
      }
    };
    expect((await pinch()).painted, 'the canvas paints the gesture').to.be.true;
    // It has no alpha channel: a pixel cleared on it is opaque (black), where one with alpha would be see-through.
    // WebKit makes every 2D canvas with one (its context's attributes have no `alpha`).
    const ctx = canvas.getContext('2d')!;
    const alpha = ctx.getContextAttributes?.().alpha;
    if (alpha !== undefined) {
      expect(alpha, 'no alpha channel').to.be.false;
      ctx.clearRect(0, 0, 1, 1);
      expect(ctx.getImageData(0, 0, 1, 1).data[3], 'a cleared pixel is opaque').to.equal(255);
    }
    // A see-through background cannot be painted on it: the SVG draws the next gesture itself, and the page shows through.
    el.style.setProperty('--timeline-background', 'transparent');
    await settle(el);
    const before = centreX(el, 'e6');
    const gesture = await pinch();
    expect(gesture.painted, 'no canvas over a see-through background').to.be.false;
    expect(gesture.moved, 'the SVG events move with the zoom').to.not.be.closeTo(before, 1);
  });

  paintingAny('takes no click while the canvas shows a gesture, and takes it once the view rests', async () => {
    const { el, svg } = await mountChart();
    const canvas = el.shadowRoot!.querySelector('canvas.motion') as HTMLCanvasElement;
    const mark = nodeOf(el, 'e5').querySelector('.mark')!.getBoundingClientRect();
    const click = (id: string) => nodeOf(el, id).querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const timers = fakeTimers();
    try {
      await pinchIn(el, svg, { clientX: mark.left + mark.width / 2, clientY: mark.top + mark.height / 2 });
      expect(canvas.hidden, 'the canvas shows the gesture').to.be.false;
      // The node of e6 under the canvas is where e6 was before the zoom, not where the canvas draws it.
      click('e6');
      await nextFrame();
      expect(el.selected, 'nothing chosen under the canvas').to.equal(null);
      await endWheelGesture(el, timers);
    } finally {
      timers.restore();
    }
    await settle(el);
    expect(canvas.hidden, 'at rest').to.be.true;
    click('e6');
    await el.updateComplete;
    expect(el.selected, 'chosen at rest').to.equal('e6');
  });

  paintingAny('paints over a see-through background on a canvas with alpha, through which the page shows', async () => {
    const el = await mount('event-timeline', { widthPx: 700, style: 'margin: 0; --timeline-background: transparent', props: { events } });
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
    const canvas = el.shadowRoot!.querySelector('canvas.motion') as HTMLCanvasElement;
    const mark = nodeOf(el, 'e5').querySelector('.mark')!.getBoundingClientRect();
    const timers = fakeTimers();
    try {
      await pinchIn(el, svg, { clientX: mark.left + mark.width / 2, clientY: mark.top + mark.height / 2 });
      expect(canvas.hidden, 'the canvas paints the gesture').to.be.false;
      // On the axis, away from its labels, nothing is painted: the page shows through.
      const box = svg.getBoundingClientRect();
      expect(canvasPixel(canvas, box.right - 2, box.top + 2)[3], 'a see-through pixel on the axis').to.equal(0);
      await endWheelGesture(el, timers);
    } finally {
      timers.restore();
    }
  });

  paintingAny('paints a fold where the SVG draws it at rest: its band, and its zigzag edges from the axis to the bottom of the lanes', async () => {
    // Two early events and a busy late year: the quiet years between are folded.
    const folded: TimelineEvent[] = [
      { id: 'a', title: 'Early', start: '2011-03-15', category: 'military' },
      { id: 'b', title: 'Early too', start: '2011-09-01', category: 'diplomacy' },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `l${i}`, title: `Late ${i}`, start: `2016-${String(i + 2).padStart(2, '0')}-10`, category: i % 2 ? 'military' : 'diplomacy' })),
    ];
    const el = await mount('event-timeline', { widthPx: 700, style: 'margin: 0', props: { events: folded } });
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
    const canvas = el.shadowRoot!.querySelector('canvas.motion') as HTMLCanvasElement;
    expect(svg.querySelector('.fold-band'), 'a fold is drawn').to.exist;
    // Zooming about a point just after the fold keeps it in view.
    const before = svg.querySelector('.fold-band')!.getBoundingClientRect();
    const timers = fakeTimers();
    let painting!: ImageData;
    try {
      await pinchIn(el, svg, { clientX: before.right + 20, clientY: before.top + 40 });
      expect(canvas.hidden, 'the canvas shows the gesture').to.be.false;
      painting = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      await endWheelGesture(el, timers);
    } finally {
      timers.restore();
    }
    await settle(el);
    const box = svg.getBoundingClientRect();
    const ratio = painting.width / box.width;
    const band = svg.querySelector('.fold-band')!;
    const [x0, x1] = [Number(band.getAttribute('x')), Number(band.getAttribute('x')) + Number(band.getAttribute('width'))];
    const [top, bottom] = [Number(band.getAttribute('y')), Number(band.getAttribute('y')) + Number(band.getAttribute('height'))];
    expect(x0, 'the fold is still in view').to.be.within(10, box.width - 10);
    const rgb = (x: number, y: number) => {
      const i = 4 * (Math.round(y * ratio) * painting.width + Math.round(x * ratio));
      return [...painting.data.slice(i, i + 3)].join();
    };
    const middle = (x0 + x1) / 2;
    // Each row of px from just below the axis to the bottom of the lanes has the edge's ink about x0: a pixel of
    // another colour than the band's within its zigzag's reach.
    const bare: number[] = [];
    for (let y = Math.ceil(top) + 1; y <= Math.floor(bottom) - 1; y++) {
      const bandColour = rgb(middle, y);
      const edge = Array.from({ length: 9 }, (_, i) => rgb(x0 - 4 + i, y));
      if (!edge.some((c) => c !== bandColour)) bare.push(y);
    }
    expect(bare, 'rows of the fold without its edge').to.deep.equal([]);
  });

  it('does not select an event when a drag ends on it, but a click selects it', async () => {
    const { el } = await mountChart();
    const mark = el.shadowRoot!.querySelector('[data-id="e5"] .mark')!;
    const r = mark.getBoundingClientRect();
    const [cx, cy] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    await sendMouse({ type: 'move', position: [cx + 60, cy] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [cx + 30, cy] });
    await sendMouse({ type: 'move', position: [cx, cy] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(el.selected).to.be.null;
    const r2 = el.shadowRoot!.querySelector('[data-id="e5"] .mark')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r2.left + r2.width / 2), Math.round(r2.top + r2.height / 2)] });
    await settle(el);
    expect(el.selected).to.equal('e5');
  });

  it('zooms with a two-finger pinch around the fingers, and pans with one finger', async function () {
    if (!canTouch) this.skip();
    const { el, svg, box } = await mountChart();
    const full = visibleSpan(el);
    const y = box.top + 40;
    const mid = box.left + 350;
    touch('touchstart', svg, [mid - 50, mid + 50], y);
    touch('touchmove', svg, [mid - 100, mid + 100], y);
    touch('touchend', svg, [mid - 100, mid + 100], y);
    await settle(el);
    expect(visibleSpan(el), 'fingers twice as far apart: twice as close').to.be.closeTo(full / 2, full * 0.02);
    const before = el.visibleRange;
    touch('touchstart', svg, [mid], y);
    touch('touchmove', svg, [mid - 60], y);
    touch('touchmove', svg, [mid - 120], y);
    touch('touchend', svg, [mid - 120], y);
    await settle(el);
    expect(el.visibleRange[0]).to.be.greaterThan(before[0]);
  });

  it('pans with a horizontal wheel and zooms around the pointer with Ctrl + wheel', async () => {
    const { el, svg, box } = await mountChart();
    const at = { clientX: box.left + 100, clientY: box.top + 40, bubbles: true, cancelable: true, composed: true };
    const zoom = new WheelEvent('wheel', { ...at, deltaY: -200, ctrlKey: true });
    const instantUnder = (px: number) => el.visibleRange[0] + ((el.visibleRange[1] - el.visibleRange[0]) * px) / box.width;
    const before = instantUnder(100);
    svg.dispatchEvent(zoom);
    await settle(el);
    expect(zoom.defaultPrevented).to.be.true;
    expect(instantUnder(100), 'the instant under the pointer stays put').to.be.closeTo(before, 3600e3 * 24);
    const start = el.visibleRange[0];
    const pan = new WheelEvent('wheel', { ...at, deltaX: 120, deltaY: 5 });
    svg.dispatchEvent(pan);
    await settle(el);
    expect(pan.defaultPrevented).to.be.true;
    expect(el.visibleRange[0]).to.be.greaterThan(start);
  });

  it('fires timeline-range-change once for a drag, with ISO dates, and never for a change made by code', async () => {
    const { el, box } = await mountChart();
    const fired: CustomEvent<{ from: string; to: string }>[] = [];
    el.addEventListener('timeline-range-change', (e) => fired.push(e));
    el.zoomBy(4);
    el.resetZoom();
    el.zoomBy(4);
    await settle(el);
    expect(fired, 'zoomBy() and resetZoom() fire nothing').to.have.length(0);
    const y = Math.round(box.top + 25);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 400), y] });
    await sendMouse({ type: 'down' });
    for (const x of [380, 340, 300, 250]) await sendMouse({ type: 'move', position: [Math.round(box.left + x), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(fired).to.have.length(1);
    const { from, to } = fired[0].detail;
    expect(from).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect([Date.parse(from), Date.parse(to)]).to.deep.equal(el.visibleRange.map((ms) => Math.trunc(ms)));
  });

  it('keeps the page zoom off Ctrl + wheel at the deepest zoom, where the view cannot zoom further', async () => {
    const { el, svg, box } = await mountChart();
    el.zoomBy(1e9);
    await settle(el);
    const wheel = new WheelEvent('wheel', { clientX: box.left + 100, clientY: box.top + 40, deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, composed: true });
    svg.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.be.true;
  });
});
