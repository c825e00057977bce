import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEdtf, parseEventDates, type EdtfDate } from '../src/data/edtf.js';
import { htmlToPlainText } from '../src/data/plain-text.js';
import { validateEvents } from '../src/data/validate.js';
import { placeLabels, type LabelRequest } from '../src/layout/labels.js';
import { packRows, type RowBox } from './pack-rows.js';

/** Enough runs to find edge cases, few enough to keep the suite fast. */
const RUNS = { numRuns: 200 };

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const formatYear = (year: number) => (year < 0 ? '-' : '') + pad(Math.abs(year), 4);

/** A parsed date written back as EDTF, from its fields alone. */
function serialise(date: EdtfDate): string {
  const year = formatYear(date.year);
  const qualifier = date.approximate && date.uncertain ? '%' : date.approximate ? '~' : date.uncertain ? '?' : '';
  const body = {
    century: `${year.slice(0, 2)}XX`,
    decade: `${year.slice(0, 3)}X`,
    year,
    month: `${year}-${pad(date.month!, 2)}`,
    day: `${year}-${pad(date.month!, 2)}-${pad(date.day!, 2)}`,
    season: `${year}-${date.subYear}`,
    quarter: `${year}-${date.subYear}`,
    half: `${year}-${date.subYear}`,
  }[date.precision];
  return body + qualifier;
}

