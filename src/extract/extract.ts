/**
 * From a news text and its publication day to draft timeline events: sentences, date words resolved against the
 * publication day, speakers, and a neutral title, category, actors and place for each event, with notes for review.
 */
import type { UTCDate } from '@date-fns/utc';
import { ARTICLE_SPEAKER } from '../data/syria-events.js';
import type { Category, TimelineEvent } from '../data/types.js';
import { approximate, dayText, edtf, lastDay, parseDay, shift } from './calendar.js';
import {
  earliestYear, findDateMentions, joinChecks, resolveMention, type Anchor, type Confidence, type DateMention, type Resolution,
} from './dates.js';
import { guessCategory, isPastVerb, statementTitle, titleFor, type CategoryGuess } from './draft.js';
import { capitalisedInside, findNameRuns, findPlace, isDemonym, shortName, stripTitles, type NameRun } from './names.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findSpeaker, type SpeakerFound } from './speakers.js';

/** Options of {@link extractEvents}. */
export interface ExtractOptions {
  /** The day the text was published, as `YYYY-MM-DD`: relative dates ("last week", "on Monday") count from it. Required. */
  published: string;
  /** The title of the text, copied to each event's `source.title`. */
  title?: string;
  /** The language of the text. Only `'en'` (English, the default) is supported for now. */
  locale?: 'en';
}

/** A review note: how one draft event's date was found, how sure it is, and what a person should check. */
export interface ExtractNote {
  /** The id of the draft event the note is about; absent for a note about words that gave no event. */
  id?: string;
  /** The number of the sentence in the text, from 1. */
  sentence: number;
  /** The date words found, verbatim (`Late last year`), or `''` when the sentence has none and the date comes from context. */
  found: string;
  /** The date the words resolved to: the EDTF start, or `start/end` for a span; `''` when they gave no date. */
  resolved: string;
  /** How the date was worked out, in a sentence. */
  how: string;
  /** How sure the date is: `high` when the words name it, `medium` when a rule filled in a year or counted from the publication day, `low` when it comes from context. */
  confidence: Confidence;
  /** What a person should check before publishing the event (the date, the speaker, the category), or `''` when nothing was a guess. */
  check: string;
}

/** What {@link extractEvents} returns: the draft events and one review note for each (and for words that gave none). */
export interface ExtractResult {
  /** The draft events, in the order of the text. They validate against `schema.json`. */
  events: TimelineEvent[];
  /** The review notes, in the order of the text. */
  notes: ExtractNote[];
}

/** Thrown by {@link extractEvents} for bad options or input, with a message a person can act on. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}

/** The speaker of a draft event whose sentence has none: the publication's own narration. */
export const NARRATION_SPEAKER = ARTICLE_SPEAKER;

/** The most actors a draft event lists. */
const MAX_ACTORS = 6;
/** How many sentences back a relative date ("later", "Earlier") or a sentence without a date looks for its reference. */
const LOOKBACK_SENTENCES = 2;
/** How recent a date before a statement without one must be for the statement to take it, in days before publication. */
const RECENT_DAYS = 7;
/** Whether a past date ends within {@link RECENT_DAYS} of the publication day. */
const isRecent = (date: Pick<Anchor, 'start' | 'end'>, published: UTCDate) =>
  lastDay(date.end ?? date.start).getTime() >= shift(published, 'day', -RECENT_DAYS).getTime();
const FUTURE = /\b(?:will|won['’]t|shall)\b|['’]ll\b|\b(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going|slated|planned|poised)\s+to\b|\b(?:is|are)\s+to\b|\b(?:is|are|was|were)\s+(?:un)?likely\b|\bupcoming\b|\bplans?\s+to\b/i;
/**
 * "could", "might", "may" (in lower case: "May" is a month), and the reported future "would", "should", before a verb,
 * but not "could have" or "would have".
 */
const MODAL = /\b(?:could|might|may|would|should)\s+(?!have\b)[a-z]+/;

/**
 * Whether date words speak of the future, from the verb nearest before them in their clause ("warned on Tuesday
 * that storms could hit over the weekend": Tuesday is past, the weekend to come), else the first verb after them.
 */
function tenseIsFuture(text: string, clauseStart: number, from: number, to: number): boolean {
  const markers = (part: string, offset: number) => {
    const future = [...part.matchAll(new RegExp(FUTURE.source, 'gi')), ...part.matchAll(new RegExp(MODAL.source, 'g'))].map((m) => ({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      future: true,
    }));
    // a past form inside a future verb group ("will remain closed", "is expected to be delayed") is part of it
    const past = [...part.matchAll(PAST_VERB)]
      .filter((m) => isPastVerb(m[0], part.slice(0, m.index)))
      .map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, future: false }))
      .filter((p) => !future.some((f) => p.start >= f.start && p.start - f.end <= FUTURE_GROUP_CHARS));
    return [...future, ...past].sort((a, b) => a.start - b.start);
  };
  const before = markers(text.slice(clauseStart, from), clauseStart);
  if (before.length) return before[before.length - 1].future;
  return markers(text.slice(to), to)[0]?.future ?? false;
}

