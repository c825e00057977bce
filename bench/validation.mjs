// `node bench/validation.mjs [--render] [--translated] [--reps=5]`: what problems in the data cost. The same seeded
// events as `npm run bench` (bench/data.mjs), 10,000 and 100,000 of them, given as they are ("clean") and with two
// fields the format does not know in every event ("extra": `group` and `content`, as vis-timeline items have them,
// 200,000 warnings at 100,000 events). With `--translated`, "extra" is instead every event with `translations` in two
// languages (a title in Arabic; a title and a summary in French), and the rendered timeline has `locale="fr"`, so
// that the French ones are shown. Prints the median of each and the ratio extra / clean:
//
//   validate  in Node, from src/ bundled by esbuild: validateEvents() and summarizeIssues() on its issues, which
//             make every issue (a pipeline of the page's own); and what the element does with new data before it
//             draws: checkEvents() and summarizeSource(), which make only the first issue of each kind;
//   render    (with --render) in headless Chromium: the first render of an <event-timeline> 1,200 px wide, from
//             `el.events = data` to the second animation frame after an event (or cluster) is drawn, as
//             bench/pages/ours.html measures it; src/index.ts bundled by esbuild, a fresh page for each repetition.
//
// Clean and extra alternate within each repetition, in turn first, so that a noisy moment of the machine (or the
// order) favours neither.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { datasetFor } from './data.mjs';
import { median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, `node_modules/.cache/bench/validation.${process.pid}`);
const SIZES = [10_000, 100_000];
const args = process.argv.slice(2);
const reps = Number(/^--reps=(\d+)$/.exec(args.find((a) => a.startsWith('--reps=')) ?? '')?.[1] ?? 5);
const build = (options) =>
  esbuild.build({
    absWorkingDir: ROOT, bundle: true, format: 'esm', target: 'es2022', logLevel: 'warning',
    tsconfig: join(ROOT, 'tsconfig.json'), conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' },
    ...options,
  });
const translated = args.includes('--translated');
const inputs = (n) => {
  const clean = datasetFor('ours', n);
  const extra = translated
    ? clean.map((e) => ({ ...e, translations: { ar: { title: `عنوان ${e.id}` }, fr: { title: `Titre ${e.title}`, summary: 'Un résumé.' } } }))
    : clean.map((e) => ({ ...e, group: e.category, content: e.title }));
  return { clean, extra };
};
const order = (rep) => (rep % 2 ? ['extra', 'clean'] : ['clean', 'extra']);
const row = (what, n, clean, extra) =>
  console.log(`| ${what} | ${n.toLocaleString('en')} | ${clean.toFixed(1)} | ${extra.toFixed(1)} | ${(extra / clean).toFixed(2)} |`);

async function validate() {
  const entry = join(OUT, 'validate.mjs');
  await build({
    stdin: {
      contents: [
        "export { checkEvents, validateEvents } from './src/data/validate.ts';",
        "export { summarizeIssues, summarizeSource } from './src/data/summarize-issues.ts';",
      ].join('\n'),
      resolveDir: ROOT, loader: 'ts',
    },
    outfile: entry, platform: 'node',
  });
  const { checkEvents, validateEvents, summarizeIssues, summarizeSource } = await import(pathToFileURL(entry).href);
  const ways = {
    'validateEvents + summarizeIssues (ms)': (data) => summarizeIssues(validateEvents(data).issues),
    'checkEvents + summarizeSource (ms)': (data) => summarizeSource(checkEvents(data)),
  };
  for (const [what, run] of Object.entries(ways)) {
    for (const n of SIZES) {
      const data = inputs(n);
      const times = { clean: [], extra: [] };
      for (let rep = 0; rep < reps; rep++) {
        for (const kind of order(rep)) {
          const t0 = performance.now();
          run(data[kind]);
          times[kind].push(performance.now() - t0);
        }
      }
      row(what, n, median(times.clean), median(times.extra));
    }
  }
}

async function render() {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./server.mjs');
  await build({ entryPoints: [join(ROOT, 'src/index.ts')], outdir: OUT, splitting: true, platform: 'browser', minify: true });
  writeFileSync(join(OUT, 'render.html'), `<!doctype html><meta charset="utf-8"><div id="host" style="width:1200px"></div>
<script type="module">
  import './index.js';
  import { endRender, frame } from '/bench/pages/measure.js';
  window.benchRender = async (data) => {
    performance.mark('start');
    const el = document.createElement('event-timeline');
    if (${translated}) el.locale = 'fr';
    el.events = data;
    document.getElementById('host').append(el);
    await el.updateComplete;
    while (!el.shadowRoot.querySelector('[part~="event"], [part~="cluster"]')) { await frame(); await el.updateComplete; }
    return endRender();
  };
</script>`);
  const server = await startServer(ROOT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true,
    // No address-bar popup: Chromium loads its WebUI in every new context (see run.mjs, CHROMIUM_ARGS).
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'],
  });
  try {
    for (const n of SIZES) {
      const data = inputs(n);
      const times = { clean: [], extra: [] };
      for (let rep = 0; rep < reps; rep++) {
        for (const kind of order(rep)) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
          page.on('console', () => {}); // the warnings about `group` and `content`
          await page.goto(`${server.origin}/${join('node_modules/.cache/bench', `validation.${process.pid}`, 'render.html')}`);
          await page.waitForFunction(() => window.benchRender && customElements.get('event-timeline'));
          const handle = await page.evaluateHandle((json) => JSON.parse(json), JSON.stringify(data[kind]));
          // From a timer task of the page, as bench/run.mjs does, not from the evaluate call's own task.
          times[kind].push(await page.evaluate((d) => new Promise((r) => setTimeout(() => r(window.benchRender(d)))), handle));
          await page.close();
        }
      }
      row('first render (ms)', n, median(times.clean), median(times.extra));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

mkdirSync(OUT, { recursive: true });
try {
  const extra = translated ? 'translations in two languages (French shown)' : 'two unknown fields';
  console.log(`${reps} repetitions, medians; extra = ${extra} in every event\n`);
  console.log('| measure | events | clean | extra | extra / clean |\n|---|---|---|---|---|');
  await validate();
  if (args.includes('--render')) await render();
} finally {
  rmSync(OUT, { recursive: true, force: true });
}
