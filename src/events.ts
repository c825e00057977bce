import type { IssueGroup } from './data/summarize-issues.js';
import type { TimelineEvent } from './data/types.js';

export type { IssueGroup } from './data/summarize-issues.js';

/** Detail of `timeline-select`: the event the user chose, or `null` when they cleared the selection. */
export interface TimelineSelectDetail {
  /**
   * The chosen event, as given in `events` (the page's own object) or loaded from `src`, in its own words whatever
   * language it is shown in (its `translations` included); `null` when the selection was cleared.
   */
  event: TimelineEvent | null;
  /** The chosen event's id; `null` when the selection was cleared. */
  id: string | null;
}

/** One problem found in the data: which event, which field, and a sentence saying what is wrong. */
export interface TimelineIssue {
  /** Position of the event in the input array, or -1 for a problem with the whole input. */
  index: number;
  /** The event's id, when it has one. */
  id?: string;
  /** The field path, such as `events[3].start`. */
  path: string;
  /**
   * The kind of problem, the same for every issue of that kind: `unknown-field`, `invalid-date`, `missing-title`…
   * (the list is in the README, "Problems in the data"). Always set by the timeline; optional only in the type.
   */
  code?: string;
  /** A sentence a person can act on: "events[3].start: '2016-13' is not a valid date (month 13)". */
  message: string;
  /** Whether the event was left out (an error); `false` for a warning about an event that is still drawn. */
  skipped: boolean;
}

/**
 * Detail of `timeline-error`: every problem found in the last data given or loaded, one by one and summed up by kind.
 */
export interface TimelineErrorDetail {
  /**
   * What went wrong, one entry per problem, in input order (warnings about events still drawn included). Made when
   * first read: 100,000 events with two unknown fields have 200,000 issues, which a page that does not read them
   * need not pay for.
   */
  issues: TimelineIssue[];
  /**
   * The same problems summed up: one group per kind (`code`) and field, with a count, the first few events and one
   * sentence; groups of events left out first. Empty when `issues` is.
   */
  summary: IssueGroup[];
  /** Set when loading `src` failed: the URL and what happened. */
  load?: { url: string; message: string };
}

/** Detail of `timeline-range-change`: the time range on screen once the reader's change of the view ended. */
export interface TimelineRangeChangeDetail {
  /** The instant at the start of time's axis (the left edge, or the right edge right to left), ISO 8601 in UTC. */
  from: string;
  /** The instant at the end of time's axis, ISO 8601 in UTC. */
  to: string;
}

/** Fired when the user selects an event (click, Enter or Space) or clears the selection (Escape). */
export type TimelineSelectEvent = CustomEvent<TimelineSelectDetail>;
/** Fired when some events could not be drawn or had fields dropped, or `src` could not be loaded. */
export type TimelineErrorEvent = CustomEvent<TimelineErrorDetail>;
/** Fired once when a gesture, a key or a button of the reader's has changed the view, when that change ends. */
export type TimelineRangeChangeEvent = CustomEvent<TimelineRangeChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-error': TimelineErrorEvent;
    'timeline-range-change': TimelineRangeChangeEvent;
  }
}

/** Creates a `timeline-select` event (bubbles, composed). */
export function createSelectEvent(detail: TimelineSelectDetail): TimelineSelectEvent {
  return new CustomEvent('timeline-select', { detail, bubbles: true, composed: true });
}

/**
 * Creates a `timeline-error` event (bubbles, composed); `detail` is used as it is (its `issues` may be a getter that
 * makes them when first read).
 */
export function createErrorEvent(detail: TimelineErrorDetail): TimelineErrorEvent {
  return new CustomEvent('timeline-error', { detail, bubbles: true, composed: true });
}

/** Creates a `timeline-range-change` event (bubbles, composed) for a range in UTC epoch ms. */
export function createRangeChangeEvent([fromMs, toMs]: readonly [number, number]): TimelineRangeChangeEvent {
  const detail = { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
  return new CustomEvent('timeline-range-change', { detail, bubbles: true, composed: true });
}
