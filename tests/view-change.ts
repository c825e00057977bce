import { oneEvent } from '@open-wc/testing';
import type { TimelineRangeChangeEvent } from '../src/events.js';

/**
 * Does `act` (a key, a click, a gesture) and waits until the change of the view it starts has ended, as the element
 * says with `timeline-range-change`: eased changes take a few frames, and a test waits for the event, not for time.
 */
export async function afterViewChange(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  act: () => unknown,
): Promise<TimelineRangeChangeEvent> {
  const changed = oneEvent(el, 'timeline-range-change') as Promise<TimelineRangeChangeEvent>;
  await act();
  const event = await changed;
  await el.updateComplete;
  return event;
}
