// `npm run bench` (= `npm run build && node bench/run.mjs`): <syria-timeline> side by side with vis-timeline and a
// naive D3 SVG timeline, in Debian's headless Chromium, on bench/data.mjs's seeded datasets, and, loaded with its first
// render only, the stack alone (bench/stack.js). See bench/README.md.
//
//   node bench/run.mjs [--quick] [--only=ours,vis,naive,stack] [--n=10,1000] [--reps=5] [--timeout=120] [--write]
//
// For each repetition, for each (contender, N) in turn (round robin, so that a noisy minute of the machine hits every
// contender alike), in a fresh browser context: load the page, fetch the dataset, then measure
//   load    (ours, naive and the stack alone) first, in a context of its own: a page without the contender's code imports its bundle and
//           draws the events, timed from before the import to the frame after the one that paints;
//   render  time to first render, main-thread and style+layout time (CDP Performance.getMetrics deltas), JS heap after GC
//           (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), DOM elements (shadow trees included);
//   zoom    a trackpad pinch at the middle of the plot: 40 wheel events in, then 40 out, one every 8 ms (~120 Hz),
//           each zooming by 2^0.2 (ours: Ctrl + deltaY 10; naive: deltaY 100; vis: one tick, with zoomFriction set
//           to match); reports the depth reached (the deepest view drawn, 256× expected, under 8× fails);
//   pan     at 8× zoom, a drag of 60 mouse moves of 10 px, one every 8 ms; reports how far the view moved (600 px);
//   keys    (ours only) 60 ArrowRight presses with an event focused, at 8× zoom, one per animation frame.
// Zoom and pan input is real input (CDP Input.dispatchMouseEvent) sent on a fixed 8 ms schedule without waiting for
// frames or acknowledgements, so that Chromium delivers and coalesces it as it does a trackpad's or a mouse's. The page
// records rAF timestamps; frame stats cover the first input event to the frame that draws the last.
// Prints Markdown tables of the medians; a full run writes bench/results.md and bench/results.json, a partial one
// (--quick, --only, --n) writes to node_modules/.cache/bench/ unless --write is given.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { frameStats, gestureFrames, median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const CACHE = join(ROOT, 'node_modules/.cache/bench');
const BUNDLE = join(ROOT, 'dist/syria-timeline.bundle.js');
/**
 * The bundle is copied here when the run starts and served as /dist/syria-timeline.bundle.js, so that every
 * measurement of one run uses the same build even if `npm run build` or `npm test` empties dist/ meanwhile. It and
 * the naive page's bundle are named after the process, so that runs from several checkouts sharing one node_modules
 * do not serve each other's; both are removed on exit.
 */
const BUNDLE_SNAPSHOT = join(CACHE, `syria-timeline.bundle.${process.pid}.js`);
const NAIVE_OUT = join(CACHE, `naive.${process.pid}.js`);
const STACK_OUT = join(CACHE, `stack.${process.pid}.js`);

const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
// The quiet flags of scripts/screenshot.mjs, and no address-bar popup: headless Chromium (from version 156 on, at
// least) loads that popup's WebUI, a renderer of its own running about a second of script, in every new browser
// context, which is every repetition here. On a 2-core machine it took the other core for the first second after each
// page loaded, during the first render and the first gesture of every contender (see README, "How it measures").
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
const VIEWPORT = { width: 1280, height: 900 };

const CONTENDERS = {
  ours: { label: 'ours (syria-timeline)', page: 'ours.html', sizes: [10, 1000, 10000, 100000], quick: [10, 1000, 10000] },
  naive: { label: 'naive D3', page: 'naive.html', sizes: [10, 1000, 10000], quick: [10, 1000, 10000] },
  // Measured in the load phase only, with the naive timeline's data (see bench/stack.js).
  stack: { label: 'the stack alone', loadOnly: true, data: 'naive', sizes: [10, 1000], quick: [10, 1000] },
  // vis-timeline at 10,000 events takes minutes to render: left out (see README).
  vis: { label: 'vis-timeline 8.5', page: 'vis.html', sizes: [10, 1000], quick: [10, 1000] },
};
const ORDER = ['ours', 'naive', 'stack', 'vis'];
/** The contenders whose bundle is also measured loaded with the first render (see the `load` phase). */
const LOADED = new Set(['ours', 'naive', 'stack']);

/**
 * Gestures are sent as a trackpad sends them: one input event every INPUT_INTERVAL_MS (~120 Hz), whatever the frame
 * rate, as real (trusted) input through CDP `Input.dispatchMouseEvent`, without waiting for a frame or for Chromium's
 * acknowledgement between events. Chromium then delivers them as it delivers a trackpad's: a blocking wheel listener
 * gets one event at a time, and the ones sent meanwhile are coalesced (their deltas summed) into the next one.
 */
const INPUT_INTERVAL_MS = 8;
/**
 * Each wheel event of the zoom gesture zooms by 2^0.2, as one event of a trackpad pinch does with ours (40 in =
 * 256×). d3-zoom (ours, naive): k *= 2^(-deltaY × 0.002 × (ctrlKey ? 10 : 1)) for pixel deltas. vis-timeline zooms by
 * 1 + ticks / zoomFriction per event whatever deltaY, where Chromium counts one tick (wheelDelta 120) per wheel event
 * sent (coalesced events add theirs); its page sets zoomFriction = 1 / (2^0.2 − 1).
 */
