// `npm run screenshot -- [url-or-path] [out.png] [--width=1280] [--height=800] [--dark]`
//
// A full-page PNG of any page of the dev server (default /demo/ → screenshots/demo.png), taken
// with Debian's Chromium through playwright-core. The script starts its own dev server with
// web-dev-server.config.mjs on a free port, so `npm start` may keep running beside it; a full
// http(s):// URL is loaded as it is, without a server.
//
// Before the shot it waits for the load event, for every custom element on the page to be
// defined and rendered (`updateComplete` for Lit elements), for web fonts, and for two animation
// frames. `--dark` emulates prefers-color-scheme: dark. The page's console errors and uncaught
// exceptions are printed, and any of them makes the script exit 1 (after writing the PNG).
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import devServerConfig from '../web-dev-server.config.mjs';
import { freePort } from './free-port.mjs';

const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
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
/** How long custom elements may take to be defined and rendered, in ms. */
const READY_TIMEOUT_MS = 15000;

function parseArgs(argv) {
  const options = { target: '/demo/', out: 'screenshots/demo.png', width: 1280, height: 800, dark: false };
  const positional = [];
  for (const arg of argv) {
    const [flag, value] = arg.split(/=(.*)/s);
    if (flag === '--dark') options.dark = true;
    else if (flag === '--width' || flag === '--height') {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number of pixels`);
      options[flag.slice(2)] = n;
    } else if (flag === '--help' || flag === '-h') {
      console.log('usage: npm run screenshot -- [url-or-path] [out.png] [--width=1280] [--height=800] [--dark]');
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length > 2) throw new Error(`too many arguments: ${positional.join(' ')}`);
  if (positional[0]) options.target = positional[0];
  if (positional[1]) options.out = positional[1];
  return options;
}

/** `demo/x.html`, `./demo/`, `/demo/` → a path on the dev server. */
function serverPath(target) {
  const path = target.replace(/^\.\//, '');
  return path.startsWith('/') ? path : `/${path}`;
}

/** Runs in the page: resolves when the custom elements there are defined and rendered. */
async function waitUntilRendered() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  // the tags in the light DOM and, level by level, in the shadow roots of defined elements
  const seen = new Set();
  for (let round = 0; round < 10; round++) {
    const roots = [document, ...[...document.querySelectorAll('*')].flatMap(function shadows(el) {
      return el.shadowRoot ? [el.shadowRoot, ...[...el.shadowRoot.querySelectorAll('*')].flatMap(shadows)] : [];
    })];
    const elements = roots.flatMap((root) => [...root.querySelectorAll('*')]).filter((el) => el.localName.includes('-'));
    const fresh = elements.filter((el) => !seen.has(el));
    if (fresh.length === 0) break;
    fresh.forEach((el) => seen.add(el));
    await Promise.all([...new Set(fresh.map((el) => el.localName))].map((tag) => customElements.whenDefined(tag)));
    await Promise.all(fresh.map((el) => el.updateComplete));
  }
  await document.fonts?.ready;
  await frame();
  await frame();
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const external = /^https?:\/\//.test(options.target);

  let server;
  let url = options.target;
  if (!external) {
    server = await startDevServer({
      config: {
        ...devServerConfig,
        port: await freePort(),
        open: false,
        watch: false,
        plugins: devServerConfig.plugins.filter((p) => p.name !== 'demo-url'),
      },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
      autoExitProcess: false,
    });
    url = `http://localhost:${server.config.port}${serverPath(options.target)}`;
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const problems = [];
  try {
    const context = await browser.newContext({
      viewport: { width: options.width, height: options.height },
      colorScheme: options.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location()?.url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
      problems.push(`console.error: ${msg.text()}${where}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack || error.message}`));

    const response = await page.goto(url, { waitUntil: 'load' });
    if (response && !response.ok()) problems.push(`HTTP ${response.status()} for ${url}`);
    // the guard: a page without custom elements only waits for load, fonts and two frames
    await Promise.race([
      page.evaluate(waitUntilRendered),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`custom elements not rendered within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS),
      ),
    ]).catch((error) => problems.push(`not ready: ${error.message}`));

    const out = resolve(options.out);
    await mkdir(dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    console.log(`screenshot: ${url} → ${options.out} (${size[0]}×${size[1]} CSS px${options.dark ? ', dark' : ''})`);
  } finally {
    await browser.close();
    await server?.stop();
  }

  if (problems.length) {
    console.error(`screenshot: the page reported ${problems.length} error(s):`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`screenshot: ${error.message}`);
  process.exit(1);
});
