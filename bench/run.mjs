// `npm run bench` (= `npm run build && node bench/run.mjs`): <syria-timeline> side by side with vis-timeline and a
// naive D3 SVG timeline, in Debian's headless Chromium, on bench/data.mjs's seeded datasets. See bench/README.md.
//
//   node bench/run.mjs [--quick] [--only=ours,vis,naive] [--n=10,1000] [--reps=5] [--timeout=120] [--write]
//
// For each repetition, for each (contender, N) in turn (round robin, so that a noisy minute of the machine hits every
// contender alike), in a fresh browser context: load the page, fetch the dataset, then measure
//   render  time to first render, main-thread and style+layout time (CDP Performance.getMetrics deltas), JS heap after GC
//           (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), DOM elements (shadow trees included);
//   zoom    30 wheel steps in, 30 out, at the middle of the plot (Ctrl held for ours);
//   pan     a drag of 60 mouse moves of 10 px, at 8× zoom;
//   keys    (ours only) 60 ArrowRight presses with an event focused, at 8× zoom;
// each gesture waiting for one animation frame after every step, while the page records rAF timestamps.
// Prints Markdown tables of the medians; a full run writes bench/results.md and bench/results.json, a partial one
// (--quick, --only, --n) writes to node_modules/.cache/bench/ unless --write is given.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { frameStats, median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const CACHE = join(ROOT, 'node_modules/.cache/bench');
const BUNDLE = join(ROOT, 'dist/syria-timeline.bundle.js');
const NAIVE_OUT = join(CACHE, 'naive.js');
/**
 * The bundle is copied here when the run starts and served as /dist/syria-timeline.bundle.js, so that every
 * measurement of one run uses the same build even if `npm run build` or `npm test` empties dist/ meanwhile.
 */
const BUNDLE_SNAPSHOT = join(CACHE, 'syria-timeline.bundle.js');

const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
// The quiet flags of scripts/screenshot.mjs.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const VIEWPORT = { width: 1280, height: 900 };

const CONTENDERS = {
  ours: { label: 'ours (syria-timeline)', page: 'ours.html', sizes: [10, 1000, 10000, 100000], quick: [10, 1000, 10000] },
  naive: { label: 'naive D3', page: 'naive.html', sizes: [10, 1000, 10000], quick: [10, 1000, 10000] },
  // vis-timeline at 10,000 events takes minutes to render: left out (see README).
  vis: { label: 'vis-timeline 8.5', page: 'vis.html', sizes: [10, 1000], quick: [10, 1000] },
};
const ORDER = ['ours', 'naive', 'vis'];

/** One wheel step zooms by 2^(1/3), so that 30 steps zoom in 1024×. d3-zoom: k *= 2^(-deltaY × 0.002 × (ctrl ? 10 : 1)). */
const WHEEL = {
  ours: { deltaY: 50 / 3, ctrl: true }, // Ctrl + wheel: a plain wheel scrolls the page
  naive: { deltaY: 500 / 3, ctrl: false },
  vis: { deltaY: 100, ctrl: false }, // vis ignores deltaY (one step per event); the page sets zoomFriction instead
};
const ZOOM_STEPS = 30; // in, then as many out
const PAN_STEPS = 60;
const PAN_STEP_PX = 10;
const KEY_STEPS = 60;
const GESTURE_ZOOM = 8; // the zoom level of the pan and key gestures

// ---------------------------------------------------------------------------------------------------------------
// options

function usage() {
  return `usage: node bench/run.mjs [options]   (npm run bench -- [options])
  --quick            2 repetitions, ours up to 10,000 events (a sanity run)
  --only=LIST        contenders to run, of: ${ORDER.join(', ')}
  --n=LIST           only these sizes, e.g. --n=10,1000
  --reps=R           repetitions (default 5, or env BENCH_REPS; --quick: 2)
  --timeout=S        seconds allowed per measurement (default 120, or env BENCH_TIMEOUT)
  --write            write bench/results.{md,json} even for a partial run`;
}