/** How far after "will" or "is expected to" a past form still belongs to the same verb group, in characters. */
const FUTURE_GROUP_CHARS = 16;
const PAST_VERB = /(?<![\p{L}\-])(?:said|was|were|had|did|told|[a-z]{3,}ed)\b/gu;
/** A verb of intent before a deadline in its clause ("promised a review by the end of July"): the date is to come. */
const PROMISE = /\b(?:ordered|orders?|required|requires?|instructed|promised|pledged|vowed|planned|plans|aims?|aimed|expects?|expected|hopes?|hoped|intends?|intended|undertook|agreed to)\b[^.;]*$/i;
const PAST = /\b(?:said|was|were|had|did|told|[a-z]{3,}ed)\b/;
const PERFECT = /\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b/i;
/** A length of time that goes on from the date before it: "began on Monday and continued for five days". */
const CONTINUES = /\b(?:and|then)\s+(?:continued|lasted|went on|remained|stayed|ran)\b/i;
const BACKGROUND = /\b(?:which|who|whom|whose|when|where|had|since|onset)\b/i;
/** Marks that end a clause; a comma inside a number ("1,000 passengers") is none. */
const CLAUSE_MARK = /[;:—–()“”"]|,(?!\d{3}\b)/g;

/** One date of a sentence, resolved. */
interface Dated {
  mention: DateMention;
  date: Resolution;
  /** A date in a side clause ("which had fallen … back in 2012"), which later relative words do not count from. */
  background: boolean;
}

/** What the extractor remembers from sentence to sentence. */
interface State {
  published: UTCDate;
  options: ExtractOptions;
  namesInText: Set<string>;
  storyStart: number | undefined;
  /** The past date each earlier sentence offers to a sentence without date words after it, if any. */
  anchors: Array<Anchor | undefined>;
  /** The last date of each earlier sentence, past or to come, that relative words after it ("soon afterwards") count from. */
  nearest: Array<Anchor | undefined>;
  /** The last past date of each earlier sentence within {@link RECENT_DAYS} of publication: the news a statement without a date comments on. */
  recent: Array<Anchor | undefined>;
  /** Full names met so far ("Jonas Berg"), that a surname alone ("according to Berg") stands for. */
  fullNames: string[];
  /** The subject of the last sentence, that "it" or "they" in a title stands for. */
  lastSubject: string | undefined;
  lastNamed: string | undefined;
  /** The day each named speaker was last reported speaking on. */
  speakerDays: Map<string, Anchor>;
  people: Set<string>;
  ids: Set<string>;
  events: TimelineEvent[];
  notes: ExtractNote[];
}

/**
 * Drafts timeline events from a news text and its publication day, for a person to review. Pure: no network, no
 * model, the same output for the same input, in Node and in browsers.
 *
 * Each datable sentence gives one event per date it names ("Late last year …, which had fallen … back in 2012"
 * gives two); the same date twice gives one. Dates are EDTF, never more precise than the words ("late last year" is
 * `2016-36~`, "last week" a span of that week, "soon afterwards" about the date before it). A sentence with a speaker
 * but no date is dated by when that speaker was last reported speaking, else about the publication day; a sentence
 * that tells a past event without a date takes, approximately, the date of the sentences just before it. Every
 * event keeps its sentence verbatim in `source.quote`, with its speaker (or {@link NARRATION_SPEAKER}), and has
 * `needsReview: true` with a `reviewNote` wherever a choice was a guess.
 *
 * @param text - The text: plain text, paragraphs on lines of their own. English only.
 * @param options - The publication day (required), the text's title, the language.
 * @throws {ExtractError} When `text` is not a string, or `published` is not a `YYYY-MM-DD` date, or the language is not English.
 */
export function extractEvents(text: string, options: ExtractOptions): ExtractResult {
  const published = checkOptions(text, options);
  const sentences = splitSentences(text);
  const datelines = sentences.map((s, i) => (i === 0 || sentences[i - 1].paragraph !== s.paragraph ? datelineLength(s.text) : 0));
  const mentions = sentences.map((s, i) => (s.heading ? [] : findDateMentions(s.text).filter((m) => m.index >= datelines[i])));
  const state: State = {
    published,
    options,
    namesInText: capitalisedInside(sentences.map((s) => s.text)),
    storyStart: earliestYear(mentions.flat()),
    anchors: [],
    nearest: [],
    recent: [],
    fullNames: [],
    lastSubject: undefined,
    lastNamed: undefined,
    speakerDays: new Map(),
    people: new Set(),
    ids: new Set(),
    events: [],
    notes: [],
  };
  sentences.forEach((sentence, i) => readSentence(sentence, i, datelines[i], mentions[i], state));
  return { events: state.events, notes: state.notes };
}

function checkOptions(text: unknown, options: ExtractOptions | undefined): UTCDate {
  if (typeof text !== 'string') throw new ExtractError(`the text must be a string, but got ${text === null ? 'null' : typeof text}`);
  if (!options || typeof options !== 'object') throw new ExtractError('options are required: { published: "YYYY-MM-DD" }');
  const { published, locale, title } = options;
  if (published === undefined || published === null || published === '') {
    throw new ExtractError('the publication date is required (published: "YYYY-MM-DD"): relative dates count from it');
  }
  const day = typeof published === 'string' ? parseDay(published) : undefined;
  if (!day) {
    throw new ExtractError(`the publication date must be a day written YYYY-MM-DD, such as 2017-01-18, but got ${JSON.stringify(String(published)).slice(0, 40)}`);
  }
  if (locale !== undefined && locale !== 'en') throw new ExtractError(`only English text (locale "en") can be read for now, not ${JSON.stringify(String(locale)).slice(0, 20)}`);
  if (title !== undefined && typeof title !== 'string') throw new ExtractError('the title must be a string');
  return day;
}

/**
 * A dateline opens a report with the place and day it was filed ("BELVAR, June 16 —"): its date is the filing day, not
 * an event. The length of the dateline at the start of `text`, or 0.
 */
function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?,\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s*/u;

function readSentence(sentence: Sentence, i: number, dateline: number, mentions: readonly DateMention[], state: State): void {
  if (sentence.heading) return;
  const text = sentence.text;
  const runs = findNameRuns(text, state.namesInText);
  const speaker = withFullName(findSpeaker(text, runs, state.lastNamed), state.fullNames);
  if (speaker?.named) {
    state.lastNamed = speaker.name;
    state.people.add(speaker.name);
  }
  for (const run of runs) {
    const name = stripTitles(run.text);
    if (name.includes(' ') && !isDemonym(name)) state.fullNames.push(name);
  }
  const lookback = anchorBefore(i, state.anchors);
  const dated = resolveAll(text, i, dateline, mentions, anchorBefore(i, state.nearest), state);

  const anchorOf = (d: Dated | undefined): Anchor | undefined => d && { start: d.date.start, ...(d.date.end && { end: d.date.end }), words: d.mention.text.trim() };
  const counted = dated.filter((d) => !d.background && d.date.anchorable);
  const main = counted.filter((d) => lastDay(d.date.end ?? d.date.start).getTime() <= state.published.getTime());
  const last = main[main.length - 1];
  state.anchors[i] = anchorOf(last);
  state.nearest[i] = anchorOf(counted[counted.length - 1]);
  state.recent[i] = anchorOf([...main].reverse().find((d) => isRecent(d.date, state.published)));
  if (speaker?.named && last && !last.date.end && edtf(last.date.start).precision === 'day') {
    state.speakerDays.set(speaker.name, state.anchors[i]!);
  }

  if (dated.length === 0) {
    // date words that are no date ("February 30") have a note; the sentence is left to the reader
    if (mentions.length === 0) readUndated(sentence, i, dateline, runs, speaker, lookback, state);
    return;
  }
  // "Varga said the government had spent the money pledged at a conference in April": April dates the conference,
  // and the statement is an event of its own, dated as a sentence without date words.
  const contentStart = speaker && !speaker.contentFirst ? reportedStart(text, speaker) : text.length;
  const reported = (d: Dated) => d.mention.index >= contentStart && d.mention.index > speaker!.verbEnd + 1;
  if (dated.every(reported)) readUndated(sentence, i, dateline, runs, speaker, lookback, state);
  const bounds = segmentBounds(text, dated);
  bounds[0] = dateline;
  // "Earlier, the weather service said more rain was likely over the weekend": the saying keeps its speaker and verb
  for (let k = 0; k + 1 < dated.length; k++) {
    if (!reported(dated[k]) && reported(dated[k + 1]) && dated[k].mention.index < speaker!.verbIndex) bounds[k + 1] = Math.max(bounds[k + 1], contentStart);
  }
  dated.forEach((d, k) => {
    addEvent(state, {
      sentence,
      index: i,
      segment: [reported(d) ? Math.max(bounds[k], contentStart) : bounds[k], bounds[k + 1]],
      mentions: dated.map((x) => x.mention),
      runs,
      speaker,
      date: d.date,
      found: d.mention.text.trim(),
      namesInText: state.namesInText,
      mention: d.mention,
    });
  });
  state.lastSubject = subjectOf(text, true) ?? state.lastSubject;
}

/**
 * A speaker named by a surname alone ("Halvorsen told reporters", "according to Berg") is the person named in full
 * before it ("Environment Minister Petra Halvorsen"), the latest one with that surname.
 */
function withFullName(speaker: SpeakerFound | undefined, fullNames: readonly string[]): SpeakerFound | undefined {
  if (!speaker?.named || speaker.name.includes(' ')) return speaker;
  const full = [...fullNames].reverse().find((name) => name.endsWith(` ${speaker.name}`));
  return full ? { ...speaker, name: full } : speaker;
}

const PRONOUN_SUBJECT = /^(?:he|she|it|they)$/i;

/**
 * The subject of a clause of `text` that is not a pronoun: of the last clause that has one ("the city council" in "…
 * ruled that the city council had acted unlawfully when"), or with `first`, of the first.
 */
function subjectOf(text: string, first = false): string | undefined {
  const cuts = [0, ...[...text.matchAll(/\b(?:that|which|after|when|because|and|but)\s+/gi)].map((m) => m.index + m[0].length), text.length];
  const clauses = cuts.slice(0, -1).map((cut, k) => text.slice(cut, cuts[k + 1]));
  for (const clause of first ? clauses : clauses.reverse()) {
    const { subject } = titleFor(clause);
    if (subject && !PRONOUN_SUBJECT.test(subject.split(' ')[0])) return subject;
  }
  return undefined;
}

/**
 * Where the reported words start: after "that" when it comes within a few words of the reporting verb ("said on
 * Thursday that …"), else right after the verb. Date words next to the verb date the saying, not what is said.
 */
function reportedStart(text: string, speaker: SpeakerFound): number {
  const after = text.slice(speaker.verbEnd);
  const that = /^(?:\s+\S+){0,8}?\s+that\s+/.exec(after);
  return speaker.verbEnd + (that ? that[0].length : 1);
}

/** The date that sentence `i` counts from: the last date that `anchors` keeps of the sentences just before it. */
function anchorBefore(i: number, anchors: ReadonlyArray<Anchor | undefined>): Anchor | undefined {
  for (let j = i - 1; j >= 0 && j >= i - LOOKBACK_SENTENCES; j--) {
    if (anchors[j]) return anchors[j];
  }
  return undefined;
}

/**
 * What a sentence that opens with "Earlier," counts from. In news style it is earlier than the news reported, about
 * the publication day, unless the sentence before tells a past day of the same story (within a week of publication).
 */
function earlierAnchor(i: number, state: State): Anchor | undefined {
  const before = state.anchors[i - 1];
  if (!before) return undefined;
  return isRecent(before, state.published) ? before : undefined;
}

function resolveAll(text: string, index: number, dateline: number, mentions: readonly DateMention[], lookback: Anchor | undefined, state: State): Dated[] {
  const dated: Dated[] = [];
  for (const mention of mentions) {
    const [from, to] = clauseAround(text, mention.index, mention.index + mention.text.length);
    const clause = text.slice(from, to);
    const deadline = /^by\b/i.test(mention.text) && PROMISE.test(text.slice(from, mention.index));
    const future = tenseIsFuture(text, from, mention.index, mention.index + mention.text.length) || deadline;
    const previous = dated[dated.length - 1]?.date;
    const inSentence = [...dated].reverse().find((d) => !d.background && d.date.anchorable);
    const opensSentence = /^earlier$/i.test(mention.text.trim()) && text.slice(dateline, mention.index).trim() === '';
    const date = resolveMention(mention, {
      opensSentence,
      published: state.published,
      future,
      perfect: PERFECT.test(clause),
      continues: previous !== undefined && CONTINUES.test(text.slice(dated[dated.length - 1].mention.index, mention.index)),
      anchor: inSentence ? { start: inSentence.date.start, ...(inSentence.date.end && { end: inSentence.date.end }), words: inSentence.mention.text.trim() } : opensSentence ? earlierAnchor(index, state) : lookback,
      previous,
      storyStart: state.storyStart,
    });
    if (!date) continue;
    if ('error' in date) {
      state.notes.push({ sentence: index + 1, found: mention.text.trim(), resolved: '', how: 'not a date', confidence: 'low', check: `${date.error}: the words give no event` });
      continue;
    }
    const background = BACKGROUND.test(text.slice(from, mention.index));
    const same = dated.find((d) => d.date.start === date.start && d.date.end === date.end);
    if (same) continue;
    const neighbour = dated[dated.length - 1];
    if (neighbour && adjacent(text, neighbour.mention, mention) && overlaps(neighbour.date, date)) {
      if (width(date) < width(neighbour.date)) dated[dated.length - 1] = { mention, date, background };
      continue;
    }
    dated.push({ mention, date, background });
  }
  return dated;
}

/** Whether two dates are the same event's: next to each other, with at most a few words and no verb between them. */
function adjacent(text: string, a: DateMention, b: DateMention): boolean {
  const gap = text.slice(a.index + a.text.length, b.index);
  return gap.trim().split(/\s+/).filter(Boolean).length <= 2 && !PAST.test(gap) && !FUTURE.test(gap);
}

const windowOf = (d: Resolution): [number, number] => [
  d.start === '..' ? -Infinity : edtf(d.start).minMs,
  d.end === '..' ? Infinity : edtf(d.end ?? d.start).maxMs,
];
const overlaps = (a: Resolution, b: Resolution) => {
  const [a0, a1] = windowOf(a);
  const [b0, b1] = windowOf(b);
  return a0 <= b1 && b0 <= a1;
};
const width = (d: Resolution) => {
  const [a, b] = windowOf(d);
  return b - a;
};

/** The clause a stretch of a sentence is in: from the clause mark before it to the one after it. */
function clauseAround(text: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const mark of text.matchAll(CLAUSE_MARK)) {
    if (mark.index < from) start = mark.index + 1;
    else if (mark.index >= to) {
      end = mark.index;
      break;
    }
  }
  return [start, end];
}

