import { fill } from './strings.js';

/** The primary language subtag of a tag, lower-cased: `en-GB` → `en`. */
const languageOf = (tag: string) => tag.split(/[-_]/, 1)[0].toLowerCase();

/**
 * What to tell a reader of `locale` about a quote in `quoteLang` (a BCP 47 tag), which stays in its own language:
 * `template` (`strings.quotedIn`) with the language's name in the reader's language, as `Intl.DisplayNames` gives
 * it ("Quoted in English", "Citation en anglais", "اقتباس باللغة الإنجليزية"), or the tag itself where it has no
 * name. `null` when the quote's language is not known, or is the reader's (`en-GB` for `en`: the same language).
 *
 * @param quoteLang - The quote's language (`source.lang`), if known.
 * @param locale - The reader's locale: the one the timeline writes its words in.
 * @param template - The sentence, with a `{language}` placeholder.
 */
export function quoteLanguageNote(quoteLang: string | undefined, locale: string, template: string): string | null {
  if (!quoteLang || languageOf(quoteLang) === languageOf(locale)) return null;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(quoteLang);
  } catch {
    // A tag Intl cannot name (or a browser without DisplayNames): the tag says it.
  }
  return fill(template, { language: name ?? quoteLang });
}
