/**
 * Date words in English news text: finding them in a sentence, and resolving them against the publication day
 * (or an earlier date of the text) to EDTF dates no more precise than the words.
 *
 * The grammar is a list of rules, each a regular expression over one sentence and a resolver. Where rules overlap,
 * the longest words win ("late last year" over "last year", "on Monday, January 16, 2017" over "Monday").
 */
import type { UTCDate } from '@date-fns/utc';
import {
  approximate, coveringDate, dayText, firstDay, isApproximate, lastDay, makeDay, monthOf, monthText, mondayOf,
  nearestWeekday, shift, yearText, edtf, type Unit,
} from './calendar.js';
import { addDays } from 'date-fns/addDays';

/** How sure a resolution is: `high` when the words name the date, `medium` when a rule fills in a year or a reference, `low` when it is a guess from context. */
export type Confidence = 'high' | 'medium' | 'low';

/** Date words found in a sentence. */
export interface DateMention {
  /** The words, verbatim. */
  text: string;
  /** Where they start in the sentence. */
  index: number;
  /** The rule that found them. */
  rule: string;
  /** The rule's named parts (`prep`, `month`, `weekday`…). */
  parts: Readonly<Record<string, string | undefined>>;
  /** For a range ("from 2012 to 2014"), its two ends. */
  range?: readonly [DateMention, DateMention];
}

/** A date that later relative words ("later", "the next day") are counted from. */
export interface Anchor {
  /** Its EDTF start. */
  start: string;
  /** Its EDTF end, for a closed span ("last week"). */
  end?: string;
  /** The words it came from, to explain a resolution ("Late last year"). */
  words: string;
}

/** What a mention resolves to. */
export interface Resolution {
  /** EDTF start (or `..`). */
  start: string;
  /** EDTF end (or `..`) for a span. */
  end?: string;
  /** How the date was worked out, as a phrase ("the nearest Wednesday on or before the publication day"). */
  how: string;
  /** How sure the resolution is. */
  confidence: Confidence;
  /** What a person should check, or `''`. */
  check: string;
  /** Whether later relative words may count from this date: a past date or closed span, not an open one. */
  anchorable: boolean;
}

/** What a resolver knows besides the words. */
export interface ResolveContext {
  /** The publication day. */
  published: UTCDate;
  /** Whether the clause is about the future ("will be held"), which moves a weekday or a month forward. */
  future: boolean;
  /** The date that relative words count from, when the text has one close before. */
  anchor?: Anchor;
  /** The date before this one in the same sentence. */
  previous?: Resolution;
  /** The earliest year the text names, as the start of "from the start". */
  storyStart?: number;
  /** Whether a length of time goes on from the date before it ("began on Monday and continued for five days"). */
  continues?: boolean;
  /** Whether the clause is in the present perfect ("has lasted for two years"): a length of time runs up to now. */
  perfect?: boolean;
  /** A year that a month or day without one takes (from the other end of a range). */
  yearHint?: number;
  /** Whether the words open their sentence ("Earlier, …"): in news style, before the news reported. */
  opensSentence?: boolean;
}

/** A mention that cannot be a date ("February 30"): the reason, for a review note. */
export interface Unresolvable {
  error: string;
}

type Resolver = (parts: Readonly<Record<string, string | undefined>>, ctx: ResolveContext) => Resolution | Unresolvable | null;

interface Rule {
  name: string;
  pattern: RegExp;
  resolve: Resolver;
}

// ------------------------------------------------------------------ words

