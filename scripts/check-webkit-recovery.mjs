// Checks that a WebKit test run survives a MiniBrowser that stops answering (scripts/wtr-webkit.mjs):
//   1. the first navigation to a test page never gets its document;
//   2. the second gets it, but its web socket, through which it tells the runner that its tests started, is never
//      answered;
//   3. the third page starts its tests, but a module at its end never arrives, so WebDriver's navigation never
//      returns (as WebKitWebDriver sometimes does not answer for a page that has started).
// After 1 and 2 the launcher must start WebKitWebDriver and MiniBrowser again; in 3 it must go on with the page, and
// the file's tests must pass.
//
//   node scripts/check-webkit-recovery.mjs        (needs webkit2gtk-driver and xvfb, like BROWSERS=webkit)
import { startTestRunner } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { SessionStarts, WebKitLauncher, ensureDisplay, webkitBinaries } from './wtr-webkit.mjs';

const FILE = 'tests/safe-url.test.ts';
let driver, binary;
try {
  ({ driver, binary } = webkitBinaries());
} catch (error) {
  console.error(`check:webkit-recovery: ${error.message}`);
  process.exit(1);
}

const env = { ...process.env };
await ensureDisplay(env);
const starts = new SessionStarts();
const limits = { open: 8_000, close: 6_000, attempts: 3 };
const launcher = new WebKitLauncher({ driver, binary, env, starts, limits });

// Requests held forever, as a browser that stopped answering would leave them.
const held = [];
const hang = (what) => new Promise(() => held.push(what));
let pages = 0;
async function stall(ctx, next) {
  if (ctx.path === '/__never.js') return hang('a module at the end of the page');
  if (ctx.path === '/' && ctx.query['wtr-session-id'] && ++pages === 1) return hang('the test page');
  await next();
  if (ctx.path === '/' && pages === 3) {
    const page = String(ctx.body);
    const never = '<script type="module" src="/__never.js"></script>';
    ctx.body = page.includes('</body>') ? page.replace('</body>', `${never}</body>`) : page + never;
  }
}
/** The first web socket is never answered; the rest go to the runner's own handlers. */
const stallSocket = {
  name: 'stall-socket',
  serverStart({ server }) {
    const handlers = server.listeners('upgrade');
    server.removeAllListeners('upgrade');
    let sockets = 0;
    server.on('upgrade', (...args) => {
      if (++sockets === 1) return void hang('its web socket');
      for (const h of handlers) h.apply(server, args);
    });
  },
};

const results = [];
const runner = await startTestRunner({
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  config: {
    files: [FILE],
    nodeResolve: true,
    browsers: [launcher],
    concurrency: 1,
    browserStartTimeout: 60_000,
    testsStartTimeout: 60_000,
    middleware: [stall],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), starts.plugin(), stallSocket],
    reporters: [{ stop: ({ sessions }) => results.push(...sessions) }],
  },
});
const passed = await new Promise((resolve) => runner.on('stopped', resolve));

const tests = results.flatMap((s) => s.testResults?.suites.flatMap((x) => x.tests) ?? []).concat(
  results.flatMap((s) => s.testResults?.tests ?? []),
);
const problems = [];
if (!passed) problems.push(`the run failed: ${results.flatMap((s) => s.errors ?? []).map((e) => e.message).join('; ')}`);
const expected = ['the test page', 'its web socket', 'a module at the end of the page'];
if (held.join() !== expected.join()) problems.push(`held ${held.join(', ') || 'nothing'}, not ${expected.join(', ')}`);
// A third start may follow when the page whose navigation never returned is closed: its results are in by then.
const opening = launcher.restarts.filter((r) => r.includes('failed to open'));
if (opening.length !== 2 || !opening.every((r) => r.includes('starting the tests of the page took'))) {
  problems.push(`the browser was started again for ${JSON.stringify(launcher.restarts)}, not twice while opening the page`);
}
if (tests.length === 0) problems.push('no test ran');
if (problems.length) {
  console.error(`check:webkit-recovery: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(
  `check:webkit-recovery: ${held.join(', ')} never answered; MiniBrowser was started again ` +
    `${launcher.restarts.length} times and ${FILE} passed (${tests.length} tests)`,
);
process.exit(0);
