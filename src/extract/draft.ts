/**
 * The wording of a draft event: a short neutral title (subject and verb, charged words left out) and a category
 * guessed from the words of its part of the sentence.
 */
import type { KnownCategory } from '../data/types.js';
import { findNameRuns, isDemonym, stripTitles } from './names.js';

/** Irregular past forms that news text uses as main verbs. */
const IRREGULAR_PAST = new Set([
  'met', 'held', 'took', 'fell', 'won', 'began', 'led', 'set', 'left', 'fled', 'struck', 'hit', 'shot', 'sent', 'said',
  'told', 'made', 'gave', 'came', 'went', 'saw', 'broke', 'brought', 'built', 'caught', 'chose', 'drew', 'drove',
  'fought', 'found', 'flew', 'got', 'grew', 'heard', 'hid', 'kept', 'knew', 'lost', 'meant', 'paid', 'put', 'ran',
  'rose', 'sold', 'sought', 'shut', 'spoke', 'spent', 'stood', 'swept', 'threw', 'withdrew', 'wrote', 'overran', 'became',
  'forced', 'beat', 'bore', 'bought', 'cut', 'dealt', 'felt', 'laid', 'lit', 'overtook', 'quit', 'rode', 'sank', 'slew',
  'split', 'spread', 'stole', 'stuck', 'swore', 'tore', 'upheld', 'woke', 'wore', 'burnt', 'retook', 'undertook',
  'withheld', 'rebuilt', 'oversaw', 'overthrew', 'arose', 'fed', 'froze', 'hung', 'lent', 'misled', 'overcame', 'sat',
  'slid', 'sprang', 'struck', 'taught', 'thought', 'shook', 'bid', 'dug', 'forbade', 'foresaw', 'withstood', 'outran',
]);

/** Words ending in -ed that are adjectives far more often than verbs in news text. */
const ED_ADJECTIVES = new Set([
  'armed', 'united', 'based', 'backed', 'related', 'limited', 'detailed', 'advanced', 'alleged', 'so-called',
  'unprecedented', 'concerned', 'interested', 'experienced', 'unexpected', 'embattled', 'besieged', 'disputed',
  'displaced', 'wounded', 'injured', 'skilled', 'qualified', 'renewed', 'sustained', 'coordinated', 'heightened',
  'hundred', 'need', 'speed', 'seed', 'bed', 'red', 'shed', 'feed', 'breed', 'greed', 'indeed', 'proceed', 'exceed',
]);

const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** Verbs that take "to" and another verb as their object: "managed to take". */
const CATENATIVE = new Set(['managed', 'sought', 'tried', 'failed', 'agreed', 'decided', 'began', 'started', 'continued', 'vowed', 'threatened', 'pledged', 'planned', 'refused', 'wanted', 'offered', 'promised', 'moved', 'expected']);
/** Words that end the object of a title. */
const OBJECT_STOPS = new Set(['which', 'who', 'whom', 'whose', 'that', 'when', 'while', 'because', 'after', 'before', 'under', 'as', 'leaving', 'ending', 'according', 'where', 'since', 'although', 'though', 'despite', 'amid', 'following', 'until', 'if', 'so']);
/** Function words that a title does not end with. */
const TRAILING = new Set([
  'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'and', 'or', 'from', 'its', 'their', 'his', 'her',
  'that', 'as', 'into', 'than', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'both', 'during',
  'after', 'before', 'under', 'over', 'about', 'between', 'against', 'through', 'within', 'among', 'via', 'this', 'these',
]);
/** Adverbs a title leaves out. */
const ADVERBS = new Set(['also', 'further', 'both', 'then', 'reportedly', 'already', 'still', 'again', 'finally', 'respectively', 'namely', 'so', 'far', 'just']);

/**
 * Loaded words that a neutral title leaves out (adjectives and labels) or replaces (verbs): a draft's title states
 * what happened; the source's own words stay in its quote.
 */