/**
 * Where the parts of a sentence with several dates begin and end: each date owns the words from the last clause mark
 * after the previous date (or, with none, from the end of the previous date) up to where the next part begins.
 */
function segmentBounds(text: string, dated: readonly Dated[]): number[] {
  const bounds = [0];
  for (let k = 1; k < dated.length; k++) {
    const previousEnd = dated[k - 1].mention.index + dated[k - 1].mention.text.length;
    const next = dated[k].mention.index;
    let cut = -1;
    for (const mark of text.slice(previousEnd, next).matchAll(/[;:—–(]|,(?!\d{3}\b)/g)) cut = previousEnd + mark.index + 1;
    bounds.push(cut < 0 ? previousEnd : cut);
  }
  bounds.push(text.length);
  return bounds;
}

/** A sentence without date words: a statement, or a past event told in the narration, dated from context. */
function readUndated(sentence: Sentence, i: number, dateline: number, runs: readonly NameRun[], speaker: SpeakerFound | undefined, lookback: Anchor | undefined, state: State): void {
  const published = dayText(state.published);
  let date: Resolution;
  if (speaker) {
    const day = speaker.named ? state.speakerDays.get(speaker.name) : undefined;
    // "About 300 ships have been delayed, according to …": words of now are about the publication day, not the date before
    const ofNow = ['present', 'perfect'].includes(titleFor(speaker.content).tense);
    // a statement comments on the news: the nearest recent date of the sentences before it, never one years away
    const recent = ofNow ? undefined : anchorBefore(i, state.recent);
    const check = 'the sentence has no date: check when this was said';
    date = day
      ? { start: approximate(day.start), how: `no date in the sentence: ${speaker.name} was last reported speaking ${day.words} (${day.start})`, confidence: 'low', check, anchorable: false }
      : recent
        ? { start: approximate(recent.start), ...(recent.end && { end: approximate(recent.end) }), how: `no date in the sentence: about the news it comments on, the nearest recent date before it (${quoteWords(recent.words)}, ${recent.start})`, confidence: 'low', check, anchorable: false }
        : { start: approximate(published), how: 'no date in the sentence: a statement, about the publication day', confidence: 'low', check, anchorable: false };
  } else {
    const { tense } = titleFor(sentence.text);
    if (tense !== 'past') return;
    date = lookback
      ? {
          start: approximate(lookback.start),
          ...(lookback.end && { end: approximate(lookback.end) }),
          how: `no date in the sentence: about the date of the sentence before it (${quoteWords(lookback.words)}, ${lookback.start})`,
          confidence: 'low',
          check: 'the sentence has no date: check that it belongs with the one before it',
          anchorable: false,
        }
      : { start: approximate(published), how: 'no date in the sentence, and none just before it: about the publication day', confidence: 'low', check: 'the sentence has no date: check when it happened', anchorable: false };
  }
  addEvent(state, { sentence, index: i, segment: [dateline, sentence.text.length], mentions: [], runs, speaker, date, found: '', namesInText: state.namesInText });
}

const quoteWords = (words: string) => `“${words}”`;

interface Draft {
  sentence: Sentence;
  index: number;
  segment: [number, number];
  mentions: readonly DateMention[];
  runs: readonly NameRun[];
  speaker: SpeakerFound | undefined;
  date: Resolution;
  found: string;
  /** Words the text capitalises inside sentences (names). */
  namesInText: ReadonlySet<string>;
  /** The date words of the event, when it has some. */
  mention?: DateMention;
}

function addEvent(state: State, draft: Draft): void {
  const { sentence, segment, speaker, date } = draft;
  const text = sentence.text;
  const [from, to] = segment;
  const part = withoutMentions(text, from, to, draft.mentions);
  const speaks = speaker !== undefined && speaker.verbIndex >= from && speaker.verbIndex < to;
  const reasons: string[] = [];
  const worded = speaks ? wordStatement(draft, part, speaker) : wordNarration(draft, part, reasons);
  const { category } = worded;
  const title = namePronoun(worded.title, text, from, state, reasons);

  const runs = draft.runs.filter((r) => r.index >= from && r.end <= to);
  const place = findPlace(text, runs, state.people);
  const actors = actorsOf(runs, speaks ? speaker : undefined, place);

  if (date.check) reasons.push(date.check);
  else if (date.confidence !== 'high') reasons.push('the date is worked out from the words, not written: check it');
  if (speaker?.guess) reasons.push(speaker.guess);
  if (category.weak) reasons.push(`category guessed: ${category.reason}`);
  if (speaks && speaker.contentFirst && category.category !== 'statement') reasons.push(`told by ${speaker.name}: check that the event is theirs to tell`);
  const reviewNote = joinChecks(...new Set(reasons));

  const id = uniqueId(title, date.start, state.ids);
  const event: TimelineEvent = {
    id,
    title,
    start: date.start,
    ...(date.end !== undefined && { end: date.end }),
    ...(draft.found && { dateLabel: draft.found }),
    category: category.category as Category,
    ...(actors.length > 0 && { actors }),
    ...(place && { place }),
    source: {
      quote: text,
      speaker: speaker?.name ?? NARRATION_SPEAKER,
      ...(state.options.title && { title: state.options.title }),
      published: state.options.published,
    },
    needsReview: reviewNote !== '',
    ...(reviewNote && { reviewNote: reviewNoteOf(date, reviewNote) }),
  };
  state.events.push(event);
  state.notes.push({
    id,
    sentence: draft.index + 1,
    found: draft.found,
    resolved: date.end ? `${date.start}/${date.end}` : date.start,
    how: date.how,
    confidence: date.confidence,
    check: reviewNote,
  });
}

/**
 * A title never opens with a pronoun: "he" or "she" is the last named speaker, "it" or "they" the subject of the
 * clause before it in the sentence ("… that the city council had acted unlawfully when it closed …") or of the
 * sentence before. With neither, the pronoun is left out and the title flagged.
 */
function namePronoun(title: string, text: string, from: number, state: State, reasons: string[]): string {
  const pronoun = /^(\S+)\s+(.*)$/s.exec(title);
  if (!pronoun || !PRONOUN_SUBJECT.test(pronoun[1])) return title;
  const personal = /^(?:he|she)$/i.test(pronoun[1]);
  const at = new RegExp(`\\b${pronoun[1]}\\b`, 'i').exec(text.slice(from));
  const subject = personal
    ? state.lastNamed && shortName(state.lastNamed)
    : subjectOf(text.slice(0, at ? from + at.index : from)) ?? state.lastSubject;
  if (subject) return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${pronoun[2]}`;
  reasons.push(`the title's subject is “${pronoun[1]}”: name it`);
  return `${pronoun[2].charAt(0).toUpperCase()}${pronoun[2].slice(1)}`;
}

/** The review note of a draft event: how its date was worked out, when that was not read off the words, and what to check. */
function reviewNoteOf(date: Resolution, checks: string): string {
  return date.confidence === 'high' ? checks : joinChecks(`date: ${date.how}`, checks);
}

/** The title and category of a part of a sentence told by the narration. */
function wordNarration(draft: Draft, part: string, reasons: string[]): { title: string; category: CategoryGuess } {
  const { sentence, segment } = draft;
  const focus = subordinateClause(sentence.text, segment, draft.mention);
  if (focus) {
    const found = titleFor(withoutMentions(sentence.text, focus[0], focus[1], draft.mentions));
    if (found.verb) return { title: found.title, category: guessCategory(part, -1) };
  }
  let words = part;
  const relative = /^(?:which|who|that)\s+/i.exec(part);
  const conjunction = /^(?:and|but|then)\s+/i.exec(part);
  const infinitive = /^to\s+(?=\p{Ll})/u.exec(part);
  const mainSubject = () => titleFor(withoutMentions(sentence.text, 0, segment[0], draft.mentions)).subject;
  if (infinitive && mainSubject()) {
    // "Councillors voted on Tuesday to ban large cruise ships … from next summer": the act of the main clause's subject
    const found = titleFor(`${mainSubject()} ${part.slice(infinitive[0].length)}`);
    return { title: found.title, category: guessCategory(part, -1) };
  }
  const reportedClause = /^(?:and|but)\s+that\s+/i.exec(part);
  if (reportedClause) {
    // "… said X would open in 2026, and that talks with operators would resume next week": a clause with its own subject
    words = part.slice(reportedClause[0].length);
  } else if (relative) {
    const antecedent = [...draft.runs].reverse().find((run) => run.end <= segment[0]);
    if (antecedent) words = `${antecedent.text} ${part.slice(relative[0].length)}`;
  } else if (conjunction) {
    const before = withoutMentions(sentence.text, 0, segment[0], draft.mentions);
    const earlier = titleFor(before);
    const rest = part.slice(conjunction[0].length);
    // "Talks collapsed in May and again in August": a second date without a verb of its own shares the event
    if (!titleFor(part.split(/[,;]/)[0]).verb && earlier.verb) return { title: earlier.title, category: guessCategory(part, -1) };
    // "Sorn denied any wrongdoing on Tuesday and promised a review by July": the subject is the one before "and",
    // that of the last clause before it ("She added that work … would begin in March and should be finished …"), but
    // "… on Saturday, and most were allowed to return" has a subject of its own
    const opensWithVerb = titleFor(`It ${rest}`).subject === 'It';
    // after a comma, "and" joins the main clause ("The court ruled …, and ordered …"); without, the last clause
    const subject = /,\s*$/.test(sentence.text.slice(0, segment[0])) ? earlier.subject : subjectOf(before) ?? earlier.subject;
    if (!opensWithVerb) words = rest;
    else if (subject) words = `${subject} ${rest}`;
  }
  const found = titleFor(words);
  if (!found.verb) reasons.push('no verb found: the title is the first words of the sentence');
  const title = found.title.split(/\s+/).length >= 2 ? found.title : sentence.text.split(/\s+/).slice(0, 8).join(' ');
  return { title, category: guessCategory(part, -1) };
}

/**
 * The title and category of a part of a sentence that a speaker tells. Words that come before the speaker and tell a
 * past or coming event ("On Monday, a convoy reached Kessa, the Red Cross said") are that event, attributed; quoted
 * or other words are a statement ("Brenn says the two sides had agreed"), unless what comes before a reporting verb
 * names an act ("Khamis met with Velayati, who said…").
 */
function wordStatement(draft: Draft, part: string, speaker: SpeakerFound): { title: string; category: CategoryGuess } {
  const { sentence, segment, mentions } = draft;
  const text = sentence.text;
  const short = shortName(speaker.name);
  const told = speaker.contentFirst && speaker.speakerIndex > segment[0] ? withoutMentions(text, segment[0], speaker.speakerIndex, mentions) : '';
  if (told.split(/\s+/).length >= 3 && !/^[“"‘]/.test(told)) {
    const focus = subordinateClause(text, [segment[0], speaker.speakerIndex], draft.mention);
    const focused = focus && titleFor(withoutMentions(text, focus[0], focus[1], mentions));
    const found = focused?.verb ? focused : titleFor(told);
    if (found.tense === 'past' || found.tense === 'future' || found.tense === 'perfect') {
      return { title: found.title, category: guessCategory(told, -1) };
    }
  }
  const sceneText = text.slice(segment[0], Math.min(speaker.speakerIndex, speaker.verbIndex));
  const hasScene = /^\W*(?:in|at|during|after|on)\s/i.test(sceneText) || titleFor(sceneText).tense === 'past';
  const category: CategoryGuess = speaker.contentFirst || !hasScene
    ? { category: 'statement', reason: 'a statement', weak: false }
    : guessCategory(part, positionIn(text, segment[0], segment[1], mentions, Math.min(speaker.speakerIndex, speaker.verbIndex)));
  if (category.category === 'statement') {
    const content = withoutMentions(speaker.content, 0, speaker.content.length, findDateMentions(speaker.content));
    const plural = !speaker.named && /[^s]s$/i.test(speaker.name);
    return { title: statementTitle(short, content.replace(/[“”"]/g, ''), (word) => draft.namesInText.has(word), plural, speaker.titleVerb), category };
  }
  const scene = withoutMentions(text, segment[0], Math.min(speaker.speakerIndex, speaker.verbIndex), mentions).replace(/,?\s*who\s*$/, '').replace(/[,\s]+$/, '');
  const found = titleFor(scene);
  if (found.verb) return { title: found.title, category };
  const phrase = scene.replace(/^(?:in|at|during|after|on)\s+(?:a|an|the|his|her|their)?\s*/i, '');
  return { title: `${short} ${phrase}`.split(/\s+/).slice(0, 10).join(' '), category };
}

/**
 * The subordinate clause that holds an event's date words, when a main clause with a verb comes before it: in "The
 * announcement came after troops clashed near Kessa last week", the event of "last week" is "troops clashed near
 * Kessa". Returns its bounds in the sentence, or `undefined`.
 */
function subordinateClause(text: string, segment: readonly [number, number], mention: DateMention | undefined): [number, number] | undefined {
  if (!mention || mention.index < segment[0] || mention.index >= segment[1]) return undefined;
  const [clauseStart, clauseEnd] = clauseAround(text, mention.index, mention.index + mention.text.length);
  const from = Math.max(segment[0], /,\s*(?:and|but)\s+[^,]*$/.test(text.slice(segment[0], mention.index)) ? segment[0] : clauseStart);
  const before = text.slice(from, mention.index);
  const subordinator = [...before.matchAll(/\b(?:after|when|as|before|while|because|once|until|where)\s+|,\s*(?:and|but)\s+/gi)].pop();
  if (!subordinator || subordinator.index === 0) return undefined;
  if (titleFor(before.slice(0, subordinator.index)).tense === 'none') return undefined;
  return [from + subordinator.index + subordinator[0].length, Math.min(segment[1], clauseEnd)];
}

/** The text of `text.slice(from, to)` with the date words taken out. */
function withoutMentions(text: string, from: number, to: number, mentions: readonly DateMention[]): string {
  let out = '';
  let at = from;
  for (const m of mentions) {
    const start = Math.max(m.index, from);
    const end = Math.min(m.index + m.text.length, to);
    if (end <= start) continue;
    out += text.slice(at, start);
    at = end;
  }
  return (out + text.slice(at, to)).replace(/\s+([,.;:])/g, '$1').replace(/\s{2,}/g, ' ').replace(/^[\s,;:]+/, '');
}

/** Where `index` of the sentence falls in the part made by {@link withoutMentions}. */
function positionIn(text: string, from: number, to: number, mentions: readonly DateMention[], index: number): number {
  return withoutMentions(text, from, Math.min(index, to), mentions).length;
}

function actorsOf(runs: readonly NameRun[], speaker: SpeakerFound | undefined, place: string | undefined): string[] {
  const names = runs
    .map((r) => stripTitles(r.text))
    .filter((name) => name !== '' && !isDemonym(name) && name !== place && !place?.endsWith(` ${name}`));
  if (speaker?.named) names.unshift(speaker.name);
  const unique: string[] = [];
  for (const name of names) {
    if (!unique.some((u) => u === name || u.endsWith(` ${name}`))) unique.push(name);
  }
  return unique.slice(0, MAX_ACTORS);
}

/** A slug of the title and start ("army-retakes-aleppo-2016-36"), made unique with `-2`, `-3`… */
function uniqueId(title: string, start: string, ids: Set<string>): string {
  const slug = (value: string) => value.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  const base = [slug(title).split('-').slice(0, 6).join('-'), slug(start)].filter(Boolean).join('-') || 'event';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}
