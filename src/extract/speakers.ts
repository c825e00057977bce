/**
 * Who speaks in a sentence of a news text: the subject of a reporting verb ("Rouhani said"), its inverted form
 * ("said Velayati"), "who said" after a name, or "according to X". "he" and "she" are the last named speaker.
 */
import { stripTitles, type NameRun } from './names.js';

/** The speaker of one sentence. */
export interface SpeakerFound {
  /** A name without its titles ("Imad Khamis"), or the words that describe the speaker ("The Iranian president"). */
  name: string;
  /** Whether `name` is a name (so that a later "he" or "she" can refer to it). */
  named: boolean;
  /** Why the speaker is a guess, for a review note; `''` when the sentence names the speaker. */
  guess: string;
  /** Where the reporting verb starts in the sentence. */
  verbIndex: number;
  /** Where the reporting verb ends. */
  verbEnd: number;
  /** The reported words, for a title. */
  content: string;
  /**
   * Whether the reported words come before the speaker ("…, the Red Cross said"; "…, according to officials"):
   * then they usually tell an event in their own right, attributed to the speaker.
   */
  contentFirst: boolean;
  /** Where the attribution (the speaker's name or the reporting verb, whichever is first) starts in the sentence. */
  speakerIndex: number;
  /** The verb a statement's title uses ("calls" for "called the vote “a turning point”"), when it is not "says". */
  titleVerb?: string;
}

const REPORTING =
  /\b(?:said|says|say|told|tells|added|adds|noted|notes|stated|asserted|stressed|warned|explained|argued|urged|estimates|estimated|wrote|writes|[Aa]ccording to)\b/g;
/** Phrases set off by commas between a speaker and the verb: "Khamis, for his part, said". */
const ASIDE = /^\s*(?:for (?:his|her|their|its) part|however|meanwhile|in turn|in response|in a statement|also|too|separately|in an interview|on \w+day)\s*$/i;
const TRAILING_ADVERBS = /(?:\s+(?:also|further|later|earlier|then|previously|separately|too|again|recently|reportedly|repeatedly|has|have|had))+\s*$/i;
const PRONOUNS = /^(?:he|she|him|her)$/i;
const GROUP_PRONOUNS = /^(?:they|it|we|i)$/i;
const QUOTE_CHARS = /[“”"]/g;
/**
 * Verbs that report speech only with a quotation after them: "Mayor Lucia Ferrante called the vote “a turning
 * point”", "praised the deal as “historic”". Each with the present form a title uses.
 */
const QUOTING: Record<string, string> = {
  called: 'calls', calls: 'calls', described: 'describes', describes: 'describes', praised: 'praises', praises: 'praises',
  hailed: 'hails', hails: 'hails', condemned: 'condemns', condemns: 'condemns', urges: 'urges',
};
const QUOTING_VERB = new RegExp(`\\b(?:${Object.keys(QUOTING).join('|')})\\b`, 'g');

/** The stretches of a sentence inside quotation marks; an unclosed quote runs to the end. */
export function quoteRanges(sentence: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '“' && open < 0) open = i;
    else if (c === '”' && open >= 0) {
      ranges.push([open, i + 1]);
      open = -1;
    } else if (c === '"') {
      if (open < 0) open = i;
      else {
        ranges.push([open, i + 1]);
        open = -1;
      }
    }
  }
  if (open >= 0) ranges.push([open, sentence.length]);
  return ranges;
}

const inside = (ranges: ReadonlyArray<readonly [number, number]>, index: number) => ranges.some(([a, b]) => index > a && index < b);

/**
 * Finds the speaker of a sentence, or `undefined` when no reporting verb outside quotation marks has one.
 *
 * @param sentence - The sentence.
 * @param runs - Its names (see `findNameRuns`).
 * @param lastNamed - The last named speaker before it, for "he" and "she".
 */
