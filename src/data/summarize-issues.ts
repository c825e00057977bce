/**
 * Problems in the data summed up by kind: 100,000 events with the same unknown field make one line, not 100,000.
 */
import { formatNumber } from './numbers.js';
import { sourceOf, type IssueSource } from './issue-source.js';
import type { IssueCode, ValidationIssue } from './validate.js';

export { sourceOf, type IssueSource } from './issue-source.js';

/** The problems of one kind in one field, as {@link summarizeIssues} sums them up. */
export interface IssueGroup {
  /** The kind of problem: the `code` of its issues (an {@link IssueCode}), or `''` for issues without one. */
  code: string;
  /**
   * The field, as its path without the event's place and list positions: `start`, `source.url`, `actors`, `group`
   * for an unknown field `group`; `''` for a whole event or the input as a whole.
   */
  field: string;
  /** Whether its events were left out (errors); `false` for warnings about events that are still drawn. */
  skipped: boolean;
  /** How many issues it sums up. */
  count: number;
  /** How many events have it (one event may have several, as several names in `actors`); 0 for the whole input. */
  events: number;
  /**
   * The first few events that have it, named as paths (`events[0]`, or as {@link SummarizeOptions.name} says), in input
   * order; `events` for the whole input.
   */
  examples: string[];
  /**
   * One English sentence for the group, naming the field, the kind, how many events and which, and what was done:
   * "group: unknown field in 100,000 events (events[0], events[1], events[2] and 99,997 more), ignored (did you
   * mean 'category'?)". A group of one issue is that issue's own message.
   */
  message: string;
}

/** Options of {@link summarizeIssues}. */
export interface SummarizeOptions {
  /** How many events each group names in `examples` (and in its sentence). Default 3. */
  examples?: number;
  /** How an event is named among the examples, by its index: `events[3]` unless said (`li[4]` for an HTML list). */
  name?: (index: number) => string;
}

/** How a kind of problem is put in a group's sentence: what it is, and what was done about it in a drawn event. */
interface Phrase {
  what: string;
  /** What happened to the field when the event is still drawn (a left-out event needs no word: the notice says it). */
  outcome?: string;
  /**
   * Whether every issue of this kind in one field says the same. Otherwise (they quote a value: a date, a link) the
   * sentence of a group ends with what the first of them says.
   */
  same?: true;
  /** What the count is of, one and many: `event`, `events` unless said (a whole entry that is not an event is a place). */
  unit?: readonly [string, string];
}

const PLACES = ['place', 'places'] as const;

/**
 * How each kind of problem is put in a group's sentence; an issue without a known code is one of "problems". Problems
 * with the input as a whole (`invalid-input`, a sheet's columns) are said by their own messages, so have no phrase.
 */
const PHRASES: Partial<Record<IssueCode, Phrase>> = {
  'unreadable-event': { what: 'an event that could not be read', same: true, unit: PLACES },
  'not-an-event': { what: 'not an event', unit: PLACES },
  'empty-event': { what: 'an empty event', same: true, unit: PLACES },
  'missing-title': { what: 'no title', same: true },
  'empty-title': { what: 'an empty title', same: true },
  'missing-start': { what: 'no start date', same: true },
  'empty-start': { what: 'an empty start date', same: true },
  'invalid-date': { what: 'not a valid date', outcome: 'ignored' },
  'end-before-start': { what: 'an end earlier than the start' },
  'duplicate-id': { what: 'an id that an earlier event already has' },
  'missing-id': { what: 'no id', same: true },
  'missing-category': { what: 'no category', same: true },
  'wrong-type': { what: 'a value of the wrong type', outcome: 'ignored' },
  'empty-end': { what: 'an empty end date', outcome: 'drawn as a moment, without an end', same: true },
  'invalid-id': { what: 'an id that is empty or not a text', outcome: 'an id made from the title and start instead' },
  'invalid-category': { what: 'a category that is empty or not a text', outcome: "put in the 'other' lane" },
  'invalid-actor': { what: 'names that are not texts', outcome: 'ignored' },
  'more-invalid-actors': { what: 'further names that are not texts', outcome: 'ignored' },
  'unsafe-url': { what: 'not a web or mail link', outcome: 'not shown as a link' },
  'relative-url': { what: 'not a full web address', outcome: 'not shown as a link' },
  'unknown-field': { what: 'unknown field', outcome: 'ignored', same: true },
  'more-unknown-fields': { what: 'further unknown fields', outcome: 'ignored' },
  'extra-cells': { what: 'more cells than the header has columns', outcome: 'ignored' },
  'day-without-month': { what: 'a day without a month', outcome: 'the day ignored', same: true },
  'unknown-item-type': { what: 'not a vis-timeline item type', outcome: 'ignored' },
  'ignored-end': { what: 'an end on a box or point item', outcome: 'ignored' },
};

