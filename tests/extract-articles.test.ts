import { assert } from '@open-wc/testing';
import { parseEdtf, parseEventDates } from '../src/data/edtf.js';
import { syriaArticle, syriaEvents } from '../src/data/syria-events.js';
import type { TimelineEvent } from '../src/data/types.js';
import { validateEvents } from '../src/data/validate.js';
import { extractEvents } from '../src/extract/index.js';
import { splitSentences } from '../src/extract/sentences.js';
import { fixtureUrl } from './harness.js';

/** An event an editor lists from a fixture: a piece of its sentence and the window of dates its text supports. */
interface Listed {
  label: string;
  sentence: string;
  from: string;
  to?: string;
}

interface ExpectedArticle {
  file: string;
  published: string;
  events: Listed[];
}

/** The wire-style fixtures and their publication days. */
const WIRE = [
  ['extract-wire-marenia.txt', '2021-03-10'],
  ['extract-wire-lissa.txt', '2019-11-04'],
  ['extract-wire-karsk.txt', '2022-06-16'],
  ['extract-wire-marwa.txt', '2023-09-29'],
  ['extract-wire-dessa.txt', '2022-10-12'],
  ['extract-wire-flood.txt', '2023-11-16'],
  ['extract-wire-talsen.txt', '2024-03-11'],
  ['extract-wire-norrvik.txt', '2025-02-12'],
  ['extract-wire-harbour.txt', '2024-03-14'],
] as const;

const readFixture = async (name: string) => (await fetch(fixtureUrl(name))).text();

/** The stretch of time an event may cover, in UTC ms (open ends are infinite). */
function windowOf(event: Pick<TimelineEvent, 'start' | 'end'>): [number, number] {
  const dates = parseEventDates(event.start, event.end);
  if (!dates.ok) throw new Error(`invalid dates ${event.start}/${event.end}`);
  return [dates.value.earliestMs, dates.value.latestMs];
}

/** The window an editor gives: from the start of `from` to the end of `to` (or of `from`). */
function listedWindow(listed: Listed): [number, number] {
  const from = parseEdtf(listed.from);
  const to = parseEdtf(listed.to ?? listed.from);
  if (!from.ok || from.value.kind !== 'date' || !to.ok) throw new Error(`bad window in the fixture: ${listed.label}`);
  return [from.value.minMs, to.value.kind === 'open' ? Infinity : to.value.maxMs];
}

const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/** Logs a score line in the test run's browser log, so that a run reports it. */
function report(name: string, found: number, total: number, missed: string[]) {
  console.info(`extract score, ${name}: ${found} of ${total}${missed.length ? `; missed: ${missed.join('; ')}` : ''}`);
}

describe('extractEvents() on whole articles', () => {
  it('extractEvents() covers every curated event of the seed article with a draft from its sentence, dated in an overlapping window', async () => {
    const text = await readFixture('article.txt');
    const { events } = extractEvents(text, { published: syriaArticle.published, title: syriaArticle.title });
    const missed: string[] = [];
    for (const curated of syriaEvents) {
      const sentence = curated.source!.quote!;
      const match = events.find((e) => (e.source?.quote === sentence || sentence.includes(e.source!.quote!)) && overlap(windowOf(e), windowOf(curated)));
      if (!match) missed.push(curated.id);
    }
    report('seed article', syriaEvents.length - missed.length, syriaEvents.length, missed);
    assert.deepEqual(missed, [], 'curated events without a matching draft');
  });

  it('extractEvents() draws the seed article’s speakers from its reporting verbs', async () => {
    const text = await readFixture('article.txt');
    const { events } = extractEvents(text, { published: syriaArticle.published });
    const speakerOf = (piece: string) => events.find((e) => e.source!.quote!.includes(piece))?.source?.speaker;
    assert.equal(speakerOf('In a Wednesday meeting'), 'Rouhani');
    assert.equal(speakerOf('Khamis, for his part, said'), 'Imad Khamis', 'a surname alone is the full name met before it');
    assert.equal(speakerOf('He asserted'), 'Imad Khamis', '“He” is the last named speaker');
    assert.equal(speakerOf('who said the Islamic Republic'), 'Ali Akbar Velayati');
    assert.equal(speakerOf('said Velayati'), 'Ali Akbar Velayati', 'a surname alone is the full name met before it');
    assert.equal(speakerOf('he added'), 'Ali Akbar Velayati', '“he” is the last named speaker');
    assert.equal(speakerOf('Late last year'), 'The article (unattributed narration)');
  });

  const expected = fetch(fixtureUrl('extract-expected.json')).then((r) => r.json() as Promise<{ articles: ExpectedArticle[] }>);

  for (const [file, published] of WIRE) {
    it(`extractEvents() finds at least 10 of the events an editor lists in ${file}, each in the window its text supports`, async () => {
      const article = (await expected).articles.find((a) => a.file === file)!;
      assert.equal(article.published, published);
      const text = await readFixture(file);
      const { events } = extractEvents(text, { published });
      const missed = article.events
        .filter((listed) => !events.some((e) => e.source!.quote!.includes(listed.sentence) && overlap(windowOf(e), listedWindow(listed))))
        .map((listed) => listed.label);
      report(file, article.events.length - missed.length, article.events.length, missed);
      assert.isAtLeast(article.events.length - missed.length, 10, `missed: ${missed.join('; ')}`);
    });

    it(`extractEvents() keeps every quote of ${file} verbatim and its drafts valid`, async () => {
      const text = await readFixture(file);
      const { events, notes } = extractEvents(text, { published });
      const sentences = new Set(splitSentences(text).map((s) => s.text));
      for (const event of events) assert.isTrue(sentences.has(event.source!.quote!), event.source!.quote);
      assert.deepEqual(validateEvents({ events }).issues, []);
      assert.lengthOf(notes.filter((n) => n.id), events.length, 'one note for each event');
    });
  }

  it('extractEvents() never turns “soon afterwards”, “last week”, “next week” or “the weekend” of the fixtures into an exact day', async () => {
    for (const [file, published] of WIRE) {
      const { events } = extractEvents(await readFixture(file), { published });
      const vague = events.filter((e) => /soon afterwards|last week|this week|next week|weekend/i.test(e.dateLabel ?? ''));
      assert.isNotEmpty(vague);
      for (const event of vague) {
        const exactDay = event.end === undefined && /^\d{4}-\d{2}-\d{2}$/.test(event.start);
        assert.isFalse(exactDay, `${event.dateLabel} → ${event.start}`);
      }
    }
  });
});
