// Seeded, reproducible synthetic datasets for `npm run bench`.
//
// `generate(n, seed)` gives the same n events for the same (n, seed) on every machine and every run:
//
//   - dates between 2011-01-01 and 2017-01-23 (the span of the article's conflict), uniform over the days;
//   - 20% spans, lasting 1 day to 1 year (log-uniform, so short spans are as common as long ones);
//   - the 5 documented categories (military, humanitarian, ceasefire, diplomacy, statement), equally likely;
//   - a mix of precisions: points are 70% day (`2014-06-12`), 20% month (`2014-06`), 10% year (`2014`); span
//     starts 80% day / 20% month, span ends 90% day / 10% month; dates in 2017 are always day-precise so that no
//     event reaches past 2017-01-31;
//   - about 10% of the dates carry the `~` (approximate) qualifier;
//   - titles of 3 to 7 words built from a newsroom vocabulary, ids unique (`slug-of-the-title-<index>`);
//   - in no particular order (the input is not sorted by date).
//
// Each contender gets the same events in its own format: `toOurs` (TimelineEvent[], EDTF strings), `toVis`
// (vis-timeline items and groups) and `toNaive` (epoch ms for the naive D3 timeline). For vis and naive, an
// imprecise date becomes the first instant of its period as a start, the last day of its period as an end.

import { mulberry32 } from './random.mjs';

export const CATEGORIES = ['military', 'humanitarian', 'ceasefire', 'diplomacy', 'statement'];
export const DEFAULT_SEED = 0x5eed2011;

const DAY_MS = 86_400_000;
const FIRST_MS = Date.UTC(2011, 0, 1);
const LAST_MS = Date.UTC(2017, 0, 23);
const DAYS = Math.round((LAST_MS - FIRST_MS) / DAY_MS) + 1;