/** The hint the validator gives for an unknown field that looks like a known one, at the end of its message. */
const HINT = / \(did you mean '[^']*'\?\)$/;

/** A group while it is being built. */
interface Building {
  group: IssueGroup;
  /** The position of its first issue. */
  first: number;
  /** The index of the last event counted. */
  lastIndex: number;
  /** For problems with the input as a whole (index -1), the messages of the first few. */
  messages: string[];
}

/**
 * Sums up issues by kind (`code`) and field: one {@link IssueGroup} per kind of problem in each field, with how
 * many issues and events have it, the first few events as examples, and one sentence.
 *
 * Groups of events left out (`skipped`) come first, then the warnings; each in the order of their first issue. The
 * input is not changed. Linear in the number of issues, with a constant amount of work per issue: a sentence is made
 * per group, not per issue. Events are counted once per run of issues with the same index, as the validator lists
 * an event's issues together.
 *
 * @param issues - Issues as `validateEvents` returns them (or `timeline-error` gives them), in input order.
 * @param options - How many events each group names.
 */
export function summarizeIssues(issues: readonly ValidationIssue[], options: SummarizeOptions = {}): IssueGroup[] {
  return summarizeSource(sourceOf(issues), options);
}

/**
 * {@link summarizeIssues} of issues that need not be made: only the first issue of each group is read whole.
 *
 * @internal Lets the timeline sum up issues before (or without) making them; not part of the package's API.
 */
export function summarizeSource(
  source: IssueSource,
  { examples = 3, name = (index) => `events[${index}]` }: SummarizeOptions = {},
): IssueGroup[] {
  // Groups by skipped, then code, then field: nested maps rather than one joined key, which would be a new string for
  // every issue.
  const byKind = [new Map<string, Map<string, Building>>(), new Map<string, Map<string, Building>>()];
  const order: Building[] = [];
  source.forEachIssue((index, code, field, skipped, ref) => {
    const byCode = byKind[skipped ? 1 : 0];
    let byField = byCode.get(code);
    if (byField === undefined) byCode.set(code, (byField = new Map()));
    let building = byField.get(field);
    if (building === undefined) {
      const group: IssueGroup = { code, field, skipped, count: 0, events: 0, examples: [], message: '' };
      building = { group, first: ref, lastIndex: Number.NaN, messages: [] };
      byField.set(field, building);
      order.push(building);
    }
    const { group } = building;
    group.count++;
    if (index < 0) {
      // Problems with the input as a whole (or its header) are few, and said by their own messages.
      if (building.messages.length < Math.max(examples, 1)) {
        const issue = source.issueAt(ref);
        if (group.examples.length === 0) group.examples.push(issue.path);
        building.messages.push(issue.message);
      }
    } else if (index !== building.lastIndex) {
      building.lastIndex = index;
      group.events++;
      if (group.examples.length < examples) group.examples.push(name(index));
    }
  });
  const sorted = [...order.filter((b) => b.group.skipped), ...order.filter((b) => !b.group.skipped)];
  return sorted.map((building) => ({ ...building.group, message: sentence(building, source.issueAt(building.first)) }));
}

/** What an issue says after its path: `unknown field, ignored` of `events[3].group: unknown field, ignored`. */
function textOf(issue: ValidationIssue): string {
  const prefix = `${issue.path}: `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}

/** The group's sentence (see {@link IssueGroup.message}). */
function sentence({ group, messages }: Building, first: ValidationIssue): string {
  if (group.count === 1) return first.message;
  if (first.index < 0) {
    // Problems with the sheet or the page address, not with events: a few of them say it best.
    const rest = group.count - messages.length;
    return messages.join('; ') + (rest > 0 ? `; and ${count(rest)} more like ${rest === 1 ? 'it' : 'them'}` : '');
  }
  const phrase = Object.hasOwn(PHRASES, group.code) ? PHRASES[group.code as IssueCode] : undefined;
  const label = group.field ? `${group.field}: ` : '';
  const what = phrase?.what ?? 'problems';
  const more = group.events - group.examples.length;
  const list = group.examples.join(', ') + (more > 0 ? ` and ${count(more)} more` : '');
  const outcome = !group.skipped && phrase?.outcome ? `, ${phrase.outcome}` : '';
  const hint = group.code === 'unknown-field' ? (HINT.exec(first.message)?.[0] ?? '') : '';
  // Issues that quote different values (dates, links) are shown by the first of them.
  const detail = phrase?.same ? '' : `; the first: ${textOf(first)}`;
  const [one, many] = phrase?.unit ?? ['event', 'events'];
  return `${label}${what} in ${count(group.events)} ${group.events === 1 ? one : many} (${list})${outcome}${hint}${detail}`;
}

/** A count as English writes it: `99,997`. */
function count(n: number): string {
  return formatNumber(n, 'en-GB', { grouping: true });
}
