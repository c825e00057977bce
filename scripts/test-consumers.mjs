// `npm run test:consumers`: the package as a web developer gets it, built and loaded in headless Chromium.
//
//   1. npm run build, then npm pack: the tarball that npm would publish.
//   2. publint and @arethetypeswrong/cli (profile esm-only) on that tarball: no error, no warning.
//   3. Each project of tests/consumers/ is copied to a temporary folder with the tarball beside it as
//      syria-timeline.tgz, installed with `npm ci` from its own package-lock.json, type-checked and built where it has
//      those scripts, and loaded from a local server in /usr/bin/chromium (puppeteer-core). The checks of each
//      project are in CHECKS below: what must be drawn, what a click must do, and no console error on any page.
//
// `--update-locks` installs with `npm install` instead, and copies each project's new package-lock.json back (after
// a change of the package's dependencies, or of a project's tools). `--keep` leaves the temporary folder, and
// `--only=vite,react` runs those projects alone.
// Prints one line per check and, last, "consumers: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { puppeteerCore } from '@web/test-runner-chrome';
import * as esbuild from 'esbuild';
import { bundleOptions } from './build.mjs';

/** Words of our lazily loaded modules, which a bundler must leave out of the main chunk: [module, words]. */
const LAZY_MARKERS = [
  ['the TimelineJS reader', 'expected a TimelineJS document'],
  ['the summing up of problems', 'further unknown fields'],
  ['the extractor', 'no verb found'],
];

/** The gzip size of a library's exports, minified, as a bundler would carry it. */
async function libraryGzipBytes(name) {
  const result = await esbuild.build({
    stdin: { contents: `export * from '${name}';`, resolveDir: fileURLToPath(new URL('..', import.meta.url)) },
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

/**
 * Gzip bytes of library code that the standalone bundle's build leaves out and a bundler keeps: the bundle built
 * without its rewrites of the D3 modules and of date-fns's English (the `pure-*`, `without-date-fns-parsing` and
 * `without-d3-transition-tweens` plugins of scripts/build.mjs), less the bundle built with them.
 */
async function rewrittenGzipBytes() {
  const options = bundleOptions({ write: false, logLevel: 'silent' });
  const library = (plugin) =>
    plugin.name.startsWith('pure-') || plugin.name === 'without-date-fns-parsing' || plugin.name === 'without-d3-transition-tweens';
  const size = async (plugins) => gzipSync((await esbuild.build({ ...options, plugins })).outputFiles[0].contents, { level: 9 }).length;
  return (await size(options.plugins.filter((p) => !library(p)))) - (await size(options.plugins));
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONSUMERS = join(ROOT, 'tests/consumers');
const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'];
/** How long a page may take to draw what a check waits for, in ms (a shared 2-core machine may be slow). */
const WAIT_MS = 30000;
const UPDATE = process.argv.includes('--update-locks');
const KEEP = process.argv.includes('--keep');
/** `--only=vite,react`: those projects alone. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

let passed = 0;
let failed = 0;

/** Records one check: its name, and whether it held (an Error says why not). */
async function check(name, body) {
  const started = Date.now();
  const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  try {
    const detail = await body();
    passed++;
    console.log(`  ok    ${name}${detail ? ` (${detail})` : ''}, ${took()}`);
  } catch (error) {
    failed++;
    console.log(`  FAIL  ${name}, ${took()}\n        ${String(error?.message ?? error).split('\n').join('\n        ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a command; throws with its output when it fails. Returns its stdout. */
function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed in ${relative(ROOT, cwd) || '.'} (exit ${result.status})\n${output}`);
  }
  return result.stdout;
}

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

// ---------------------------------------------------------------- a static server for built projects
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Serves `dir` on 127.0.0.1 at a free port; resolves to its origin and a close function. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir + sep) && file !== dir) file = dir;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      // Chromium keeps sockets open (some it opened ahead, with no request yet), which close() alone would wait for.
      const close = () =>
        new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        });
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close });
    });
  });
}

// ---------------------------------------------------------------- pages in Chromium
let browser;

