// `npm run check:edtf`: parseEdtf (dist/data/edtf.js, after `npm run build`) against the `edtf` package, a parser
// of the whole of EDTF, over generated level 0 and level 1 dates (and the level 2 sub-year groupings we read).
//
// For every string, both parsers must agree on whether it is a date and, when it is, on the first and last instant
// it covers. The cases where we differ on purpose are classed below (DIFFERENCES), each with its reason, and counted;
// any other difference is printed and the script exits 1. The strings come from a seeded generator, so every run
// checks the same ones.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import edtf from 'edtf';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODULE = join(ROOT, 'dist/data/edtf.js');
if (!existsSync(MODULE)) {
  console.error('check:edtf: dist/data/edtf.js is missing; run `npm run build` first');
  process.exit(1);
}
const { parseEdtf } = await import(pathToFileURL(MODULE).href);

/** A small seeded generator (mulberry32), so that the strings are the same in every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20170118);
const pick = (list) => list[Math.floor(next() * list.length)];
const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
const pad = (n, width) => String(n).padStart(width, '0');

/** Years that matter to a calendar (leap years, centuries, year 0, the ends of four digits) and random ones. */
const YEARS = [0, 1, 4, 99, 100, 400, 1582, 1900, 1999, 2000, 2016, 2017, 9999];
const year = () => {
  const value = next() < 0.5 ? pick(YEARS) : int(0, 9999);
  return (next() < 0.2 && value > 0 ? '-' : '') + pad(value, 4);
};
const QUALIFIERS = ['', '', '', '~', '?', '%'];

/** Level 0 and level 1 dates, and the level 2 groupings 25–41, with and without qualifiers. */
function* strings() {
  for (let i = 0; i < 600; i++) yield year() + pick(QUALIFIERS);
  for (let i = 0; i < 600; i++) yield `${year()}-${pad(int(0, 13), 2)}${pick(QUALIFIERS)}`;
  for (let i = 0; i < 1500; i++) yield `${year()}-${pad(int(1, 12), 2)}-${pad(int(0, 32), 2)}${pick(QUALIFIERS)}`;
  for (let i = 0; i < 600; i++) yield `${year()}-${int(21, 41)}${pick(QUALIFIERS)}`;
  // Unspecified digits.
  for (let i = 0; i < 300; i++) {
    const digits = pad(int(0, 9999), 4);
    yield pick([
      `${digits.slice(0, 3)}X`,
      `${digits.slice(0, 2)}XX`,
      `-${digits.slice(0, 3)}X`,
      `-${digits.slice(0, 2)}XX`,
      `${digits}-XX`,
      `${digits}-${pad(int(1, 12), 2)}-XX`,
      `${digits}-XX-XX`,
    ]) + pick(QUALIFIERS);
  }
  // Years of more than four digits, with Y.
  for (let i = 0; i < 300; i++) yield `Y${next() < 0.5 ? '-' : ''}${int(10000, 999999)}${pick(QUALIFIERS)}`;
}

/** How edtf reads a string: `{ min, max }` in ms, or `null` when it is not a date (or one no `Date` holds). */
function theirs(text) {
  try {
    const value = edtf(text);
    return Number.isFinite(value.min) && Number.isFinite(value.max) ? { min: value.min, max: value.max } : null;
  } catch {
    return null;
  }
}

/** How we read it, the same way. */
function ours(text) {
  const result = parseEdtf(text);
  return result.ok && result.value.kind === 'date' ? { min: result.value.minMs, max: result.value.maxMs } : null;
}

const month = (text) => Number(/^-?\d{4}-(\d\d)/.exec(text)?.[1]);

/** The differences we make on purpose: [name, reason, test of the string and the two readings]. */
const DIFFERENCES = [
  [
    'days past the end of their month',
    'edtf accepts 29 February in common years (and 31 April…) and rolls over into the next month; we reject them',
    (text, a, b) => a && !b && /^-?\d{4}-\d\d-(29|30|31)/.test(text),
  ],
  [
    'seasons 21–24',
    'edtf reads spring to winter as the quarters January–March … October–December; we read them as the northern meteorological seasons, March–May … December–February',
    (text, a, b) => a && b && month(text) >= 21 && month(text) <= 24,
  ],
  [
    'negative years with a sub-year grouping',
    'edtf loses the sign of the year of a season, quarter or half (-2016-21 is read in 2016)',
    (text, a, b) => a && b && text.startsWith('-') && month(text) >= 21,
  ],
  [
    'sub-year groupings with a qualifier',
    'edtf reads a season, quarter or half with a qualifier only in the forms of level 2; we read `2016-36~` ("late 2016, approximate"), as the dataset of the article writes "Late last year"',
    (text, a, b) => !a && b && month(text) >= 21 && /[~?%]$/.test(text),
  ],
  [
    'X digits or a Y year with a qualifier',
    'EDTF level 1 does not qualify a date with X digits or a Y year, and edtf rejects `201X~` and `Y12345?`; we read them, qualified',
    (text, a, b) => !a && b && /X|^Y/.test(text) && /[~?%]$/.test(text),
  ],
  [
    '28 February of year 0',
    'edtf reads 0000-02-28 as two days, to the end of the 29th; we read the day',
    (text, a, b) => a && b && /^0000-02-28/.test(text) && a.max - b.max === 86_400_000,
  ],
  [
    'sub-year groupings we do not read',
    'hemisphere seasons 25–32 and quadrimesters 37–39 are not supported here; edtf reads them at level 2',
    (text, a, b) => a && !b && [25, 26, 27, 28, 29, 30, 31, 32, 37, 38, 39].includes(month(text)),
  ],
];

const counts = new Map(DIFFERENCES.map(([name]) => [name, 0]));
const unexpected = [];
let total = 0;
let agreed = 0;
const seen = new Set();
for (const text of strings()) {
  if (seen.has(text)) continue;
  seen.add(text);
  total++;
  const a = theirs(text);
  const b = ours(text);
  if ((a === null && b === null) || (a && b && a.min === b.min && a.max === b.max)) {
    agreed++;
    continue;
  }
  const known = DIFFERENCES.find(([, , test]) => test(text, a, b));
  if (known) counts.set(known[0], counts.get(known[0]) + 1);
  else unexpected.push({ text, edtf: a, ours: b });
}

console.log(`check:edtf: ${total} dates, ${agreed} read alike`);
for (const [name, reason] of DIFFERENCES) console.log(`  ${String(counts.get(name)).padStart(5)} ${name}: ${reason}`);
if (unexpected.length) {
  const iso = (reading) => (reading ? `${new Date(reading.min).toISOString()} .. ${new Date(reading.max).toISOString()}` : 'not a date');
  console.error(`check:edtf: ${unexpected.length} unexpected differences:`);
  for (const d of unexpected.slice(0, 40)) console.error(`  ${d.text.padEnd(14)} edtf ${iso(d.edtf)}; ours ${iso(d.ours)}`);
  process.exit(1);
}