function parseArgs(argv) {
  const o = { quick: false, only: null, sizes: null, reps: null, timeoutS: Number(process.env.BENCH_TIMEOUT) || 120, write: false };
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
    } else if (flag === '--help' || flag === '-h') {
      console.log(usage());
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${usage()}`);
  }
  if (o.reps == null) o.reps = o.quick ? 2 : Number(process.env.BENCH_REPS) || 5;
  o.partial = o.quick || o.only != null || o.sizes != null;
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

async function launch() {
  if (shuttingDown) throw new Error('interrupted');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
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

function startRecording() {
  const rec = { ts: [], on: true };
  window.__frames = rec;
  const loop = (t) => {
    if (!rec.on) return;
    rec.ts.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

function stopRecording() {
  window.__frames.on = false;
  return window.__frames.ts;
}

/** Where gestures happen: the middle of the interactive surface, kept inside the viewport. */
async function gesturePoint(page) {
  const s = await page.evaluate(() => window.benchApi.surface());
  return {
    x: Math.round(s.x + s.width / 2),
    y: Math.round(Math.min(s.y + s.height / 2, s.y + 150, VIEWPORT.height - 40)),
  };
}

/** Records frames around `steps(frame)`; returns frame stats. */
async function recordGesture(page, steps) {
  await nextFrame(page);
  await page.evaluate(startRecording);
  await nextFrame(page);
  await steps();
  await nextFrame(page);
  const ts = await page.evaluate(stopRecording);
  return frameStats(ts);
}

const span = ([a, b]) => b - a;

async function gestureZoom(page, contender) {
  const { deltaY, ctrl } = WHEEL[contender];
  const at = await gesturePoint(page);
  await page.mouse.move(at.x, at.y);
  const before = span(await page.evaluate(() => window.benchApi.visibleRange()));
  let deepest = before;
  if (ctrl) await page.keyboard.down('Control');
  try {
    const stats = await recordGesture(page, async () => {
      for (let i = 0; i < ZOOM_STEPS; i++) {
        await page.mouse.wheel(0, -deltaY);
        await nextFrame(page);
      }
      deepest = span(await page.evaluate(() => window.benchApi.visibleRange()));
      for (let i = 0; i < ZOOM_STEPS; i++) {
        await page.mouse.wheel(0, deltaY);
        await nextFrame(page);
      }
    });
    return { ...stats, depth: before / deepest };
  } finally {
    if (ctrl) await page.keyboard.up('Control').catch(() => {});
  }
}

async function zoomForGesture(page, k = GESTURE_ZOOM) {
  await page.evaluate((zoom) => window.benchApi.zoomTo(zoom), k);
  for (let i = 0; i < 3; i++) await nextFrame(page);
}

async function gesturePan(page) {
  await zoomForGesture(page);
  const at = await gesturePoint(page);
  const { width } = await page.evaluate(() => window.benchApi.surface());
  const before = await page.evaluate(() => window.benchApi.visibleRange());
  await page.mouse.move(at.x, at.y);
  const stats = await recordGesture(page, async () => {
    await page.mouse.down();
    await nextFrame(page);
    for (let i = 1; i <= PAN_STEPS; i++) {
      await page.mouse.move(at.x - i * PAN_STEP_PX, at.y);
      await nextFrame(page);
    }
    await page.mouse.up();
  });
  const after = await page.evaluate(() => window.benchApi.visibleRange());
  // how far the view moved, in px of the surface (PAN_STEPS × PAN_STEP_PX = 600 px expected)
  const movedPx = ((after[0] - before[0]) / span(before)) * width;
  return { ...stats, movedPx };
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
  const stats = await recordGesture(page, async () => {
    for (let i = 0; i < KEY_STEPS; i++) {
      await page.keyboard.press('ArrowRight');
      await nextFrame(page);
    }
  });
  const last = await page.evaluate(() => window.benchApi.focusedId());
  return { ...stats, zoom, moved: first !== last };
}

/**
 * One repetition of one (contender, N) in a fresh context. `skip` names phases that timed out in an earlier
 * repetition; they are reported as timeouts again without running. Returns `{ render, zoom, pan, keys, notes }`,
 * each phase a result object, `{ timeout: true }` or `{ error }`.
 */
async function measure(origin, contender, n, timeoutMs, skip) {
  const out = { notes: [] };
  const phases = ['render', 'zoom', 'pan', ...(contender === 'ours' ? ['keys'] : [])];
  if (skip.has('render')) {
    out.render = { timeout: true, skipped: true };
    for (const p of phases.slice(1)) out[p] = { notRun: 'the render timed out' };
    return out;
  }
  if (!browser) await launch();
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

const PHASES = {
  async render(page, contender, n, origin, context) {
    const response = await page.goto(`${origin}/bench/pages/${CONTENDERS[contender].page}`, { waitUntil: 'load' });
    if (!response.ok()) throw new Error(`HTTP ${response.status()} for ${response.url()}`);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 30_000 });
    await page.evaluate(async (url) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
      window.__benchData = await res.json();
    }, `/__data/${contender}/${n}.json`);
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
    // The page's own copy of the data is let go, so that the heap holds what the contender keeps.
    await page.evaluate(() => {
      window.__benchData = undefined;
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

/** Per phase and field, the median over the repetitions that produced a value, and how many timed out or failed. */
function summarise(reps, phase, fields) {
  const results = reps.map((r) => r[phase]).filter((r) => r && !r.notRun);
  const ok = results.filter((r) => !r.timeout && !r.error);
  const timeouts = results.filter((r) => r.timeout).length;
  const errors = results.filter((r) => r.error).map((r) => r.error);
  const medians = Object.fromEntries(fields.map((f) => [f, median(ok.map((r) => r[f]))]));
  return { ok: ok.length, timeouts, errors: [...new Set(errors)], medians };
}

const RENDER_FIELDS = ['renderMs', 'taskMs', 'styleLayoutMs', 'scriptMs', 'layoutMs', 'styleMs', 'heapMB', 'elements', 'shadowRoots'];
const FRAME_FIELDS = ['p50', 'p95', 'max', 'droppedPct', 'frames', 'durationMs', 'depth', 'movedPx', 'zoom'];

function buildSummary(plan, results) {
  return plan.map(({ contender, n }) => {
    const reps = results.get(`${contender}/${n}`) ?? [];
    const row = { contender, n, reps: reps.length, render: summarise(reps, 'render', RENDER_FIELDS) };
    for (const g of ['zoom', 'pan', 'keys']) row[g] = contender === 'ours' || g !== 'keys' ? summarise(reps, g, FRAME_FIELDS) : null;
    row.notes = [...new Set(reps.flatMap((r) => r.notes))];
    row.keysStuck = reps.filter((r) => r.keys && r.keys.moved === false).length;
    return row;
  });
}

/**
 * A table cell: the value, `timeout` or `error` when no repetition gave one, a † when some did not, `–` when the
 * phase never ran (an earlier phase failed in every repetition).
 */
function cell(summary, text) {
  if (!summary) return '';
  if (summary.ok === 0) return summary.timeouts ? 'timeout' : summary.errors.length ? 'error' : '–';
  return summary.timeouts || summary.errors.length ? `${text} †` : text;
}

function renderTable(rows) {
  const lines = [
    '| contender | N | first render (ms) | main thread (ms) | style + layout (ms) | JS heap after GC (MB) | DOM elements |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const m = r.render.medians;
    lines.push(
      `| ${CONTENDERS[r.contender].label} | ${num(r.n, 0)} | ${cell(r.render, ms(m.renderMs))} | ${cell(r.render, ms(m.taskMs))} | ` +
        `${cell(r.render, ms(m.styleLayoutMs))} | ${cell(r.render, num(m.heapMB, 1))} | ${cell(r.render, num(m.elements, 0))} |`,
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
    '| contender | N | zoom p50 / p95 (ms) | zoom dropped % | pan p50 / p95 (ms) | pan dropped % | keys p50 / p95 (ms) | keys dropped % |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(`| ${CONTENDERS[r.contender].label} | ${num(r.n, 0)} | ${[...frameCells(r.zoom), ...frameCells(r.pan), ...frameCells(r.keys)].join(' | ')} |`);
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
  const render = pairs.map(({ ours, other, label }) => {
    const f = (k) => ratio(okMedian(ours.render, k), okMedian(other.render, k));
    return `| ${label} | ${num(ours.n, 0)} | ${f('renderMs')} | ${f('taskMs')} | ${f('styleLayoutMs')} | ${f('heapMB')} | ${f('elements')} |`;
  });
  const frames = pairs.map(({ ours, other, label }) => {
    const g = (gesture) => [
      `${ratio(okMedian(ours[gesture], 'p50'), okMedian(other[gesture], 'p50'))} / ${ratio(okMedian(ours[gesture], 'p95'), okMedian(other[gesture], 'p95'))}`,
      ratio(okMedian(ours[gesture], 'droppedPct'), okMedian(other[gesture], 'droppedPct')),
    ];
    return `| ${label} | ${num(ours.n, 0)} | ${[...g('zoom'), ...g('pan'), '', ''].join(' | ')} |`;
  });
  return { render, frames };
}

function markdown(meta, rows) {
  const ratios = ratioRows(rows);
  const notes = [];
  for (const r of rows) {
    const where = `${CONTENDERS[r.contender].label}, N=${num(r.n, 0)}`;
    for (const g of ['render', 'zoom', 'pan', 'keys']) {
      const s = r[g];
      if (!s) continue;
      if (s.timeouts) notes.push(`${where}, ${g}: ${s.timeouts} of ${r.reps} repetitions timed out (${meta.timeoutS} s)`);
      for (const e of s.errors) notes.push(`${where}, ${g}: ${e}`);
    }
    if (r.zoom?.ok && r.zoom.medians.depth < 100) notes.push(`${where}: the zoom gesture only reached ${num(r.zoom.medians.depth, 0)}× (expected ~1,000×)`);
    if (r.pan?.ok && Math.abs(r.pan.medians.movedPx) < 300) notes.push(`${where}: the drag moved the view ${num(r.pan.medians.movedPx, 0)} px (expected 600)`);
    if (r.keys?.ok && r.keys.medians.zoom > GESTURE_ZOOM) {
      notes.push(`${where}: keys measured at ${num(r.keys.medians.zoom, 0)}× zoom (at ${GESTURE_ZOOM}× only clusters are drawn in view)`);
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
- Code gzip: ours ${meta.sizes.ours} kB (dist/syria-timeline.bundle.js), vis-timeline ${meta.sizes.vis} kB (standalone min.js + css), naive ${meta.sizes.naive} kB
- Data: bench/data.mjs, seed 0x${meta.seed.toString(16)}; vis-timeline is not run at 10,000 events (its first render takes minutes)

## First render

${renderTable(rows)}
${ratios.render.join('\n')}

## Frames during gestures

p50 / p95 of the frame time (interval between animation frames) and dropped frames at 60 Hz, during 60 wheel-zoom
steps (30 in, 30 out, ~1,000× deep), a 60-step drag pan at 8× zoom, and (ours) 60 ArrowRight presses with an event
focused, at 8× zoom.

${interactionTable(rows)}
${ratios.frames.join('\n')}
${notes.length ? `\n## Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}${
    rows.some((r) => ['render', 'zoom', 'pan', 'keys'].some((g) => r[g]?.ok && (r[g].timeouts || r[g].errors.length)))
      ? '\n† some repetitions timed out or failed; the median is of those that finished.\n'
      : ''
  }`;
}

// ---------------------------------------------------------------------------------------------------------------
// main

const gzipKB = (...files) => (files.reduce((t, f) => t + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1000).toFixed(1);

async function buildNaive() {
  mkdirSync(CACHE, { recursive: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [join(BENCH, 'naive.js')],
    outfile: NAIVE_OUT,
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
    !s || s.notRun ? '' : s.timeout ? ` ${name} timeout` : s.error ? ` ${name} error (${s.error})` : ` ${name} ${f(s)}`;
  return (
    part('render', r.render, (s) => `${ms(s.renderMs)} ms (${num(s.elements, 0)} el, ${num(s.heapMB, 1)} MB)`) +
    part('zoom', r.zoom, (s) => `p95 ${ms(s.p95)}`) +
    part('pan', r.pan, (s) => `p95 ${ms(s.p95)}`) +
    part('keys', r.keys, (s) => `p95 ${ms(s.p95)}`)
  );
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const plan = planFor(options);
  if (!plan.length) throw new Error('nothing to run (check --only and --n)');
  await buildNaive();
  try {
    copyFileSync(BUNDLE, BUNDLE_SNAPSHOT);
  } catch {
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm run bench does)`);
  }
  server = await startServer(ROOT, { '/dist/syria-timeline.bundle.js': BUNDLE_SNAPSHOT });
  await launch();
  const browserVersion = browser.version();
  const timeoutMs = options.timeoutS * 1000;
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
