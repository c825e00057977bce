/**
 * The canonical form of a BCP 47 language tag (`AR-sy` → `ar-SY`, `iw` → `he`), or `null` when `tag` is not a
 * well-formed one (`xx_YY`, an empty text), as `Intl.getCanonicalLocales` decides, or when its language is not
 * written with two or three letters, as every language in use is (`english`, `french`: a name, not a code).
 */
export function languageTag(tag: string): string | null {
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    return /^[a-z]{2,3}(?:-|$)/.test(canonical) ? canonical : null;
  } catch {
    return null;
  }
}