const year = fc.integer({ min: -9999, max: 9999 });
const qualifier = fc.constantFrom('', '~', '?', '%');
/** Valid EDTF dates in their canonical form: every form parseEdtf accepts but `-XX` for a whole year or month. */
const canonicalDate = fc
  .oneof(
    year.map(formatYear),
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${formatYear(y)}-${pad(m, 2)}`),
    fc
      .tuple(year, fc.integer({ min: 1, max: 12 }))
      .chain(([y, m]) => fc.integer({ min: 1, max: daysIn(y, m) }).map((d) => `${formatYear(y)}-${pad(m, 2)}-${pad(d, 2)}`)),
    fc.tuple(year, fc.constantFrom(21, 22, 23, 24, 33, 34, 35, 36, 40, 41)).map(([y, g]) => `${formatYear(y)}-${g}`),
    fc.integer({ min: 0, max: 999 }).map((d) => `${pad(d, 3)}X`),
    fc.integer({ min: 0, max: 99 }).map((c) => `${pad(c, 2)}XX`),
  )
  .chain((body) => qualifier.map((q) => body + q));

describe('properties of EDTF parsing', () => {
  it('parseEdtf() reads every valid date, and its fields write back the same string, with minMs <= maxMs', () => {
    fc.assert(
      fc.property(canonicalDate, (text) => {
        const result = parseEdtf(text);
        if (!result.ok || result.value.kind !== 'date') throw new Error(`${text} rejected`);
        const date = result.value;
        expect(date.text).to.equal(text);
        expect(serialise(date)).to.equal(text);
        expect(date.minMs).to.be.at.most(date.maxMs);
        expect(Number.isFinite(date.minMs) && Number.isFinite(date.maxMs)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('parseEdtf() reads YYYY-XX and YYYY-MM-XX as the year and the month', () => {
    fc.assert(
      fc.property(canonicalDate.filter((t) => /^-?\d{4}(-(0\d|1[0-2]))?$/.test(t)), (text) => {
        const unspecified = parseEdtf(`${text}-XX`);
        const plain = parseEdtf(text);
        expect(unspecified.ok && plain.ok).to.equal(true);
        if (unspecified.ok && plain.ok) expect({ ...unspecified.value, text }).to.deep.equal(plain.value);
      }),
      RUNS,
    );
  });

  it('parseEdtf() and parseEventDates() never throw on junk', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'0123456789-X~?%./T: x', '2016', '..'), maxLength: 16 }),
    );
    fc.assert(
      fc.property(junk, junk, (start, end) => {
        expect(parseEdtf(start).ok).to.be.a('boolean');
        expect(parseEventDates(start, end).ok).to.be.a('boolean');
        expect(parseEventDates(start).ok).to.be.a('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('parseEventDates() accepts a span exactly when the start does not begin after the end', () => {
    fc.assert(
      fc.property(canonicalDate, canonicalDate, (start, end) => {
        const result = parseEventDates(start, end);
        const [a, b] = [parseEdtf(start), parseEdtf(end)];
        if (!a.ok || !b.ok || a.value.kind !== 'date' || b.value.kind !== 'date') throw new Error('unparsed');
        expect(result.ok).to.equal(a.value.minMs <= b.value.maxMs);
        if (result.ok) expect(result.value.earliestMs).to.be.at.most(result.value.latestMs);
      }),
      RUNS,
    );
  });
});

describe('properties of the layout', () => {
  const box = fc.record({
    startPx: fc.double({ min: -5000, max: 5000, noNaN: true }),
    widthPx: fc.oneof(fc.constant(0), fc.double({ min: -50, max: 800, noNaN: true })),
  });

  it('packRows() never overlaps two boxes in a row, gap included, and uses no more rows than needed', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), fc.constantFrom(0, 1, 4, 12.5), (specs, gapPx) => {
        const boxes: RowBox[] = specs.map((b, i) => ({ id: `b${i}`, startPx: b.startPx, endPx: b.startPx + b.widthPx }));
        const rows = packRows(boxes, gapPx);
        expect(rows.size).to.equal(boxes.length);
        // What packRows promises: a box takes [startPx, max(endPx, startPx + 1)) and keeps gapPx after it.
        const freeFromPx = (b: RowBox) => Math.max(b.endPx, b.startPx + 1) + gapPx;
        for (const a of boxes) {
          for (const b of boxes) {
            if (a === b || rows.get(a.id) !== rows.get(b.id)) continue;
            const apart = freeFromPx(a) <= b.startPx || freeFromPx(b) <= a.startPx;
            if (!apart) throw new Error(`${a.id} and ${b.id} overlap in row ${rows.get(a.id)}`);
          }
        }
        // The fewest rows: as many as the most boxes (with their gaps) over one x.
        const edges = boxes.flatMap((b) => [[b.startPx, 1], [freeFromPx(b), -1]]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
        let depth = 0;
        let most = 0;
        for (const [, step] of edges) most = Math.max(most, (depth += step));
        const rowCount = boxes.length === 0 ? 0 : Math.max(...rows.values()) + 1;
        expect(rowCount).to.equal(most);
      }),
      RUNS,
    );
  });

  const request = fc.record({
    row: fc.integer({ min: 0, max: 3 }),
    startPx: fc.double({ min: -200, max: 1400, noNaN: true }),
    lengthPx: fc.double({ min: -20, max: 400, noNaN: true }),
    textWidthPx: fc.double({ min: 0, max: 250, noNaN: true }),
    inside: fc.boolean(),
    obstacle: fc.option(fc.tuple(fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ min: 0, max: 80, noNaN: true }))),
  });

  it('placeLabels() never overlaps a label with another label or another mark in its row', () => {
    const gapPx = 4;
    const viewportWidthPx = 1200;
    fc.assert(
      fc.property(fc.array(request, { maxLength: 50 }), (specs) => {
        const requests: LabelRequest[] = specs.map((s, i) => ({
          id: `r${i}`,
          row: s.row,
          markStartPx: s.startPx,
          markEndPx: s.startPx + s.lengthPx,
          textWidthPx: s.textWidthPx,
          inside: s.inside,
          ...(s.obstacle && {
            obstacleStartPx: Math.min(s.startPx, s.startPx + s.lengthPx) - s.obstacle[0],
            obstacleEndPx: Math.max(s.startPx, s.startPx + s.lengthPx) + s.obstacle[1],
          }),
        }));
        const placements = placeLabels(requests, viewportWidthPx, { gapPx });
        expect(placements.size).to.equal(requests.length);
        const shown = requests.map((r) => ({ r, p: placements.get(r.id)! })).filter(({ p }) => p.fit !== 'hidden');
        for (const { r, p } of shown) {
          const [x0, x1] = [p.xPx, p.xPx + p.maxWidthPx];
          if (x1 > viewportWidthPx + 1e-9) throw new Error(`label of ${r.id} crosses the viewport's right edge`);
          for (const other of requests) {
            if (other === r || other.row !== r.row) continue;
            const o0 = Math.min(other.markStartPx, other.markEndPx, other.obstacleStartPx ?? Infinity);
            const o1 = Math.max(other.markStartPx, other.markEndPx, other.obstacleEndPx ?? -Infinity);
            if (!(x1 <= o0 || x0 >= o1)) throw new Error(`label of ${r.id} overlaps the mark of ${other.id}`);
          }
          for (const { r: o, p: q } of shown) {
            if (o === r || o.row !== r.row) continue;
            const apart = x1 + gapPx <= q.xPx || q.xPx + q.maxWidthPx + gapPx <= x0;
            if (!apart) throw new Error(`labels of ${r.id} and ${o.id} overlap`);
          }
        }
      }),
      RUNS,
    );
  });
});

