import {
  checkParsedEvents,
  detectFormat,
  parseEventsText,
  parseJsonEventsText,
} from './detect-format.js';
import { LOAD_TIMEOUT_MS, type LoadedEvents } from './load-events.js';

/**
 * Fetches `url` and reads its events: JSON (an array, or an object with an `events` array), CSV, a TimelineJS
 * document or vis-timeline items, told apart by `format` when given, else by the content type, the file extension or
 * the content itself.
 * Each event is validated; problems with single events come back as issues. Rejects with an Error whose message
 * says in words what failed as a whole: the HTTP status, a network error, a timeout, invalid JSON with its position,
 * or content that holds no list of events.
 */
export async function fetchEvents(url: string, signal: AbortSignal, format?: string | null): Promise<LoadedEvents> {
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
      response = await fetch(url, {
        signal: timeout.signal,
        headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
      });
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
    const kind = detectFormat({ contentType: response.headers.get('content-type'), url, text, format });
    // JSON that does not parse is read again with the precise wording of where it breaks.
    let parsed = kind === 'json' ? parseJsonEventsText(text) : undefined;
    if (!parsed || parsed.issues.some((issue) => issue.index < 0)) parsed = parseEventsText(text, kind);
    const result = checkParsedEvents(parsed, { baseUrl: response.url || url });
    const whole = result.issues.find((issue) => issue.index < 0 && issue.skipped);
    if (whole) throw new Error(whole.message.replace(/^events:\s*/, ''));
    return { ...result, format: kind };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}
