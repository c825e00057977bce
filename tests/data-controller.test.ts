import { expect, oneEvent } from '@open-wc/testing';
import type { TimelineEvent } from '../src/data/types.js';
import { DataController } from '../src/controllers/data-controller.js';
import { summarizeSource } from '../src/data/summarize-issues.js';
import type { TimelineErrorEvent } from '../src/events.js';
import { TimelineLayout } from '../src/layout/timeline-layout.js';
import { mountHost, type ControllerHost } from './controller-host.js';
import { collectWarnings, fixtureUrl } from './harness.js';

/** What a test host gives its data controller, as the timeline gives its `events`, `src`, `format` and language. */
interface Given {
  events: readonly TimelineEvent[];
  src: string;
  format: string;
  lang: string;
}

const two: TimelineEvent[] = [
  { id: 'a', title: 'First', start: '2016-01-05', category: 'military' },
  { id: 'b', title: 'Second', start: '2016-03', category: 'diplomacy' },
];
const mixed = [...two, { id: 'bad', title: 'Bad month', start: '2016-13' }] as TimelineEvent[];

/** A host that syncs a data controller from `given` on every update, and counts the syncs that changed the data. */
async function mountData(given: Partial<Given> = {}, { summarizer = true } = {}) {
  const state = { given: { events: [], src: '', format: '', lang: 'en', ...given } as Given, changes: 0 };
  const layout = new TimelineLayout();
  const mounted = await mountHost(
    (host) => {
      const data = new DataController(host, layout);
      // The timeline gives it the summarizer when its deferred parts arrive.
      if (summarizer) data.useSummarizer(summarizeSource);
      return data;
    },
    (data) => {
      if (data.sync(state.given.events, state.given.src, state.given.format, state.given.lang)) state.changes++;
      return data.status;
    },
  );
  /** Gives the host new arguments and waits for the update. */
  const give = async (next: Partial<Given>) => {
    state.given = { ...state.given, ...next };
    mounted.host.requestUpdate();
    await mounted.host.updateComplete;
  };
  return { ...mounted, layout, state, give };
}

/** Events that are drawn, each with two fields the format does not know (as vis-timeline's items have). */
const withExtras = two.map((e) => ({ ...e, group: 1, content: e.title })) as TimelineEvent[];

/** Waits for the next `timeline-error` of `host`. */
const nextError = (host: ControllerHost) => oneEvent(host, 'timeline-error') as Promise<TimelineErrorEvent>;

/**
 * Replaces `fetch` with one that records the signal of each request, for the length of `run`. `requested(n)`
 * resolves as the n-th request is made, before its response can arrive.
 */
async function withFetchSignals(
  run: (signals: AbortSignal[], requested: (n: number) => Promise<void>) => Promise<void>,
): Promise<void> {
  const originalFetch = window.fetch;
  const signals: AbortSignal[] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  const requested = (n: number) =>
    signals.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ n, resolve }));
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    for (const w of waiting.filter((w) => signals.length >= w.n)) w.resolve();
    return originalFetch(input, init);
  }) as typeof fetch;
  try {
    await run(signals, requested);
  } finally {
    window.fetch = originalFetch;
  }
}

