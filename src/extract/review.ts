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

const COLUMNS = ['#', 'sentence', 'date found', 'resolved', 'confidence', 'event', 'how / what to check'] as const;

/**
 * Formats the review notes of a draft as a text table, one line per note, with a header and a closing line that
 * counts the events and those to review.
 *
 * @param result - What `extractEvents` returned.
 * @param options - The width of the table.
 */
export function formatReviewTable(result: ExtractResult, options: ReviewTableOptions = {}): string {
  const width = Math.max(60, options.width ?? 160);
  const titles = new Map(result.events.map((e) => [e.id, e.title]));
  const rows = result.notes.map((note, i) => [
    String(i + 1),
    String(note.sentence),
    note.found || '(none)',
    note.resolved || '-',
    note.confidence,
    note.id ? titles.get(note.id) ?? '' : '(no event)',
    note.check || note.how,
  ]);
  const fixed = [3, 8, 18, 22, 10, 30];
  const last = Math.max(12, width - fixed.reduce((a, b) => a + b + 2, 0));
  const cut = (text: string, size: number) => (text.length > size ? `${text.slice(0, size - 1)}…` : text.padEnd(size));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => cut(cell.replace(/\s+/g, ' '), i < fixed.length ? fixed[i] : last)).join('  ').trimEnd();
  const review = result.events.filter((e) => e.needsReview).length;
  return [
    line(COLUMNS),
    line(COLUMNS.map((_, i) => '-'.repeat(Math.min(i < fixed.length ? fixed[i] : last, 40)))),
    ...rows.map(line),
    `${result.events.length} draft event${result.events.length === 1 ? '' : 's'}, ${review} to review`,
  ].join('\n');
}