const WHEEL = {
  ours: { deltaY: 10, ctrl: true }, // Ctrl + wheel, as a pinch arrives: a plain wheel scrolls the page
  naive: { deltaY: 100, ctrl: false },
  vis: { deltaY: 100, ctrl: false }, // deltaY does not change vis's zoom; 100 is a wheel notch
};
const ZOOM_EVENTS = 40; // in, then as many out
/** A zoom gesture that did not reach this depth did not measure a zoom: the repetition counts as failed. */
const MIN_ZOOM_DEPTH = 8;
const PAN_MOVES = 60;
const PAN_STEP_PX = 10;
/** A drag that moved the view further than this from PAN_MOVES × PAN_STEP_PX did not measure a pan (failed). */
const PAN_TOLERANCE_PX = 150;
const KEY_STEPS = 60;
const GESTURE_ZOOM = 8; // the zoom level of the pan and key gestures
/** CDP `Input.dispatchMouseEvent` modifier bit of the Ctrl key. */
const CTRL = 2;

// ---------------------------------------------------------------------------------------------------------------
// options

function usage() {
  return `usage: node bench/run.mjs [options]   (npm run bench -- [options])
  --quick            2 repetitions, ours up to 10,000 events (a sanity run)
  --only=LIST        contenders to run, of: ${ORDER.join(', ')}
  --n=LIST           only these sizes, e.g. --n=10,1000
  --reps=R           repetitions (default 5, or env BENCH_REPS; --quick: 2)
  --timeout=S        seconds allowed per measurement (default 120, or env BENCH_TIMEOUT)
  --settle=MS        begin the zoom, the first gesture, no sooner than MS after the first render ends (default 0,
                     or env BENCH_SETTLE: as soon as the render's measurements are taken)
  --js-flags=FLAGS   V8 flags for every contender's pages, as Chromium's --js-flags takes them (a partial run), e.g.
                     --js-flags="--no-maglev --no-turbofan": how much of a first render V8's optimising compilers take
  --pause=MS         the pan and the keys begin MS after the gesture before them (a partial run): a reader's pause,
                     so that each gesture is a change of the view of its own (d3-zoom ends a wheel gesture 150 ms
                     after its last event)
  --write            write bench/results.{md,json} even for a partial run`;
}

