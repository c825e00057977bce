import { expect, fixture, html } from '@open-wc/testing';
import { describeDate, describeEventDates, englishDateWords, type DateWords } from '../src/data/date-words.js';
import { parseEdtf, parseEventDates, type EdtfDate } from '../src/data/edtf.js';
import { formatNumber, formatUtcDate, type DateLocale } from '../src/data/format-date.js';
import { englishStrings, fill, type TimelineStrings } from '../src/i18n/strings.js';
import * as ar from '../src/i18n/ar.js';
import * as de from '../src/i18n/de.js';
import * as es from '../src/i18n/es.js';
import * as fa from '../src/i18n/fa.js';
import * as fr from '../src/i18n/fr.js';
import { loadLocale, matchLocale, resolveLocale, SUPPORTED_LOCALES, type SupportedLocale } from '../src/i18n/index.js';
import * as ru from '../src/i18n/ru.js';
import * as tr from '../src/i18n/tr.js';

interface Dictionary {
  strings: TimelineStrings;
  dateWords: DateWords;
  dir: 'ltr' | 'rtl';
  dateLocale: DateLocale;
}

/** [language, its module, the direction and the date locale it must have] */
const dictionaries: [Exclude<SupportedLocale, 'en'>, Dictionary, 'ltr' | 'rtl', string][] = [
  ['ar', ar, 'rtl', 'ar-EG'],
  ['fa', fa, 'rtl', 'fa-IR'],
  ['tr', tr, 'ltr', 'tr-TR'],
  ['ru', ru, 'ltr', 'ru-RU'],
  ['fr', fr, 'ltr', 'fr-FR'],
  ['de', de, 'ltr', 'de-DE'],
  ['es', es, 'ltr', 'es-ES'],
];

/** Every string of a dictionary with its path (`categories.era`, `keys.2.1`); `locale` is a tag, not a text. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [[path, String(value)]];
  return Object.entries(value).flatMap(([key, v]) => (path === '' && key === 'locale' ? [] : leaves(v, path ? `${path}.${key}` : key)));
}

/** The shape of a dictionary: its keys, recursively, with arrays by index. */
function shapeOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, shapeOf(v)]));
}

/** The `{placeholders}` of a template, sorted and without repeats. */
const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const LATIN_DIGIT = /[0-9]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/;

/** Noon UTC on 18 January 2017: the same date in every zone. */
const JAN_18 = Date.UTC(2017, 0, 18, 12);

/** The date of a text that must parse as a date, not `..`. */
function dateOf(text: string): EdtfDate {
  const result = parseEdtf(text);
  if (!result.ok || result.value.kind !== 'date') throw new Error(`${text} is not a date`);
  return result.value;
}

// Dates in a dictionary's language need its date locale, which loadLocale() registers.
before(() => Promise.all(SUPPORTED_LOCALES.map((lang) => loadLocale(lang))));

describe('the locale dictionaries', () => {
  for (const [lang, dictionary, dir, locale] of dictionaries) {
    it(`the ${lang} strings have exactly the keys of the English ones, categories and key map included`, () => {
      expect(shapeOf(dictionary.strings)).to.deep.equal(shapeOf(englishStrings));
    });

    it(`the ${lang} date words have exactly the keys of the English ones, precisions included`, () => {
      // Where a language words an open span from a day apart, it has onwardDay and untilDay, both or neither.
      const { onwardDay, untilDay, ...required } = dictionary.dateWords;
      expect(shapeOf(required)).to.deep.equal(shapeOf(englishDateWords));
      expect(onwardDay === undefined, 'onwardDay and untilDay go together').to.equal(untilDay === undefined);
    });

    it(`the ${lang} dictionary has no empty or blank text`, () => {
      const blank = [...leaves(dictionary.strings), ...leaves(dictionary.dateWords)].filter(([, text]) => !text.trim());
      expect(blank.map(([path]) => path)).to.deep.equal([]);
    });

    it(`the ${lang} templates keep every placeholder of the English ones and add none`, () => {
      const english = new Map([...leaves(englishStrings), ...leaves(englishDateWords)]);
      const translated = [...leaves(dictionary.strings), ...leaves(dictionary.dateWords)];
      const mismatches = translated
        // onwardDay and untilDay, which English does without, keep those of onward and until.
        .filter(([path, text]) => {
          const model = english.get(path) ?? english.get(path.replace(/Day$/, '')) ?? '';
          return placeholdersOf(text).join() !== placeholdersOf(model).join();
        })
        .map(([path, text]) => `${path}: ${text}`);
      expect(mismatches).to.deep.equal([]);
    });

    it(`the ${lang} dictionary is written ${dir} and dates in ${locale}`, () => {
      expect(dictionary.dir).to.equal(dir);
      expect(dictionary.dateWords.locale).to.equal(locale);
    });

    it(`the ${lang} date words describe every kind of date without a placeholder left over`, () => {
      const spans: [string, string?][] = [
        ['2017-01-18'], ['2017-01'], ['2016-36~'], ['2016-33?'], ['2016-40%'], ['2016-41'], ['2016-21'], ['2016-24'],
        ['201X'], ['20XX'], ['-0043'], ['-0043-03-15'], ['2011', '2013'], ['2011?', '2013?'], ['2011~', '2013?'],
        ['2011-03', '..'], ['..', '2013'], ['2011', '2016-36~'],
      ];
      for (const [start, end] of spans) {
        const parsed = parseEventDates(start, end);
        if (!parsed.ok) throw new Error(`${start}/${end}: ${parsed.reason}`);
        const text = describeEventDates(parsed.value, dictionary.dateWords);
        expect(text, `${start}/${end}`).to.not.match(/[{}]|undefined|NaN/);
        expect(text, `${start}/${end}`).to.not.equal(describeEventDates(parsed.value, englishDateWords));
      }
    });

    it(`the ${lang} strings fill every template without a placeholder left over`, () => {
      const values = { from: 'a', to: 'b', key: 'Ctrl', label: 'c', speaker: 'd', date: 'e', url: 'f', reason: 'g',
        count: 3, total: 4, when: 'h', category: 'i', shown: 5, name: 'j', language: 'k' };
      for (const [path, text] of leaves(dictionary.strings)) {
        expect(fill(text, values), path).to.not.match(/[{}]/);
      }
    });
  }
});

