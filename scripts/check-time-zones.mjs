// `npm run check:time-zones`: dates are written the same in every time zone (after `npm run build`).
//
// Runs node once per zone in ZONES, with TZ set, on the built modules of dist/data/ (and the date locales of the
// French and Arabic dictionaries in dist/i18n/). Each run prints, as JSON, formatUtcDate in every style
// (DATE_STYLES) for instants around midnight UTC, the axis labels (dist/layout/ticks.js) of views across the turn of
// a year, a leap day and a quarter, and describeEventDates for EDTF dates whose bounds fall on the
// turn of a day, month, quarter, season, year and era, and fromVisItems (dist/data/vis.js) for vis-timeline dates:
// epoch ms and Dates at UTC midnight and at other instants, Dates made at local midnight, ISO texts. The first zone is the reference; any other zone that prints
// something else is reported line by line, and the script exits 1. A zone the runtime does not know would fall back
// to UTC and prove nothing, so each run also reports the zone and offset it ran in, and a mismatch fails too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

/**
 * [zone, its UTC offset on 1 January 2017 in minutes east]: no zone, the zones furthest east (UTC+14) and far west
 * (UTC−8, with daylight saving), and one on a half hour (UTC+3:30).
 */
const ZONES = [
  ['UTC', 0],
  ['Pacific/Kiritimati', 14 * 60],
  ['America/Los_Angeles', -8 * 60],
  ['Asia/Tehran', 3 * 60 + 30],
];

/** Days as [year, month, day], each written at several instants of its UTC day. */
const DAYS = [
  [2016, 12, 31],
  [2017, 1, 1],
  [2016, 2, 29],
  [2000, 2, 29],
  [2016, 3, 1],
  [2016, 9, 5],
  [44, 3, 15],
  [0, 6, 1],
  [-43, 3, 15],
];

/** Instants of a UTC day, in ms after its midnight: the first, the last, and the edges of UTC−12 and UTC+14. */
const OFFSETS_MS = [0, 30 * 60_000, 10 * 3_600_000, 12 * 3_600_000, 14 * 3_600_000, 86_400_000 - 1];

/** Event dates as [start, end?]. */
const EVENT_DATES = [
  ['2016-12-31'],
  ['2017-01-01'],
  ['2016-12-31', '2017-01-01'],
  ['2016-02-29'],
  ['2000-02-29'],
  ['2016-02'],
  ['2016-12'],
  ['2016-33'],
  ['2016-34'],
  ['2016-35'],
  ['2016-36'],
  ['2016-21'],
  ['2016-22'],
  ['2016-23'],
  ['2016-24'],
  ['2015-24'],
  ['2016-40'],
  ['2016-41'],
  ['2016'],
  ['201X'],
  ['20XX'],
  ['0000'],
  ['0000-24'],
  ['0000-12-31', '0001-01-01'],
  ['0044-03-15'],
  ['-0043'],
  ['-0043-03-15~'],
  ['2011-03', '2016-36~'],
  ['2016-12-05', '..'],
];

/** Views of the axis, [from, to] in ISO 8601 UTC: years, months, weeks and days across 31 December and 29 February. */
const AXIS_VIEWS = [
  ['2010-07-01T00:00:00Z', '2017-04-30T00:00:00Z'],
  ['2016-10-01T00:00:00Z', '2017-01-31T00:00:00Z'],
  ['2016-12-01T00:00:00Z', '2017-01-31T00:00:00Z'],
  ['2016-12-27T00:00:00Z', '2017-01-05T00:00:00Z'],
  ['2016-02-25T00:00:00Z', '2016-03-03T00:00:00Z'],
  ['2016-03-25T00:00:00Z', '2016-04-03T00:00:00Z'],
];

