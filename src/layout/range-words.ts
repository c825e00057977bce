import { DEFAULT_DATE_LOCALE, formatUtcDate } from '../data/format-date.js';

const DAY_MS = 86_400_000;

/**
 * The ends of a visible range in words, as precise as the range needs: years for a range of several years
 * (`2010` to `2017`), months for a few months (`Mar 2016` to `Jan 2017`), days below that (`14 Jan 2017`).
 */
export function formatRange(fromMs: number, toMs: number, locale: string = DEFAULT_DATE_LOCALE): { from: string; to: string } {
  const spanMs = Math.abs(toMs - fromMs);
  const style = spanMs > 3 * 365 * DAY_MS ? 'year' : spanMs > 60 * DAY_MS ? 'month-year-short' : 'day-month-year-short';
  const words = (ms: number) => (Number.isFinite(ms) ? formatUtcDate(ms, style, locale) : '…');
  return { from: words(fromMs), to: words(toMs) };
}