/** Objects shaped like events, with every field sometimes right and sometimes anything at all. */
const almostEvent = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom('a', 'b'), fc.anything()),
    title: fc.oneof(fc.string(), fc.anything()),
    start: fc.oneof(canonicalDate, fc.constantFrom('..', '2016-13', ''), fc.anything()),
    end: fc.oneof(canonicalDate, fc.constant('..'), fc.anything()),
    category: fc.oneof(fc.constantFrom('military', 'Sports', ''), fc.anything()),
    actors: fc.oneof(fc.array(fc.string()), fc.array(fc.anything()), fc.anything()),
    summary: fc.anything(),
    source: fc.oneof(
      fc.record({ url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:x', 'x.html'), fc.anything()), published: fc.anything() }, { requiredKeys: [] }),
      fc.anything(),
    ),
    [String('__proto__')]: fc.anything(),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('properties of validateEvents()', () => {
  /** Checks that every input element is kept or left out with a reason, and that what is kept is drawable. */
  function checkAccounted(input: unknown): void {
    const result = validateEvents(input);
    const { events, issues, total } = result;
    expect(total).to.equal(Array.isArray(input) ? input.length : Array.isArray((input as { events?: unknown })?.events) ? (input as { events: unknown[] }).events.length : 0);
    const leftOut = new Set(issues.filter((i) => i.skipped && i.index >= 0).map((i) => i.index));
    expect(events.length + leftOut.size).to.equal(total);
    for (const issue of issues) {
      expect(issue.index).to.be.within(-1, Math.max(total - 1, -1));
      if (!issue.skipped) expect(leftOut.has(issue.index), `warning for left-out events[${issue.index}]`).to.equal(false);
      expect(issue.message.startsWith(`${issue.path}: `), issue.message).to.equal(true);
      expect(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]|\p{Cs}/u.test(issue.message), issue.message).to.equal(false);
      expect(issue.message.length).to.be.below(400);
    }
    if (total === 0 && !Array.isArray(input) && !Array.isArray((input as { events?: unknown })?.events)) {
      expect(issues.map((i) => i.index)).to.deep.equal([-1]);
    }
    expect(new Set(events.map((e) => e.id)).size, 'ids are unique').to.equal(events.length);
    for (const e of events) {
      expect(e.id).to.be.a('string').and.not.equal('');
      expect(e.title.trim()).not.to.equal('');
      expect(e.category.trim()).not.to.equal('');
      expect(parseEventDates(e.start, e.end).ok, `${e.id}: ${e.start} – ${e.end}`).to.equal(true);
      if (e.actors) expect(e.actors.every((a) => typeof a === 'string')).to.equal(true);
    }
    expect(validateEvents(events).issues, 'its own output validates cleanly').to.deep.equal([]);
  }

  it('validateEvents() never throws on anything, and reports anything but a list as one issue', () => {
    fc.assert(fc.property(fc.anything(), checkAccounted), RUNS);
  });

  it('validateEvents() accounts for every element of a list of anything', () => {
    fc.assert(fc.property(fc.array(fc.anything(), { maxLength: 20 }), checkAccounted), RUNS);
  });

  it('validateEvents() accounts for every element of a list of almost-events, in a list or an object', () => {
    fc.assert(
      fc.property(fc.array(almostEvent, { maxLength: 20 }), fc.boolean(), (events, wrapped) =>
        checkAccounted(wrapped ? { events } : events),
      ),
      RUNS,
    );
  });
});

describe('properties of htmlToPlainText()', () => {
  const htmlish = fc.string({
    unit: fc.constantFrom(...'<>/!?-&#;="\' \nabcipstxl[]', '<script>', '</script>', '<b>', '&lt;', '&gt;', '&#60;', '&amp;', '<!--', '-->', '<![CDATA['),
    maxLength: 40,
  });

  it('htmlToPlainText() never returns < before a letter, /, ! or ?, nor control characters but line breaks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), htmlish), (html) => {
        const text = htmlToPlainText(html);
        expect(/<[\p{L}/!?]/u.test(text), JSON.stringify([html, text])).to.equal(false);
        expect(/[^\P{Cc}\n]/u.test(text), JSON.stringify([html, text])).to.equal(false);
        expect(text).to.equal(text.trim());
      }),
      { numRuns: 1000 },
    );
  });
});
