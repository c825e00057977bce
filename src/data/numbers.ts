/**
 * Numbers in a locale's digits and its plural rules, with the browser's own `Intl` data (date-fns has none on
 * numbering systems or plurals). Apart from the date formatting, so that what writes counts needs no date library.
 */

/** The locale numbers are written in when none is given: British English, as dates are. */
export const DEFAULT_NUMBER_LOCALE = 'en-GB';

type Formatter = Intl.NumberFormat | Intl.PluralRules;

const formatters = new Map<string, Formatter>();

/**
 * An Intl number formatter (or plural rules) for `locale` and `options`, made once and kept. A tag that Intl rejects
 * (not well formed) falls back to {@link DEFAULT_NUMBER_LOCALE}: the text is written in English rather than not at all.
 */
function formatter<T extends Formatter>(
  make: new (locale: string, options: object) => T,
  locale: string,
  key: string,
  options: () => object,
): T {
  let cached = formatters.get(`${key}|${locale}`) as T | undefined;
  if (!cached) {
    try {
      cached = new make(locale, options());
    } catch {
      cached = new make(DEFAULT_NUMBER_LOCALE, options());
    }
    formatters.set(`${key}|${locale}`, cached);
  }
  return cached;
}

/**
 * Writes the number `n` in the digits of `locale` (BCP 47): `2016` in `en-GB`, `٢٠١٦` in `ar-EG`, `۲۰۱۶` in `fa-IR`.
 * Without grouping by default, as years are written (`2016`, not `2,016`); pass `{ grouping: true }` for counts
 * (`12,345`, `١٢٬٣٤٥`). A tag that `Intl` rejects falls back to {@link DEFAULT_NUMBER_LOCALE}. Formatters are made once
 * per locale and option.
 */
export function formatNumber(
  n: number,
  locale: string = DEFAULT_NUMBER_LOCALE,
  options: { grouping?: boolean } = {},
): string {
  const grouping = options.grouping ?? false;
  if (locale === DEFAULT_NUMBER_LOCALE && Number.isSafeInteger(n)) {
    // As Intl writes it in en-GB, without loading Intl's locale data, which costs more than the rest of a small
    // timeline's first render: English is the default.
    return grouping ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
  }
  const numberOptions = () => ({ useGrouping: grouping, maximumFractionDigits: 20 });
  return formatter(Intl.NumberFormat, locale, `number|${grouping}`, numberOptions).format(n);
}

/**
 * Whether the number `n` is in the plural category "one" of `locale` (BCP 47), so takes the singular: 1 in English,
 * 0 and 1 in French, 21 in Russian. English tags are answered without `Intl`, as {@link formatNumber} answers
 * `en-GB`; plural rules are made once per locale, and a tag that `Intl` rejects falls back to
 * {@link DEFAULT_NUMBER_LOCALE}.
 */
export function isSingular(n: number, locale: string = DEFAULT_NUMBER_LOCALE): boolean {
  if (/^en\b/.test(locale)) return n === 1;
  return formatter(Intl.PluralRules, locale, 'plural', () => ({})).select(n) === 'one';
}