describe('matchLocale()', () => {
  const cases: [string | null | undefined, SupportedLocale][] = [
    ['ar', 'ar'],
    ['ar-SY', 'ar'],
    ['fa-IR', 'fa'],
    ['FA-ir', 'fa'],
    ['tr', 'tr'],
    ['ru-RU', 'ru'],
    ['fr-CA', 'fr'],
    ['de-CH-1996', 'de'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['zh-Hant-TW', 'en'],
    ['pt-BR', 'en'],
    ['arz', 'en'],
    ['de_AT', 'de'],
    [' ru ', 'ru'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`matchLocale() matches ${JSON.stringify(tag)} to ${expected}`, () => expect(matchLocale(tag)).to.equal(expected));
  }

  it('matchLocale() knows every supported language by itself', () => {
    for (const lang of SUPPORTED_LOCALES) expect(matchLocale(lang)).to.equal(lang);
  });
});

describe('resolveLocale()', () => {
  let documentLang: string | null;
  beforeEach(() => (documentLang = document.documentElement.getAttribute('lang')));
  afterEach(() => {
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
  });

  it('resolveLocale() reads the lang of the element itself first', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="fr"><span lang="ar-SY"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('ar-SY');
  });

  it('resolveLocale() reads the nearest ancestor with a lang', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="fa-IR"><p lang="de"><b><i></i></b></p></div>`);
    expect(resolveLocale(el.querySelector('i')!)).to.equal('de');
  });

  it('resolveLocale() climbs out of a shadow root to its host and beyond', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="ar"><section></section></div>`);
    const host = el.querySelector('section')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(document.createElement('div'));
    host.shadowRoot!.firstElementChild!.append(inner);
    expect(resolveLocale(inner)).to.equal('ar');
  });

  it('resolveLocale() climbs out of nested shadow roots', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="tr"><section></section></div>`);
    const outer = el.querySelector('section')!.attachShadow({ mode: 'open' });
    const middle = document.createElement('div');
    outer.append(middle);
    const inner = document.createElement('em');
    middle.attachShadow({ mode: 'closed' }).append(inner);
    expect(resolveLocale(inner)).to.equal('tr');
  });

  it('resolveLocale() prefers a lang inside the shadow root to one outside it', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="ar"><section></section></div>`);
    const inside = document.createElement('div');
    inside.lang = 'ru';
    const inner = document.createElement('span');
    inside.append(inner);
    el.querySelector('section')!.attachShadow({ mode: 'open' }).append(inside);
    expect(resolveLocale(inner)).to.equal('ru');
  });

  it('resolveLocale() falls back to the document language', async () => {
    document.documentElement.lang = 'es-ES';
    const el = await fixture<HTMLElement>(html`<div><span></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('es-ES');
  });

  it('resolveLocale() gives the document language to an element not in the document', () => {
    document.documentElement.lang = 'de';
    expect(resolveLocale(document.createElement('div'))).to.equal('de');
  });

  it('resolveLocale() falls back to en when no lang is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<HTMLElement>(html`<div><span></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });

  it('resolveLocale() takes an empty lang as unknown, which stops the search and gives en', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="ar"><p lang=""><span></span></p></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('en');
  });
});

