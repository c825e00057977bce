import { formatNumber } from '../data/format-date.js';

export { formatNumber };

/**
 * A copy of `values` with every number written by {@link formatNumber} in `locale` (with grouping, as counts are),
 * so that a template filled from it shows the locale's digits: `{count: 3, when: '2016'}` → `{count: '٣', when: '2016'}`
 * in `ar-EG`. Strings are kept as they are.
 */
export function localizeNumbers(values: Record<string, string | number>, locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    out[name] = typeof value === 'number' ? formatNumber(value, locale, { grouping: true }) : value;
  }
  return out;
}
