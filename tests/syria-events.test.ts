import { expect } from '@open-wc/testing';
import { CATEGORIES } from '../src/data/types.js';
import { parseEventDates, parseEdtf } from '../src/data/edtf.js';
import { loadArticleEvents, SYRIA_LANGUAGES, type SyriaLanguage } from '../src/data/syria-article.js';
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

/** The languages the dataset is translated into, with the script and digits each is written in. */
const languages: [SyriaLanguage, RegExp, RegExp][] = [
  ['ar', /^[\u0600-\u06FF\s\p{P}٠-٩]+$/u, /[٠-٩]/],
  ['fa', /^[\u0600-\u06FF\u200C\s\p{P}۰-۹]+$/u, /[۰-۹]/],
  ['tr', /^[\p{Script=Latin}\s\p{P}0-9]+$/u, /[0-9]/],
  ['ru', /^[\p{Script=Cyrillic}\s\p{P}0-9]+$/u, /[0-9]/],
  ['fr', /^[\p{Script=Latin}\s\p{P}0-9]+$/u, /[0-9]/],
  ['de', /^[\p{Script=Latin}\s\p{P}0-9]+$/u, /[0-9]/],
  ['es', /^[\p{Script=Latin}\s\p{P}0-9]+$/u, /[0-9]/],
];

/** The article's charged words, as each language would say them; they belong in the quotes only. */
const chargedWords: Record<SyriaLanguage, RegExp> = {
  ar: /تكفير|إرهاب|ارهاب|تحرير|انتصار|(?<!\p{L})نصر|شرعي|متطرف|مدعوم[ةو]? من الخارج/u,
  fa: /تکفیر|تروریس|آزادساز|پیروزی|ظفر|مشروع|افراطی|شبه‌نظامی|مورد حمایت خارج/u,
  tr: /tekfir|terör|kurtar|zafer|galibiyet|meşru|militan|yabancı destekli/iu,
  ru: /такфир|террор|освобо|триумф|побед|легитим|законн|боевик|экстремист/iu,
  fr: /takfir|terror|libér|triomph|victoir|légitim|militant|soutenus? par l’étranger/iu,
  de: /takfir|terror|befrei|triumph|sieg|legitim|rechtmäßig|militant|vom ausland/iu,
  es: /takfir|terror|liber[aóa]|triunf|victori|legítim|militante|respaldad[oa]s? por el extranjero/iu,
};