describe('loadLocale()', () => {
  it('loadLocale() gives the built-in English dictionaries for en', async () => {
    const en = await loadLocale('en');
    expect(en.strings).to.equal(englishStrings);
    expect(en.dateWords).to.equal(englishDateWords);
    expect(en.dir).to.equal('ltr');
  });

  for (const [lang, dictionary, dir] of dictionaries) {
    it(`loadLocale() loads the ${lang} dictionaries`, async () => {
      const loaded = await loadLocale(lang);
      expect(loaded.strings).to.equal(dictionary.strings);
      expect(loaded.dateWords).to.equal(dictionary.dateWords);
      expect(loaded.dir).to.equal(dir);
      expect(loaded.dateLocale).to.equal(dictionary.dateLocale);
    });
  }

  it('loadLocale() registers each dictionary’s date locale, for its tag and for others of its language', async () => {
    for (const [lang, dictionary] of dictionaries) {
      const { dateLocale } = await loadLocale(lang);
      const month = formatUtcDate(JAN_18, 'month', dictionary.dateWords.locale);
      expect(month, lang).to.not.equal('January');
      expect(formatUtcDate(JAN_18, 'month', lang), `${lang} alone`).to.equal(month);
      expect(dateLocale?.locale.code, lang).to.match(new RegExp(`^${lang}\\b`));
    }
  });

  it('loadLocale() gives the same promise every time it is asked for one language', async () => {
    for (const lang of SUPPORTED_LOCALES) {
      const first = loadLocale(lang);
      expect(loadLocale(lang), lang).to.equal(first);
      expect(await loadLocale(lang), lang).to.equal(await first);
    }
  });

  it('loadLocale() matches a full tag passed by an untyped caller instead of failing', async () => {
    const loaded = await loadLocale('ar-SY' as SupportedLocale);
    expect(loaded.strings).to.equal(ar.strings);
    expect(loadLocale('pt-BR' as SupportedLocale)).to.equal(loadLocale('en'));
  });
});

describe('digits and month names in the dictionaries’ locales', () => {
  it('formatNumber() writes years without grouping in Arabic-Indic digits for ar-EG', () => {
    expect(formatNumber(2016, ar.dateWords.locale)).to.equal('٢٠١٦');
  });

  it('formatNumber() writes years without grouping in Persian digits for fa-IR', () => {
    expect(formatNumber(2016, fa.dateWords.locale)).to.equal('۲۰۱۶');
  });

  it('formatNumber() writes years in Latin digits without grouping for the other dictionaries', () => {
    for (const dictionary of [tr, ru, fr, de, es]) expect(formatNumber(2016, dictionary.dateWords.locale)).to.equal('2016');
    expect(formatNumber(10_000, 'en-GB')).to.equal('10000');
  });

  it('formatNumber() groups counts when asked, in the locale’s digits', () => {
    expect(formatNumber(12_345, 'en-GB', { grouping: true })).to.equal('12,345');
    const arabic = formatNumber(12_345, 'ar-EG', { grouping: true });
    expect(arabic).to.match(/^١٢.٣٤٥$/u);
    expect(formatNumber(12_345, 'fa-IR', { grouping: true })).to.match(/^۱۲.۳۴۵$/u);
  });

  it('formatNumber() falls back to en-GB for a tag Intl rejects', () => {
    expect(formatNumber(7, 'not a tag!')).to.equal('7');
  });

  it('fill() writes numbers in the locale’s digits and keeps strings', () => {
    expect(fill('{count} {total} {when}', { count: 3, total: 12, when: '2016' }, 'ar-EG')).to.equal('٣ ١٢ 2016');
    expect(fill(fa.strings.skipped, { count: 3, total: 12 }, 'fa-IR')).to.equal('۳ رویداد از ۱۲ رویداد نمایش داده نشد');
  });

  it('formatUtcDate() writes 18 January 2017 in Arabic with Arabic-Indic digits for the ar dictionary', () => {
    expect(formatUtcDate(JAN_18, 'day-month-year', ar.dateWords.locale)).to.equal('١٨ يناير ٢٠١٧');
  });

  it('formatUtcDate() writes 18 January 2017 in Persian digits and the Gregorian calendar for the fa dictionary', () => {
    const text = formatUtcDate(JAN_18, 'day-month-year', fa.dateWords.locale);
    expect(text).to.match(PERSIAN_DIGIT).and.not.match(LATIN_DIGIT).and.not.match(ARABIC_INDIC_DIGIT);
    expect(text).to.equal('۱۸ ژانویه ۲۰۱۷');
  });

  /** [dictionary, 18 January 2017 in its locale] */
  const latinCases: [Dictionary, string][] = [
    [tr, '18 Ocak 2017'],
    [ru, '18 января 2017 г.'],
    [fr, '18 janvier 2017'],
    [de, '18. Januar 2017'],
    [es, '18 de enero de 2017'],
  ];
  for (const [dictionary, expected] of latinCases) {
    it(`formatUtcDate() writes 18 January 2017 as '${expected}' for the ${dictionary.dateWords.locale} dictionary`, () => {
      expect(formatUtcDate(JAN_18, 'day-month-year', dictionary.dateWords.locale)).to.equal(expected);
    });
  }

  it('describeDate() writes days and months in Arabic-Indic digits with the ar date words', () => {
    for (const input of ['2017-01-18', '2017-01', '-0043-03-15']) {
      const text = describeDate(dateOf(input), ar.dateWords);
      expect(text, input).to.match(ARABIC_INDIC_DIGIT).and.not.match(LATIN_DIGIT);
    }
    expect(describeDate(dateOf('2017-01'), ar.dateWords)).to.equal('يناير ٢٠١٧');
  });

  it('describeDate() writes days and months in Persian digits with the fa date words', () => {
    for (const input of ['2017-01-18', '2017-01', '-0043-03-15']) {
      const text = describeDate(dateOf(input), fa.dateWords);
      expect(text, input).to.match(PERSIAN_DIGIT).and.not.match(LATIN_DIGIT);
    }
  });
});