const VOCABULARY = {
  military: {
    subjects: ['Government forces', 'Rebel fighters', 'Opposition groups', 'Kurdish militias', 'Army units', 'Insurgents', 'Coalition aircraft', 'Pro-government militias'],
    verbs: ['retake', 'shell', 'besiege', 'capture', 'storm', 'bomb', 'encircle', 'advance on'],
    objects: ['eastern districts', 'the airbase', 'the old city', 'supply routes', 'the border crossing', 'rebel positions', 'the northern suburbs', 'the citadel'],
  },
  humanitarian: {
    subjects: ['Aid convoy', 'UN agencies', 'Red Crescent teams', 'Thousands of civilians', 'Medical workers', 'Refugees', 'Relief groups', 'Families'],
    verbs: ['reaches', 'evacuate', 'flee', 'deliver food to', 'leave', 'return to', 'shelter in', 'appeal for'],
    objects: ['besieged towns', 'the camps', 'the old quarter', 'hospitals', 'the countryside', 'the eastern enclave', 'border areas', 'damaged neighbourhoods'],
  },
  ceasefire: {
    subjects: ['Local truce', 'Nationwide ceasefire', 'Humanitarian pause', 'Cessation of hostilities', 'Fragile truce', 'Temporary ceasefire'],
    verbs: ['takes effect in', 'collapses in', 'is extended to', 'holds in', 'is violated in', 'is agreed for'],
    objects: ['the capital', 'the south', 'the north', 'besieged districts', 'the province', 'frontline villages'],
  },
  diplomacy: {
    subjects: ['Foreign ministers', 'Envoys', 'Delegations', 'The Security Council', 'Regional powers', 'Negotiators', 'Mediators'],
    verbs: ['meet in', 'hold talks in', 'convene in', 'sign agreement in', 'resume talks in', 'adjourn talks in'],
    objects: ['Geneva', 'Astana', 'Vienna', 'Moscow', 'Riyadh', 'New York', 'Ankara', 'Tehran'],
  },
  statement: {
    subjects: ['The president', 'The opposition', 'The foreign ministry', 'Rebel commanders', 'A spokesman', 'The envoy', 'Monitors'],
    verbs: ['rejects', 'welcomes', 'condemns', 'denies', 'calls for', 'warns against', 'demands'],
    objects: ['the proposal', 'new sanctions', 'foreign intervention', 'the transition plan', 'further talks', 'the attacks', 'the report'],
  },
};
const PLACES = ['Aleppo', 'Homs', 'Idlib', 'Daraa', 'Raqqa', 'Hama', 'Latakia', 'Palmyra', 'Deir ez-Zor', 'Damascus', 'Douma', 'Kobani', 'Madaya', 'Zabadani'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const pad = (n) => String(n).padStart(2, '0');

/** A headline of 3 to 7 words. */
function makeTitle(rand, category) {
  const v = VOCABULARY[category];
  let words = [...pick(rand, v.subjects).split(' '), ...pick(rand, v.verbs).split(' '), ...pick(rand, v.objects).split(' ')];
  if (words.length <= 5 && rand() < 0.6) words.push(...`near ${pick(rand, PLACES)}`.split(' '));
  if (words.length > 7) words = words.slice(0, 7);
  while (words.length < 3) words.push(pick(rand, PLACES));
  return words.join(' ');
}

const slug = (text) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');

/** A date as EDTF at the given precision, with the [min, max] of epoch ms it covers. */
function dateAt(ms, precision, qualifier) {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  let text;
  let minMs;
  let maxMs;
  if (precision === 'year') {
    text = `${y}`;
    minMs = Date.UTC(y, 0, 1);
    maxMs = Date.UTC(y + 1, 0, 1) - 1;
  } else if (precision === 'month') {
    text = `${y}-${pad(m + 1)}`;
    minMs = Date.UTC(y, m, 1);
    maxMs = Date.UTC(y, m + 1, 1) - 1;
  } else {
    text = `${y}-${pad(m + 1)}-${pad(d.getUTCDate())}`;
    minMs = Date.UTC(y, m, d.getUTCDate());
    maxMs = minMs + DAY_MS - 1;
  }
  return { text: text + qualifier, minMs, maxMs, precision };
}

function choosePrecision(rand, ms, weights) {
  if (new Date(ms).getUTCFullYear() >= 2017) return 'day';
  const r = rand();
  let acc = 0;
  for (const [precision, w] of weights) {
    acc += w;
    if (r < acc) return precision;
  }
  return 'day';
}

const qualifier = (rand) => (rand() < 0.1 ? '~' : '');

const cache = new Map();

/**
 * `n` synthetic events, the same for the same (n, seed). Each record holds the TimelineEvent fields (`id`,
 * `title`, `start`, `end?`, `category`) and the epoch ms it covers (`startMs`, `endMs`, `kind`).
 */
export function generate(n, seed = DEFAULT_SEED) {
  const key = `${n}:${seed}`;
  if (cache.has(key)) return cache.get(key);
  const rand = mulberry32(seed ^ Math.imul(n, 0x9e3779b1));
  const records = [];
  for (let i = 0; i < n; i++) {
    const category = pick(rand, CATEGORIES);
    const title = makeTitle(rand, category);
    const id = `${slug(title)}-${i}`;
    if (rand() < 0.2) {
      const durationDays = Math.max(1, Math.round(Math.exp(rand() * Math.log(365))));
      const startDay = Math.floor(rand() * (DAYS - durationDays));
      const startMs = FIRST_MS + startDay * DAY_MS;
      const endMs = startMs + durationDays * DAY_MS;
      const start = dateAt(startMs, choosePrecision(rand, startMs, [['day', 0.8], ['month', 0.2]]), qualifier(rand));
      const end = dateAt(endMs, choosePrecision(rand, endMs, [['day', 0.9], ['month', 0.1]]), qualifier(rand));
      records.push({ id, title, category, start: start.text, end: end.text, kind: 'span', startMs: start.minMs, endMs: end.maxMs });
    } else {
      const ms = FIRST_MS + Math.floor(rand() * DAYS) * DAY_MS;
      const date = dateAt(ms, choosePrecision(rand, ms, [['day', 0.7], ['month', 0.2], ['year', 0.1]]), qualifier(rand));
      records.push({ id, title, category, start: date.text, kind: 'point', startMs: date.minMs, endMs: date.maxMs, precision: date.precision });
    }
  }
  cache.set(key, records);
  return records;
}

/** TimelineEvent[] for `<syria-timeline>` (EDTF strings, as the README documents). */
export function toOurs(records) {
  return records.map(({ id, title, start, end, category }) => (end ? { id, title, start, end, category } : { id, title, start, category }));
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const capitalise = (s) => s[0].toUpperCase() + s.slice(1);

/** vis-timeline's format: items `{ id, content, start, end?, group }` and one group per category. */
export function toVis(records) {
  return {
    groups: CATEGORIES.map((c) => ({ id: c, content: capitalise(c) })),
    items: records.map((r) =>
      r.kind === 'span'
        ? { id: r.id, content: r.title, start: isoDay(r.startMs), end: isoDay(r.endMs), group: r.category }
        : { id: r.id, content: r.title, start: isoDay(r.startMs), group: r.category },
    ),
  };
}

/** The naive D3 timeline's format: epoch ms. */
export function toNaive(records) {
  return records.map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    start: r.startMs,
    end: r.kind === 'span' ? r.endMs : null,
  }));
}

/** The dataset of `n` events in the format of `contender` (`ours`, `vis`, `naive`). */
export function datasetFor(contender, n, seed = DEFAULT_SEED) {
  const records = generate(n, seed);
  if (contender === 'ours') return toOurs(records);
  if (contender === 'vis') return toVis(records);
  if (contender === 'naive') return toNaive(records);
  throw new Error(`unknown contender ${contender}`);
}