describe('syriaEvents in other languages', () => {
  it('syriaEvents has a title and a summary in each of the seven languages for every event', () => {
    for (const e of syriaEvents) {
      expect(Object.keys(e.translations ?? {}), e.id).to.have.members([...SYRIA_LANGUAGES]);
      for (const lang of SYRIA_LANGUAGES) {
        const t = e.translations![lang];
        expect(t.title, `${e.id} ${lang}`).to.be.a('string');
        expect(t.summary, `${e.id} ${lang}`).to.be.a('string');
      }
    }
  });

  it('syriaEvents translates the date label, the place and the actors wherever an event has them', () => {
    for (const e of syriaEvents) {
      for (const lang of SYRIA_LANGUAGES) {
        const t = e.translations![lang];
        const where = `${e.id} ${lang}`;
        expect(t.dateLabel === undefined, `${where} dateLabel`).to.equal(e.dateLabel === undefined);
        expect(t.actors?.length, `${where} actors`).to.equal(e.actors?.length);
        // A place written as English writes it (Astana, Kazakhstan in French) is left to the event's own.
        if (e.place === undefined) expect(t.place, where).to.equal(undefined);
        else if (t.place === undefined) expect(['fr:Astana, Kazakhstan'], where).to.include(`${lang}:${e.place}`);
      }
    }
  });

  it('syriaEvents has no empty translation, and none that is the English one', () => {
    for (const e of syriaEvents) {
      for (const lang of SYRIA_LANGUAGES) {
        const t = e.translations![lang];
        for (const field of ['title', 'summary', 'dateLabel', 'place'] as const) {
          const text = t[field];
          if (text === undefined) continue;
          const where = `${e.id} ${lang} ${field}`;
          expect(text.trim(), where).to.not.equal('');
          expect(text, where).to.equal(text.trim());
          expect(text, where).to.not.match(/ {2}/);
          expect(text.toLowerCase(), where).to.not.equal(e[field]!.toLowerCase());
        }
        for (const name of t.actors ?? []) expect(name.trim(), `${e.id} ${lang} actors`).to.not.equal('');
      }
    }
  });

  for (const [lang, script, digit] of languages) {
    it(`syriaEvents writes ${lang} in its own script and digits, with typographic apostrophes`, () => {
      for (const e of syriaEvents) {
        const t = e.translations![lang];
        for (const text of [t.title!, t.summary!, t.dateLabel, t.place, ...(t.actors ?? [])]) {
          if (text === undefined) continue;
          expect(text, `${e.id}`).to.match(script);
          expect(text, `${e.id}: a straight apostrophe`).to.not.include("'");
          for (const d of text.match(/\p{Nd}/gu) ?? []) expect(d, `${e.id}: digit ${d} in ${text}`).to.match(digit);
        }
      }
    });

    it(`syriaEvents keeps the article’s charged words out of the ${lang} titles and summaries`, () => {
      for (const e of syriaEvents) {
        const t = e.translations![lang];
        expect(t.title, e.id).not.to.match(chargedWords[lang]);
        expect(t.summary, e.id).not.to.match(chargedWords[lang]);
      }
    });
  }

  it('syriaEvents writes Persian with Persian letters and Arabic with Arabic ones', () => {
    const texts = (lang: SyriaLanguage) => syriaEvents.flatMap((e) => Object.values(e.translations![lang]).flat()).join(' ');
    // Persian keh and yeh (ک ی), and the letters Arabic does not have (پ چ ژ گ), against Arabic kaf and yeh (ك ي).
    expect(texts('ar')).to.not.match(/[\u06A9\u06CC\u067E\u0686\u0698\u06AF]/);
    expect(texts('fa')).to.not.match(/[\u0643\u064A]/);
  });

  it('syriaEvents writes French with a no-break space before a colon', () => {
    for (const e of syriaEvents) {
      for (const text of [e.translations!.fr.title!, e.translations!.fr.summary!]) expect(text, e.id).to.not.match(/(?:^|[^\u00A0\u202F]):/);
    }
  });

  it('syriaEvents keeps every quote in English, and says so', () => {
    for (const e of syriaEvents) expect(e.source?.lang, e.id).to.equal('en');
  });

  it('syriaEvents cannot be changed at run time, translations included', () => {
    const [first] = syriaEvents;
    expect(Object.isFrozen(first.translations)).to.be.true;
    expect(Object.isFrozen(first.translations!.ar)).to.be.true;
    expect(Object.isFrozen(first.translations!.ar.actors)).to.be.true;
  });
});

describe('loadArticleEvents()', () => {
  it('loadArticleEvents() gives the events with the translations of each language asked for so far', async () => {
    const english = await loadArticleEvents('en');
    expect(english.map((e) => e.id)).to.deep.equal(syriaEvents.map((e) => e.id));
    expect(english.map((e) => e.title)).to.deep.equal(syriaEvents.map((e) => e.title));
    const arabic = await loadArticleEvents('ar-SY');
    expect(arabic[0].translations!.ar).to.deep.equal(syriaEvents[0].translations!.ar);
    expect(await loadArticleEvents('ar'), 'the same array for the same languages').to.equal(arabic);
    const french = await loadArticleEvents('fr');
    expect(Object.keys(french[0].translations!)).to.include.members(['ar', 'fr']);
    expect(await loadArticleEvents('it'), 'a language without texts changes nothing').to.equal(french);
  });
});
