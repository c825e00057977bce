/**
 * Splits a news text into sentences, keeping each one's place in the text so that quotes stay verbatim.
 */

/** One sentence of the text. */
export interface Sentence {
  /** The sentence, exactly as in the text (`text.slice(start, end)`), without surrounding whitespace. */
  text: string;
  /** Where it starts in the text, in UTF-16 code units. */
  start: number;
  /** Where it ends in the text (exclusive). */
  end: number;
  /** The number of its paragraph, from 0 (paragraphs are separated by line breaks). */
  paragraph: number;
  /** Whether it is a heading: a short line of its own that ends without a full stop. */
  heading: boolean;
}

/**
 * Words that end with a full stop without ending a sentence: titles, months, initials of countries and bodies.
 * Compared in lower case, without the stop.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'maj', 'sgt', 'cpl', 'adm', 'sen', 'rep', 'gov',
  'pres', 'st', 'jr', 'sr', 'rev', 'hon', 'amb', 'no', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.n', 'u.k', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g',
]);

/** The most words a heading has. */
const MAX_HEADING_WORDS = 14;

/**
 * A candidate end of sentence: `.`, `!` or `?` (possibly repeated, possibly followed by closing quotes or brackets),
 * then whitespace.
 */
const END = /[.!?]+["'”’)\]]*(?=\s)/g;

/**
 * Splits `text` into sentences. Line breaks always end a sentence (a paragraph, or a heading on its own line);
 * inside a line, a sentence ends at `.`, `!` or `?` followed by a space and a capital letter, a digit or an opening
 * quote, unless the word before the stop is a known abbreviation (`Gen.`, `Jan.`, `U.S.`) or a single initial.
 *
 * @param text - The whole text.
 * @returns The sentences in order; every `text` is a verbatim slice of the input.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const before = sentences.length;
    splitLine(text, lineStart, lineEnd, paragraph, sentences);
    if (sentences.length > before) paragraph++;
    if (!match) break;
    lineStart = lineBreak.lastIndex;
  }
  return sentences;
}

function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  const first = out.length;
  let start = 0;
  END.lastIndex = 0;
  for (let match = END.exec(line); match; match = END.exec(line)) {
    const stop = match.index + match[0].length;
    const next = /^\s+(.)/.exec(line.slice(stop));
    if (!next || !/[\p{Lu}\p{N}"“‘'(\[]/u.test(next[1])) continue;
    if (match[0][0] === '.' && isAbbreviation(line.slice(start, match.index))) continue;
    push(text, from + start, from + stop, paragraph, out);
    start = stop;
  }
  push(text, from + start, to, paragraph, out);
  if (out.length === first + 1) {
    const only = out[first];
    const words = only.text.split(/\s+/).length;
    only.heading = words <= MAX_HEADING_WORDS && !/[.!?:;,"”’)]$/.test(only.text);
  }
}

/** Whether the word just before a full stop is an abbreviation or an initial. */
function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph, heading: false });
}
