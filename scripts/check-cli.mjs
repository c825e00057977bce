// `npm run check:cli` (after `npm run build`): runs the package's `syria-timeline` command as a user would, with
// node and the path that package.json "bin" names, and checks its exit codes and output:
//
//   0  extract prints { "events": [...] } that validates with no issue, every quote a verbatim sentence of the file,
//      and a review table on stderr; --out writes the same document; --help prints the usage
//   1  a file that cannot be read (missing, a folder), or --out in a missing folder
//   2  missing or bad arguments: no command, an unknown command or option, no file, no --published, a bad day
//
// It also prints how many of the curated events of the seed article the draft covers (tests/extract-articles.test.ts
// checks the same in the browser). Exits 1 naming every check that failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const BIN = join(ROOT, pkg.bin['syria-timeline']);
const ARTICLE = join(ROOT, 'tests/fixtures/article.txt');
const { validateEvents } = await import(join(ROOT, 'dist/data/validate.js'));
const { parseEventDates } = await import(join(ROOT, 'dist/data/edtf.js'));
const { syriaEvents } = await import(join(ROOT, 'dist/data/syria-events.js'));

const run = (...args) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
const failures = [];
let passed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failures.push(`${name}${detail ? `: ${detail}` : ''}`);
}

const usageErrors = [
  ['no arguments', [], /no command given/],
  ['an unknown command', ['draft', ARTICLE, '--published', '2017-01-18'], /unknown command "draft"/],
  ['no file', ['extract', '--published', '2017-01-18'], /no file given/],
  ['two files', ['extract', ARTICLE, ARTICLE, '--published', '2017-01-18'], /one file at a time/],
  ['no --published', ['extract', ARTICLE], /publication day is required/],
  ['a --published in another format', ['extract', ARTICLE, '--published', '18/01/2017'], /YYYY-MM-DD/],
  ['a --published day that does not exist', ['extract', ARTICLE, '--published', '2017-02-29'], /YYYY-MM-DD.*2017-02-29/],
  ['--published without a value', ['extract', ARTICLE, '--published'], /argument missing|--published/],
  ['an unknown option', ['extract', ARTICLE, '--published', '2017-01-18', '--colour'], /Unknown option '--colour'/],
];
for (const [name, args, message] of usageErrors) {
  const result = run(...args);
  check(`exit 2 for ${name}`, result.status === 2, `exit ${result.status}`);
  check(`a clear message for ${name}`, message.test(result.stderr) && result.stdout === '', result.stderr.split('\n')[0]);
}

const missing = run('extract', join(ROOT, 'tests/fixtures/no-such-article.txt'), '--published', '2017-01-18');
check('exit 1 for a missing file', missing.status === 1 && /cannot read .*no such file/.test(missing.stderr), `${missing.status} ${missing.stderr}`);
const folder = run('extract', join(ROOT, 'tests/fixtures'), '--published', '2017-01-18');
check('exit 1 for a folder', folder.status === 1 && /cannot read .*folder/.test(folder.stderr), `${folder.status} ${folder.stderr}`);

const help = run('--help');
check('--help prints the usage', help.status === 0 && /^Usage: syria-timeline extract/.test(help.stdout));

const ok = run('extract', ARTICLE, '--published', '2017-01-18', '--title', 'Aleppo victory major step towards Syria peace');
check('exit 0 for the seed article', ok.status === 0, `exit ${ok.status}: ${ok.stderr}`);
let document = { events: [] };
try {
  document = JSON.parse(ok.stdout);
  passed++;
} catch (error) {
  failures.push(`stdout is JSON: ${error.message}`);
}
const { events } = document;
const validated = validateEvents(document);
check('the events validate with no issue', events.length > 0 && validated.issues.length === 0 && validated.events.length === events.length, JSON.stringify(validated.issues.slice(0, 3)));
const text = readFileSync(ARTICLE, 'utf8');
check('every quote is verbatim', events.every((e) => text.includes(e.source.quote)));
check('the review table is on stderr', /date found\s+resolved\s+confidence/.test(ok.stderr) && /\d+ draft events, \d+ to review/.test(ok.stderr));

const dir = mkdtempSync(join(tmpdir(), 'syria-timeline-cli-'));
try {
  const out = join(dir, 'events.json');
  const written = run('extract', ARTICLE, '-p', '2017-01-18', '--title', 'Aleppo victory major step towards Syria peace', '--out', out);
  check('--out writes the document and nothing to stdout', written.status === 0 && written.stdout === '' && readFileSync(out, 'utf8') === ok.stdout);
  const unwritable = run('extract', ARTICLE, '-p', '2017-01-18', '--out', join(dir, 'missing/events.json'));
  check('exit 1 for an --out in a missing folder', unwritable.status === 1 && /cannot write/.test(unwritable.stderr), `${unwritable.status} ${unwritable.stderr}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const windowOf = (e) => {
  const dates = parseEventDates(e.start, e.end);
  return [dates.value.earliestMs, dates.value.latestMs];
};
const covered = syriaEvents.filter((curated) => {
  const [a0, a1] = windowOf(curated);
  return events.some((e) => e.source.quote === curated.source.quote && windowOf(e)[0] <= a1 && a0 <= windowOf(e)[1]);
});

if (failures.length) {
  console.error(`check:cli: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:cli: ${passed} checks of bin/syria-timeline.js; the seed article's draft has ${events.length} events and covers ${covered.length} of the ${syriaEvents.length} curated ones`);