/**
 * Opens `url` in a new page and collects its console errors, uncaught exceptions and failed requests in `problems`.
 * `javaScript: false` loads it with scripts disabled.
 */
async function open(url, { javaScript = true, width = 1100 } = {}) {
  browser ??= await puppeteerCore.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.setJavaScriptEnabled(javaScript);
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until the timeline `selector` has drawn event marks in its shadow root; resolves to how many. */
async function drawnEvents(page, selector) {
  const handle = await page.waitForFunction(
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelectorAll('[part~="event"]').length || 0,
    { timeout: WAIT_MS },
    selector,
  );
  return handle.jsonValue();
}

/**
 * Clicks the event `id` of the timeline `selector` where a reader would: the middle of its mark, once it stays put.
 * Timelines draw their marks before their deferred parts (the list, the overview) arrive and make them taller, so
 * a mark below another timeline can still move when it is first drawn.
 */
async function clickEvent(page, selector, id) {
  const box = await page.evaluate(
    async (sel, eventId, waitMs) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const measure = () => {
        const mark = document.querySelector(sel)?.shadowRoot?.querySelector(`[part~="event"][data-id="${eventId}"]`);
        if (!mark) return null;
        mark.scrollIntoView({ block: 'center', inline: 'center' });
        const r = (mark.querySelector('.mark') ?? mark).getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      };
      let last = measure();
      for (const until = performance.now() + waitMs; last && performance.now() < until; ) {
        await frame();
        await frame();
        const now = measure();
        if (now && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
        last = now;
      }
      return last;
    },
    selector,
    id,
    WAIT_MS,
  );
  assert(box, `${selector} draws no event "${id}"`);
  await page.mouse.click(box.x, box.y);
}

/** Waits until the text of `selector` in the page is `text`. */
async function textBecomes(page, selector, text) {
  try {
    await page.waitForFunction((sel, t) => document.querySelector(sel)?.textContent === t, { timeout: WAIT_MS }, selector, text);
  } catch {
    const now = await page.evaluate((sel) => document.querySelector(sel)?.textContent, selector);
    throw new Error(`${selector} says "${now}", not "${text}"`);
  }
}

/** The timeline's `selected` property and the title in its open detail panel. */
function selection(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return { selected: el?.selected ?? null, panel: el?.shadowRoot?.querySelector('[part~="detail-title"]')?.textContent?.trim() ?? null };
  }, selector);
}

function noProblems(problems) {
  assert(problems.length === 0, problems.join('\n'));
}

