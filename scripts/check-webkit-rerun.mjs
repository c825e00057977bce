// Checks that `npm test`'s runner (scripts/wtr.mjs) runs a file again, in a fresh MiniBrowser, when MiniBrowser
// disconnected while the file's tests ran, and only once:
//   1. the page's web socket closes in the first run only: the file runs again, passes, and the run passes;
//   2. it closes in every run: the file runs again once, and the run fails, with the file counted as failed.
//
//   node scripts/check-webkit-rerun.mjs        (needs webkit2gtk-driver and xvfb, like BROWSERS=webkit)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILE = 'tests/safe-url.test.ts';
const dir = mkdtempSync(join(tmpdir(), 'rerun-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function run(drop) {
  const r = spawnSync(
    process.execPath,
    ['scripts/wtr.mjs', '--config', 'scripts/check-webkit-rerun.config.mjs', '--files', FILE],
    { encoding: 'utf8', env: { ...process.env, BROWSERS: 'webkit', DROP: drop, DROP_MARKER: join(dir, `${drop}.marker`) } },
  );
  const out = `${r.stdout}\n${r.stderr}`;
  const lines = r.stdout.trim().split('\n');
  return { code: r.status, out, last: lines[lines.length - 1], reruns: out.split('running it again in a fresh MiniBrowser').length - 1 };
}

const problems = [];
const once = run('once');
const passed = /^wtr: (\d+) passed, 0 failed, \d+ skipped \(1 file run again in WebKit\)$/.exec(once.last);
if (once.code !== 0) problems.push(`a disconnection in the first run only: exit code ${once.code}, not 0`);
if (once.reruns !== 1) problems.push(`a disconnection in the first run only: the file ran again ${once.reruns} times, not once`);
if (!passed || Number(passed[1]) === 0) problems.push(`a disconnection in the first run only: last line "${once.last}"`);
if (!/browser disconnected/.test(once.out)) problems.push('the first run did not report a disconnection');

const always = run('always');
if (always.code === 0) problems.push('a disconnection in every run: exit code 0');
if (always.reruns !== 1) problems.push(`a disconnection in every run: the file ran again ${always.reruns} times, not once`);
if (!/^wtr: 0 passed, 1 failed, 0 skipped \(1 file run again in WebKit\)$/.test(always.last)) {
  problems.push(`a disconnection in every run: last line "${always.last}"`);
}

if (problems.length) {
  console.error(`check:webkit-rerun: ${problems.join('; ')}`);
  console.error(`--- first run's output:\n${once.out.slice(-3000)}\n--- second run's output:\n${always.out.slice(-3000)}`);
  process.exit(1);
}
console.log(
  `check:webkit-rerun: a file whose MiniBrowser disconnected ran again and passed (${passed[1]} tests); ` +
    'a file that disconnected twice failed the run',
);
