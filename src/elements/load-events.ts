import type { TimelineEvent } from '../data/types.js';

/** How long a load may take before it is given up, in ms. */
export const LOAD_TIMEOUT_MS = 15000;

/**
 * Fetches `url` and returns its events: a JSON array, or an object with an `events` array. Rejects with an Error
 * whose message says what failed in words (HTTP status, network error, invalid JSON, wrong shape, timeout).
 */
export async function loadEvents(url: string, signal: AbortSignal): Promise<TimelineEvent[]> {
  if (signal.aborted) throw new Error('the request was cancelled');
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), LOAD_TIMEOUT_MS);
  const stop = () => timeout.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const failure = () =>
      new Error(
        signal.aborted
          ? 'the request was cancelled'
          : timeout.signal.aborted
            ? `no answer within ${LOAD_TIMEOUT_MS / 1000} seconds`
            : 'the network request failed',
      );
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { signal: timeout.signal, headers: { accept: 'application/json' } });
    } catch {
      throw failure();
    }
    if (!response.ok) {
      throw new Error(`the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    try {
      text = await response.text();
    } catch {
      throw failure();
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`the file is not valid JSON (${(error as Error).message})`);
    }
    const events = Array.isArray(data)
      ? data
      : data && typeof data === 'object' && Array.isArray((data as { events?: unknown }).events)
        ? (data as { events: unknown[] }).events
        : null;
    if (!events) throw new Error('expected a JSON array of events, or an object with an "events" array');
    return events as TimelineEvent[];
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