/** What one zone prints: everything that must not depend on the zone, and the zone it ran in. */
async function printOutputs() {
  const dist = (path) => import(pathToFileURL(join(DIST, path)).href);
  const { DATE_STYLES, formatUtcDate, registerDateLocale } = await dist('data/format-date.js');
  const { parseEventDates } = await dist('data/edtf.js');
  const { describeEventDates, englishDateWords } = await dist('data/date-words.js');
  const { fromVisItems } = await dist('data/vis.js');
  const { createTimeScale } = await dist('layout/scale.js');
  const { axisTicks } = await dist('layout/ticks.js');
  const dictionaries = [{ dateWords: englishDateWords }, await dist('i18n/fr.js'), await dist('i18n/ar.js')];
  for (const { dateWords, dateLocale } of dictionaries) if (dateLocale) registerDateLocale(dateWords.locale, dateLocale);

  const outputs = {};
  for (const { dateWords } of dictionaries) {
    const locale = dateWords.locale;
    for (const [year, month, day] of DAYS) {
      const midnight = new Date(0).setUTCFullYear(year, month - 1, day);
      for (const offset of OFFSETS_MS) {
        const at = new Date(midnight + offset).toISOString();
        for (const style of DATE_STYLES) outputs[`formatUtcDate ${locale} ${style} ${at}`] = formatUtcDate(midnight + offset, style, locale);
      }
    }
    // Axis labels of views across the turn of a year, a leap day and a quarter, at year, month, week and day ticks.
    for (const [from, to] of AXIS_VIEWS) {
      const scale = createTimeScale([Date.parse(from), Date.parse(to)], 1200);
      outputs[`axisTicks ${locale} ${from} ${to}`] = axisTicks(scale, 90, locale).map((t) => `${t.ms} ${t.label}`);
    }
    for (const [start, end] of EVENT_DATES) {
      const parsed = parseEventDates(start, end);
      const name = `describeEventDates ${locale} ${start}${end === undefined ? '' : ` / ${end}`}`;
      outputs[name] = parsed.ok ? describeEventDates(parsed.value, dateWords) : `invalid: ${parsed.reason}`;
      if (locale === englishDateWords.locale && parsed.ok) {
        outputs[`parseEventDates ${name.slice('describeEventDates en-GB '.length)}`] = [parsed.value.earliestMs, parsed.value.latestMs];
      }
    }
  }
  // vis-timeline dates: each names the same day in every zone (a Date at local midnight, as `new Date(y, m, d)` makes
  // it, is its local day; another instant its UTC day), and an end at midnight closes the day before.
  for (const [year, month, day] of DAYS) {
    const utc = new Date(0).setUTCFullYear(year, month - 1, day);
    const local = (days) => {
      const date = new Date(0);
      date.setFullYear(year, month - 1, day + days);
      date.setHours(0, 0, 0, 0);
      return date;
    };
    const items = [
      { content: 'ms', start: utc, end: utc + 2 * 86_400_000 },
      { content: 'Date', start: new Date(utc), end: new Date(utc + 86_400_000 + 1) },
      { content: 'local Date', start: local(0), end: local(2) },
      { content: 'minutes', start: utc + 12 * 3_600_000 + 34 * 60_000 },
      { content: 'last ms', start: new Date(utc + 86_400_000 - 1) },
    ];
    if (year >= 0) {
      const iso = new Date(utc).toISOString().slice(0, 10);
      items.push({ content: 'ISO', start: `${iso}T23:30:00-05:00`, end: `${iso} 24:00` }, { content: 'ISO Z', start: `${iso}T00:00:00Z` });
    }
    outputs[`fromVisItems ${year}-${month}-${day}`] = fromVisItems(items).rows;
  }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offsetMinutes = -new Date(Date.UTC(2017, 0, 1)).getTimezoneOffset();
  console.log(JSON.stringify({ zone, offsetMinutes, outputs }));
}

/** Runs this script in `zone` and reads what it printed. */
function outputsIn(zone) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--print'], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`node in ${zone} exited ${result.status}:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

function main() {
  if (!existsSync(join(DIST, 'data/format-date.js'))) {
    console.error('check-time-zones: dist/data/format-date.js is missing: run npm run build');
    process.exit(1);
  }
  const problems = [];
  const runs = ZONES.map(([zone, expectedOffset]) => {
    const run = outputsIn(zone);
    if (run.zone !== zone || run.offsetMinutes !== expectedOffset) {
      problems.push(`${zone}: ran in ${run.zone} at UTC${run.offsetMinutes >= 0 ? '+' : ''}${run.offsetMinutes / 60} h, not the zone asked for`);
    }
    return { zone, outputs: run.outputs };
  });
  const [reference, ...others] = runs;
  const names = Object.keys(reference.outputs);
  for (const { zone, outputs } of others) {
    for (const name of new Set([...names, ...Object.keys(outputs)])) {
      const expected = JSON.stringify(reference.outputs[name]);
      const actual = JSON.stringify(outputs[name]);
      if (expected !== actual) problems.push(`${zone}: ${name}\n    ${reference.zone.padEnd(20)} ${expected}\n    ${zone.padEnd(20)} ${actual}`);
    }
  }
  if (problems.length) {
    console.error(`check-time-zones: ${problems.length} output(s) depend on the time zone:`);
    for (const problem of problems.slice(0, 40)) console.error(`  ${problem}`);
    if (problems.length > 40) console.error(`  … and ${problems.length - 40} more`);
    process.exit(1);
  }
  console.log(`check-time-zones: ${names.length} outputs the same in ${ZONES.map(([zone]) => zone).join(', ')}`);
}

if (process.argv.includes('--print')) await printOutputs();
else main();
