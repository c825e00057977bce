/**
 * Events from a CSV sheet (one event a row), as made by any spreadsheet program.
 */
import { csvParseRows } from 'd3-dsv';
import { languageTag } from './language-tag.js';
import { quoteText, type IssueCode, type ValidationIssue } from './validate.js';

/**
 * The columns a CSV sheet of events may have: the documented header
 * `id,title,start,end,category,actors,place,summary,quote,speaker,url`, then `dateLabel`, `source_title`,
 * `publisher`, `published` and `quote_lang` (the quote's language, `source.lang`). Only `title` and `start` are
 * required; the columns may come in any order. Translation columns (`title:ar`) come on top of these.
 */
export const CSV_COLUMNS: readonly string[] = Object.freeze([
  'id', 'title', 'start', 'end', 'category', 'actors', 'place', 'summary', 'quote', 'speaker', 'url',
  'dateLabel', 'source_title', 'publisher', 'published', 'quote_lang',
]);

/** Where a column's cells go in the event: a field of the event, of its `source`, or of its translation into `lang`. */
interface Target {
  field: string;
  inSource?: true;
  lang?: string;
}

/** Where each column's cell goes in the event, by the column's normalised name. */
const TARGETS: Record<string, Target> = {
  id: { field: 'id' },
  title: { field: 'title' },
  start: { field: 'start' },
  end: { field: 'end' },
  category: { field: 'category' },
  actors: { field: 'actors' },
  place: { field: 'place' },
  summary: { field: 'summary' },
  datelabel: { field: 'dateLabel' },
  quote: { field: 'quote', inSource: true },
  speaker: { field: 'speaker', inSource: true },
  url: { field: 'url', inSource: true },
  sourcetitle: { field: 'title', inSource: true },
  publisher: { field: 'publisher', inSource: true },
  published: { field: 'published', inSource: true },
  quotelang: { field: 'lang', inSource: true },
};

/** The fields a translation column (`title:ar`) may hold, by normalised name. */
const TRANSLATED: Record<string, string> = { title: 'title', summary: 'summary', datelabel: 'dateLabel', place: 'place', actors: 'actors' };

/** Normalised names other tools give columns, to suggest the right one. */
const COLUMN_HINTS: Record<string, string> = {
  date: 'start', startdate: 'start', begin: 'start', from: 'start', enddate: 'end', to: 'end',
  name: 'title', headline: 'title', event: 'title', description: 'summary', text: 'summary', details: 'summary',
  group: 'category', type: 'category', lane: 'category', location: 'place', actor: 'actors', people: 'actors',
  link: 'url', sourceurl: 'url', source: 'source_title', author: 'speaker', displaydate: 'dateLabel',
};

/**
 * Reads a CSV sheet of events into plain event objects, to be checked by {@link validateEvents}.
 *
 * - The first line is the header (see {@link CSV_COLUMNS}). Header names are matched ignoring case, spaces,
 *   `_` and `-` (`Title`, `date label` and `source_title` all work). It must have `title` and `start`; without
 *   them there is one issue at index -1 (first) and no rows. Unknown columns (with a hint for common names such
 *   as `date` or `description`), repeated ones after the first, and unnamed ones that hold something are
 *   ignored with one warning each (path `header`, naming the column's letter).
 * - Each cell is trimmed; an empty cell counts as absent. `actors` is split on `;`, each name trimmed.
 *   `quote`, `speaker`, `url`, `source_title`, `publisher`, `published` and `quote_lang` (as `lang`) go into the
 *   event's `source`.
 * - Translations: a column named `field:tag`, such as `title:ar`, `summary:fr-CA` or `actors:de`, holds the event's
 *   `field` in the language `tag` (a BCP 47 tag) and goes into `translations[tag]`. `title`, `summary`,
 *   `dateLabel`, `place` and `actors` can be translated; a quote never is. A column whose tag is not a language tag
 *   is ignored with a warning (`invalid-language`).
 * - Blank lines at the end are dropped; blank lines in between stay (as empty events), so that row `i`
 *   always stands for data row `i`: in a spreadsheet, whose row 1 is the header, `events[i]` is row `i + 2`
 *   (unless a cell above it spans several lines). A row with more cells than the header gets a warning and
 *   the extra cells are ignored.
 * - A byte-order mark at the start is ignored. Cells with commas, quotes or line breaks are quoted as in
 *   RFC 4180, as spreadsheet programs write them.
 *
 * @param text - The CSV text.
 * @returns The rows (one object per data row) and problems with the sheet as a whole or a row's length.
 */
