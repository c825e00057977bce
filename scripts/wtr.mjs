// `npm test`'s test runner: @web/test-runner (`wtr`, with the same arguments), and once more, in a fresh MiniBrowser,
// for the files whose MiniBrowser disconnected while their tests ran.
//
// Now and then, on a loaded machine, MiniBrowser's web process goes away in the middle of a test file: the page's
// web socket closes and the runner fails the file with "Tests were interrupted because the browser disconnected",
// with no test failed. The WebKit launcher (scripts/wtr-webkit.mjs) starts MiniBrowser again for pages that do not
// open or close, but a file that has started belongs to the runner. When such files are the only failures, this
// script runs them again, in WebKit alone, one time; their second results replace the first. Any other failure,
// and a second disconnection, fail the run as before.
//
//   node scripts/wtr.mjs [wtr arguments]      (BROWSERS as for wtr; WTR_RERUNS=0 turns the second run off)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const WTR = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wtr-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Runs wtr with `args` and `env`; resolves to its exit code and each file's counts (none when it stopped early). */
function run(args, env, name) {
  const results = join(dir, `${name}.json`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WTR, ...args], { stdio: 'inherit', env: { ...process.env, ...env, WTR_RESULTS: results } });
    // the runner stops its browsers on SIGINT; a CI timeout's SIGTERM reaches it the same way
    const forward = (sig) => child.kill(sig);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, forward);
    child.on('exit', (code, signal) => {
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(sig, forward);
      let files;
      try {
        files = JSON.parse(readFileSync(results, 'utf8'));
      } catch {
        files = undefined;
      }
      resolve({ code: code ?? (signal ? 1 : 0), files });
    });
  });
}

const args = process.argv.slice(2);
const first = await run(args, {}, 'first');
const failedFiles = first.files?.filter((f) => f.failed) ?? [];
const again = failedFiles.filter((f) => f.disconnected && f.browser === 'MiniBrowser');
if (first.code === 0 || !first.files || again.length === 0 || again.length < failedFiles.length || process.env.WTR_RERUNS === '0') {
  process.exit(first.code);
}

const names = again.map((f) => relative(process.cwd(), f.file));
console.log(`wtr: MiniBrowser disconnected during ${names.join(', ')}; running ${names.length === 1 ? 'it' : 'them'} again in a fresh MiniBrowser`);
// Only the config is carried over: the files are the ones named here, in WebKit alone.
const config = args.flatMap((a, i) => (a === '--config' ? [a, args[i + 1]] : a.startsWith('--config=') ? [a] : []));
const second = await run([...config, ...names.flatMap((n) => ['--files', n])], { BROWSERS: 'webkit' }, 'second');
if (!second.files) process.exit(second.code || 1);

const files = [...first.files.filter((f) => !again.includes(f)), ...second.files];
const sum = (key) => files.reduce((n, f) => n + f[key], 0);
for (const f of files) for (const line of f.failures) console.log(`wtr: failed: ${line}`);
console.log(`wtr: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped (${names.length} file${names.length === 1 ? '' : 's'} run again in WebKit)`);
process.exit(second.code === 0 && sum('failed') === 0 ? 0 : 1);