const CHARGED = new Set([
  'takfiri', 'terrorist', 'terrorists', 'terror', 'legitimate', 'illegitimate', 'heroic', 'brutal', 'barbaric',
  'savage', 'cowardly', 'criminal', 'so-called', 'foreign-fueled', 'foreign-fuelled', 'foreign-backed',
  'foreign-sponsored', 'landmark', 'historic', 'glorious', 'evil', 'notorious', 'infamous', 'puppet', 'heinous',
  'valiant', 'courageous', 'unstinting', 'vehemently', 'regime', 'thugs', 'bandits', 'favorable', 'favourable',
  'shameful', 'disgraceful', 'outrageous', 'tragic', 'horrific', 'appalling', 'dangerous', 'triumphant',
]);
const NEUTRAL_VERBS: Record<string, string> = {
  liberate: 'take', liberated: 'took', liberating: 'taking', liberation: 'capture', martyred: 'killed',
  massacred: 'killed', slaughtered: 'killed', butchered: 'killed', triumph: 'win', victory: 'win',
};

/** What a title is made of. */
export interface TitleWords {
  /** The title, capitalised, without a final stop. */
  title: string;
  /** The main verb found, in lower case, or `''`. */
  verb: string;
  /** The subject before it, as the title writes it, or `''`. */
  subject: string;
  /** The tense of that verb: `past`, `perfect` (has/have + participle), `future`, `present` or `none`. */
  tense: 'past' | 'perfect' | 'future' | 'present' | 'none';
}

/** The most words a title has. */
const MAX_TITLE_WORDS = 10;

interface Token {
  text: string;
  lower: string;
  /** Punctuation between the previous token and this one (`,`, `“`…), trimmed. */
  before: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}$][\p{L}\p{M}\p{N}'’.,\-%$]*[\p{L}\p{M}\p{N}%]|[\p{L}\p{M}\p{N}]/gu)) {
    tokens.push({ text: match[0], lower: match[0].toLowerCase(), before: text.slice(last, match.index).trim() });
    last = match.index + match[0].length;
  }
  return tokens;
}

/**
 * Whether a word ending in -ed (or a past form such as "said") is a verb rather than an adjective, from the word and
 * the text just before it: not a known adjective ("armed"), not after an article or a possessive ("the wounded").
 */
export function isPastVerb(word: string, before: string): boolean {
  const lower = word.toLowerCase();
  if (ED_ADJECTIVES.has(lower)) return false;
  return !/\b(?:the|a|an|its|their|his|her|our)\s+$/i.test(before);
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
const isPastWord = (t: Token, previous: Token | undefined) =>
  (IRREGULAR_PAST.has(t.lower) || (/^[a-z]+ed$/.test(t.text) && t.text.length > 4 && !ED_ADJECTIVES.has(t.lower))) &&
  !(previous && ARTICLES.has(previous.lower) && previous.before === '');
const isParticiple = (t: Token) => IRREGULAR_PAST.has(t.lower) || /^[a-z]+(?:ed|en|ing|wn|ne)$/.test(t.text);

/** Finds the main verb of `tokens`: its position, how many tokens it takes and its tense. */
function findVerb(tokens: readonly Token[]): { at: number; length: number; tense: TitleWords['tense'] } | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    if (t.before.includes('“') || t.before.includes('"')) return undefined;
    if (MODALS.has(t.lower) && next && /^[a-z]/.test(next.text)) {
      const be = next.lower === 'be' && afterNext && isParticiple(afterNext) ? 1 : 0;
      return { at: i, length: 2 + be, tense: t.lower === 'will' || t.lower === 'shall' ? 'future' : 'present' };
    }
    if (AUXILIARIES.has(t.lower) && next && next.before === '') {
      let adverb = 0;
      while (adverb < 2 && tokens[i + 1 + adverb] && (ADVERBS.has(tokens[i + 1 + adverb].lower) || /ly$/.test(tokens[i + 1 + adverb].lower))) adverb++;
      const main = tokens[i + 1 + adverb];
      const perfect = t.lower === 'has' || t.lower === 'have' || t.lower === 'had';
      if (main && main.before === '' && isParticiple(main) && (perfect || !ED_ADJECTIVES.has(main.lower))) {
        const tense = t.lower === 'had' || t.lower === 'was' || t.lower === 'were' ? 'past' : t.lower === 'has' || t.lower === 'have' ? 'perfect' : 'present';
        return { at: i, length: 2 + adverb, tense };
      }
      if ((t.lower === 'is' || t.lower === 'are') && next.lower === 'to') return { at: i, length: 2, tense: 'future' };
    }
    if (isPastWord(t, tokens[i - 1])) return { at: i, length: 1, tense: 'past' };
  }
  return undefined;
}

