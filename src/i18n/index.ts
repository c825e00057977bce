import { englishDateWords, type DateWords } from '../data/date-words.js';
import { registerDateLocale, type DateLocale } from '../data/format-date.js';
import { englishStrings, type TimelineStrings } from './strings.js';

/** The languages the timeline ships dictionaries for, by primary language subtag; English is built in. */
export const SUPPORTED_LOCALES = ['en', 'ar', 'fa', 'tr', 'ru', 'fr', 'de', 'es'] as const;

/** One of {@link SUPPORTED_LOCALES}. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Everything a timeline needs to speak one language. */
export interface LocaleDictionary {
  /** The interface strings. */
  strings: TimelineStrings;
  /** The words for dates, with the BCP 47 locale that months and digits are written in. */
  dateWords: DateWords;
  /** The direction the language is written in. */
  dir: 'ltr' | 'rtl';
  /**
   * The month names and date patterns of the language, which {@link loadLocale} registers for
   * `dateWords.locale` (see `registerDateLocale()`); absent for English, whose date locale is built in.
   */
  dateLocale?: DateLocale;
}

/** The built-in English dictionary. */
export const english: LocaleDictionary = Object.freeze({ strings: englishStrings, dateWords: englishDateWords, dir: 'ltr' });

const loading = new Map<SupportedLocale, Promise<LocaleDictionary>>([['en', Promise.resolve(english)]]);

/**
 * The supported language of a BCP 47 tag, matched on its primary language subtag, case-insensitively: `ar-SY` → `ar`,
 * `FA-ir` → `fa`, `de_CH` → `de`. Anything else, an empty tag included, falls back to `en` (`pt-BR` → `en`).
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').trim().split(/[-_]/, 1)[0].toLowerCase();
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}

/**
 * The dictionaries of `lang`. English resolves at once from the built-in objects; every other language is a
 * separate module, imported the first time it is asked for, so the default bundle carries none of them. Its date
 * locale is registered for the dictionary's `dateWords.locale` before the promise resolves, so that `formatUtcDate`
 * writes that language's month names. The promise is kept, so asking again (from many timelines on one page) loads
 * nothing more and gives the same objects.
 */
export function loadLocale(lang: SupportedLocale): Promise<LocaleDictionary> {
  // Typed callers pass a supported language; a plain script may pass any tag, which is matched rather than failing.
  const key = matchLocale(lang);
  let promise = loading.get(key);
  if (!promise) {
    promise = importLocale(key).then(({ strings, dateWords, dir, dateLocale }) => {
      if (dateLocale) registerDateLocale(dateWords.locale, { ...dateLocale, bce: dateWords.bce });
      return { strings, dateWords, dir, dateLocale };
    });
    // A failed import (a network error for a split chunk) is not kept, so a later call can try again.
    promise.catch(() => {
      if (loading.get(key) === promise) loading.delete(key);
    });
    loading.set(key, promise);
  }
  return promise;
}

/**
 * The language of `element`: the `lang` attribute of the element or its nearest ancestor that has one, climbing out
 * of shadow roots through their hosts; else the document's `lang`; else `en`. An empty `lang=""` ("unknown") counts
 * as set, as in HTML, and gives `en`.
 */
export function resolveLocale(element: Element): string {
  let node: Element | null = element;
  while (node) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang') || 'en';
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return (element.ownerDocument ?? document).documentElement?.lang || 'en';
}

/** A literal path per language, so that bundlers split each dictionary into its own chunk. */
function importLocale(lang: SupportedLocale): Promise<LocaleDictionary> {
  switch (lang) {
    case 'ar':
      return import('./ar.js');
    case 'fa':
      return import('./fa.js');
    case 'tr':
      return import('./tr.js');
    case 'ru':
      return import('./ru.js');
    case 'fr':
      return import('./fr.js');
    case 'de':
      return import('./de.js');
    case 'es':
      return import('./es.js');
    case 'en':
      return Promise.resolve(english);
  }
}
