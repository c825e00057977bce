import { expect } from '@open-wc/testing';
import { languageTag } from '../src/data/language-tag.js';
import { translateEvents } from '../src/data/translate.js';
import type { TimelineEvent } from '../src/data/types.js';
import { validateEvents, type ValidationIssue } from '../src/data/validate.js';

/** [tag, its canonical form or null] */
const tagCases: [string, string | null][] = [
  ['ar', 'ar'],
  ['AR-sy', 'ar-SY'],
  ['zh-hant-tw', 'zh-Hant-TW'],
  ['de-CH-1996', 'de-CH-1996'],
  ['ar-SY-u-nu-latn', 'ar-SY-u-nu-latn'],
  ['es-419', 'es-419'],
  ['iw', 'he'],
  ['fil', 'fil'],
  ['xx', 'xx'],
  ['xx_YY', null],
  ['ar_SY', null],
  ['english', null],
  ['', null],
  [' ar', null],
  ['x-private', null],
  ['en-GB-oed', null],
  ['de-1996-1996', null],
  ['a', null],
];

describe('languageTag()', () => {
  for (const [tag, expected] of tagCases) {
    it(`languageTag() gives ${JSON.stringify(expected)} for ${JSON.stringify(tag)}`, () => {
      expect(languageTag(tag)).to.equal(expected);
    });
  }
});

const own = { id: 'own', title: 'Own words only', start: '2016', category: 'military' };
const both: TimelineEvent = {
  id: 'both',
  title: 'Talks open',
  summary: 'Delegations meet.',
  start: '2017-01-23',
  category: 'diplomacy',
  place: 'Astana',
  actors: ['Russia', 'Turkey'],
  source: { quote: 'Talks will open on Monday.', lang: 'en' },
  translations: {
    ar: { title: 'افتتاح المحادثات', summary: 'تلتقي الوفود.', place: 'أستانا' },
    'ar-SY': { title: 'بدء المحادثات' },
    fr: { title: 'Ouverture des pourparlers', actors: ['Russie', 'Turquie'] },
  },
};
const arabicOnly: TimelineEvent = {
  id: 'arabic-only',
  title: 'Truce',
  start: '2016-12',
  category: 'ceasefire',
  translations: { ar: { title: 'هدنة' } },
};
const events: readonly TimelineEvent[] = Object.freeze([own, both, arabicOnly]);
const titles = (list: readonly TimelineEvent[]) => list.map((e) => e.title);

/** [name, reader's tag, expected titles] */
const titleCases: [string, string, string[]][] = [
  ['takes the entry of the tag itself first', 'ar-SY', ['Own words only', 'بدء المحادثات', 'هدنة']],
  ['falls back to the language of a tag with a region', 'ar-EG', ['Own words only', 'افتتاح المحادثات', 'هدنة']],
  ['leaves out the extensions of a tag', 'ar-SY-u-nu-latn', ['Own words only', 'بدء المحادثات', 'هدنة']],
  ['shortens a tag from its end, as RFC 4647 lookup does', 'ar-Arab-SY', ['Own words only', 'افتتاح المحادثات', 'هدنة']],
  ['reads a tag written with an underscore or in another case', 'AR_sy', ['Own words only', 'بدء المحادثات', 'هدنة']],
  ['gives the event its own words where it has no entry for the language', 'fr-CA', ['Own words only', 'Ouverture des pourparlers', 'Truce']],
  ['gives every event its own words for a language no event has', 'de', ['Own words only', 'Talks open', 'Truce']],
  ['gives every event its own words for a tag that is not one', 'xx_YY', ['Own words only', 'Talks open', 'Truce']],
];

describe('translateEvents()', () => {
  for (const [name, tag, expected] of titleCases) {
    it(`translateEvents() ${name} (${tag})`, () => {
      expect(titles(translateEvents(events, tag))).to.deep.equal(expected);
    });
  }

  it('translateEvents() takes each field from the most specific entry that has it, else the event', () => {
    const [, shown] = translateEvents(events, 'ar-SY');
    expect(shown).to.deep.include({ title: 'بدء المحادثات', summary: 'تلتقي الوفود.', place: 'أستانا', actors: ['Russia', 'Turkey'] });
    expect(translateEvents(events, 'fr')[1]).to.deep.include({ summary: 'Delegations meet.', place: 'Astana', actors: ['Russie', 'Turquie'] });
  });

  it('translateEvents() keeps the id, dates, category, quote and translations, and leaves the input alone', () => {
    const [first, shown] = translateEvents(events, 'ar');
    expect(first).to.equal(own);
    const { title, summary, place, ...kept } = shown;
    const { title: t, summary: s, place: p, ...original } = both;
    expect([title, summary, place]).to.not.deep.equal([t, s, p]);
    expect(kept).to.deep.equal(original);
    expect(shown.source).to.equal(both.source);
    expect(both.title).to.equal('Talks open');
  });

  it('translateEvents() gives back the events themselves when none has translations, or none for the tag', () => {
    const plain = [own, { ...own, id: 'two' }];
    expect(translateEvents(plain, 'ar')).to.equal(plain);
    expect(translateEvents(events, 'de')).to.equal(events);
    expect(translateEvents([], 'ar')).to.deep.equal([]);
  });

  it('translateEvents() gives the same array for the same events and tag', () => {
    const first = translateEvents(events, 'ar');
    expect(translateEvents(events, 'ar')).to.equal(first);
    expect(translateEvents(events, 'fr')).to.not.equal(first);
    expect(translateEvents([...events], 'ar')).to.not.equal(first);
  });
});