/** Words that open an adverbial phrase ("In a meeting with…,", "Under the deal,"), not a subject. */
const ADVERBIAL_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'under', 'by', 'during', 'since', 'for', 'with', 'despite', 'amid', 'following',
  'earlier', 'later', 'late', 'early', 'soon', 'meanwhile', 'then', 'however', 'also', 'according', 'last', 'this', 'next',
  'shortly', 'afterwards', 'subsequently', 'yesterday', 'today', 'as', 'while', 'when', 'if', 'although', 'namely',
]);
/** The most words of a subject in a title. */
const MAX_SUBJECT_WORDS = 5;

/**
 * The subject of a title: the first group of words before the verb (groups are set off by commas) that is not an
 * adverbial phrase or an aside, cut to its first few words, without a leading article or trailing function words.
 */
function neutralSubject(beforeVerb: readonly Token[]): string[] {
  const groups: Token[][] = [[]];
  for (const t of beforeVerb) {
    if (/[,;:“”"(]/.test(t.before) && groups[groups.length - 1].length) groups.push([]);
    groups[groups.length - 1].push(t);
  }
  const group = groups.find((g) => g.length && !ADVERBIAL_OPENERS.has(g[0].lower) && !/^for (?:his|her|their|its) part$/.test(g.map((t) => t.lower).join(' '))) ?? [];
  let words = group.filter((t) => !ADVERBS.has(t.lower));
  const relative = words.findIndex((t) => RELATIVE.has(t.lower));
  if (relative > 0) words = words.slice(0, relative);
  if (words.length > 2 && /ing$/.test(words[0].lower) && DETERMINERS.has(words[1].lower)) words = words.slice(1);
  while (words.length && DETERMINERS.has(words[0].lower)) words = words.slice(1);
  if (words.length > 1 && words.every((t) => /^\p{Lu}/u.test(t.text))) {
    const name = stripTitles(words.map((t) => t.text).join(' '));
    if (name) return name.split(' ');
  }
  while (words.length > 1 && /ing$/.test(words[Math.min(words.length, MAX_SUBJECT_WORDS) - 1].lower)) words = words.slice(0, Math.min(words.length, MAX_SUBJECT_WORDS) - 1);
  const and = words.findIndex((t, i) => i > 0 && (t.lower === 'and' || t.lower === 'or'));
  if (and > 0 && words.length > MAX_SUBJECT_WORDS) words = words.slice(0, and);
  let size = Math.min(words.length, MAX_SUBJECT_WORDS);
  while (size < words.length && size < MAX_SUBJECT_WORDS + 3 && /^\p{Lu}/u.test(words[size].text) && /^\p{Lu}/u.test(words[size - 1].text)) size++;
  if (size < words.length) size = phraseEnd(words, size);
  return neutral(words.slice(0, size));
}

const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
/** Prepositions that open a phrase inside a subject ("a new terminal outside the old harbour"). */
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'near', 'outside', 'inside', 'across', 'along', 'around', 'behind',
  'beyond', 'under', 'over', 'between', 'among', 'against', 'without', 'within', 'off', 'into',
]);

/**
 * Where to cut a subject too long for a title without cutting a noun phrase in the middle ("new terminal outside the
 * old"): a cut before a preposition stays, a phrase that ends one word later is kept whole ("outside the old harbour"), otherwise the cut moves back
 * before the last preposition it would split, leaving room in the title for the verb and its object.
 */
