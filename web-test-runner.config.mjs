// @web/test-runner config: real engines from Debian packages, headless, no browser downloads.
//
//   BROWSERS=chromium                  (default) /usr/bin/chromium      via puppeteer-core (CDP)
//   BROWSERS=firefox                   /usr/bin/firefox-esr              via puppeteer-core (WebDriver BiDi)
//   BROWSERS=webkit                    /usr/bin/WebKitWebDriver+MiniBrowser via webdriverio (WebDriver classic)
//   BROWSERS=chromium,firefox,webkit   all three in one run
//
// Both puppeteer-core launchers come from @web/test-runner-chrome, which @web/test-runner already
// depends on; WebKit needs @web/test-runner-webdriver. No `puppeteer`/`playwright` package is needed.
// WebKitGTK's MiniBrowser has no headless mode: if DISPLAY is unset, this config starts its own Xvfb.
//
// Every browser runs in TEST_TIME_ZONE, a zone with daylight saving, so that a test cannot pass
// only because the machine happens to be on UTC (tests/environment.test.ts checks it).
// Recipe and background: shared/notes/browsers.md.
import { writeFileSync, writeSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { SessionStarts, WebKitLauncher, ensureDisplay, webkitBinaries } from './scripts/wtr-webkit.mjs';

/** IANA zone of every test browser; tests/environment.test.ts must agree with it. */
const TEST_TIME_ZONE = 'America/New_York';

const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

// esbuild does not follow `extends`, and only reads the legacy-decorator settings
// (experimentalDecorators, useDefineForClassFields: false) from the file it is given.
const TSCONFIG = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root (dev machines and CI)
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking', // closed network: avoids bursts of refused connections
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// The environment of every browser process (and of WebKitWebDriver, which starts MiniBrowser).
// All three engines read the zone from TZ on Linux. This Node process keeps its own zone.
const BROWSER_ENV = { ...process.env, TZ: TEST_TIME_ZONE };

const wanted = (process.env.BROWSERS || 'chromium')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);

// ---------------------------------------------------------------- chromium + firefox (puppeteer-core)
async function chromium() {
  const { chromeLauncher } = await import('@web/test-runner-chrome');
  return chromeLauncher({
    launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, env: BROWSER_ENV },
  });
}

async function firefox() {
  const { chromeLauncher, puppeteerCore } = await import('@web/test-runner-chrome');
  return chromeLauncher({
    // passing puppeteer-core explicitly makes the launcher honour `browser: 'firefox'` (and label it "Firefox")
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, env: BROWSER_ENV },
  });
}

// ---------------------------------------------------------------- signals
// On SIGINT, puppeteer kills its browsers synchronously and @web/test-runner stops; the exit then stops WebKit and
// Xvfb (scripts/wtr-webkit.mjs). SIGTERM/SIGHUP (CI timeouts, closed terminals) alone would orphan Firefox: route
// them through the SIGINT handlers (the 'SIGINT' argument matters: puppeteer switches on it).
for (const sig of ['SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    writeSync(2, `wtr: ${sig} received, stopping\n`);
    process.emit('SIGINT', 'SIGINT');
  });
}

// ---------------------------------------------------------------- webkit (WebKitGTK via WebKitWebDriver)
async function webkit() {
  const { driver, binary } = webkitBinaries();
  await ensureDisplay(BROWSER_ENV);
  // webdriverio only auto-starts drivers for chrome/firefox/edge/safari: the launcher starts WebKitWebDriver, and
  // starts it again with MiniBrowser when they stop answering (scripts/wtr-webkit.mjs). MiniBrowser inherits the
  // driver's environment, TZ included.
  return new WebKitLauncher({ driver, binary, env: BROWSER_ENV, starts: webkitStarts });
}
const webkitStarts = new SessionStarts();

// ---------------------------------------------------------------- plugins / reporters
// Whole-page screenshot from a test: `await executeServerCommand('page-screenshot', { name })`
// writes screenshots/plain/<browser>/<name>.png (git-ignored).
function pageScreenshotPlugin() {
  return {
    name: 'page-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'page-screenshot') return undefined;
      const dir = `screenshots/plain/${session.browser.name}`;
      await mkdir(dir, { recursive: true });
      let png;
      if (session.browser.type === 'puppeteer' || session.browser.type === 'playwright') {
        png = Buffer.from(await session.browser.getPage(session.id).screenshot());
      } else if (session.browser.type === 'webdriver') {
        png = Buffer.from(await session.browser.driver.takeScreenshot(), 'base64');
      } else {
        throw new Error(`page-screenshot: unsupported launcher type ${session.browser.type}`);
      }
      const path = `${dir}/${payload.name}.png`;
      await writeFile(path, png);
      return { bytes: png.length, path };
    },
  };
}