/** An issue as [path, code, message], for compact tables. */
const brief = (issues: ValidationIssue[]) => issues.map((i) => [i.path, i.code, i.message]);
const talks = { id: 'talks', title: 'Peace talks', start: '2017-01-23' };

/** [name, translations of one event, the translations kept, the issues] */
const checkCases: [string, unknown, unknown, [string, string, string][]][] = [
  ['keeps entries in their canonical tags', { AR: { title: 'محادثات' }, 'fr-ca': { summary: 'Pourparlers.' } }, { ar: { title: 'محادثات' }, 'fr-CA': { summary: 'Pourparlers.' } }, []],
  ['keeps actors as a list of names', { de: { actors: ['Russland', 2, ' '] } }, { de: { actors: ['Russland'] } }, [
    ['events[0].translations.de.actors[1]', 'invalid-actor', 'events[0].translations.de.actors[1]: expected a name, but got the number 2, so it is ignored'],
  ]],
  ['drops an entry whose key is not a language tag', { xx_YY: { title: 'T' }, fr: { title: 'Pourparlers' } }, { fr: { title: 'Pourparlers' } }, [
    ['events[0].translations.xx_YY', 'invalid-language', "events[0].translations.xx_YY: 'xx_YY' is not a language tag (BCP 47, such as 'ar' or 'fr-CA'), so this translation is ignored"],
  ]],
  ['drops an entry keyed with a language name', { french: { title: 'Pourparlers' } }, undefined, [
    ['events[0].translations.french', 'invalid-language', "events[0].translations.french: 'french' is not a language tag (BCP 47, such as 'ar' or 'fr-CA'), so this translation is ignored"],
  ]],
  ['names an odd key in quotes', { 'fr CA': { title: 'Pourparlers' } }, undefined, [
    ["events[0].translations['fr CA']", 'invalid-language', "events[0].translations['fr CA']: 'fr CA' is not a language tag (BCP 47, such as 'ar' or 'fr-CA'), so this translation is ignored"],
  ]],
  ['drops a second entry for the same language', { ar: { title: 'أ' }, AR: { title: 'ب' } }, { ar: { title: 'أ' } }, [
    ['events[0].translations.AR', 'repeated-language', "events[0].translations.AR: another translation is for the same language ('ar'), so this one is ignored"],
  ]],
  ['drops an entry that is not an object', { fr: 'Pourparlers' }, undefined, [
    ['events[0].translations.fr', 'wrong-type', "events[0].translations.fr: expected an object with a title, summary, dateLabel, place or actors, but got the text 'Pourparlers', so it is ignored"],
  ]],
  ['drops a field of the wrong type, keeping the others', { fr: { title: 5, summary: 'Pourparlers.' } }, { fr: { summary: 'Pourparlers.' } }, [
    ['events[0].translations.fr.title', 'wrong-type', 'events[0].translations.fr.title: expected a text, but got the number 5, so it is ignored'],
  ]],
  ['drops a translated quote, which stays in its own language', { fr: { title: 'Pourparlers', quote: 'Les négociations…' } }, { fr: { title: 'Pourparlers' } }, [
    ['events[0].translations.fr.quote', 'unknown-field', 'events[0].translations.fr.quote: a quote is never translated (it stays in its own language; see source.lang), ignored'],
  ]],
  ['drops an unknown field', { fr: { title: 'Pourparlers', headline: 'x' } }, { fr: { title: 'Pourparlers' } }, [
    ['events[0].translations.fr.headline', 'unknown-field', 'events[0].translations.fr.headline: unknown field, ignored'],
  ]],
  ['leaves out blank texts and empty entries silently', { fr: { title: ' ', summary: null }, de: {} }, undefined, []],
  ['drops translations that are not an object', ['fr'], undefined, [
    ['events[0].translations', 'wrong-type', "events[0].translations: expected an object of translations by language tag, such as { ar: { title: '…' } }, but got a list, so it is ignored"],
  ]],
  ['takes null for no translations', null, undefined, []],
];

describe('validateEvents() with translations', () => {
  for (const [name, translations, kept, issues] of checkCases) {
    it(`validateEvents() ${name}, and keeps the event`, () => {
      const result = validateEvents([{ ...talks, translations }]);
      expect(result.events).to.have.length(1);
      expect(result.events[0].translations).to.deep.equal(kept);
      expect(brief(result.issues)).to.deep.equal(issues);
      expect(result.issues.every((i) => !i.skipped)).to.equal(true);
    });
  }

  it('validateEvents() keeps a source.lang in its canonical form and drops one that is no language tag', () => {
    const result = validateEvents([
      { ...talks, source: { quote: 'Q', lang: 'EN-gb' } },
      { ...talks, id: 'b', source: { quote: 'Q', lang: 'English' } },
      { ...talks, id: 'c', source: { quote: 'Q', lang: 7 } },
    ]);
    expect(result.events.map((e) => e.source)).to.deep.equal([{ quote: 'Q', lang: 'en-GB' }, { quote: 'Q' }, { quote: 'Q' }]);
    expect(brief(result.issues)).to.deep.equal([
      ['events[1].source.lang', 'invalid-language', "events[1].source.lang: 'English' is not a language tag (BCP 47, such as 'ar' or 'fr-CA'), so it is ignored"],
      ['events[2].source.lang', 'wrong-type', 'events[2].source.lang: expected a text, but got the number 7, so it is ignored'],
    ]);
  });

  it('validateEvents() suggests translations for a field named translation', () => {
    const result = validateEvents([{ ...talks, translation: { fr: { title: 'Pourparlers' } } }]);
    expect(result.issues.map((i) => i.message)).to.deep.equal([
      "events[0].translation: unknown field, ignored (did you mean 'translations'?)",
    ]);
  });
});