function phraseEnd(words: readonly Token[], size: number): number {
  if (PREPOSITIONS.has(words[size].lower)) return size;
  if (words.length - size <= 1) return words.length;
  for (let k = size - 1; k > 0; k--) if (PREPOSITIONS.has(words[k].lower)) return k;
  return size;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Leaves out charged words, replaces charged verbs and drops trailing function words. */
function neutral(words: readonly Token[]): string[] {
  const out = words
    .filter((w) => !CHARGED.has(w.lower) && !ADVERBS.has(w.lower))
    .map((w) => NEUTRAL_VERBS[w.lower] ?? w.text.replace(/[.,]+$/, ''));
  while (out.length && TRAILING.has(out[out.length - 1].toLowerCase())) out.pop();
  return out;
}

/**
 * A short neutral title for a part of a sentence: its subject, verb and the start of its object ("Government forces
 * secured evacuation of remaining civilians"), with the date words, charged words and adverbs left out.
 *
 * @param part - The words of the event, with its date words already taken out.
 */
export function titleFor(part: string): TitleWords {
  const tokens = tokenize(part);
  const verb = findVerb(tokens);
  if (!verb) {
    const words = neutral(tokens.slice(0, MAX_TITLE_WORDS - 2));
    return { title: capitalise(words.join(' ')), verb: '', subject: '', tense: 'none' };
  }
  const subject = neutralSubject(tokens.slice(0, verb.at));
  let end = verb.at + verb.length;
  const main = tokens[end - 1];
  if (CATENATIVE.has(main.lower) && tokens[end]?.lower === 'to' && tokens[end + 1]) end += 2;
  const object: Token[] = [];
  const objectStart = tokens[end]?.lower === 'that' && tokens[end].before === '' ? end + 1 : end;
  for (let i = objectStart; i < tokens.length && object.length < 5; i++) {
    const t = tokens[i];
    if (t.before !== '' || OBJECT_STOPS.has(t.lower)) break;
    object.push(t);
  }
  const words = [...subject, ...neutral([...tokens.slice(verb.at, end), ...object])].slice(0, MAX_TITLE_WORDS);
  while (words.length && TRAILING.has(words[words.length - 1].toLowerCase())) words.pop();
  return { title: capitalise(words.join(' ')), verb: tokens[verb.at + verb.length - 1].lower, subject: subject.join(' '), tense: verb.tense };
}

/** Capitalised words that open a sentence or a quotation without being names. */
const SENTENCE_OPENERS = /^(?:The|A|An|It|They|This|That|These|Those|There|We|I|He|She|What|Our|Their|His|Her|Its|Both|Had|If)$/;

/**
 * A title for a statement: "{speaker} says {the first reported words}", or "{speaker} on {the names it is about}" when
 * those words carry a charged label or do not start a clause of their own.
 *
 * @param speaker - The speaker's short name.
 * @param content - The reported words, without date words.
 * @param isName - Whether a capitalised word is a name (kept capitalised at the start of the reported words).
 * @param plural - Whether the speaker is plural ("Officials say").
 * @param verb - The verb of the title when it is not "says" ("calls" for "called the vote “a turning point”").
 */
export function statementTitle(speaker: string, content: string, isName: (word: string) => boolean = () => false, plural = false, verb?: string): string {
  const tokens = tokenize(content.replace(/^\s*(?:that\s+)/i, ''));
  const first = tokens.slice(0, 7);
  const plain = first.length >= 2 && !first.some((t) => CHARGED.has(t.lower)) && !AUXILIARIES.has(first[0].lower);
  if (!plain) {
    const names = findNameRuns(content, new Set())
      .map((run) => stripTitles(run.text))
      .filter((name) => name !== '' && !isDemonym(name) && !CHARGED.has(name.toLowerCase()) && name !== speaker && !SENTENCE_OPENERS.test(name));
    const topics = [...new Set(names)].slice(0, 2);
    if (topics.length) return `${speaker} on ${topics.join(' and ')}`;
  }
  const words = neutral(tokens.slice(0, 8));
  if (words.length && (SENTENCE_OPENERS.test(words[0]) || (/^\p{Lu}\p{Ll}*$/u.test(words[0]) && !isName(words[0])))) words[0] = words[0].toLowerCase();
  const says = verb ?? (plural ? 'say' : 'says');
  return words.length ? `${speaker} ${says} ${words.join(' ')}` : `${speaker} statement`;
}

const KEYWORDS: Record<Exclude<KnownCategory, 'statement'>, RegExp> = {
  ceasefire: /\b(?:cease-?fires?|truces?|armistices?|cessation of hostilities|humanitarian pause)\b/gi,
  humanitarian: /\b(?:evacuat\w*|civilians?|aid|refugees?|displac\w*|humanitarian|hospitals?|food|medicines?|medical|starv\w*|convoys?|shelters?|famine|relief|crop losses|deliveries|earthquakes?|quakes?|floods?|flooding|drought|disasters?|homeless|homes|tents|housing|reconstruction|epidemic|outbreak|emergency)\b/gi,
  military: /\b(?:army|troops|forces|offensives?|attack\w*|bomb\w*|shell\w*|air ?strikes?|fighting|fought|fighters|captur\w*|seiz\w*|liberat\w*|retook|retak\w*|recaptur\w*|fell|fallen|battles?|killed|militants?|rebels?|clash\w*|sieges?|military|soldiers|insurgents?|separatists?|wounded|dead|weapons|violence|detained|arrested|police)\b/gi,
  diplomacy: /\b(?:talks|negotiat\w*|meetings?|met|summits?|visit\w*|envoys?|ambassadors?|agreements?|deals?|diplomat\w*|mediat\w*|sanctions|conference|peace|treaty|accord|support|allies|delegations?|signed|commission|parliament|lawmakers|voted|vote|votes|elections?|referendum|boycott\w*|opposition|protests?|demonstrat\w*)\b/gi,
};
/** Verbs of a stance rather than an act: a sentence led by one is a statement. */
const STANCE = /\b(?:praised|condemned|welcomed|critici[sz]ed|denounced|accused|rejected|hailed|called for|demanded|pledged|vowed|warned|insisted|blamed|communicated|expressed|reiterated|denied|dismissed)\b/i;

/** A category guess and the words it rests on. */
export interface CategoryGuess {
  category: KnownCategory;
  /** Why, for a review note (the words found, and the other candidates). */
  reason: string;
  /** Whether the guess is weak: no word found, or a tie. */
  weak: boolean;
}

/**
 * Guesses the category of a part of a sentence from its words. A statement (a reporting verb with a speaker, or a verb
 * of stance such as "praised") is `statement` unless what comes before the verb names another kind of event ("met",
 * "meeting").
 *
 * @param part - The words of the event.
 * @param statementVerbAt - Where the reporting verb is in `part`, when it has a speaker; -1 otherwise.
 */
export function guessCategory(part: string, statementVerbAt: number): CategoryGuess {
  const stance = statementVerbAt < 0 ? STANCE.exec(part) : null;
  const verbAt = statementVerbAt >= 0 ? statementVerbAt : stance ? stance.index : -1;
  const scored = score(verbAt >= 0 ? part.slice(0, verbAt) : part);
  if (verbAt >= 0) {
    if (scored[0] && scored[0].count > 0) return { category: scored[0].category, reason: `a statement, but ${describeHits(scored[0])} before the verb`, weak: true };
    return { category: 'statement', reason: 'a statement (reporting verb or verb of stance)', weak: false };
  }
  const [best, second] = scored;
  if (!best) return { category: 'statement', reason: 'no word of any category, so statement', weak: true };
  const tie = second !== undefined && second.count === best.count;
  return {
    category: best.category,
    reason: tie ? `${describeHits(best)}, as many as ${describeHits(second)}` : describeHits(best),
    weak: tie,
  };
}

interface Score {
  category: Exclude<KnownCategory, 'statement'>;
  count: number;
  words: string[];
}

const describeHits = (s: Score) => `${s.category} (${[...new Set(s.words)].join(', ')})`;

function score(text: string): Score[] {
  return (Object.keys(KEYWORDS) as Array<keyof typeof KEYWORDS>)
    .map((category) => {
      const words = [...text.matchAll(KEYWORDS[category])].map((m) => m[0].toLowerCase());
      return { category, count: words.length, words };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}
