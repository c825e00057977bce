/**
 * The review table of a draft: one line per event with the date words found, the date they resolved to, how, how
 * sure, and what to check. Plain text, for a terminal.
 */
import type { ExtractResult } from './extract.js';

/** Options of {@link formatReviewTable}. */
export interface ReviewTableOptions {
  /** The widest a line may be, in characters; longer cells are cut with `…`. Default 160. */
  width?: number;
}

const COLUMNS = ['#', 'sentence', 'date found', 'resolved', 'confidence', 'event', 'how it was resolved', 'to check'] as const;
/** Widths of the columns but the last, in characters. */
const WIDTHS = [3, 8, 16, 20, 10, 26, 34];

/**
 * Formats the review notes of a draft as a text table, one line per note (date words found, the date they resolved
 * to, how sure, the event, how the date was worked out, what to check), with a header and a closing line that
 * counts the events and those to review.
 *
 * @param result - What `extractEvents` returned.
 * @param options - The width of the table.
 */
export function formatReviewTable(result: ExtractResult, options: ReviewTableOptions = {}): string {
  const width = Math.max(100, options.width ?? 160);
  const titles = new Map(result.events.map((e) => [e.id, e.title]));
  const rows = result.notes.map((note, i) => [
    String(i + 1),
    String(note.sentence),
    note.found || '(none)',
    note.resolved || '-',
    note.confidence,
    note.id ? titles.get(note.id) ?? '' : '(no event)',
    note.how,
    note.check || '-',
  ]);
  const last = Math.max(12, width - WIDTHS.reduce((a, b) => a + b + 2, 0));
  const size = (i: number) => (i < WIDTHS.length ? WIDTHS[i] : last);
  const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text.padEnd(n));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cut(cell.replace(/\s+/g, ' '), size(i))).join('  ').trimEnd();
  const review = result.events.filter((e) => e.needsReview).length;
  return [
    line(COLUMNS),
    line(COLUMNS.map((_, i) => '-'.repeat(Math.min(size(i), 40)))),
    ...rows.map(line),
    `${result.events.length} draft event${result.events.length === 1 ? '' : 's'}, ${review} to review`,
  ].join('\n');
}
