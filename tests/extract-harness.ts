/** What the tests of `extractEvents` share: finding the event of some date words, and the dates it was given. */
import { assert } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import { extractEvents } from '../src/extract/index.js';

/** What a case expects of the event its date words give: `start`, and `end` for a span. */
export interface Expected {
  start: string;
  end?: string;
}

/** The event drafted from `text` (published on `published`) whose date words are `words` (`''`: none). */
export function eventFor(published: string, text: string, words: string): TimelineEvent {
  const { events } = extractEvents(text, { published });
  const event = events.find((e) => (e.dateLabel ?? '') === words);
  assert.exists(event, `no event with the date words “${words}”: ${JSON.stringify(events.map((e) => e.dateLabel))}`);
  return event!;
}

/** An event's dates as a case expects them: `start`, and `end` when it has one. */
export const datesOf = (event: TimelineEvent): Expected => ({ start: event.start, ...(event.end !== undefined && { end: event.end }) });
