// `npm run check:manifest`: fails when the committed custom-elements.json is not what
// `npm run analyze` would write now (an API change without a regenerated manifest), or when one of its module
// paths names a file that the package would not ship (after `npm run build`: the files are those `npm pack`
// lists).
//
// The analyzer is run with the very `analyze` script of package.json, plus `--outdir .cem-check`, in a
// scratch copy of the project: every top-level entry is symlinked there except package.json, which is
// copied, because the analyzer rewrites the "customElements" field of package.json to point into
// whatever --outdir it was given. Paths in the manifest are relative to the working directory, so
// they come out the same as in the real tree. The two manifests are compared as parsed JSON, with
// `modules` sorted by path: the analyzer lists them in directory-read order, which is not the same
// on every machine or file system.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = 'custom-elements.json';
const OUTDIR = '.cem-check';
const STALE = `${MANIFEST} is stale: run npm run analyze and commit it`;

function fail(message, detail) {
  console.error(`check:manifest: ${message}`);
  if (detail) console.error(detail);
  process.exit(1);
}

/** The first place where two JSON values differ, as a readable path, or null when equal. */
function firstDifference(a, b, path = '$') {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length) return `${path}[${i}] is new`;
      if (i >= b.length) return `${path}[${i}] is gone`;
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(key in a)) return `${path}.${key} is new`;
      if (!(key in b)) return `${path}.${key} is gone`;
      const d = firstDifference(a[key], b[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  const show = (v) => (JSON.stringify(v) ?? 'undefined').slice(0, 200);
  return `${path}: committed ${show(a)}, analyzer now ${show(b)}`;
}

/** The manifest with its modules in path order. */
function normalize(manifest) {
  if (!Array.isArray(manifest?.modules)) return manifest;
  const modules = [...manifest.modules].sort((a, b) => String(a.path).localeCompare(String(b.path)));
  return { ...manifest, modules };
}

const committedPath = join(ROOT, MANIFEST);
if (!existsSync(committedPath)) fail(`${MANIFEST} is missing: run npm run analyze and commit it`);
let committed;
try {
  committed = JSON.parse(readFileSync(committedPath, 'utf8'));
} catch (error) {
  fail(STALE, `  it is not valid JSON: ${error.message}`);
}

const scratch = mkdtempSync(join(tmpdir(), 'cem-check-'));
let fresh;
try {
  for (const entry of readdirSync(ROOT)) {
    if (entry === 'package.json' || entry === OUTDIR || entry === '.git') continue;
    symlinkSync(join(ROOT, entry), join(scratch, entry));
  }
  copyFileSync(join(ROOT, 'package.json'), join(scratch, 'package.json'));

  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', '--silent', 'analyze', '--', '--outdir', OUTDIR, '--quiet'], {
    cwd: scratch,
    encoding: 'utf8',
  });
  if (run.error) fail(`could not run npm run analyze: ${run.error.message}`);
  if (run.status !== 0) fail(`npm run analyze failed (exit ${run.status})`, `${run.stdout}${run.stderr}`.trim());
  fresh = JSON.parse(readFileSync(join(scratch, OUTDIR, MANIFEST), 'utf8'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const difference = firstDifference(normalize(committed), normalize(fresh));
if (difference) fail(STALE, `  first difference: ${difference}`);

const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
if (pack.status !== 0) fail(`npm pack --dry-run failed (exit ${pack.status})`, pack.stderr.trim());
const shipped = new Set(JSON.parse(pack.stdout)[0].files.map((f) => f.path));
const missing = (committed.modules ?? []).map((m) => m.path).filter((path) => !shipped.has(path));
if (missing.length) {
  fail(
    `${missing.length} module path(s) in ${MANIFEST} name no file of the package${existsSync(join(ROOT, 'dist')) ? '' : ' (dist/ is missing: run npm run build)'}:`,
    missing.map((path) => `  ${path}`).join('\n'),
  );
}
console.log(`check:manifest: ${MANIFEST} is up to date, and its ${committed.modules.length} modules are files of the package`);