export function parseEventsCsv(text: string): { rows: unknown[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const problem = (index: number, code: IssueCode, path: string, message: string, skipped: boolean) =>
    issues.push({ index, code, path, message: `${path}: ${message}`, skipped });

  const table = csvParseRows(String(text).replace(/^\uFEFF/, ''));
  while (table.length > 0 && isBlank(table[table.length - 1])) table.pop();
  if (table.length === 0) {
    problem(-1, 'invalid-input', 'events', 'the CSV file is empty; its first line must be a header such as id,title,start', true);
    return { rows: [], issues };
  }

  const [header, ...data] = table;
  const columns: (Target | undefined)[] = [];
  const firstColumnOf = new Map<string, number>();
  header.forEach((cell, i) => {
    const colon = cell.indexOf(':');
    let name = normalise(colon < 0 ? cell : cell.slice(0, colon));
    let target = Object.hasOwn(TARGETS, name) ? TARGETS[name] : undefined;
    const column = `column ${columnLetter(i)}`;
    if (colon >= 0) {
      const field = Object.hasOwn(TRANSLATED, name) ? TRANSLATED[name] : undefined;
      const tagText = cell.slice(colon + 1).trim();
      const lang = languageTag(tagText);
      target = field && lang ? { field, lang } : undefined;
      name = `${name}:${lang}`;
      if (field && !lang) {
        const problemText = `${quoteText(tagText)} is not a language tag (BCP 47, such as 'ar' or 'fr-CA'), so it is ignored`;
        problem(-1, 'invalid-language', 'header', `${column} (${quoteText(cell.trim())}): ${problemText}`, false);
        columns.push(undefined);
        return;
      }
    }
    const first = firstColumnOf.get(name);
    if (target && first === undefined) {
      firstColumnOf.set(name, i);
      columns.push(target);
      return;
    }
    columns.push(undefined);
    if (name === '') {
      if (data.some((cells) => (cells[i] ?? '').trim() !== '')) {
        problem(-1, 'unnamed-column', 'header', `${column} has no name, so its cells are ignored`, false);
      }
    } else if (first !== undefined) {
      problem(-1, 'repeated-column', 'header', `${column} (${quoteText(cell.trim())}) repeats column ${columnLetter(first)}, so it is ignored`, false);
    } else if (colon >= 0) {
      const why = 'a translation column is title, summary, dateLabel, place or actors, a colon and a language tag, such as title:ar; a quote is never translated';
      problem(-1, 'unknown-column', 'header', `${column} (${quoteText(cell.trim())}) is not a known column, so it is ignored (${why})`, false);
    } else {
      const hint = Object.hasOwn(COLUMN_HINTS, name) ? ` (did you mean '${COLUMN_HINTS[name]}'?)` : '';
      problem(-1, 'unknown-column', 'header', `${column} (${quoteText(cell.trim())}) is not a known column, so it is ignored${hint}`, false);
    }
  });

  const missing = ['title', 'start'].filter((name) => !firstColumnOf.has(name));
  if (missing.length > 0) {
    const names = missing.map((name) => `'${name}'`).join(' or ');
    const rows = data.length === 1 ? 'its 1 row cannot' : `none of its ${data.length} rows can`;
    const message = `the CSV has no ${names} column; the header must include title and start, so ${rows} be shown`;
    const issue = { index: -1, code: 'invalid-input', path: 'events', message: `events: ${message}`, skipped: true };
    return { rows: [], issues: [issue, ...issues] };
  }

  const rows = data.map((cells, index) => {
    const row: Record<string, unknown> = {};
    const source: Record<string, string> = {};
    const translations: Record<string, Record<string, unknown>> = {};
    cells.forEach((cell, i) => {
      const target = columns[i];
      const value = cell.trim();
      if (target === undefined || value === '') return;
      const into = target.inSource ? source : target.lang ? (translations[target.lang] ??= {}) : row;
      if (target.field === 'actors') {
        const names = value.split(';').map((name) => name.trim()).filter((name) => name !== '');
        if (names.length > 0) into.actors = names;
      } else into[target.field] = value;
    });
    if (Object.keys(source).length > 0) row.source = source;
    if (Object.keys(translations).length > 0) row.translations = translations;
    const extra = cells.slice(header.length).filter((cell) => cell.trim() !== '').length;
    if (extra > 0) {
      const what = extra === 1 ? '1 cell more than the header has columns; it is' : `${extra} cells more than the header has columns; they are`;
      problem(index, 'extra-cells', `events[${index}]`, `the row has ${what} ignored`, false);
    }
    return row;
  });
  return { rows, issues };
}

/** A column's name as it is matched: lower case, without spaces, `_` and `-` (`Date label` → `datelabel`). */
function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The spreadsheet name of a 0-based column: A, B, … Z, AA, AB… */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