/** Builds a project (`npm run build`) and serves its dist/; `body` gets the origin. */
async function servedBuild(dir, body) {
  run('npm', ['run', 'build'], dir);
  const server = await serve(join(dir, 'dist'));
  try {
    return await body(server.origin);
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------- the checks of each project
/** The wrapper app of tests/consumers/react/src/wrapper.tsx, under whichever React the project installs. */
async function checkWrapperApp(origin, react) {
  const { page, problems } = await open(`${origin}/`);
  await check(`${react}: <SyriaTimeline> draws the article's events`, async () => `${await drawnEvents(page, '#wrapped')} marks`);
  await check(`${react}: the selected prop selects its event and opens its panel`, async () => {
    // The panel comes with the deferred parts, which may arrive after the marks are drawn.
    await page
      .waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part~="detail-title"]'), { timeout: WAIT_MS }, '#wrapped')
      .catch(() => {});
    const { selected, panel } = await selection(page, '#wrapped');
    assert(selected === 'astana-talks', `selected is ${selected}`);
    assert(panel === 'Astana talks', `the detail panel shows "${panel}"`);
  });
  await check(`${react}: a click fires onTimelineSelect, and React and the element agree`, async () => {
    await clickEvent(page, '#wrapped', 'aleppo-evacuation');
    await textBecomes(page, '#wrapped-state', 'aleppo-evacuation');
    const { selected } = await selection(page, '#wrapped');
    assert(selected === 'aleppo-evacuation', `the element has selected ${selected}`);
    const title = await page.$eval('#wrapped-title', (p) => p.textContent);
    assert(title.length > 0, 'the handler got no event title');
    return title;
  });
  await check(`${react}: no console error`, () => noProblems(problems));
  await page.close();
}

const CHECKS = {
  async html(dir) {
    const server = await serve(dir);
    try {
      const { page, problems } = await open(`${server.origin}/index.html`);
      await check('html: one <script type="module"> of the bundle draws <syria-timeline>', async () =>
        `${await drawnEvents(page, 'syria-timeline')} marks`,
      );
      await check('html: no console error, no failed request', () => noProblems(problems));
      await page.close();
    } finally {
      await server.close();
    }
  },

  async vite(dir) {
    await check('vite: the app type-checks (strict) with moduleResolution bundler and node16', () => {
      run('npm', ['run', 'typecheck'], dir);
    });
    await servedBuild(dir, async (origin) => {
      const { page, problems } = await open(`${origin}/`);
      await check('vite: the built app draws <syria-timeline>', async () => `${await drawnEvents(page, 'syria-timeline')} marks`);
      await check('vite: a click on an event reaches the app with its title', async () => {
        await clickEvent(page, 'syria-timeline', 'aleppo-evacuation');
        await page.waitForFunction(() => document.querySelector('#selected')?.textContent !== '', { timeout: WAIT_MS });
      });
      await check('vite: no console error', () => noProblems(problems));
      await page.close();
    });
    await check('vite: the lazy parts stay out of the main chunk, which is no larger than the bundle, d3-time-format and the library code the bundle leaves out (gzip)', async () => {
      const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
      const main = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
      assert(main, 'dist/index.html loads no module script');
      const text = readFileSync(join(dir, 'dist', main), 'utf8');
      for (const [part, marker] of LAZY_MARKERS) assert(!text.includes(marker), `the main chunk holds ${part}`);
      const app = gzipBytes(join(dir, 'dist', main));
      const bundle = gzipBytes(join(dir, 'node_modules/syria-timeline/dist/syria-timeline.bundle.js'));
      // d3-scale's scaleUtc imports d3-time-format, whose default locale runs when it loads: a bundler keeps it,
      // while the standalone bundle's build leaves it out (the axis names its ticks with date-fns).
      const timeFormat = await libraryGzipBytes('d3-time-format');
      // The bundle's build also rewrites D3 modules and date-fns's English so that esbuild can leave out what the
      // timeline never calls; a bundler keeps those.
      const rewritten = await rewrittenGzipBytes();
      const sizes = `the bundle ${kB(bundle)} + d3-time-format ${kB(timeFormat)} + rewritten away ${kB(rewritten)}`;
      assert(app <= bundle + timeFormat + rewritten, `the main chunk is ${kB(app)}, over ${sizes}`);
      const lazy = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js') && `assets/${f}` !== main);
      return `main chunk ${kB(app)}, ${sizes}; ${lazy.length} lazy chunks`;
    });
  },

  async react(dir) {
    await check('react: the app type-checks, with the tags typed by syria-timeline/jsx', () => {
      run('npm', ['run', 'typecheck'], dir);
    });
    await check('node: every entry point of package.json "exports" imports without a DOM', () => {
      const exports = JSON.parse(readFileSync(join(dir, 'node_modules/syria-timeline/package.json'), 'utf8')).exports;
      const entries = Object.keys(exports).map((key) => `syria-timeline${key.slice(1)}`);
      const script = `
        const entries = ${JSON.stringify(entries)};
        for (const entry of entries) {
          const m = await import(entry, entry.endsWith('.json') ? { with: { type: 'json' } } : undefined);
          if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error(entry + ' made a DOM');
          if (!m) throw new Error(entry + ' gave nothing');
        }
        console.log(entries.length);`;
      return `${run(process.execPath, ['--input-type=module', '-e', script], dir).trim()} entries: ${entries.join(', ')}`;
    });
    await servedBuild(dir, async (origin) => {
      await checkWrapperApp(origin, 'react 19');
      const { page, problems } = await open(`${origin}/`);
      await check('react 19: <event-timeline> written in JSX gets its events as a property', async () =>
        `${await drawnEvents(page, '#tag')} marks`,
      );
      await check('react 19: its ontimeline-select prop is called on a click', async () => {
        await clickEvent(page, '#tag', 'truce');
        await textBecomes(page, '#tag-state', 'truce');
      });
      await check('react 19 (tag): no console error', () => noProblems(problems));
      await page.close();
    });
  },

  async react18(dir) {
    await servedBuild(dir, (origin) => checkWrapperApp(origin, 'react 18'));
  },

  async ssr(dir) {
    await servedBuild(dir, async (origin) => {
      await check('ssr (node): @lit-labs/ssr renders the events in order, with their dates in words, into declarative shadow DOM', () => {
        const page = readFileSync(join(dir, 'dist/index.html'), 'utf8');
        assert(/<syria-timeline[^>]*><template shadowroot="open" shadowrootmode="open">/.test(page), 'no declarative shadow root');
        const titles = [...page.matchAll(/class="list-title"[^>]*>(?:<!--[^>]*-->)*([^<]+)/g)].map((m) => m[1]);
        assert(titles.length === 16, `${titles.length} events listed`);
        assert(titles[0] === 'Alleged foreign support for armed groups' && titles[15] === 'Astana talks', `not in time order: ${titles.join(', ')}`);
        const dates = [...page.matchAll(/<time datetime="[^"]*">(?:<!--[^>]*-->)*([^<]+)/g)].map((m) => m[1]);
        assert(dates[0] === 'from 2011 onward' && dates[15] === '23 January 2017', `dates: ${dates.join(', ')}`);
      });
      const { page, problems } = await open(`${origin}/`, { javaScript: false });
      await check('ssr (chromium, no script): the list of events shows before any script runs', async () => {
        const shown = await page.evaluate(() => {
          const items = [...(document.querySelector('syria-timeline')?.shadowRoot?.querySelectorAll('li') ?? [])];
          return items.filter((li) => li.getBoundingClientRect().height > 0).map((li) => li.textContent.replace(/\s+/g, ' ').trim());
        });
        assert(shown.length === 16, `${shown.length} events shown`);
        assert(/Astana talks .*23 January 2017/.test(shown.at(-1)), `the last one reads "${shown.at(-1)}"`);
        await page.screenshot({ path: join(dir, 'before-hydration.png') });
      });
      await page.close();
      await check('ssr (chromium): hydration takes over the server list in place, then draws the chart', () =>
        checkHydration(origin, dir, problems),
      );
      await check('ssr: no console error, no hydration error', () => noProblems(problems));
    });
  },
};

/**
 * Loads the server-rendered page with its script held back: the server's list items are kept, and the place of the
 * element and of the text after it; once the script has run, the same nodes must still be in the shadow root (taken
 * over, not made again), the element where it was, and the chart drawn.
 */
async function checkHydration(origin, dir, problems) {
  browser ??= await puppeteerCore.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.setRequestInterception(true);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') held.then(() => request.continue());
    else request.continue();
  });
  const loaded = page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('#after'), { timeout: WAIT_MS });
  const before = await page.evaluate(() => {
    const el = document.querySelector('syria-timeline');
    window.serverItems = [...el.shadowRoot.querySelectorAll('li')];
    return { items: window.serverItems.length, top: el.getBoundingClientRect().top, defined: !!customElements.get('syria-timeline') };
  });
  assert(before.items === 16 && !before.defined, `before the script: ${JSON.stringify(before)}`);
  release();
  await loaded;
  const marks = await drawnEvents(page, 'syria-timeline');
  const after = await page.evaluate(() => {
    const el = document.querySelector('syria-timeline');
    const kept = window.serverItems.filter((li) => li.isConnected && el.shadowRoot.contains(li)).length;
    return { kept, top: el.getBoundingClientRect().top, listHidden: el.shadowRoot.querySelector('.list').classList.contains('visually-hidden') };
  });
  await page.screenshot({ path: join(dir, 'after-hydration.png') });
  await page.close();
  assert(after.kept === 16, `${after.kept} of the server's 16 list items are still in the shadow root`);
  assert(after.top === before.top, `the element moved from ${before.top} to ${after.top}`);
  assert(after.listHidden, 'the list did not give way to the chart');
  return `${marks} marks drawn, the server's 16 items kept`;
}