export function findSpeaker(sentence: string, runs: readonly NameRun[], lastNamed: string | undefined): SpeakerFound | undefined {
  const quotes = quoteRanges(sentence);
  for (const match of sentence.matchAll(REPORTING)) {
    if (inside(quotes, match.index)) continue;
    const verbIndex = match.index;
    const verbEnd = verbIndex + match[0].length;
    const found = speakerAt(sentence, runs, lastNamed, match[0], verbIndex, verbEnd);
    if (found) return found;
  }
  // a named subject, a verb such as "called" and a quotation after it: that person's statement
  for (const match of sentence.matchAll(QUOTING_VERB)) {
    const verbEnd = match.index + match[0].length;
    if (inside(quotes, match.index) || !quotes.some(([a]) => a >= verbEnd)) continue;
    const found = speakerAt(sentence, runs, lastNamed, match[0], match.index, verbEnd);
    if (found?.named && !found.contentFirst) return { ...found, content: sentence.slice(verbEnd).trim(), titleVerb: QUOTING[match[0]] };
  }
  return undefined;
}

function speakerAt(
  sentence: string,
  runs: readonly NameRun[],
  lastNamed: string | undefined,
  verb: string,
  verbIndex: number,
  verbEnd: number,
): SpeakerFound | undefined {
  const before = sentence.slice(0, verbIndex);
  const after = sentence.slice(verbEnd);
  const make = (np: string, npStart: number, inverted: boolean, attribution?: number): SpeakerFound | undefined => {
    const speakerIndex = npStart + (np.length - np.trimStart().length);
    const who = describe(np.trim(), speakerIndex, runs, lastNamed);
    if (!who) return undefined;
    const rest = reported(after);
    const quotedFirst = /[”"’],?\s*$/.test(sentence.slice(0, speakerIndex));
    const contentFirst = inverted || quotedFirst || rest.split(/\s+/).length < 3;
    const contentEnd = attribution ?? Math.min(speakerIndex, verbIndex);
    return { ...who, verbIndex, verbEnd, speakerIndex: contentEnd, contentFirst, content: contentFirst ? sentence.slice(0, contentEnd).trim() : rest };
  };

  if (verb.toLowerCase() === 'according to') {
    const np = /^\s*([^,.;:]+)/.exec(after)?.[1] ?? '';
    const npStart = verbEnd + (after.length - after.trimStart().length);
    if (before.trim() === '') {
      // "According to Berg, insurers paid out …": the attribution opens the sentence, and what follows it is reported
      const found = make(np, npStart, false);
      const end = npStart + np.length;
      return found && { ...found, verbEnd: end, content: sentence.slice(end).replace(/^[\s,]+/, '').trim(), contentFirst: false };
    }
    return make(np, npStart, true);
  }
  const who = /(.*?)((?:,\s*)?\bwho\s+(?:\w+\s+)?)$/s.exec(before);
  if (who) {
    const parts = who[1].split(',');
    let part = parts.pop() ?? '';
    if (/^\s*(?:a|an|the)\s/i.test(part) && parts.length) part = parts.pop() ?? '';
    const start = parts.join(',').length + (parts.length ? 1 : 0);
    const run = [...runs].reverse().find((r) => r.index >= start && r.end <= start + part.length);
    return run ? make(sentence.slice(run.index, run.end), run.index, false, who[1].length) : undefined;
  }
  const afterQuote = /[”"’],?\s*$/.test(before) && /^\s*(?:\p{Lu}|the\s|a\s|an\s|he\b|she\b)/u.test(after);
  const afterClause = /,\s*$/.test(before) && /^\s*\p{Lu}/u.test(after);
  if (afterQuote || afterClause) {
    const np = /^\s*([^,.;:“”"]+)/.exec(after)?.[1] ?? '';
    const npStart = verbEnd + (after.length - after.trimStart().length);
    // "said Orvel's mayor, Hanna Quist, who …": the name in apposition names the speaker
    const apposition = runs.find((r) => r.index > npStart + np.length && /^,\s*$/.test(sentence.slice(npStart + np.length, r.index)) && /^\s*(?:[,.;]|$)/.test(sentence.slice(r.end)));
    if (apposition && !describe(np.trim(), npStart, runs, lastNamed)?.named) return make(sentence.slice(apposition.index, apposition.end), apposition.index, true, verbIndex);
    if (np.trim().split(/\s+/).length <= 8) return make(np, npStart, true);
  }
  let from = 0;
  for (const quote of before.matchAll(QUOTE_CHARS)) from = quote.index + 1;
  const semicolon = before.lastIndexOf(';');
  if (semicolon >= from) from = semicolon + 1;
  const parts = before.slice(from).split(',');
  let offset = before.length;
  while (parts.length) {
    const part = parts.pop()!;
    offset -= part.length;
    if (part.trim() === '' || ASIDE.test(part)) {
      offset -= 1;
      continue;
    }
    const lead = part.length - part.replace(/^\s*(?:(?:and|but|as|while)\s+)?/i, '').length;
    const np = part.slice(lead).replace(TRAILING_ADVERBS, '');
    if (/\band\s*$/.test(np)) {
      // "President Ilya Moren declared a day of mourning and said …": the speaker is the subject of the clause
      const subject = runs.find((r) => r.index >= offset + lead && r.index <= offset + lead + 40 && r.end <= verbIndex);
      return subject ? make(sentence.slice(subject.index, subject.end), subject.index, false, verbIndex) : undefined;
    }
    if (np.trim().split(/\s+/).length > 8) return undefined;
    return make(np, offset + lead, false);
  }
  return undefined;
}

/**
 * The reported words after a reporting verb: what follows "that" when it comes within a few words ("told reporters
 * on Monday that …"), else the words after the verb unless they are only a time or a place ("in a statement").
 */
function reported(after: string): string {
  const that = /^((?:\s+\S+){0,8}?)\s+that\s+/.exec(after);
  if (that) return after.slice(that[0].length).trim();
  const rest = after.trim();
  // "said on Tuesday they would divert vessels": the words after the day are reported
  const day = /^(?:on\s+|late\s+|early\s+|last\s+)?\p{Lu}\p{Ll}+day,?\s+(?=(?:they|he|she|it|we|the|a|an)\s)/iu.exec(rest);
  if (day) return rest.slice(day[0].length);
  return /^(?:in|on|at|during|after|before|late|early|last|this|next|to|from|by)\b/i.test(rest) ? '' : rest;
}

/** Turns the words before or after a reporting verb into a speaker. */
function describe(np: string, npStart: number, runs: readonly NameRun[], lastNamed: string | undefined): Pick<SpeakerFound, 'name' | 'named' | 'guess'> | undefined {
  if (np === '') return undefined;
  if (PRONOUNS.test(np)) {
    return lastNamed
      ? { name: lastNamed, named: true, guess: `“${np}” is taken as ${lastNamed}, the last named speaker` }
      : { name: np, named: false, guess: `“${np}” has no named speaker before it: name the speaker` };
  }
  if (GROUP_PRONOUNS.test(np)) return { name: np, named: false, guess: `“${np}” does not name the speaker: name them` };
  const affiliation = /^(.+?)\s+(?:of|from|at|with)\s+(?:the\s+)?\p{Lu}/u.exec(np);
  const end = npStart + (affiliation && runs.some((r) => r.end === npStart + affiliation[1].length) ? affiliation[1].length : np.length);
  const run = runs.find((r) => r.end === end && r.index >= npStart);
  if (run) return { name: stripTitles(run.text) || run.text, named: true, guess: '' };
  const words = np.replace(/\s+/g, ' ');
  return {
    name: words[0].toUpperCase() + words.slice(1),
    named: false,
    guess: `the speaker is described, not named (“${words}”): check who it is`,
  };
}