// Prints one plain closing line, e.g. "wtr: 27 passed, 0 failed, 0 skipped" (all browsers together), after one
// "wtr: failed: <browser> <file> › <suite> › <test>: <first line of the error>" line per failure,
// so a CI log has a machine-readable total; the exit code stays the real verdict.
function totalsReporter() {
  return {
    stop({ sessions }) {
      let passed = 0, failed = 0, skipped = 0;
      const failures = [];
      const firstLine = (error) => String(error?.message ?? error ?? '').split('\n')[0].slice(0, 300);
      const walk = (suite, where, path) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else {
            failed++;
            failures.push(`${where} › ${[...path, t.name].join(' › ')}: ${firstLine(t.error)}`);
          }
        }
        for (const s of suite?.suites ?? []) walk(s, where, [...path, s.name]);
      };
      const files = [];
      for (const s of sessions) {
        const before = [passed, failed, skipped, failures.length];
        const where = `${s.browser?.name ?? 'browser'} ${s.testFile.replace(/^.*\/tests\//, 'tests/')}`;
        walk(s.testResults, where, []);
        // a file that failed to load/run has errors but no failed tests: count it as one failure
        if (!s.passed && failed === before[1]) {
          failed++;
          failures.push(`${where}: ${firstLine(s.errors?.[0]) || 'the file did not run to its end'}`);
        }
        files.push({
          browser: s.browser?.name,
          file: s.testFile,
          passed: passed - before[0],
          failed: failed - before[1],
          skipped: skipped - before[2],
          failures: failures.slice(before[3]),
          // the page's web socket closed while its tests ran, with the page still there (scripts/wtr.mjs)
          disconnected: !s.passed && (s.errors ?? []).some((e) => String(e?.message).includes('browser disconnected')),
        });
      }
      // Each file's counts, for scripts/wtr.mjs, which runs a file again when its browser disconnected.
      if (process.env.WTR_RESULTS) writeFileSync(process.env.WTR_RESULTS, JSON.stringify(files));
      // Each failure on one line just above the totals, so that the end of a long CI log names what failed.
      totalsLine = [...failures.map((f) => `wtr: failed: ${f}`), `wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`]
        .join('\n');
    },
  };
}
let totalsLine;
// printed at exit so that it is the very last line, after the progress bars are redrawn
process.on('exit', (code) => {
  if (totalsLine) console.log(totalsLine);
  // Stopped before every file ran: no totals. Say so, with the error that stopped it when there was one.
  else writeSync(2, `wtr: stopped before the run finished (exit code ${code})${stoppedBy ? `: ${stoppedBy}` : ''}\n`);
});
// The runner's terminal holds console output back until it stops, so an uncaught error that stops it early leaves
// nothing in a CI log: it is written straight to stderr as well (the runner still handles it).
let stoppedBy;
process.on('uncaughtException', (error) => {
  stoppedBy = error?.stack ?? String(error);
  writeSync(2, `wtr: uncaught exception: ${stoppedBy}\n`);
});

// ---------------------------------------------------------------- media features
// `await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`: what
// @web/test-runner-commands' emulateMedia cannot set through puppeteer (forced-colors). Answers false where the
// engine cannot emulate it (the test then says so and skips that engine).
const mediaSessions = new WeakMap();
function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      try {
        // puppeteer's own emulateMediaFeatures refuses names it does not list (forced-colors among them), so the
        // DevTools protocol is asked directly; Firefox (WebDriver BiDi) has no such session and answers false.
        // The session stays open: emulation set through a session ends when it is detached.
        const page = session.browser.getPage(session.id);
        mediaSessions.set(page, mediaSessions.get(page) ?? (await page.createCDPSession()));
        await mediaSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      } catch {
        return false;
      }
    },
  };
}

// ---------------------------------------------------------------- accessibility tree
// `await executeServerCommand('accessibility-tree')`: the page's accessibility tree as the engine exposes it to
// screen readers, reduced to `{ role, name, children }`, through puppeteer (Chromium). Answers false where the
// engine cannot give it (Firefox over WebDriver BiDi, WebKit over WebDriver classic).
function accessibilityTreePlugin() {
  const reduce = (node) => ({ role: node.role, name: node.name ?? '', children: (node.children ?? []).map(reduce) });
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
      try {
        const tree = await session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
        return tree ? reduce(tree) : false;
      } catch {
        return false;
      }
    },
  };
}

// ---------------------------------------------------------------- strict CSP pages
// Pages under /tests/csp/ are served with the strict Content-Security-Policy that the component promises to work
// under (README, "Content Security Policy"): nothing inline, no eval, scripts and styles from the page's own origin
// only, Trusted Types required for script sinks.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'";
async function strictCspMiddleware(ctx, next) {
  await next();
  if (ctx.path.startsWith('/tests/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
}

// ---------------------------------------------------------------- config
const factories = { chromium, firefox, webkit };
const browsers = [];
for (const name of wanted) {
  if (!factories[name]) throw new Error(`Unknown browser "${name}" in BROWSERS (use chromium,firefox,webkit)`);
  browsers.push(await factories[name]());
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  // 1 test file at a time per browser; the WebKit launcher needs 1 (WebKitWebDriver allows one session,
  // and with concurrency > 1 @web/test-runner-webdriver switches to iframes).
  concurrency: 1,
  concurrentBrowsers: 3, // the three engines run side by side
  // WebKit's launcher may start the browser again twice for one page, within its own limits (scripts/wtr-webkit.mjs)
  browserStartTimeout: 180000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // A limit, not a wait: axe runs over a whole timeline take seconds in WebKitGTK while three engines share two cores.
  testFramework: { config: { timeout: 30000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), totalsReporter()],
  middleware: [strictCspMiddleware],
  plugins: [
    // explicit target: with 'auto', Chrome/Firefox get untranspiled code ("esnext").
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: TSCONFIG }),
    pageScreenshotPlugin(),
    mediaFeaturesPlugin(),
    accessibilityTreePlugin(),
    webkitStarts.plugin(),
  ],
};