describe('fill() with a word chosen by a number', () => {
  const template = '{count} {count|event|events}';

  it('writes English singular for one and only one, plural otherwise (0, 2, 1.5, 21)', () => {
    expect(fill(template, { count: 1 }, 'en-GB')).to.equal('1 event');
    for (const [n, text] of [[0, '0 events'], [2, '2 events'], [1.5, '1.5 events'], [21, '21 events']] as const) {
      expect(fill(template, { count: n }, 'en-GB')).to.equal(text);
    }
    expect(fill(template, { count: 1 }), 'English without a locale').to.equal('1 event');
    expect(fill(template, { count: 1 }, 'en-US')).to.equal('1 event');
  });

  it('follows the plural rules of the locale: French 0 and 1 are singular, Russian 21 is', () => {
    expect(fill('{count|x|y}', { count: 0 }, 'fr-FR')).to.equal('x');
    expect(fill('{count|x|y}', { count: 2 }, 'fr-FR')).to.equal('y');
    expect(fill('{count|x|y}', { count: 21 }, 'ru-RU')).to.equal('x');
    expect(fill('{count|x|y}', { count: 11 }, 'ru-RU')).to.equal('y');
  });

  it('leaves a choice whose number is not given as it is, and treats a tag Intl rejects as English', () => {
    expect(fill('{n|a|b}', {}, 'en-GB')).to.equal('{n|a|b}');
    expect(fill('{count|a|b}', { count: 1 }, 'not a tag!')).to.equal('a');
  });

  it('names a cluster of one event in the singular, and of two in the plural', () => {
    expect(fill(englishStrings.cluster, { count: 1, when: '2014', category: 'Military' }, 'en-GB')).to.match(/^1 event, 2014, Military;/);
    expect(fill(englishStrings.listHeading, { count: 2 }, 'en-GB')).to.equal('2 events in view');
    expect(fill(englishStrings.listHeading, { count: 1 }, 'en-GB')).to.equal('1 event in view');
  });
});

describe('open spans from or until a day', () => {
  const describe2 = (start: string, end: string, words: DateWords) => {
    const parsed = parseEventDates(start, end);
    if (!parsed.ok) throw new Error(parsed.reason);
    return describeEventDates(parsed.value, words);
  };

  it('French says “à partir du” and “jusqu’au” before a day, “à partir de” and “jusqu’à” before a month or year', () => {
    expect(describe2('2017-01-18', '..', fr.dateWords)).to.equal('à partir du 18 janvier 2017');
    expect(describe2('..', '2017-01-18', fr.dateWords)).to.equal('jusqu’au 18 janvier 2017');
    expect(describe2('2011', '..', fr.dateWords)).to.equal('à partir de 2011');
    expect(describe2('..', '2013', fr.dateWords)).to.equal('jusqu’à 2013');
  });

  it('Spanish says “desde el” and “hasta el” before a day', () => {
    expect(describe2('2017-01-18', '..', es.dateWords)).to.equal('desde el 18 de enero de 2017');
    expect(describe2('..', '2017-01-18', es.dateWords)).to.equal('hasta el 18 de enero de 2017');
    expect(describe2('2011', '..', es.dateWords)).to.equal('desde 2011');
  });

  it('English words a day like any other date', () => {
    expect(describe2('2017-01-18', '..', englishDateWords)).to.equal('from 18 January 2017 onward');
  });
});
