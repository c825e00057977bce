import { expect, waitUntil } from '@open-wc/testing';
import { LOAD_TIMEOUT_MS, loadEvents } from '../src/data/load-events.js';

/** A file under tests/fixtures/, served by the test server. */
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** The error `promise` rejects with; fails when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(Error);
    return error as Error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/**
 * The element shows the message as "Could not load events from {url}: {reason}", so a message is a fragment of
 * a sentence: it starts in lower case, does not end with a full stop, and has no leaked JavaScript values.
 */
function expectReadableFragment(message: string): void {
  expect(message, 'starts with a lower-case word').to.match(/^[a-z]+ /);
  expect(message, 'does not end with a full stop').not.to.match(/\.$/);
  expect(message, 'has no leaked values').not.to.match(/undefined|\[object|NaN|AbortError|DOMException/);
}

/** [name, fixture file, ids of the events loaded] */
const loadCases: [string, string, string[]][] = [
  ['loads a JSON array of events', 'load-array.json', ['array-one', 'array-two']],
  ['loads the events of an object with an "events" array', 'load-object.json', ['object-one']],
];

/** [name, fixture file, what the message says] */
const failCases: [string, string, RegExp][] = [
  ['rejects a missing file, naming HTTP 404', 'missing-file.json', /^the server answered HTTP 404\b/],
  ['rejects broken JSON, naming where it breaks', 'load-broken.json', /^the file is not valid JSON: .+ at line \d+, column \d+/],
  ['rejects an empty file, saying it is empty', 'load-empty.json', /^the file is empty$/],
  ['rejects an object without an "events" array', 'load-wrong-shape.json', /^expected a list of events \(a JSON array\)/],
  ['rejects an "events" that is not an array', 'load-events-not-array.json', /^expected a list of events \(a JSON array\)/],
  ['rejects a JSON null', 'load-null.json', /^expected a list of events \(a JSON array\)/],
];

describe('loadEvents', () => {
  for (const [name, file, ids] of loadCases) {
    it(`loadEvents() ${name}`, async () => {
      const { events, issues, format } = await loadEvents(fixture(file), new AbortController().signal);
      expect(events.map((e) => e.id)).to.deep.equal(ids);
      expect(issues).to.deep.equal([]);
      expect(format).to.equal('json');
    });
  }

  it('loadEvents() returns the events as they are in the file', async () => {
    const {
      events: [, second],
    } = await loadEvents(fixture('load-array.json'), new AbortController().signal);
    expect(second).to.deep.equal({
      id: 'array-two',
      title: 'Second event of an array',
      start: '2017-01',
      end: '..',
      category: 'diplomacy',
    });
  });

  for (const [name, file, message] of failCases) {
    it(`loadEvents() ${name}`, async () => {
      const error = await rejection(loadEvents(fixture(file), new AbortController().signal));
      expect(error.message).to.match(message);
      expectReadableFragment(error.message);
    });
  }

  it('loadEvents() rejects a request that cannot be made as a failed network request', async () => {
    // Port 9 (discard) is closed on the test machine, and the network is closed anyway.
    const error = await rejection(loadEvents('http://127.0.0.1:9/events.json', new AbortController().signal));
    expect(error.message).to.equal('the network request failed');
  });

  it('loadEvents() rejects when the signal aborts during the request', async () => {
    const abort = new AbortController();
    const loading = loadEvents(fixture('load-array.json'), abort.signal);
    abort.abort();
    const error = await rejection(loading);
    expect(error.message).to.equal('the request was cancelled');
    expectReadableFragment(error.message);
  });

  it('loadEvents() rejects when the signal was aborted before the call', async () => {
    const abort = new AbortController();
    abort.abort();
    const error = await rejection(loadEvents(fixture('load-array.json'), abort.signal));
    expect(error.message).to.equal('the request was cancelled');
  });

  describe('with the timer and fetch under the test’s control', () => {
    const realFetch = window.fetch;
    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;
    /** The id the stand-in setTimeout gives the load's timer. */
    const TIMER_ID = 987_654_321;
    /** The callbacks loadEvents gave setTimeout for LOAD_TIMEOUT_MS, to run when the test says. */
    let timeouts: (() => void)[] = [];
    let cleared: (number | undefined)[] = [];

    beforeEach(() => {
      timeouts = [];
      cleared = [];
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
        if (ms === LOAD_TIMEOUT_MS && typeof handler === 'function') {
          timeouts.push(handler as () => void);
          return TIMER_ID;
        }
        return realSetTimeout(handler, ms, ...rest);
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id === TIMER_ID) cleared.push(id);
        else realClearTimeout(id);
      }) as typeof window.clearTimeout;
    });

    afterEach(() => {
      window.fetch = realFetch;
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    });

    it('loadEvents() rejects a server that does not answer in time, in seconds', async () => {
      // A request that hangs until it is aborted.
      window.fetch = (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      const loading = loadEvents(fixture('load-array.json'), new AbortController().signal);
      await waitUntil(() => timeouts.length === 1, 'the load sets its timer once its code has loaded', { timeout: 20000 });
      timeouts[0]();
      const error = await rejection(loading);
      expect(error.message).to.equal(`no answer within ${LOAD_TIMEOUT_MS / 1000} seconds`);
      expectReadableFragment(error.message);
    });

    it('loadEvents() rejects a body that does not arrive in time, in seconds', async () => {
      // The headers arrive, then the time runs out before the body is read.
      window.fetch = async (input, init) => {
        const response = await realFetch(input, init);
        timeouts[0]();
        return response;
      };
      const error = await rejection(loadEvents(fixture('load-array.json'), new AbortController().signal));
      expect(error.message).to.equal(`no answer within ${LOAD_TIMEOUT_MS / 1000} seconds`);
    });

    it('loadEvents() rejects when the signal aborts while the body is read', async () => {
      const abort = new AbortController();
      window.fetch = async (input, init) => {
        const response = await realFetch(input, init);
        abort.abort();
        return response;
      };
      const error = await rejection(loadEvents(fixture('load-array.json'), abort.signal));
      expect(error.message).to.equal('the request was cancelled');
    });

    it('loadEvents() clears its timer and lets go of the signal when it settles', async () => {
      const abort = new AbortController();
      const removed: string[] = [];
      const realRemove = abort.signal.removeEventListener.bind(abort.signal);
      abort.signal.removeEventListener = ((type: string, listener: EventListener, options?: EventListenerOptions) => {
        removed.push(type);
        realRemove(type, listener, options);
      }) as typeof abort.signal.removeEventListener;
      await loadEvents(fixture('load-array.json'), abort.signal);
      expect(cleared).to.deep.equal([TIMER_ID]);
      expect(removed).to.deep.equal(['abort']);
      // Aborting afterwards changes nothing and throws nothing.
      abort.abort();
    });
  });
});
