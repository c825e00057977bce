import { expect } from '@open-wc/testing';
import { CATEGORIES } from '../src/data/types.js';
import { parseEventDates, parseEdtf } from '../src/data/edtf.js';
import { syriaArticle, syriaEvents } from '../src/data/syria-events.js';

const articleUrl = new URL('./fixtures/article.txt', import.meta.url);
let article = '';

/** The article's sentences: split after a full stop, a closing quote or a line break. */
function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.”])\s+(?=[“A-Z])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('syriaEvents', () => {
  before(async () => {
    article = await (await fetch(articleUrl)).text();
  });

  it('syriaEvents holds at least ten events', () => {
    expect(syriaEvents.length).to.be.at.least(10);
  });

  it('syriaEvents quotes every source verbatim from the article', () => {
    for (const e of syriaEvents) {
      expect(e.source?.quote, e.id).to.be.a('string').and.not.empty;
      expect(article.includes(e.source!.quote!), `${e.id}: quote not in the article`).to.be.true;
    }
  });

  it('syriaEvents names a speaker and the article for every source', () => {
    for (const e of syriaEvents) {
      expect(e.source?.speaker, e.id).to.be.a('string').and.not.empty;
      expect(e.source?.title, e.id).to.equal(syriaArticle.title);
      expect(e.source?.published, e.id).to.equal('2017-01-18');
    }
  });

  it('syriaEvents uses unique, slug-shaped ids', () => {
    const ids = syriaEvents.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('syriaEvents uses only documented categories', () => {
    for (const e of syriaEvents) expect(CATEGORIES as readonly string[], e.id).to.include(e.category);
  });

  it('syriaEvents has parsable dates with start not after end', () => {
    for (const e of syriaEvents) {
      const r = parseEventDates(e.start, e.end);
      expect(r.ok, `${e.id}: ${r.ok ? '' : r.reason}`).to.be.true;
    }
  });

  it('syriaEvents stays within the conflict, 2011 to the Astana talks on 23 January 2017', () => {
    const first = ms('2011-01-01');
    const last = ms('2017-01-24');
    for (const e of syriaEvents) {
      const r = parseEventDates(e.start, e.end);
      if (!r.ok) throw new Error(e.id);
      if (r.value.start.kind === 'date') {
        expect(r.value.start.minMs, e.id).to.be.at.least(first);
        expect(r.value.start.maxMs, e.id).to.be.below(last);
      }
    }
  });

  it('syriaEvents is ordered oldest first', () => {
    const starts = syriaEvents.map((e) => {
      const v = parseEdtf(e.start);
      return v.ok && v.value.kind === 'date' ? v.value.minMs : -Infinity;
    });
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  // Every sentence that dates something, absolutely or relative to the publication day, is the source of an event.
  const DATE_WORDS = /\b(?:20\d\d|January|Wednesday|last year|later|Earlier|from the start|since)\b/;

  it('syriaEvents draws an event from every sentence of the article that carries a date', () => {
    const quoted = new Set(syriaEvents.map((e) => e.source?.quote));
    const dated = sentences(article).filter((s) => DATE_WORDS.test(s));
    expect(dated.length).to.be.at.least(8);
    for (const s of dated) expect(quoted.has(s), `no event for: ${s}`).to.be.true;
  });

  // The article's relative dates, resolved against Wednesday 18 January 2017.
  const resolved: [label: string, id: string, start: string, end?: string][] = [
    ['"in 2011" is the year 2011', 'conflict-begins', '2011'],
    ['"since 2011" is a span from 2011, still open', 'foreign-support-for-armed-groups', '2011', '..'],
    ['"back in 2012" is the year 2012', 'aleppo-east-taken-by-armed-groups', '2012'],
    ['"Late last year" is late 2016, approximate', 'aleppo-east-retaken', '2016-36~'],
    ['"later" follows the recapture within late 2016', 'aleppo-evacuation', '2016-36~'],
    ['"Earlier" is about the publication day, approximate', 'zarif-opposes-us-at-talks', '2017-01-18~'],
    ['"Wednesday" is the publication day', 'rouhani-meets-khamis', '2017-01-18'],
    ['"on January 23" is the day of the Astana talks', 'astana-talks', '2017-01-23'],
  ];
  for (const [label, id, start, end] of resolved) {
    it(`syriaEvents resolves ${label}`, () => {
      const e = syriaEvents.find((x) => x.id === id);
      expect(e, id).to.exist;
      expect([e!.start, e!.end]).to.deep.equal([start, end]);
    });
  }

  it('syriaEvents attributes quoted claims to the person who makes them', () => {
    const speakerOf = (id: string) => syriaEvents.find((e) => e.id === id)?.source?.speaker;
    expect(speakerOf('rouhani-meets-khamis')).to.equal('Hassan Rouhani');
    expect(speakerOf('khamis-credits-army-and-iran')).to.equal('Imad Khamis');
    expect(speakerOf('khamis-meets-velayati')).to.equal('Ali Akbar Velayati');
    expect(speakerOf('us-stance-on-syrian-government')).to.equal('Ali Akbar Velayati');
    expect(speakerOf('zarif-opposes-us-at-talks')).to.equal('Mohammad Javad Zarif');
  });

  it('syriaEvents keeps the article’s charged words out of titles and summaries', () => {
    const charged = /takfiri|terror|liberat|triumph|victor|legitimate|militant|foreign-(fueled|backed|sponsored)/i;
    for (const e of syriaEvents) {
      expect(e.title, e.id).not.to.match(charged);
      expect(e.summary ?? '', e.id).not.to.match(charged);
    }
  });

  it('syriaEvents gives every event a short headline', () => {
    for (const e of syriaEvents) expect(e.title.length, e.id).to.be.within(8, 45);
  });

  it('syriaEvents cannot be changed at run time', () => {
    expect(Object.isFrozen(syriaEvents)).to.be.true;
    expect(Object.isFrozen(syriaEvents[0])).to.be.true;
    expect(Object.isFrozen(syriaEvents[0].source)).to.be.true;
  });
});