describe('DataController', () => {
  it('validates events, gives them to the layout, and changes only when they do', async () => {
    const { host, layout, state, give } = await mountData({ events: two });
    expect(layout.items.map((i) => i.id)).to.deep.equal(['a', 'b']);
    expect(state.changes).to.equal(1);
    host.requestUpdate();
    await host.updateComplete;
    expect(state.changes, 'the same array').to.equal(1);
    await give({ events: [...two] });
    expect(state.changes, 'a new array').to.equal(2);
  });

  it('keeps what was left out, reports it once the host has drawn, and forgets a dismissed notice with new data', async () => {
    const { host, controller, give } = await mountData();
    const reported = nextError(host);
    await give({ events: mixed });
    const { detail } = await reported;
    expect(detail.issues.map((i) => [i.index, i.code])).to.deep.equal([[2, 'invalid-date']]);
    expect(detail.summary.map((g) => [g.code, g.field, g.count])).to.deep.equal([['invalid-date', 'start', 1]]);
    expect([controller.total, controller.issues.length]).to.deep.equal([3, 1]);
    expect(controller.notice).to.deep.equal(controller.summary);
    const updates = host.updates;
    controller.dismiss();
    await host.updateComplete;
    expect([controller.dismissed, host.updates]).to.deep.equal([true, updates + 1]);
    await give({ events: [...mixed] });
    expect(controller.dismissed).to.be.false;
  });

  it('reports warnings in timeline-error and with one console.warn per kind and field, once per data change, with no notice', async () => {
    let detail: TimelineErrorEvent['detail'] | undefined;
    const warnings = await collectWarnings(async () => {
      const { host, controller, give } = await mountData();
      const reported = nextError(host);
      await give({ events: withExtras });
      detail = (await reported).detail;
      expect(controller.notice, 'nothing for the reader').to.deep.equal([]);
      host.requestUpdate();
      await host.updateComplete;
    });
    expect(detail!.issues.map((i) => i.code)).to.deep.equal(Array(4).fill('unknown-field'));
    expect(JSON.parse(JSON.stringify(detail)).issues, 'issues made when read are data like the rest').to.deep.equal(detail!.issues);
    expect(detail!.summary.map((g) => [g.field, g.count, g.skipped])).to.deep.equal([
      ['group', 2, false],
      ['content', 2, false],
    ]);
    expect(warnings).to.deep.equal([
      ["syria-timeline: group: unknown field in 2 events (events[0], events[1]), ignored (did you mean 'category'?)"],
      ['syria-timeline: content: unknown field in 2 events (events[0], events[1]), ignored'],
    ]);
  });

  it('writes at most 20 kinds of warning to the console, then how many more kinds there are', async () => {
    // 5 events with 5 unknown fields each, all named differently: 25 kinds of warning.
    const events = Array.from({ length: 5 }, (_, i) => ({
      ...two[0],
      id: `e${i}`,
      ...Object.fromEntries(Array.from({ length: 5 }, (_, j) => [`extra${i}${j}`, j])),
    })) as TimelineEvent[];
    const warnings = await collectWarnings(async () => {
      const { host, give } = await mountData();
      const reported = nextError(host);
      await give({ events });
      expect((await reported).detail.summary).to.have.length(25);
    });
    expect(warnings).to.have.length(21);
    expect(warnings[0]).to.deep.equal(['syria-timeline: events[0].extra00: unknown field, ignored']);
    expect(warnings[20]).to.deep.equal(['syria-timeline: and 5 more kinds of problem; timeline-error has them all']);
  });

  it('hands back the page’s own object for a drawn event', async () => {
    const { controller } = await mountData({ events: mixed });
    expect(controller.originalOf('b')).to.equal(two[1]);
    expect(controller.originalOf('nothing')).to.equal(null);
  });

  it('hands back the page’s own object after events left out before it, even once the page reorders its list', async () => {
    const [a, b] = two;
    const c: TimelineEvent = { id: 'c', title: 'Third', start: '2016-04', category: 'statement' };
    const list = [{ title: 'No start' }, a, mixed[2], b, { ...a, title: 'Same id' }, c] as TimelineEvent[];
    const { controller, layout } = await mountData({ events: list });
    expect(layout.items.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    list.reverse();
    expect(controller.originalOf('a')).to.equal(a);
    expect(controller.originalOf('b')).to.equal(b);
    expect(controller.originalOf('c')).to.equal(c);
    expect(controller.originalOf('bad')).to.equal(null);
  });

  it('gives the layout the events in the reader’s language, and the same events in other words when it changes', async () => {
    const translated: TimelineEvent[] = [
      { ...two[0], translations: { fr: { title: 'Premier' }, ar: { title: 'الأول' } } },
      { ...two[1], translations: { fr: { title: 'Second (fr)' } }, group: 1 } as TimelineEvent,
    ];
    const reported: Event[] = [];
    const { host, controller, layout, state, give } = await mountData({ lang: 'fr-CA' });
    host.addEventListener('timeline-error', (e) => reported.push(e));
    await collectWarnings(() => give({ events: translated }));
    const titles = () => layout.items.map((i) => i.event.title);
    expect(titles()).to.deep.equal(['Premier', 'Second (fr)']);
    const [items, changes] = [layout.items, state.changes];
    await give({ lang: 'ar' });
    expect(titles()).to.deep.equal(['الأول', 'Second']);
    expect(layout.items, 'new items, as the labels change').to.not.equal(items);
    expect(layout.items.map((i) => [i.id, i.markMs])).to.deep.equal(items.map((i) => [i.id, i.markMs]));
    expect(state.changes).to.equal(changes + 1);
    await give({ lang: 'de' });
    expect(titles()).to.deep.equal(['First', 'Second']);
    await give({ lang: 'en' });
    expect(state.changes, 'no change from one language without translations to another').to.equal(changes + 2);
    expect(controller.originalOf('a'), 'the page’s own object, in its own words').to.equal(translated[0]);
    expect(reported, 'the unknown field is reported once, not again with each language').to.have.length(1);
  });

  it('loads src, pending until it has, then draws what it loaded instead of events', async () => {
    const { host, controller, layout, give } = await mountData({ events: two });
    await give({ src: fixtureUrl('load-array.json') });
    expect(controller.status).to.equal('pending');
    expect(host.shadowRoot!.textContent).to.include('pending');
    await host.nextUpdate();
    expect(controller.status).to.equal('complete');
    expect(layout.items.map((i) => i.id)).to.deep.equal(['array-one', 'array-two']);
    expect(controller.baseUrl).to.equal(fixtureUrl('load-array.json'));
    await give({ src: '' });
    expect(layout.items.map((i) => i.id), 'events again once src is cleared').to.deep.equal(['a', 'b']);
    expect(controller.baseUrl).to.equal(document.baseURI);
  });

  it('cancels a load when src changes, and the last src wins', async () => {
    await withFetchSignals(async (signals, requested) => {
      const { host, layout, give } = await mountData();
      // Each request starts once the code that loads has arrived (a file of its own next to the bundle).
      const first = requested(1);
      await give({ src: fixtureUrl('events.json') });
      await first;
      const second = requested(2);
      await give({ src: fixtureUrl('load-array.json') });
      await second;
      expect(signals.map((s) => s.aborted)).to.deep.equal([true, false]);
      await host.nextUpdate();
      expect(layout.items.map((i) => i.id)).to.deep.equal(['array-one', 'array-two']);
    });
  });

  it('says why a load failed, fires timeline-error with it, and loads again on retry()', async () => {
    const { host, controller, layout, give } = await mountData({ events: two });
    const failed = nextError(host);
    await give({ src: fixtureUrl('input-broken.json') });
    const { detail } = await failed;
    expect(detail.load?.url).to.equal(fixtureUrl('input-broken.json'));
    expect(detail.load?.message).to.match(/not valid JSON/);
    await host.updateComplete;
    expect(controller.status).to.equal('error');
    expect(controller.error).to.equal(detail.load?.message);
    expect(layout.items, 'nothing drawn').to.have.length(0);
    const again = nextError(host);
    controller.retry();
    expect(controller.status).to.equal('pending');
    expect((await again).detail.load?.url).to.equal(fixtureUrl('input-broken.json'));
  });

  it('cancels a load when the host leaves the page, and starts it again when it comes back', async () => {
    await withFetchSignals(async (signals, requested) => {
      const { host, controller, layout, give } = await mountData();
      const first = requested(1);
      await give({ src: fixtureUrl('load-array.json') });
      await first;
      const parent = host.parentElement!;
      host.remove();
      expect(signals[0].aborted).to.be.true;
      expect(controller.status).to.equal('complete');
      parent.append(host);
      await host.updateComplete;
      expect(controller.status).to.equal('pending');
      await host.nextUpdate();
      expect(layout.items.map((i) => i.id)).to.deep.equal(['array-one', 'array-two']);
    });
  });
});

describe('DataController without its summarizer yet', () => {
  it('keeps the issues to sum up, fires nothing, and reports them once the summarizer arrives', async () => {
    let errors = 0;
    const { host, controller: data } = await mountData({ events: mixed }, { summarizer: false });
    host.addEventListener('timeline-error', () => errors++);
    await host.updateComplete;
    expect(data.unsummed, 'issues wait for the summarizer').to.exist;
    expect(data.summary).to.deep.equal([]);
    expect(data.notice).to.deep.equal([]);
    expect(errors).to.equal(0);
    const error = nextError(host);
    data.useSummarizer(summarizeSource);
    const { detail } = await error;
    expect(data.unsummed).to.equal(undefined);
    expect(detail.summary.map((g) => g.code)).to.deep.equal(['invalid-date']);
    expect(data.notice).to.have.length(1);
    expect(errors).to.equal(1);
  });

  it('needs no summarizer for data without issues', async () => {
    const { controller: data } = await mountData({ events: two }, { summarizer: false });
    expect(data.unsummed).to.equal(undefined);
    expect(data.summary).to.deep.equal([]);
  });
});