// ---------------------------------------------------------------- install
/**
 * The lock with the tarball's integrity left out, as the tarball is made anew on every run; `forget` leaves out its
 * whole entry, so that `npm install` reads the tarball's dependencies again rather than those the lock remembers.
 */
function withoutTarballIntegrity(lockPath, forget = false) {
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  if (forget) delete lock.packages?.['node_modules/syria-timeline'];
  const entry = lock.packages?.['node_modules/syria-timeline'];
  if (entry) delete entry.integrity;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  return entry;
}

/** `npm ci` installs what the lock says: it must say what the tarball's package.json asks for. */
function assertLockMatches(entry, manifest, name) {
  const wanted = JSON.stringify({ ...manifest.dependencies });
  const locked = JSON.stringify({ ...entry?.dependencies });
  assert(
    wanted === locked,
    `tests/consumers/${name}/package-lock.json locks other dependencies of syria-timeline than its package.json has ` +
      `(${locked} against ${wanted}): run npm run test:consumers -- --update-locks`,
  );
}

/** Copies a project to `into`, with the tarball beside it, and installs it; `manifest` is the tarball's package.json. */
function install(name, tarball, manifest, into) {
  const source = join(CONSUMERS, name);
  const dir = join(into, name);
  cpSync(source, dir, { recursive: true, filter: (path) => !/[/\\](node_modules|dist)$/.test(path) });
  cpSync(tarball, join(dir, 'syria-timeline.tgz'));
  const lock = join(dir, 'package-lock.json');
  if (UPDATE) {
    if (existsSync(lock)) withoutTarballIntegrity(lock, true);
    run('npm', ['install', '--no-audit', '--no-fund'], dir);
    withoutTarballIntegrity(lock);
    cpSync(lock, join(source, 'package-lock.json'));
  } else {
    assert(existsSync(lock), `tests/consumers/${name} has no package-lock.json: run npm run test:consumers -- --update-locks`);
    assertLockMatches(withoutTarballIntegrity(lock), manifest, name);
    try {
      run('npm', ['ci', '--no-audit', '--no-fund'], dir);
    } catch (error) {
      throw new Error(`${error.message}\n(after a change of the package's dependencies: npm run test:consumers -- --update-locks)`);
    }
  }
  return dir;
}

