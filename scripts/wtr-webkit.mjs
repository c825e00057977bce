// WebKitGTK for @web/test-runner: WebKitWebDriver + MiniBrowser, a browser that is started again when it stops
// answering.
//
// Now and then, on a loaded machine, MiniBrowser or its driver stops answering: a navigation to a test page never
// returns (sometimes for a page that has loaded and started its tests), or the page never starts its tests.
// @web/test-runner-webdriver waits on such a navigation without a limit of its own and without catching its
// failure, so the WebDriver client's request timeout became an uncaught exception and stopped the whole run. This
// launcher waits, within a limit, for the page itself to say that its tests started, and gives closing a page a
// limit too. Past one, it stops WebKitWebDriver and MiniBrowser (one process group), starts both again and opens
// the same test page, up to `LIMITS.attempts` times. The runner's own limits still decide whether a test file that
// does start passes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeSync } from 'node:fs';
import net from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './free-port.mjs';

/**
 * The launcher's limits, in ms: for a test page to start its tests (from starting the browser when it needs to),
 * and to close a page; and the attempts to open one test page (each after a fresh start of the browser but the
 * first).
 */
export const LIMITS = { open: 50_000, close: 20_000, attempts: 3 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (line) => writeSync(2, `wtr: ${line}\n`);

/** Settles like `promise`, or rejects with `what` after `ms`; a promise left behind never goes unhandled. */
function within(ms, what, promise) {
  promise.catch(() => {});
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function waitForPort(port, what, timeoutMs = 20000) {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await sleep(100)) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
  }
  throw new Error(`${what} did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/**
 * WebKitWebDriver and MiniBrowser, from Debian's webkit2gtk-driver unless WEBKIT_DRIVER and MINIBROWSER name others;
 * throws, saying what to install, when either is missing.
 */
export function webkitBinaries() {
  const driver = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
  const binary =
    process.env.MINIBROWSER ||
    readdirSync('/usr/lib')
      .map((d) => `/usr/lib/${d}/webkit2gtk-4.1/MiniBrowser`)
      .find((p) => existsSync(p));
  if (!existsSync(driver) || !binary) {
    throw new Error('WebKit needs Debian package webkit2gtk-driver (WebKitWebDriver + MiniBrowser)');
  }
  return { driver, binary };
}

/**
 * MiniBrowser has no headless mode: unless DISPLAY names one already (xvfb-run, a desktop session), starts an Xvfb
 * display for this process and its browsers (`env`), stopped when the process exits.
 */
export async function ensureDisplay(env) {
  if (process.env.DISPLAY) return;
  let n = 90;
  while (existsSync(`/tmp/.X${n}-lock`)) n++;
  const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  xvfb.on('error', (e) => say(`Xvfb failed to start (apt-get install xvfb): ${e.message}`));
  process.on('exit', () => { try { xvfb.kill('SIGTERM'); } catch { /* gone */ } });
  for (let i = 0; i < 200 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await sleep(50);
  process.env.DISPLAY = env.DISPLAY = `:${n}`;
}

/**
 * Hears, through the runner's web socket, when a test page starts its tests. `plugin()` goes in the config's
 * plugins; `started(id)` resolves once the page of session `id` has said so.
 */
export class SessionStarts {
  #waiting = new Map();

  plugin() {
    return {
      name: 'webkit-session-starts',
      serverStart: ({ webSockets }) => {
        webSockets.on('message', ({ data }) => {
          if (data?.type !== 'wtr-session-started') return;
          this.#waiting.get(data.sessionId)?.();
          this.#waiting.delete(data.sessionId);
        });
      },
    };
  }

  /** Call before the page is opened, so that a page quicker than the navigation's answer is still heard. */
  expect(id) {
    return new Promise((resolve) => this.#waiting.set(id, resolve));
  }

  forget(id) {
    this.#waiting.delete(id);
  }
}

/** Every WebKitWebDriver this process started, each leading a process group with its MiniBrowser. */
const groups = new Set();
const killGroup = (pid) => {
  try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  groups.delete(pid);
};
process.on('exit', () => groups.forEach(killGroup));

export class WebKitLauncher extends WebdriverLauncher {
  /**
   * @param {{ driver: string, binary: string, env: NodeJS.ProcessEnv, starts: SessionStarts, limits?: typeof LIMITS }} o
   */
  constructor({ driver, binary, env, starts, limits = LIMITS }) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set when WebKitWebDriver starts
      // a failed command reaches the launcher as an error; the client's own log would only repeat it
      logLevel: 'silent',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 requests WebDriver BiDi (webSocketUrl: true) by default;
        // WebKitWebDriver 2.50 answers that with "session not created: Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        // Navigating to a test page returns once its document is parsed: the runner hears from the page itself.
        pageLoadStrategy: 'eager',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    });
    this.driverPath = driver;
    this.env = env;
    this.starts = starts;
    this.limits = limits;
    /** Why the browser was started again, each time; a run's log says each one too. */
    this.restarts = [];
  }

  /** WebDriver sessions being made (see `stop`). */
  #creating = 0;

  async createDriverManager() {
    this.#creating++;
    try {
      return await super.createDriverManager();
    } finally {
      this.#creating--;
    }
  }

  /** Starts WebKitWebDriver (MiniBrowser comes with the session) unless it runs. */
  async #ensureDriver() {
    if (this.group) return;
    const port = await freePort();
    // detached: its own process group, so that MiniBrowser, its child, goes with it
    const driver = spawn(this.driverPath, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'], env: this.env, detached: true });
    this.group = driver.pid;
    groups.add(driver.pid);
    driver.on('exit', () => groups.delete(driver.pid));
    await waitForPort(port, 'WebKitWebDriver');
    this.options.port = port;
  }

  /** Stops WebKitWebDriver and MiniBrowser, whatever state they are in; the next page starts them again. */
  async #restart(why) {
    this.restarts.push(why);
    say(`MiniBrowser ${why}; starting WebKitWebDriver and MiniBrowser again`);
    if (this.pendingHeartbeat != null) clearInterval(this.pendingHeartbeat);
    if (this.group) killGroup(this.group);
    this.group = undefined;
    this.driver = undefined;
    this.driverManager = undefined;
    this.__managerPromise = undefined;
  }

  /**
   * Opens the test page of session `id`. The page is open once it says that its tests started, whether or not
   * WebKitWebDriver has answered the navigation: now and then it answers late, or never, for a page that has loaded
   * and started. Past the limit, or when the navigation fails, the browser is started again.
   */
  async startSession(id, url) {
    const { open, attempts } = this.limits;
    for (let attempt = 1; ; attempt++) {
      const started = this.starts.expect(id);
      const opened = this.#ensureDriver()
        .then(() => this.ensureManagerInitialized())
        .then(() => this.driverManager.startSession(id, url));
      opened.catch(() => {});
      try {
        await within(open, 'starting the tests of the page', Promise.race([started, opened.then(() => started)]));
        return;
      } catch (error) {
        this.starts.forget(id);
        await this.#restart(`failed to open a test page (${error.message}), attempt ${attempt} of ${attempts}`);
        if (attempt === attempts) throw error;
      }
    }
  }

  /** While the browser is started again there is no page: the runner then reads that the page went away. */
  getBrowserUrl(id) {
    return this.driverManager?.getBrowserUrl(id);
  }

  async stopSession(id) {
    try {
      return await within(this.limits.close, 'closing the test page', super.stopSession(id));
    } catch (error) {
      // The page's results reached the runner through its web socket already; only the page's closing failed.
      await this.#restart(`did not close a test page (${error.message})`);
      return {};
    }
  }

  async stop() {
    // The package stops the launcher when a WebDriver session cannot be made, maybe late, for a browser already
    // given up: here the next attempt starts the browser again, and stopping would kill that one.
    if (this.#creating) return;
    await within(this.limits.close, 'closing the browser', super.stop()).catch(() => {});
    if (this.group) killGroup(this.group);
    this.group = undefined;
  }
}