function parseArgs(argv) {
  const o = {
    quick: false, only: null, sizes: null, reps: null, timeoutS: Number(process.env.BENCH_TIMEOUT) || 120,
    settleMs: Number(process.env.BENCH_SETTLE) || 0, pauseMs: 0, write: false, jsFlags: '',
  };
  for (const arg of argv) {
    const [flag, value] = arg.split(/=(.*)/s);
    const list = () => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (flag === '--quick') o.quick = true;
    else if (flag === '--write') o.write = true;
    else if (flag === '--only') {
      o.only = list();
      const unknown = o.only.filter((c) => !CONTENDERS[c]);
      if (unknown.length || !o.only.length) throw new Error(`--only takes ${ORDER.join(', ')}; got ${value}`);
    } else if (flag === '--n') {
      o.sizes = list().map((s) => Number(s.replace(/_/g, '')));
      if (!o.sizes.length || o.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--n takes sizes such as 10,1000; got ${value}`);
    } else if (flag === '--reps') {
      o.reps = Number(value);
      if (!Number.isInteger(o.reps) || o.reps <= 0) throw new Error(`--reps takes a positive whole number; got ${value}`);
    } else if (flag === '--timeout') {
      o.timeoutS = Number(value);
      if (!(o.timeoutS > 0)) throw new Error(`--timeout takes seconds; got ${value}`);
    } else if (flag === '--settle') {
      o.settleMs = Number(value);
      if (!(o.settleMs >= 0)) throw new Error(`--settle takes ms; got ${value}`);
    } else if (flag === '--pause') {
      o.pauseMs = Number(value);
      if (!(o.pauseMs >= 0)) throw new Error(`--pause takes ms; got ${value}`);
    } else if (flag === '--js-flags') {
      o.jsFlags = (value ?? '').trim();
      if (!o.jsFlags.startsWith('--')) throw new Error(`--js-flags takes V8 flags such as --js-flags=--no-maglev; got ${value}`);
    } else if (flag === '--help' || flag === '-h') {
      console.log(usage());
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${usage()}`);
  }
  if (o.reps == null) o.reps = o.quick ? 2 : Number(process.env.BENCH_REPS) || 5;
  o.partial = o.quick || o.only != null || o.sizes != null || o.settleMs > 0 || o.pauseMs > 0 || o.jsFlags !== '';
  return o;
}

// ---------------------------------------------------------------------------------------------------------------
// resources that must be released on exit or Ctrl+C

let browser = null;
let server = null;
let shuttingDown = false;

async function closeBrowser() {
  const b = browser;
  browser = null;
  if (!b) return;
  const proc = b.process?.();
  await Promise.race([b.close().catch(() => {}), sleep(10_000)]);
  if (proc && proc.exitCode == null) proc.kill('SIGKILL');
}

async function cleanup() {
  await closeBrowser();
  const s = server;
  server = null;
  await s?.close();
  for (const file of [BUNDLE_SNAPSHOT, NAIVE_OUT, STACK_OUT]) rmSync(file, { force: true });
}

function onSignal(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.error(`\nbench: ${signal}, closing the browser and the server`);
  cleanup().finally(() => process.exit(130));
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** V8 flags for every page (`--js-flags`); none by default. */
let jsFlags = '';

async function launch() {
  if (shuttingDown) throw new Error('interrupted');
  const args = jsFlags ? [...CHROMIUM_ARGS, `--js-flags=${jsFlags}`] : CHROMIUM_ARGS;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
  return browser;
}

// ---------------------------------------------------------------------------------------------------------------
// one measurement

class TimeoutError extends Error {}

/** `promise`, or a TimeoutError after `ms`. The promise's own later rejection is swallowed. */
function withTimeout(promise, ms, what) {
  let timer;
  promise.catch(() => {});
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`${what}: no result within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

async function getMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Elements in the document and in every open shadow tree, and the number of shadow trees. */
function countNodes() {
  let elements = 0;
  let shadowRoots = 0;
  const visit = (root) => {
    const all = root.querySelectorAll('*');
    elements += all.length;
    for (const el of all) {
      if (el.shadowRoot) {
        shadowRoots++;
        visit(el.shadowRoot);
      }
    }
  };
  visit(document);
  return { elements, shadowRoots };
}

/**
 * In the page: records the timestamp of every animation frame, the span of the view it shows, and when each input
 * event of the gesture reached the page (a capture listener on window, before the contender's own). `until` says when
 * all of the gesture's input has arrived: `wheel` when the wheel deltas received add up to zero again (the gesture
 * zooms in, then out as far; a coalesced event carries the sum of its deltas), `pointerup` at the end of the drag,
 * `keyup` at the `count`-th key release. `window.__frames.done` resolves two frames after that (the frame that
 * handles the last input, and the one that draws it).
 */
function startRecording({ until, count }) {
  const rec = { ts: [], spans: [], inputs: [], delivered: {}, on: true };
  window.__frames = rec;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  let finish;
  rec.done = new Promise((resolve) => (finish = resolve));
  let wheelSum = 0;
  let seen = 0;
  // Pointer events, not mouse events: a page that cancels pointerdown (vis-timeline's Hammer.js) gets no mouse events.
  const types = ['wheel', 'pointerdown', 'pointermove', 'pointerup', 'keydown', 'keyup'];
  const onInput = (e) => {
    if (!e.isTrusted || !rec.on) return;
    rec.inputs.push(performance.now());
    rec.delivered[e.type] = (rec.delivered[e.type] ?? 0) + 1;
    if (e.type === 'wheel') wheelSum += e.deltaY;
    const arrived = until === 'wheel' ? e.type === 'wheel' && Math.abs(wheelSum) < 1e-6 : e.type === until && ++seen === count;
    if (!arrived) return;
    for (const type of types) removeEventListener(type, onInput, true);
    frame().then(frame).then(finish);
  };
  for (const type of types) addEventListener(type, onInput, { capture: true, passive: true });
  const loop = (t) => {
    if (!rec.on) return;
    const [from, to] = window.benchApi.visibleRange();
    rec.ts.push(t);
    rec.spans.push(to - from);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

function stopRecording() {
  const { ts, spans, inputs, delivered } = window.__frames;
  window.__frames.on = false;
  return { ts, spans, inputs, delivered };
}

/**
 * Sends CDP `Input.dispatchMouseEvent` parameters, one every INPUT_INTERVAL_MS on a fixed schedule (a late timer
 * sends at once, so that the schedule does not drift), waiting for neither frames nor acknowledgements. Resolves to
 * the rate achieved, in Hz, once Chromium has acknowledged every event.
 */
async function sendAtInputRate(cdp, events) {
  const acks = [];
  const t0 = performance.now();
  let last = t0;
  for (const [i, event] of events.entries()) {
    const wait = t0 + i * INPUT_INTERVAL_MS - performance.now();
    if (wait > 0) await sleep(wait);
    last = performance.now();
    acks.push(cdp.send('Input.dispatchMouseEvent', event));
  }
  await Promise.all(acks);
  return events.length > 1 ? ((events.length - 1) * 1000) / (last - t0) : null;
}

/** Where gestures happen: the middle of the interactive surface, kept inside the viewport. */
async function gesturePoint(page) {
  const s = await page.evaluate(() => window.benchApi.surface());
  return {
    x: Math.round(s.x + s.width / 2),
    y: Math.round(Math.min(s.y + s.height / 2, s.y + 150, VIEWPORT.height - 40)),
  };
}

/** How long the page may take to receive a gesture's input once it was all sent. */
const ARRIVAL_TIMEOUT_MS = 30_000;

/**
 * Records frames while `send(cdp)` sends a gesture's input, until the page has received all of it (`end`: see
 * startRecording). Returns the frame stats of the gesture, the narrowest span of the view in its frames (ms of time),
 * the input rate (Hz) that `send` reports, and how many input events of each type reached the page (fewer than were
 * sent where Chromium coalesced them); `failed` says why a gesture did not measure what it should.
 */
async function recordGesture(page, end, send) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await nextFrame(page);
    await page.evaluate(startRecording, end);
    await nextFrame(page);
    const inputHz = await send(cdp);
    const arrived = await withTimeout(page.evaluate(() => window.__frames.done), ARRIVAL_TIMEOUT_MS, 'input').then(
      () => true,
      (error) => {
        if (error instanceof TimeoutError) return false;
        throw error;
      },
    );
    const rec = await page.evaluate(stopRecording);
    const frames = gestureFrames(rec.ts, rec.inputs);
    return {
      ...frameStats(frames),
      // every frame time, for results.json
      frameMs: frames.slice(1).map((t, i) => Math.round((t - frames[i]) * 10) / 10),
      narrowestSpan: Math.min(...rec.spans),
      inputHz,
      delivered: rec.delivered,
      failed: arrived ? undefined : `not all of the input reached the page within ${ARRIVAL_TIMEOUT_MS / 1000} s`,
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const span = ([a, b]) => b - a;

/**
 * How long the zoom waits, at least, after the first render ends before it begins (`--settle`): 0 begins it as soon
 * as the render's measurements are taken. A reader's first gesture comes seconds after the first paint; a page may
 * still be at work then (lazy parts, warm-ups, the engine's compiling and collecting), and this tells the two apart.
 */
let settleMs = 0;

/** How long the pan and the keys wait after the gesture before them (`--pause`), ms. */
let pauseMs = 0;

/** Time since the page's `end` mark (the end of its first render), ms. */
const sinceRender = () => performance.now() - performance.getEntriesByName('end')[0].startTime;

async function gestureZoom(page, contender) {
  const { deltaY, ctrl } = WHEEL[contender];
  const waitMs = settleMs - (await page.evaluate(sinceRender));
  if (waitMs > 0) await sleep(waitMs);
  const at = await gesturePoint(page);
  await page.mouse.move(at.x, at.y);
  const before = span(await page.evaluate(() => window.benchApi.visibleRange()));
  const wheel = (dy) => ({ type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY: dy, modifiers: ctrl ? CTRL : 0 });
  const events = [...Array(ZOOM_EVENTS).fill(wheel(-deltaY)), ...Array(ZOOM_EVENTS).fill(wheel(deltaY))];
  const sinceRenderMs = await page.evaluate(sinceRender);
  const result = await recordGesture(page, { until: 'wheel' }, (cdp) => sendAtInputRate(cdp, events));
  // The deepest view drawn, as a factor of the view before the gesture (2^(0.2 × 40) = 256× when every event counts).
  const depth = before / result.narrowestSpan;
  const shallow = depth < MIN_ZOOM_DEPTH ? `the view zoomed only ${num(depth, 1)}× (less than ${MIN_ZOOM_DEPTH}×)` : undefined;
  return { ...result, depth, sinceRenderMs, failed: result.failed ?? shallow };
}

async function zoomForGesture(page, k = GESTURE_ZOOM) {
  if (pauseMs) await sleep(pauseMs);
  await page.evaluate((zoom) => window.benchApi.zoomTo(zoom), k);
  for (let i = 0; i < 3; i++) await nextFrame(page);
}

async function gesturePan(page) {
  await zoomForGesture(page);
  const at = await gesturePoint(page);
  const { width } = await page.evaluate(() => window.benchApi.surface());
  const before = await page.evaluate(() => window.benchApi.visibleRange());
  await page.mouse.move(at.x, at.y);
  const button = (type, x) => ({ type, x, y: at.y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 });
  const events = [
    button('mousePressed', at.x),
    ...Array.from({ length: PAN_MOVES }, (_, i) => ({ ...button('mouseMoved', at.x - (i + 1) * PAN_STEP_PX), clickCount: 0 })),
    button('mouseReleased', at.x - PAN_MOVES * PAN_STEP_PX),
  ];
  const result = await recordGesture(page, { until: 'pointerup', count: 1 }, (cdp) => sendAtInputRate(cdp, events));
  const after = await page.evaluate(() => window.benchApi.visibleRange());
  // How far the view moved, in px of the surface at the zoom of the gesture (PAN_MOVES × PAN_STEP_PX expected).
  const movedPx = ((after[0] - before[0]) / span(before)) * width;
  const off = Math.abs(movedPx - PAN_MOVES * PAN_STEP_PX) > PAN_TOLERANCE_PX;
  const stuck = off ? `the drag moved the view ${num(movedPx, 0)} px (expected ${PAN_MOVES * PAN_STEP_PX})` : undefined;
  return { ...result, movedPx, failed: result.failed ?? stuck };
}

async function gestureKeys(page) {
  // At 8× zoom, or deeper where only clusters are drawn there: the gesture needs a single event to focus.
  let zoom = GESTURE_ZOOM;
  let first = null;
  for (; zoom <= 2048; zoom *= 4) {
    await zoomForGesture(page, zoom);
    first = await page.evaluate(() => window.benchApi.focusEvent());
    if (first) break;
  }
  if (!first) throw new Error('no single event drawn in view at any zoom, nothing to focus');
  // One press at a time, each followed by a frame, as a reader presses keys.
  const result = await recordGesture(page, { until: 'keyup', count: KEY_STEPS }, async () => {
    for (let i = 0; i < KEY_STEPS; i++) {
      await page.keyboard.press('ArrowRight');
      await nextFrame(page);
    }
    return null;
  });
  const last = await page.evaluate(() => window.benchApi.focusedId());
  return { ...result, zoom, moved: first !== last };
}

/**
 * One repetition of one (contender, N) in a fresh context. `skip` names phases that timed out in an earlier
 * repetition; they are reported as timeouts again without running. Returns `{ render, zoom, pan, keys, notes }`,
 * each phase a result object, `{ timeout: true }` or `{ error }`.
 */
async function measure(origin, contender, n, timeoutMs, skip) {
  const out = { notes: [] };
  const phases = CONTENDERS[contender].loadOnly ? [] : ['render', 'zoom', 'pan', ...(contender === 'ours' ? ['keys'] : [])];
  if (skip.has('render')) {
    out.render = { timeout: true, skipped: true };
    for (const p of phases.slice(1)) out[p] = { notRun: 'the render timed out' };
    return out;
  }
  if (!browser) await launch();
  if (LOADED.has(contender)) {
    if (skip.has('load')) out.load = { timeout: true, skipped: true };
    else {
      try {
        out.load = await withTimeout(measureLoad(origin, contender, n), timeoutMs, `${contender} N=${n} load`);
      } catch (error) {
        out.load = error instanceof TimeoutError ? { timeout: true } : { error: error.message.split('\n')[0] };
      }
    }
  }
  if (!phases.length) return out;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  let crashed = null;
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => out.notes.push(`uncaught: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') out.notes.push(`console.error: ${m.text()}`);
    });
    const crash = new Promise((_, reject) =>
      page.on('crash', () => {
        crashed = 'the page crashed (out of memory?)';
        reject(new Error(crashed));
      }),
    );
    crash.catch(() => {});
    const run = (what, fn) => withTimeout(Promise.race([fn(), crash]), timeoutMs, what);

    let failed = false;
    for (const phase of phases) {
      if (failed) {
        out[phase] = { notRun: 'an earlier phase of this repetition failed' };
        continue;
      }
      if (skip.has(phase)) {
        out[phase] = { timeout: true, skipped: true };
        failed = true;
        continue;
      }
      try {
        out[phase] = await run(`${contender} N=${n} ${phase}`, () => PHASES[phase](page, contender, n, origin, context));
      } catch (error) {
        failed = true;
        out[phase] = error instanceof TimeoutError ? { timeout: true } : { error: crashed ?? error.message.split('\n')[0] };
      }
    }
  } finally {
    // A page stuck in a long task may not close: then the whole browser goes, and the next measurement relaunches it.
    const closed = await Promise.race([context.close().then(() => true, () => false), sleep(15_000).then(() => false)]);
    if (!closed) await closeBrowser();
  }
  return out;
}