// ---------------------------------------------------------------- main
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'syria-timeline-consumers-'));
try {
  console.log('consumers: npm run build, npm pack');
  run('npm', ['run', 'build'], ROOT);
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
  const tarball = join(work, packed[0].filename);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  console.log(`consumers: ${packed[0].filename}, ${packed[0].entryCount} files, ${kB(packed[0].size)}`);

  await check('publint: the tarball is clean', () => {
    const out = run(process.execPath, [join(ROOT, 'node_modules/publint/src/cli.js'), 'run', tarball, '--strict'], ROOT);
    assert(/All good/.test(out), out);
  });
  await check('attw --profile esm-only: every entry point has types', () => {
    run(process.execPath, [join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--format', 'ascii'], ROOT);
  });

  const projects = readdirSync(CONSUMERS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (!ONLY || ONLY.includes(d.name)))
    .map((d) => d.name);
  for (const name of projects) {
    assert(CHECKS[name], `tests/consumers/${name} has no checks in scripts/test-consumers.mjs`);
    const t = Date.now();
    console.log(`consumers: ${name}`);
    let dir;
    await check(`${name}: npm ${UPDATE ? 'install' : 'ci'} with the tarball`, () => {
      dir = install(name, tarball, manifest, work);
    });
    if (dir) await CHECKS[name](dir);
    console.log(`consumers: ${name} took ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
} catch (error) {
  failed++;
  console.log(`  FAIL  ${error.message}`);
} finally {
  await browser?.close();
  if (KEEP) console.log(`consumers: left ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`consumers: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