/** `word` with its first letter in either case: sentence-initial words are capitalised. */
const anyCase = (word: string) => `[${word[0].toUpperCase()}${word[0].toLowerCase()}]${word.slice(1)}`;
const oneOf = (...words: string[]) => `(?:${words.map(anyCase).join('|')})`;

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d,]\\d)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const NUMBER_WORDS = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NUMBER = `(?:${NUMBER_WORDS.map(anyCase).join('|')}|\\d{1,3})`;
const UNIT = '(?:day|week|month|year)s?';
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };
const SEASON = '(?:spring|summer|autumn|fall|winter)';
/** Words before a date that change what it means (`since`, `until`) or say nothing more (`on`, `in`). */
const PREP = oneOf('since', 'until', 'till', 'by', 'from', 'on', 'in', 'during', 'throughout', 'between', 'back in', 'as early as', 'as of', 'around', 'circa', 'of', 'in the year');
const PART = oneOf('early', 'mid-', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the first half of', 'the second half of');

const monthNumber = (word: string): number => MONTH_KEYS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
/** The value of a number in words or digits: "a", "an" and "one" are 1, "two" 2 … "twelve" 12. */
const numberValue = (word: string): number => {
  const n = NUMBER_WORDS.indexOf(word.toLowerCase());
  return n === -1 ? Number(word) : Math.max(n - 1, 1);
};
const unitOf = (word: string): Unit => word.toLowerCase().replace(/s$/, '') as Unit;
const lower = (word: string | undefined) => (word ?? '').toLowerCase();
const quoted = (words: string) => `“${words}”`;
const formatDay = (day: Date) => `${WEEKDAYS[day.getUTCDay()]} ${day.getUTCDate()} ${MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCFullYear()}`;

// ------------------------------------------------------------------ results

const result = (start: string, how: string, confidence: Confidence, extra: Partial<Resolution> = {}): Resolution => ({
  start,
  how,
  confidence,
  check: '',
  anchorable: true,
  ...extra,
});

/** A closed span; a single date when both ends are the same. */
const span = (start: string, end: string, how: string, confidence: Confidence, extra: Partial<Resolution> = {}): Resolution =>
  start === end ? result(start, how, confidence, extra) : result(start, how, confidence, { end, ...extra });

/** The date of a sub-year part ("late", "early", "mid-") of a year, approximate as the words are vague. */
function yearPart(year: number, part: string): Resolution | null {
  const y = yearText(year);
  switch (part.replace(/-$/, '')) {
    case 'early':
    case 'the beginning of':
    case 'the start of':
      return result(`${y}-33~`, `the first quarter of ${year}, approximate`, 'high');
    case 'mid':
    case 'the middle of':
      return span(`${y}-34~`, `${y}-35~`, `the middle of ${year} (April to September), approximate`, 'high');
    case 'late':
    case 'the end of':
      return result(`${y}-36~`, `the last quarter of ${year}, approximate`, 'high');
    case 'the first half of':
      return result(`${y}-40`, `the first half of ${year}`, 'high');
    case 'the second half of':
      return result(`${y}-41`, `the second half of ${year}`, 'high');
    default:
      return null;
  }
}

/** Applies a leading `since`, `until`, `around`… to a resolved date. */
function withPrep(prep: string | undefined, date: Resolution): Resolution {
  switch (lower(prep)) {
    case 'since':
    case 'as of':
      return { ...date, start: date.start, end: '..', how: `from ${date.how} on, still going on`, anchorable: false };
    case 'from':
      return { ...date, start: date.start, end: '..', how: `from ${date.how} on`, anchorable: false, check: joinChecks(date.check, 'the text gives no end: check whether it is still going on') };
    case 'until':
    case 'till':
      return { ...date, start: '..', end: date.end ?? date.start, how: `until ${date.how}`, anchorable: false };
    case 'around':
    case 'circa':
      return { ...date, start: approximate(date.start), ...(date.end && { end: approximate(date.end) }), how: `about ${date.how}` };
    case 'by':
      return { ...date, check: joinChecks(date.check, '“by” gives the latest date: the event may be earlier') };
    default:
      return date;
  }
}

export const joinChecks = (...checks: string[]): string => checks.filter(Boolean).join('; ');

/** The day `month`/`day` in a year chosen from the publication day, the tense or a year given nearby. */
function dayWithoutYear(month: number, dayOfMonth: number, ctx: ResolveContext): { day: UTCDate; how: string } | Unresolvable {
  if (ctx.yearHint !== undefined) {
    const day = makeDay(ctx.yearHint, month, dayOfMonth);
    return day ? { day, how: `the year of the other end of the range (${ctx.yearHint})` } : { error: `${dayOfMonth} ${MONTH_NAMES[month - 1]} ${ctx.yearHint} does not exist` };
  }
  const published = ctx.published;
  const year = published.getUTCFullYear();
  const candidates: UTCDate[] = [];
  for (let y = year - 4; y <= year + 4; y++) {
    const day = makeDay(y, month, dayOfMonth);
    if (day) candidates.push(day);
  }
  const pick = ctx.future
    ? candidates.find((d) => d.getTime() >= published.getTime())
    : candidates.filter((d) => d.getTime() <= published.getTime()).pop();
  if (!pick) return { error: `there is no ${dayOfMonth} ${MONTH_NAMES[month - 1]} near the publication day` };
  return {
    day: pick,
    how: ctx.future ? 'the first such day on or after the publication day (the clause speaks of the future)' : 'the last such day on or before the publication day',
  };
}

/** The month `month` in the year nearest the publication day, in the tense's direction. */
function monthWithoutYear(month: number, ctx: ResolveContext, relation: string): { year: number; how: string } {
  if (ctx.yearHint !== undefined) return { year: ctx.yearHint, how: `in ${ctx.yearHint}, the year of the other end of the range` };
  const { year, month: current } = monthOf(ctx.published);
  if (relation === 'last') return month < current ? { year, how: 'the last such month before the publication month' } : { year: year - 1, how: 'the last such month before the publication month' };
  if (relation === 'next') return month > current ? { year, how: 'the first such month after the publication month' } : { year: year + 1, how: 'the first such month after the publication month' };
  if (ctx.future) return month >= current ? { year, how: 'the first such month from the publication month on (future tense)' } : { year: year + 1, how: 'the first such month from the publication month on (future tense)' };
  return month <= current ? { year, how: 'the last such month up to the publication month' } : { year: year - 1, how: 'the last such month up to the publication month' };
}

/** A week from Monday to Sunday as a span of days. */
function weekSpan(monday: UTCDate, how: string, confidence: Confidence): Resolution {
  return span(dayText(monday), dayText(addDays(monday, 6)), how, confidence);
}

/** The season `code` (21–24) nearest an anchor: the first that starts after it, or the last that ends before it. */
function seasonNear(code: number, anchor: Anchor, direction: 'after' | 'before'): string {
  const firstMonth = (code - 20) * 3;
  const fromMs = firstDay(anchor.start).getTime();
  const toMs = lastDay(anchor.end ?? anchor.start).getTime();
  const year = firstDay(anchor.start).getUTCFullYear();
  const seasons = [-2, -1, 0, 1, 2].map((d) => ({
    year: year + d,
    startMs: Date.UTC(year + d, firstMonth - 1, 1),
    endMs: Date.UTC(year + d, firstMonth + 2, 1) - 1,
  }));
  const pick = direction === 'after' ? seasons.find((s) => s.startMs > toMs) : seasons.filter((s) => s.endMs < fromMs).pop();
  return `${yearText(pick!.year)}-${code}`;
}

// ------------------------------------------------------------------ anchored words

/** The date itself when it is a day, otherwise the date, approximate. */
function nearAnchor(anchor: Anchor): { start: string; end?: string } {
  return anchor.end ? { start: approximate(anchor.start), end: approximate(anchor.end) } : { start: approximate(anchor.start) };
}

function publicationFallback(ctx: ResolveContext, words: string): Resolution {
  return result(approximate(dayText(ctx.published)), `no date before ${quoted(words)} in the text: about the publication day`, 'low', {
    check: `${quoted(words)} has no date to count from: check when it happened`,
  });
}

/** "later", "soon afterwards", "Earlier", "meanwhile": about the time of the anchor, never an exact day. */
function relativeToAnchor(words: string, ctx: ResolveContext): Resolution {
  const anchor = ctx.anchor;
  if (!anchor && ctx.opensSentence && /^earlier$/i.test(words)) {
    return result(approximate(dayText(ctx.published)), `${quoted(words)} opens the sentence: before the news reported, about the publication day`, 'low', {
      check: `${quoted(words)} is taken as shortly before the publication day: check when it happened`,
    });
  }
  if (!anchor) return publicationFallback(ctx, words);
  const w = words.toLowerCase();
  const direction = /earlier|before/.test(w) ? 'before' : /later|after|subsequently|then/.test(w) ? 'after' : 'at the time of';
  const sameDay = /(?:that|the same|that same) day|(?:later|earlier) (?:that|in the) (?:day|morning|evening)|later on|earlier on/.test(w) && !anchor.end && edtf(anchor.start).precision === 'day';
  if (sameDay) {
    return result(anchor.start, `the same day as ${quoted(anchor.words)} (${anchor.start})`, 'medium', { anchorable: true });
  }
  const unit = /(?:that|the same|that same) (week|month|year)/.exec(w)?.[1] as Unit | undefined;
  if (unit && unit !== 'week') {
    const from = firstDay(anchor.start);
    const to = lastDay(anchor.end ?? anchor.start);
    const whole = unit === 'month' ? monthText(from.getUTCFullYear(), from.getUTCMonth() + 1) : yearText(from.getUTCFullYear());
    const window =
      direction === 'before' ? coveringDate(firstDay(whole), to) : direction === 'after' ? coveringDate(from, lastDay(whole)) : whole;
    return result(window ?? whole, `${direction} ${quoted(anchor.words)} (${anchor.start}), in the same ${unit}`, 'medium');
  }
  const near = nearAnchor(anchor);
  return result(near.start, `${direction} ${quoted(anchor.words)} (${anchor.start}${anchor.end ? `/${anchor.end}` : ''}): about that time`, 'low', {
    ...(near.end && { end: near.end }),
    check: `${quoted(words)} is counted from ${quoted(anchor.words)}: check that this is the date meant`,
  });
}

/** "two days later", "the next day", "the following spring": counted from the anchor. */
function countFromAnchor(words: string, unit: Unit | 'season', count: number, ctx: ResolveContext, season?: number): Resolution {
  const anchor = ctx.anchor;
  if (!anchor) return publicationFallback(ctx, words);
  const check = `counted from ${quoted(anchor.words)} (${anchor.start}): check that this is the date meant`;
  const how = `${quoted(words)} counted from ${quoted(anchor.words)} (${anchor.start})`;
  const base = count >= 0 ? lastDay(anchor.end ?? anchor.start) : firstDay(anchor.start);
  const precision = edtf(anchor.start).precision;
  const vague = isApproximate(anchor.start);
  const qualify = (value: string) => (vague ? approximate(value) : value);
  if (unit === 'season') return result(qualify(seasonNear(season ?? 21, anchor, count >= 0 ? 'after' : 'before')), how, 'medium', { check });
  if (unit === 'day' && precision === 'day') {
    const day = dayText(shift(base, 'day', count));
    return result(anchor.end ? approximate(day) : qualify(day), how, 'medium', { check });
  }
  if (unit === 'week') {
    if (precision !== 'day') return result(approximate(anchor.start), how, 'low', { check });
    const target = shift(base, 'week', count);
    return Math.abs(count) === 1 && /following|next|previous|preceding/.test(words)
      ? { ...weekSpan(mondayOf(target), how, 'medium'), check }
      : result(approximate(dayText(target)), how, 'medium', { check });
  }
  if (unit === 'month' && (precision === 'day' || precision === 'month')) {
    const { year, month } = monthOf(shift(base, 'month', count));
    return result(qualify(monthText(year, month)), how, 'medium', { check });
  }
  if (unit === 'year') return result(qualify(yearText(shift(base, 'year', count).getUTCFullYear())), how, 'medium', { check });
  return result(approximate(anchor.start), how, 'low', { check });
}

// ------------------------------------------------------------------ rules

const rule = (name: string, source: string, resolve: Resolver): Rule => ({
  name,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${source})(?![\\p{L}\\p{N}])`, 'gu'),
  resolve,
});

const RULES: readonly Rule[] = [
  rule(
    'day',
    `(?:(?<prep>${PREP})\\s+)?(?:(?<weekday>${WEEKDAY}),?\\s+)?(?:(?:the\\s+)?(?<day1>${DAY})\\s+(?:of\\s+)?(?<month1>${MONTH})|(?<month2>${MONTH})\\s+(?<day2>${DAY}))(?:,?\\s+(?<year>${YEAR}))?`,
    (p, ctx) => {
      const month = monthNumber(p.month1 ?? p.month2 ?? '');
      const dayOfMonth = parseInt(p.day1 ?? p.day2 ?? '', 10);
      let day: UTCDate | undefined;
      let how = 'the date as written';
      let confidence: Confidence = 'high';
      let check = '';
      if (p.year) {
        day = makeDay(Number(p.year), month, dayOfMonth);
        if (!day) return { error: `${dayOfMonth} ${MONTH_NAMES[month - 1]} ${p.year} does not exist` };
      } else {
        const found = dayWithoutYear(month, dayOfMonth, ctx);
        if ('error' in found) return found;
        ({ day, how } = found);
        confidence = 'medium';
        check = `the text gives no year: ${day.getUTCFullYear()} is inferred`;
      }
      if (p.weekday && WEEKDAYS.indexOf(p.weekday) !== day.getUTCDay()) {
        confidence = 'low';
        check = joinChecks(check, `the text says ${p.weekday}, but ${dayText(day)} is a ${WEEKDAYS[day.getUTCDay()]}`);
      }
      return withPrep(p.prep, result(dayText(day), how, confidence, { check }));
    },
  ),
  rule(
    'month-year',
    `(?:(?<prep>${PREP})\\s+)?(?:(?<part>${oneOf('early', 'mid-', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of')})\\s*)?(?<month>${MONTH}),?\\s+(?:of\\s+)?(?<year>${YEAR})`,
    (p) => withPrep(p.prep, result(monthText(Number(p.year), monthNumber(p.month!)), `${p.part ? `${p.part.replace(/-$/, '')} ` : ''}${MONTH_NAMES[monthNumber(p.month!) - 1]} ${p.year}`, 'high')),
  ),
  rule(
    'month',
    `(?:(?<prep>${PREP})\\s+)?(?:(?<rel>${oneOf('last', 'this', 'next')})\\s+|(?<part>${oneOf('early', 'mid-', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of')})\\s*)(?<month>${MONTH})(?!\\s*\\d)|(?<prep2>${PREP})\\s+(?<month2>${MONTH})(?!\\s*\\d)`,
    (p, ctx) => {
      const month = monthNumber(p.month ?? p.month2!);
      const { year, how } = monthWithoutYear(month, ctx, lower(p.rel));
      return withPrep(p.prep ?? p.prep2, result(monthText(year, month), how, 'medium', { check: `the text gives no year: ${year} is inferred` }));
    },
  ),
  rule(
    'season-year',
    `(?:(?<prep>${PREP})\\s+)?(?:(?<part>${oneOf('early', 'late')})\\s+)?(?:the\\s+)?(?<season>${SEASON})\\s+(?:of\\s+)?(?<year>${YEAR})`,
    (p) => {
      const code = SEASONS[p.season!];
      const value = `${yearText(Number(p.year))}-${code}`;
      return withPrep(p.prep, result(p.part ? approximate(value) : value, `${p.season} ${p.year} (northern seasons)`, 'high'));
    },
  ),
  rule(
    'season-relative',
    `(?<rel>${oneOf('last', 'this', 'next', 'the following', 'the next', 'the previous', 'the preceding', 'that')})\\s+(?<season>${SEASON})`,
    (p, ctx) => {
      const code = SEASONS[p.season!];
      const rel = lower(p.rel);
      if (/following|the next|previous|preceding/.test(rel)) return countFromAnchor(`${p.rel} ${p.season}`, 'season', /previous|preceding/.test(rel) ? -1 : 1, ctx, code);
      const today: Anchor = { start: dayText(ctx.published), words: 'the publication day' };
      if (rel === 'last') return result(seasonNear(code, today, 'before'), `the last ${p.season} before the publication day`, 'medium');
      if (rel === 'next') return result(seasonNear(code, today, 'after'), `the first ${p.season} after the publication day`, 'medium');
      const year = ctx.published.getUTCFullYear() - (code === 24 && ctx.published.getUTCMonth() < 2 ? 1 : 0);
      return result(`${yearText(year)}-${code}`, `${p.season} of the publication year`, 'medium');
    },
  ),
  rule(
    'year-part',
    `(?:(?<prep>${PREP})\\s+)?(?<part>${PART})\\s*(?<year>${YEAR})`,
    (p) => {
      const date = yearPart(Number(p.year), lower(p.part));
      return date && withPrep(p.prep, date);
    },
  ),
  rule(
    'year-range',
    `(?:(?<prep>${oneOf('from', 'between', 'in', 'during')})\\s+)?(?<from>${YEAR})\\s*(?:-|–|to|until|till|through|and)\\s*(?<to>${YEAR})`,
    (p) => {
      if (Number(p.to) < Number(p.from)) return { error: `the range ${p.from}–${p.to} ends before it starts` };
      return result(yearText(Number(p.from)), `the years ${p.from} to ${p.to}`, 'high', { end: yearText(Number(p.to)), anchorable: false });
    },
  ),
  rule(
    'year',
    `(?<prep>${PREP}|${oneOf('the', 'its', 'their', 'his', 'her')})\\s+(?<year>${YEAR})(?:(?='s|’s)|(?!\\s*(?:-|–|to|and)\\s*\\d))`,
    (p) => {
      const prep = lower(p.prep);
      const date = result(yearText(Number(p.year)), `the year ${p.year}`, 'high');
      return ['the', 'its', 'their', 'his', 'her'].includes(prep) ? date : withPrep(p.prep, date);
    },
  ),
  rule(
    'relative-year-part',
    `(?:${oneOf('in', 'by', 'since', 'until')}\\s+)?(?<part>${oneOf('early', 'earlier', 'late', 'later', 'mid-', 'mid', 'the end of', 'the beginning of', 'the start of', 'the middle of')})\\s*(?:in\\s+)?(?<rel>${oneOf('last', 'this', 'next')})\\s+year`,
    (p, ctx) => {
      const year = ctx.published.getUTCFullYear() + ({ last: -1, this: 0, next: 1 }[lower(p.rel)] ?? 0);
      const part = lower(p.part);
      const relative = `${lower(p.rel)} year is ${year}, from the publication day`;
      if (part === 'earlier' || part === 'later') {
        const yearStart = firstDay(yearText(year));
        const yearEnd = lastDay(yearText(year));
        const window =
          part === 'earlier'
            ? coveringDate(yearStart, ctx.published.getUTCFullYear() === year ? ctx.published : yearEnd)
            : coveringDate(ctx.published.getUTCFullYear() === year ? ctx.published : yearStart, yearEnd);
        // one time, not named, in the part of the year before (or after) the publication day: the date that covers
        // that part (a month, quarter, half or the year), approximate as the words are vague
        return result(approximate(window ?? yearText(year)), `${part} in ${year}, before or after the publication day (${relative}), approximate`, 'medium');
      }
      const date = yearPart(year, part);
      return date && { ...date, how: `${date.how} (${relative})`, confidence: 'medium' };
    },
  ),
  rule(
    'relative-part',
    `(?<part>${oneOf('earlier', 'later', 'early', 'late')})\\s+(?:in\\s+)?(?<rel>${oneOf('this', 'last', 'next')})\\s+(?<unit>week|month)`,
    (p, ctx) => {
      const rel = lower(p.rel);
      const part = lower(p.part);
      const offset = { last: -1, this: 0, next: 1 }[rel] ?? 0;
      if (p.unit === 'month') {
        const { year, month } = monthOf(shift(ctx.published, 'month', offset));
        return result(monthText(year, month), `${part} in ${rel} month (${monthText(year, month)}), from the publication day`, 'medium');
      }
      const monday = shift(mondayOf(ctx.published), 'week', offset);
      if (offset === 0 && part === 'earlier') return span(dayText(monday), dayText(ctx.published), 'earlier in the week of publication', 'medium');
      if (offset === 0 && part === 'later') return span(dayText(ctx.published), dayText(addDays(monday, 6)), 'later in the week of publication', 'medium');
      return weekSpan(monday, `${part} in ${rel} week, from the publication day (Monday to Sunday)`, 'medium');
    },
  ),
  rule(
    'relative-period',
    `(?<rel>${oneOf('last', 'this', 'next', 'the past', 'the last', 'the previous', 'the following', 'the next', 'the preceding', 'that', 'the same')})\\s+(?<unit>week|month|year|weekend)(?!\\s*(?:'s|’s))`,
    (p, ctx) => {
      const rel = lower(p.rel);
      const unit = p.unit as Unit | 'weekend';
      const published = ctx.published;
      if (/the previous|the following|the next|the preceding/.test(rel) && unit !== 'weekend') {
        return countFromAnchor(`${p.rel} ${unit}`, unit, /previous|preceding/.test(rel) ? -1 : 1, ctx);
      }
      if (rel === 'that' || rel === 'the same') return relativeToAnchor(`that same ${unit}`, ctx);
      if (rel === 'the past' || rel === 'the last') {
        if (unit === 'weekend') return null;
        const from = shift(published, unit, -1);
        const exact = unit === 'day' || unit === 'week';
        return span(exact ? dayText(from) : monthText(monthOf(from).year, monthOf(from).month), exact ? dayText(published) : monthText(monthOf(published).year, monthOf(published).month),
          `the ${unit} up to the publication day`, 'medium', { anchorable: false });
      }
      const offset = { last: -1, this: 0, next: 1 }[rel] ?? 0;
      if (unit === 'weekend') {
        const sunday = rel === 'last' ? nearestWeekday(published, 0, 'before', true) : nearestWeekday(published, 0, 'after', false);
        const end = rel === 'next' && published.getUTCDay() !== 0 ? addDays(sunday, 7) : sunday;
        return span(dayText(addDays(end, -1)), dayText(end), `${rel} weekend, from the publication day`, 'medium');
      }
      if (unit === 'week') return weekSpan(shift(mondayOf(published), 'week', offset), `${rel} week, Monday to Sunday, from the publication day`, 'medium');
      if (unit === 'month') {
        const { year, month } = monthOf(shift(published, 'month', offset));
        return result(monthText(year, month), `${rel} month, from the publication day`, 'medium');
      }
      return result(yearText(published.getUTCFullYear() + offset), `${rel} year, from the publication day`, 'medium');
    },
  ),
  rule(
    'weekend',
    `(?:${oneOf('over', 'during', 'at', 'on')})\\s+the\\s+weekend`,
    (_, ctx) => {
      const published = ctx.published;
      const sunday = ctx.future ? nearestWeekday(published, 0, 'after', false) : nearestWeekday(published, 0, 'before', published.getUTCDay() !== 0);
      return span(dayText(addDays(sunday, -1)), dayText(sunday), ctx.future ? 'the coming weekend, from the publication day' : 'the last weekend before the publication day', 'medium', {
        check: 'which weekend is meant is inferred from the tense: check',
      });
    },
  ),
  rule(
    'weekday',
    `(?:(?<prep>${oneOf('on', 'since', 'until', 'by', 'last', 'next', 'this', 'from', 'early on', 'late on', 'early', 'late', 'earlier', 'later')})\\s+)?(?<weekday>${WEEKDAY})(?:'s|’s)?(?:\\s+(?:morning|afternoon|evening|night))?`,
    (p, ctx) => {
      const weekday = WEEKDAYS.indexOf(p.weekday!);
      const prep = lower(p.prep);
      let day: UTCDate;
      let how: string;
      let confidence: Confidence = 'high';
      let check = '';
      if (prep === 'last') {
        day = nearestWeekday(ctx.published, weekday, 'before', true);
        how = `the last ${p.weekday} before the publication day`;
      } else if (prep === 'next') {
        day = nearestWeekday(ctx.published, weekday, 'after', true);
        how = `the first ${p.weekday} after the publication day`;
        confidence = 'medium';
        check = `some writers mean the ${p.weekday} of the week after: check`;
      } else if (ctx.future) {
        day = nearestWeekday(ctx.published, weekday, 'after', false);
        how = `the nearest ${p.weekday} on or after the publication day (the clause speaks of the future)`;
        confidence = 'medium';
      } else {
        day = nearestWeekday(ctx.published, weekday, 'before', false);
        how = `the nearest ${p.weekday} on or before the publication day`;
      }
      return withPrep(prep === 'last' || prep === 'next' || prep === 'this' ? undefined : p.prep, result(dayText(day), `${how}: ${formatDay(day)}`, confidence, { check }));
    },
  ),
  rule(
    'day-word',
    `(?<word>${oneOf('yesterday', 'today', 'tonight', 'tomorrow', 'the day before yesterday', 'the day after tomorrow', 'this morning', 'this afternoon', 'this evening', 'last night')})(?!\\s*(?:'s|’s))`,
    (p, ctx) => {
      const word = lower(p.word);
      const offset = { yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2, 'last night': -1 }[word] ?? 0;
      const day = addDays(ctx.published, offset);
      return result(dayText(day), `${word}, from the publication day: ${formatDay(day)}`, word === 'last night' ? 'medium' : 'high', {
        check: word === 'last night' ? 'the night before the publication day: check against the time of publication' : '',
      });
    },
  ),
  rule(
    'ago',
    `(?<count>${NUMBER})\\s+(?<unit>${UNIT})\\s+ago`,
    (p, ctx) => {
      const unit = unitOf(p.unit!);
      const day = shift(ctx.published, unit, -numberValue(p.count!));
      const { year, month } = monthOf(day);
      const how = `${p.count} ${p.unit} before the publication day`;
      if (unit === 'day') return result(dayText(day), how, 'high');
      if (unit === 'week') return result(approximate(dayText(day)), how, 'medium');
      if (unit === 'month') return result(approximate(monthText(year, month)), how, 'medium');
      return result(approximate(yearText(year)), how, 'medium');
    },
  ),
  rule(
    'counted',
    `(?<count>${NUMBER})\\s+(?<unit>hour|${UNIT})s?\\s+(?<dir>later|earlier|afterwards?|after that|before that|before|after)(?![\\p{L}]|\\s+(?:than|the|a|an|his|her|its|their)\\b)`,
    (p, ctx) => {
      const words = `${p.count} ${p.unit} ${p.dir}`;
      if (/^hour/.test(p.unit!)) return relativeToAnchor(/earlier|before/.test(p.dir!) ? 'earlier that day' : 'later that day', ctx);
      const sign = /earlier|before/.test(p.dir!) ? -1 : 1;
      return countFromAnchor(words, unitOf(p.unit!), sign * numberValue(p.count!), ctx);
    },
  ),
  rule(
    'following',
    `(?:(?:the\\s+)?(?<dir>${oneOf('following', 'previous', 'preceding')})|${oneOf('the next')})\\s+(?<unit>day|morning|afternoon|evening|night)|${oneOf('the day')}\\s+(?<dir2>before|after)(?!\\s+(?:the|a|an|his|her|its|their|\\p{Lu}))`,
    (p, ctx) => {
      const back = /previous|preceding|before/.test(lower(p.dir ?? p.dir2));
      return countFromAnchor(`the ${back ? 'previous' : 'next'} day`, 'day', back ? -1 : 1, ctx);
    },
  ),
  rule(
    'narrative',
    `(?<!(?:\\b(?:a|an|the|its|his|her|their|no)\\s))(?<words>(?:${oneOf('soon', 'shortly', 'immediately', 'not long', 'hours', 'days', 'weeks')})\\s+after(?:wards?)?|${oneOf('afterwards', 'afterward', 'subsequently', 'meanwhile', 'in the meantime', 'at the same time', 'that same day', 'the same day', 'that day')}|${oneOf('later', 'earlier')}(?:\\s+(?:(?:that|the same)\\s+(?:day|morning|afternoon|evening|week|month|year)|in\\s+the\\s+(?:day|week)|on))?)(?!\\s+(?:than|date|stage|version|report|reports|statement)\\b)|(?<=\\p{Ll}\\s)(?<!\\b(?:and|or|but|since|by|until|till|from|just|only|even|back|was|were|is|are|the|and)\\s)(?<then>then)(?=\\s+\\p{Ll}+ed\\b)`,
    (p, ctx) => relativeToAnchor(p.words ?? p.then!, ctx),
  ),
  rule(
    'from-the-start',
    `(?<prep>${oneOf('from', 'since')})\\s+the\\s+(?:very\\s+)?(?:start|outset|beginning)`,
    (p, ctx) => {
      if (ctx.storyStart === undefined) {
        // In a range ("from the start to …") the preposition is the range's own.
        return result('..', `${p.prep ? `${p.prep} ` : ''}the start, which the text does not date`, 'low', {
          end: dayText(ctx.published),
          anchorable: false,
          check: 'the text gives no date for the start: fill it in',
        });
      }
      return result(approximate(yearText(ctx.storyStart)), `from the start of the story: the earliest year the text names (${ctx.storyStart}), still going on`, 'low', {
        end: '..',
        anchorable: false,
        check: `“the start” is taken as ${ctx.storyStart}, the earliest year in the text: check what start is meant`,
      });
    },
  ),
  rule(
    'duration',
    `${oneOf('for')}\\s+(?:the\\s+(?:past|last)\\s+)?(?<count>${NUMBER})\\s+(?<unit>${UNIT})`,
    (p, ctx) => {
      const unit = unitOf(p.unit!);
      const count = numberValue(p.count!);
      const ongoing = ctx.perfect === true;
      if (ctx.previous && ctx.previous.start !== '..' && ctx.continues) {
        // "began on Sept. 23 and continued for five days": the length runs on from the date before it
        const from = firstDay(ctx.previous.start);
        const to = shift(from, unit, count);
        const end = unit === 'year' ? yearText(to.getUTCFullYear()) : unit === 'month' ? monthText(monthOf(to).year, monthOf(to).month) : dayText(to);
        return result(ctx.previous.start, `${count} ${unit}${count === 1 ? '' : 's'} from the date before it in the sentence`, 'medium', {
          end: unit === 'day' ? end : approximate(end),
          anchorable: false,
          check: 'a length of time, counted on from the date it starts: check the end',
        });
      }
      if (ctx.future && !ctx.previous) {
        // "the strike would last for two weeks": a length of time to come runs on from the publication day
        const to = shift(ctx.published, unit, count);
        const end = unit === 'year' ? yearText(to.getUTCFullYear()) : unit === 'month' ? monthText(monthOf(to).year, monthOf(to).month) : dayText(to);
        return result(approximate(dayText(ctx.published)), `${count} ${unit}${count === 1 ? '' : 's'} from the publication day (the clause speaks of the future)`, 'low', {
          end: approximate(end),
          anchorable: false,
          check: 'a length of time to come, counted from the publication day: check when it starts',
        });
      }
      const within = ctx.previous && ctx.previous.start !== '..' && !ctx.previous.end ? edtf(ctx.previous.start).precision : undefined;
      if ((within === 'year' && unit !== 'year') || (within === 'month' && (unit === 'day' || unit === 'week'))) {
        // "The last strike, in 2019, lasted for nine days": the length lies inside the date before it, which says more
        return { ...ctx.previous!, how: `${count} ${unit}${count === 1 ? '' : 's'} within ${ctx.previous!.how}`, anchorable: false };
      }
      const endDay = ctx.previous ? lastDay(ctx.previous.end && ctx.previous.end !== '..' ? ctx.previous.end : ctx.previous.start) : ctx.published;
      const startDay = shift(endDay, unit, -count);
      const { year, month } = monthOf(startDay);
      const start = unit === 'year' ? yearText(year) : unit === 'month' ? monthText(year, month) : dayText(startDay);
      const endText = ctx.previous ? (ctx.previous.end && ctx.previous.end !== '..' ? ctx.previous.end : ctx.previous.start) : ongoing ? '..' : dayText(endDay);
      return result(approximate(start), `${count} ${unit}${count === 1 ? '' : 's'} up to ${ctx.previous ? 'the date before it in the sentence' : 'the publication day'}`, 'low', {
        end: endText,
        anchorable: false,
        check: 'a length of time, counted back from the date it ends: check the start',
      });
    },
  ),
  rule(
    'following-weeks',
    `${oneOf('in', 'over', 'during', 'within')}\\s+the\\s+(?<dir>following|next|coming|previous|preceding)\\s+(?:few\\s+)?(?<unit>days|weeks|months)`,
    (p, ctx) => {
      const unit = unitOf(p.unit!);
      const back = p.dir === 'previous' || p.dir === 'preceding';
      const fromPublication = p.dir === 'coming' || !ctx.anchor;
      const base = fromPublication ? ctx.published : back ? firstDay(ctx.anchor!.start) : lastDay(ctx.anchor!.end ?? ctx.anchor!.start);
      const reach = { day: 7, week: 8, month: 6, year: 1 }[unit];
      const other = shift(base, unit, back ? -reach : reach);
      const [first, last] = back ? [other, base] : [base, other];
      const text = (d: UTCDate) => (unit === 'month' ? monthText(monthOf(d).year, monthOf(d).month) : dayText(d));
      const from = fromPublication ? 'the publication day' : quoted(ctx.anchor!.words);
      return result(approximate(text(first)), `${p.dir} ${p.unit}, counted from ${from}: up to ${reach} ${p.unit}, approximate`, 'low', {
        end: approximate(text(last)),
        anchorable: false,
        check: `${quoted(`the ${p.dir} ${p.unit}`)} is vague: check the dates`,
      });
    },
  ),
  rule(
    'within',
    `${oneOf('within')}\\s+(?:the\\s+next\\s+)?(?<count>${NUMBER})\\s+(?<unit>${UNIT})`,
    (p, ctx) => {
      // "is expected to review the ban within 60 days": a time to come, from the publication day to the deadline;
      // in the past ("within two days, troops had retaken …") it counts from the date before it
      const base = ctx.future ? ctx.published : ctx.previous && ctx.previous.start !== '..' ? lastDay(ctx.previous.end ?? ctx.previous.start) : undefined;
      if (!base) return null;
      const count = numberValue(p.count!);
      const unit = unitOf(p.unit!);
      const from = ctx.future ? 'the publication day (the clause speaks of the future)' : 'the date before it in the sentence';
      return result(dayText(base), `within ${count} ${unit}${count === 1 ? '' : 's'} of ${from}`, 'medium', {
        end: approximate(dayText(shift(base, unit, count))),
        anchorable: false,
        check: `${quoted(`within ${p.count} ${p.unit}`)} gives a deadline: the event may come any time before it`,
      });
    },
  ),
  rule(
    'recent',
    `${oneOf('in recent', 'over recent', 'in the past few', 'in the last few', 'over the past few')}\\s+(?<unit>days|weeks|months)`,
    (p, ctx) => {
      const unit = unitOf(p.unit!);
      const from = shift(ctx.published, unit === 'month' ? 'month' : unit, unit === 'month' ? -6 : unit === 'week' ? -4 : -7);
      const start = unit === 'month' ? monthText(monthOf(from).year, monthOf(from).month) : dayText(from);
      return result(approximate(start), `recent ${p.unit}, before the publication day`, 'low', {
        end: dayText(ctx.published),
        anchorable: false,
        check: `${quoted(`recent ${p.unit}`)} is vague: check the dates`,
      });
    },
  ),
];

/**
 * Finds the date words of one sentence, in order. Where rules find overlapping words the longest win; "from X to
 * Y" and "between X and Y" become one range.
 */
export function findDateMentions(sentence: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { name, pattern } of RULES) {
    pattern.lastIndex = 0;
    for (const match of sentence.matchAll(pattern)) {
      if (match[0].trim() === '') continue;
      found.push({ text: match[0], index: match.index, rule: name, parts: { ...match.groups } });
    }
  }
  found.sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  const kept: DateMention[] = [];
  for (const mention of found) {
    const end = mention.index + mention.text.length;
    if (kept.every((k) => end <= k.index || mention.index >= k.index + k.text.length)) kept.push(mention);
  }
  kept.sort((a, b) => a.index - b.index);
  return mergeRanges(sentence, kept);
}

function mergeRanges(sentence: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const prep = lower(a.parts.prep ?? a.parts.prep2);
    if (b && (prep === 'from' || prep === 'between') && !b.parts.prep) {
      const gap = sentence.slice(a.index + a.text.length, b.index);
      if (/^\s*(?:to|until|till|through|and|-|–)\s*$/.test(gap)) {
        out.push({ text: sentence.slice(a.index, b.index + b.text.length), index: a.index, rule: 'range', parts: {}, range: [a, b] });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Resolves one mention in its context: an EDTF date or span, or the reason it is no date. */
export function resolveMention(mention: DateMention, ctx: ResolveContext): Resolution | Unresolvable | null {
  if (mention.range) {
    const [a, b] = mention.range;
    const second = resolveMention(b, ctx);
    if (!second || 'error' in second) return second;
    // Either end may be open ('..': "from the start"), which has no year and nothing to compare.
    const yearHint = second.start === '..' ? ctx.yearHint : edtf(second.start).year;
    const first = resolveMention({ ...a, parts: { ...a.parts, prep: undefined, prep2: undefined } }, { ...ctx, yearHint });
    if (!first || 'error' in first) return first;
    const end = second.end && second.end !== '..' ? second.end : second.start;
    if (first.start === '..' && end === '..') return { error: `the range ${quoted(mention.text)} has neither a start nor an end date` };
    if (first.start !== '..' && end !== '..' && edtf(first.start).minMs > edtf(end).maxMs) {
      return { error: `the range ${quoted(mention.text)} ends before it starts` };
    }
    return {
      start: first.start,
      end,
      how: `from ${first.how} to ${second.how}`,
      confidence: first.confidence === 'high' && second.confidence === 'high' ? 'high' : 'medium',
      check: joinChecks(first.check, second.check),
      anchorable: false,
    };
  }
  const found = RULES.find((r) => r.name === mention.rule);
  return found ? found.resolve(mention.parts, ctx) : null;
}

/** The earliest year that an absolute date of the text names (for "from the start"), or `undefined`. */
export function earliestYear(mentions: readonly DateMention[]): number | undefined {
  const years = mentions.map((m) => m.parts.year ?? m.parts.from).filter((y): y is string => y !== undefined).map(Number);
  return years.length ? Math.min(...years) : undefined;
}