/** Loads `pages/<file>` and waits for its `benchReady`; the page then fetches the dataset into `window.__benchData`. */
async function openWithData(page, origin, file, contender, n) {
  const dataset = CONTENDERS[contender].data ?? contender;
  const response = await page.goto(`${origin}/bench/pages/${file}`, { waitUntil: 'load' });
  if (!response.ok()) throw new Error(`HTTP ${response.status()} for ${response.url()}`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
  await page.evaluate(async (url) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
    window.__benchData = await res.json();
  }, `/__data/${dataset}/${n}.json`);
}

/**
 * Load + first render, in a context of its own: pages/load.html, which has none of the contender's code, fetches the
 * dataset; after a GC and a frame, as for `render`, it imports the contender's bundle and draws the events.
 */
async function measureLoad(origin, contender, n) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await openWithData(page, origin, 'load.html', contender, n);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await nextFrame(page);
    await page.evaluate((c) => {
      window.__benchLoaded = new Promise((resolve, reject) =>
        setTimeout(() => window.benchLoadAndRender(c, window.__benchData).then(resolve, reject), 0),
      );
    }, contender);
    return await page.evaluate(() => window.__benchLoaded);
  } finally {
    await Promise.race([context.close().catch(() => {}), sleep(15_000)]);
  }
}

const PHASES = {
  async render(page, contender, n, origin, context) {
    await openWithData(page, origin, CONTENDERS[contender].page, contender, n);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await nextFrame(page);
    const m0 = await getMetrics(cdp);
    // Started from a task of the page's own (a timer), not from the DevTools evaluation: Chromium's ScriptDuration
    // leaves out script run by Runtime.evaluate.
    await page.evaluate(() => {
      window.__benchRendered = new Promise((resolve, reject) =>
        setTimeout(() => window.benchRender(window.__benchData).then(resolve, reject), 0),
      );
    });
    const renderMs = await page.evaluate(() => window.__benchRendered);
    const m1 = await getMetrics(cdp);
    // The page's own copy of the data is let go, so that the heap holds what the contender keeps. Ours also says
    // whether its warm-up had drawn before the render ('done', 'drawing', 'none'), and whether the parts it draws after
    // the chart were drawn within the render; null for the others.
    const { warmUp, parts } = await page.evaluate(() => {
      window.__benchData = undefined;
      return { warmUp: window.benchWarmUp ?? null, parts: window.benchParts ?? null };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const nodes = await page.evaluate(countNodes);
    await cdp.detach().catch(() => {});
    const delta = (k) => ((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000;
    return {
      renderMs,
      taskMs: delta('TaskDuration'),
      styleLayoutMs: delta('RecalcStyleDuration') + delta('LayoutDuration'),
      // ScriptDuration leaves out microtasks (where Lit renders), so it is kept in results.json only, not in the table
      scriptMs: delta('ScriptDuration'),
      layoutMs: delta('LayoutDuration'),
      styleMs: delta('RecalcStyleDuration'),
      heapMB: heap.usedSize / 1e6,
      elements: nodes.elements,
      shadowRoots: nodes.shadowRoots,
      warmUp,
      parts,
    };
  },
  zoom: (page, contender) => gestureZoom(page, contender),
  pan: (page) => gesturePan(page),
  keys: (page) => gestureKeys(page),
};

// ---------------------------------------------------------------------------------------------------------------
// report

const num = (v, digits) =>
  v == null ? '–' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (v) => (v == null ? '–' : num(v, v < 100 ? 1 : 0));
const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : num(a / b, a / b < 10 ? 2 : 1));

/**
 * Per phase and field, the median over the repetitions that produced a value, and how many timed out, broke (`error`)
 * or ran but did not measure what they should (`failed`: the view did not zoom or pan as the gesture asked).
 */
function summarise(reps, phase, fields) {
  const results = reps.map((r) => r[phase]).filter((r) => r && !r.notRun);
  const ok = results.filter((r) => !r.timeout && !r.error && !r.failed);
  const timeouts = results.filter((r) => r.timeout).length;
  const errors = results.filter((r) => r.error).map((r) => r.error);
  const failures = results.filter((r) => r.failed && !r.timeout && !r.error).map((r) => r.failed);
  const medians = Object.fromEntries(fields.map((f) => [f, median(ok.map((r) => r[f]))]));
  return { ok: ok.length, timeouts, errors: [...new Set(errors)], failures, medians };
}

const RENDER_FIELDS = ['renderMs', 'taskMs', 'styleLayoutMs', 'scriptMs', 'layoutMs', 'styleMs', 'heapMB', 'elements', 'shadowRoots'];
const LOAD_FIELDS = ['loadMs', 'importMs'];
const FRAME_FIELDS = ['p50', 'p95', 'max', 'droppedPct', 'frames', 'durationMs', 'inputHz', 'depth', 'movedPx', 'zoom'];

function buildSummary(plan, results) {
  return plan.map(({ contender, n }) => {
    const reps = results.get(`${contender}/${n}`) ?? [];
    const { loadOnly } = CONTENDERS[contender];
    const row = { contender, n, reps: reps.length, render: loadOnly ? null : summarise(reps, 'render', RENDER_FIELDS) };
    row.load = LOADED.has(contender) ? summarise(reps, 'load', LOAD_FIELDS) : null;
    for (const g of ['zoom', 'pan', 'keys']) row[g] = !loadOnly && (contender === 'ours' || g !== 'keys') ? summarise(reps, g, FRAME_FIELDS) : null;
    row.notes = [...new Set(reps.flatMap((r) => r.notes))];
    row.keysStuck = reps.filter((r) => r.keys && r.keys.moved === false).length;
    row.warmUp = splitRenders(reps, 'warmUp');
    row.parts = splitRenders(reps, 'parts');
    return row;
  });
}

/**
 * The first renders grouped by the value of `field` (ours: `warmUp`, `parts`), each group with how many repetitions
 * and their median; null where the page does not report it (the other contenders).
 */
function splitRenders(reps, field) {
  const renders = reps.map((r) => r.render).filter((r) => r && r[field] != null && r.renderMs != null);
  if (!renders.length) return null;
  const groups = new Map();
  for (const r of renders) groups.set(r[field], [...(groups.get(r[field]) ?? []), r.renderMs]);
  return Object.fromEntries([...groups].map(([value, ms]) => [value, { reps: ms.length, renderMs: median(ms) }]));
}

/** Whether some repetitions of a phase gave no value (timed out, broke or failed). */
const incomplete = (s) => s.timeouts > 0 || s.errors.length > 0 || s.failures.length > 0;

/**
 * A table cell: the value, `timeout`, `error` or `failed` when no repetition gave one, a † when some did not, `–`
 * when the phase never ran (an earlier phase failed in every repetition).
 */
function cell(summary, text) {
  if (!summary) return '';
  if (summary.ok === 0) return summary.timeouts ? 'timeout' : summary.errors.length ? 'error' : summary.failures.length ? 'failed' : '–';
  return incomplete(summary) ? `${text} †` : text;
}

function renderTable(rows) {
  const lines = [
    '| contender | N | first render (ms) | main thread (ms) | style + layout (ms) | JS heap after GC (MB) | DOM elements | load + first render (ms) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const m = r.render?.medians ?? {};
    const load = r.load ? cell(r.load, ms(r.load.medians.loadMs)) : '';
    lines.push(
      `| ${CONTENDERS[r.contender].label} | ${num(r.n, 0)} | ${cell(r.render, ms(m.renderMs))} | ${cell(r.render, ms(m.taskMs))} | ` +
        `${cell(r.render, ms(m.styleLayoutMs))} | ${cell(r.render, num(m.heapMB, 1))} | ${cell(r.render, num(m.elements, 0))} | ${load} |`,
    );
  }
  return lines.join('\n');
}

function frameCells(s) {
  if (!s) return ['', ''];
  return [cell(s, `${ms(s.medians.p50)} / ${ms(s.medians.p95)}`), cell(s, num(s.medians.droppedPct, 1))];
}

function interactionTable(rows) {
  const lines = [
    '| contender | N | zoom p50 / p95 (ms) | zoom dropped % | zoom depth | pan p50 / p95 (ms) | pan dropped % | pan moved (px) | keys p50 / p95 (ms) | keys dropped % |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows.filter((row) => !CONTENDERS[row.contender].loadOnly)) {
    const depth = r.zoom ? cell(r.zoom, `${num(r.zoom.medians.depth, 0)}×`) : '';
    const moved = r.pan ? cell(r.pan, num(r.pan.medians.movedPx, 0)) : '';
    const cells = [...frameCells(r.zoom), depth, ...frameCells(r.pan), moved, ...frameCells(r.keys)];
    lines.push(`| ${CONTENDERS[r.contender].label} | ${num(r.n, 0)} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function ratioRows(rows) {
  const find = (c, n) => rows.find((r) => r.contender === c && r.n === n);
  const pairs = [];
  for (const ours of rows.filter((r) => r.contender === 'ours')) {
    for (const peer of ['vis', 'naive']) {
      const other = find(peer, ours.n);
      if (other) pairs.push({ ours, other, label: `ours / ${peer === 'vis' ? 'vis-timeline' : 'naive'}` });
    }
  }
  const okMedian = (s, f) => (s && s.ok ? s.medians[f] : null);
  /** The ratio of two rows' load + first render medians. */
  const loadRatio = (a, b) => ratio(okMedian(a?.load, 'loadMs'), okMedian(b?.load, 'loadMs'));
  const render = pairs.map(({ ours, other, label }) => {
    const f = (k) => ratio(okMedian(ours.render, k), okMedian(other.render, k));
    const load = other.load ? loadRatio(ours, other) : '';
    return `| ${label} | ${num(ours.n, 0)} | ${f('renderMs')} | ${f('taskMs')} | ${f('styleLayoutMs')} | ${f('heapMB')} | ${f('elements')} | ${load} |`;
  });
  const frames = pairs.map(({ ours, other, label }) => {
    const g = (gesture) => [
      `${ratio(okMedian(ours[gesture], 'p50'), okMedian(other[gesture], 'p50'))} / ${ratio(okMedian(ours[gesture], 'p95'), okMedian(other[gesture], 'p95'))}`,
      ratio(okMedian(ours[gesture], 'droppedPct'), okMedian(other[gesture], 'droppedPct')),
    ];
    return `| ${label} | ${num(ours.n, 0)} | ${[...g('zoom'), '', ...g('pan'), '', '', ''].join(' | ')} |`;
  });
  // The stack alone is measured loaded only: what ours takes beyond it, and where it stands against the naive timeline.
  for (const stack of rows.filter((r) => r.contender === 'stack')) {
    const ours = find('ours', stack.n);
    const naive = find('naive', stack.n);
    if (ours) render.push(`| ours / the stack alone | ${num(stack.n, 0)} | | | | | | ${loadRatio(ours, stack)} |`);
    if (naive) render.push(`| the stack alone / naive | ${num(stack.n, 0)} | | | | | | ${loadRatio(stack, naive)} |`);
  }
  return { render, frames };
}

function markdown(meta, rows) {
  const ratios = ratioRows(rows);
  const notes = [];
  for (const r of rows) {
    const where = `${CONTENDERS[r.contender].label}, N=${num(r.n, 0)}`;
    for (const g of ['load', 'render', 'zoom', 'pan', 'keys']) {
      const s = r[g];
      if (!s) continue;
      if (s.timeouts) notes.push(`${where}, ${g}: ${s.timeouts} of ${r.reps} repetitions timed out (${meta.timeoutS} s)`);
      for (const e of s.errors) notes.push(`${where}, ${g}: ${e}`);
      for (const f of s.failures) notes.push(`${where}, ${g}: failed, ${f}`);
      const hz = s.ok ? s.medians.inputHz : null;
      if (hz != null && hz < 100) notes.push(`${where}, ${g}: input sent at only ${num(hz, 0)} Hz (median; ${num(1000 / INPUT_INTERVAL_MS, 0)} Hz asked)`);
    }
    if (r.keys?.ok && r.keys.medians.zoom > GESTURE_ZOOM) {
      notes.push(`${where}: keys measured at ${num(r.keys.medians.zoom, 0)}× zoom (at ${GESTURE_ZOOM}× only clusters are drawn in view)`);
    }
    const group = (split, value, words) => (split?.[value] ? `${words} in ${split[value].reps} (median ${ms(split[value].renderMs)} ms)` : null);
    const w = r.warmUp;
    if (w && (w.drawing || w.none)) {
      const parts = [group(w, 'done', 'after it'), group(w, 'drawing', 'while it drew'), group(w, 'none', 'before it began')];
      notes.push(`${where}: the first render began before the warm-up had drawn in ${(w.drawing?.reps ?? 0) + (w.none?.reps ?? 0)} of ${r.reps} repetitions: ${parts.filter(Boolean).join(', ')}`);
    }
    if (r.parts?.true) {
      const parts = [group(r.parts, true, 'with them'), group(r.parts, false, 'without')];
      notes.push(`${where}: the parts drawn after the chart (the overview among them) were drawn within the first render's two frames in ${r.parts.true.reps} of ${r.reps} repetitions: ${parts.filter(Boolean).join(', ')}`);
    }
    const stuck = r.keysStuck;
    if (stuck) notes.push(`${where}: ArrowRight did not move the focus in ${stuck} of ${r.reps} repetitions`);
    for (const n of r.notes.slice(0, 5)) notes.push(`${where}: ${n}`);
  }
  return `# Benchmark results

Produced by \`npm run bench\` (bench/run.mjs; what the columns mean: bench/README.md). Medians of ${meta.reps}
repetitions, each in a fresh browser context. Compare ratios within this one run, not absolute numbers across
machines.

- Date: ${meta.date} (run took ${meta.durationMin} min${meta.partial ? `; partial run: ${meta.args.join(' ')}` : ''})
- Machine: ${meta.cpu}, ${meta.cores} cores, ${meta.memoryGB} GB RAM, ${meta.os}
- Browser: ${meta.browser} (headless, \`${CHROMIUM_PATH}\`), viewport ${VIEWPORT.width}×${VIEWPORT.height}, timelines 1,200 px wide
- Node ${meta.node}, playwright-core ${meta.playwright}; repository at ${meta.commit ?? 'unknown commit'}
- Code gzip: ours ${meta.sizes.ours} kB (dist/syria-timeline.bundle.js), vis-timeline ${meta.sizes.vis} kB (standalone min.js + css), naive ${meta.sizes.naive} kB, the stack alone ${meta.sizes.stack} kB
- Data: bench/data.mjs, seed 0x${meta.seed.toString(16)}; vis-timeline is not run at 10,000 events (its first render takes minutes)${
    meta.settleMs ? `\n- The zoom began at least ${meta.settleMs} ms after the first render ended (--settle)` : ''
  }${meta.pauseMs ? `\n- The pan and the keys began ${meta.pauseMs} ms after the gesture before them (--pause)` : ''}${meta.jsFlags ? `\n- V8 flags for every page: \`${meta.jsFlags}\` (--js-flags)` : ''}

## First render

${renderTable(rows)}
${ratios.render.join('\n')}

## Frames during gestures

p50 / p95 of the frame time (interval between animation frames) and dropped frames at 60 Hz, from the first input
event of a gesture to the frame that draws the last (how each one is sent: bench/README.md):

- zoom: ${ZOOM_EVENTS} wheel events in, then ${ZOOM_EVENTS} out, one every ${INPUT_INTERVAL_MS} ms (a trackpad pinch), each zooming by 2^0.2;
  depth is the view before over the deepest view drawn (${num(2 ** (0.2 * ZOOM_EVENTS), 0)}× when every event counts; under ${MIN_ZOOM_DEPTH}× fails);
- pan: at ${GESTURE_ZOOM}× zoom, a drag of ${PAN_MOVES} mouse moves of ${PAN_STEP_PX} px, one every ${INPUT_INTERVAL_MS} ms; moved is how far the view
  went (${PAN_MOVES * PAN_STEP_PX} px expected);
- keys (ours): ${KEY_STEPS} ArrowRight presses a frame apart, with an event focused, at ${GESTURE_ZOOM}× zoom.

${interactionTable(rows)}
${ratios.frames.join('\n')}
${notes.length ? `\n## Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}${
    rows.some((r) => ['load', 'render', 'zoom', 'pan', 'keys'].some((g) => r[g]?.ok && incomplete(r[g])))
      ? '\n† some repetitions timed out, broke or failed (see the Notes); the median is of those that measured.\n'
      : ''
  }`;
}

// ---------------------------------------------------------------------------------------------------------------
// main

const gzipKB = (...files) => (files.reduce((t, f) => t + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1000).toFixed(1);

async function buildPages() {
  mkdirSync(CACHE, { recursive: true });
  await Promise.all([buildPage('naive.js', NAIVE_OUT), buildPage('stack.js', STACK_OUT)]);
}

async function buildPage(entry, outfile) {
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [join(BENCH, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
}

function planFor(options) {
  const plan = [];
  for (const contender of ORDER) {
    if (options.only && !options.only.includes(contender)) continue;
    let sizes = options.quick ? CONTENDERS[contender].quick : CONTENDERS[contender].sizes;
    if (options.sizes) sizes = options.sizes.filter((n) => CONTENDERS[contender].sizes.includes(n) || contender === 'ours');
    for (const n of sizes) plan.push({ contender, n });
  }
  return plan.sort((a, b) => a.n - b.n || ORDER.indexOf(a.contender) - ORDER.indexOf(b.contender));
}

function describeResult(r) {
  const part = (name, s, f) =>
    !s || s.notRun ? '' : s.timeout ? ` ${name} timeout` : s.error ? ` ${name} error (${s.error})` : ` ${name} ${f(s)}${s.failed ? ` FAILED (${s.failed})` : ''}`;
  const frames = (s) => `p95 ${ms(s.p95)} dropped ${num(s.droppedPct, 1)}%`;
  return (
    part('load', r.load, (s) => `${ms(s.loadMs)} ms (import ${ms(s.importMs)})`) +
    part('render', r.render, (s) => `${ms(s.renderMs)} ms (${num(s.elements, 0)} el, ${num(s.heapMB, 1)} MB)`) +
    part('zoom', r.zoom, (s) => `${frames(s)} ${num(s.depth, 0)}× at ${num(s.inputHz, 0)} Hz`) +
    part('pan', r.pan, (s) => `${frames(s)} ${num(s.movedPx, 0)} px at ${num(s.inputHz, 0)} Hz`) +
    part('keys', r.keys, frames)
  );
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const plan = planFor(options);
  if (!plan.length) throw new Error('nothing to run (check --only and --n)');
  await buildPages();
  try {
    copyFileSync(BUNDLE, BUNDLE_SNAPSHOT);
  } catch {
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm run bench does)`);
  }
  server = await startServer(ROOT, {
    '/dist/syria-timeline.bundle.js': BUNDLE_SNAPSHOT,
    '/node_modules/.cache/bench/naive.js': NAIVE_OUT,
    '/node_modules/.cache/bench/stack.js': STACK_OUT,
  });
  jsFlags = options.jsFlags;
  await launch();
  const browserVersion = browser.version();
  const timeoutMs = options.timeoutS * 1000;
  settleMs = options.settleMs;
  pauseMs = options.pauseMs;
  console.error(
    `bench: ${plan.map((p) => `${p.contender}@${p.n}`).join(', ')}; ${options.reps} repetitions; ` +
      `Chromium ${browserVersion}; ${server.origin}`,
  );

  const results = new Map(plan.map((p) => [`${p.contender}/${p.n}`, []]));
  const skips = new Map(plan.map((p) => [`${p.contender}/${p.n}`, new Set()]));
  for (let rep = 0; rep < options.reps; rep++) {
    for (const { contender, n } of plan) {
      const key = `${contender}/${n}`;
      const t0 = Date.now();
      const r = await measure(server.origin, contender, n, timeoutMs, skips.get(key));
      if (shuttingDown) return; // interrupted: the signal handler closes everything and exits, nothing is written
      for (const [phase, v] of Object.entries(r)) if (v?.timeout) skips.get(key).add(phase);
      results.get(key).push(r);
      console.error(
        `  [${rep + 1}/${options.reps}] ${contender.padEnd(5)} N=${String(n).padStart(6)}:${describeResult(r)}  (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      );
    }
  }

  if (shuttingDown) return;
  const rows = buildSummary(plan, results);
  const { version: playwright } = JSON.parse(readFileSync(join(ROOT, 'node_modules/playwright-core/package.json'), 'utf8'));
  const { DEFAULT_SEED } = await import('./data.mjs');
  const meta = {
    date: new Date().toISOString(),
    durationMin: ((Date.now() - started) / 60000).toFixed(1),
    partial: options.partial,
    args: process.argv.slice(2),
    reps: options.reps,
    timeoutS: options.timeoutS,
    settleMs: options.settleMs,
    pauseMs: options.pauseMs,
    jsFlags: options.jsFlags,
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryGB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    browser: `Chromium ${browserVersion}`,
    node: process.version,
    playwright,
    seed: DEFAULT_SEED,
    sizes: {
      ours: gzipKB(BUNDLE_SNAPSHOT),
      vis: gzipKB(
        join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
        join(ROOT, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'),
      ),
      naive: gzipKB(NAIVE_OUT),
      stack: gzipKB(STACK_OUT),
    },
    commit: (() => {
      try {
        const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
        const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
        return dirty ? `${head} (src/ modified)` : head;
      } catch {
        return null;
      }
    })(),
  };
  const md = markdown(meta, rows);
  console.log(md);

  const outDir = options.partial && !options.write ? CACHE : BENCH;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.md'), md);
  const raw = Object.fromEntries([...results].map(([k, reps]) => [k, reps]));
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ meta, summary: rows, raw }, null, 2)}\n`);
  console.error(`bench: wrote ${join(outDir, 'results.md').replace(ROOT, '')} and results.json in ${meta.durationMin} min`);
}

main()
  .catch((error) => {
    console.error(`bench: ${error.stack || error.message}`);
    process.exitCode = 1;
  })
  .finally(() => {
    if (!shuttingDown) return cleanup();
  });
