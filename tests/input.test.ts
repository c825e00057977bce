import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { TimelineEvent } from '../src/data/types.js';
import type { TimelineErrorEvent } from '../src/events.js';
import { collectWarnings, eventIds, eventNodes, fixtureUrl, mount, nextTask, settle } from './harness.js';
import { forbiddenNodes, hostileEvents, watchForXss } from './xss-corpus.js';

/** Every node under `root`: elements, texts and comments. */
function countNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** `n` valid events, a day apart from 1 January 2016, each with its own id. */
const validEvents = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    start: new Date(Date.UTC(2016, 0, 1 + (i % 2000))).toISOString().slice(0, 10),
    category: 'military',
  }));

describe('input: validation, loading and hostile data', () => {
  it('draws exactly the valid events of a mixed array, says what was left out, and fires timeline-error', async () => {
    const el = await mount('event-timeline', { widthPx: 900 });
    const mixed = [
      { id: 'ok-1', title: 'First valid', start: '2016-05-01', category: 'military' },
      { id: 'bad-month', title: 'Bad month', start: '2016-13', category: 'military' },
      { id: 'no-title', start: '2016-06-01', category: 'military' },
      { id: 'no-start', title: 'No start', category: 'military' },
      42,
      null,
      { id: 'ok-2', title: 'Second valid', start: '2016-07', category: 'diplomacy' },
    ] as unknown as TimelineEvent[];
    setTimeout(() => (el.events = mixed));
    const ev = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
    await settle(el);
    expect(eventIds(el).sort()).to.deep.equal(['ok-1', 'ok-2']);
    expect(ev.bubbles && ev.composed).to.be.true;
    const skipped = new Set(ev.detail.issues.filter((i) => i.skipped).map((i) => i.index));
    expect([...skipped].sort()).to.deep.equal([1, 2, 3, 4, 5]);
    const messages = ev.detail.issues.map((i) => i.message).join('\n');
    expect(messages).to.include("events[1].start: '2016-13' is not a valid date (month 13)");
    const notice = el.shadowRoot!.querySelector('[part~="notice"]')!;
    expect(notice.textContent).to.include('5 of 7 events could not be shown');
    expect(notice.textContent).to.include('events[4]');
    notice.querySelector<HTMLButtonElement>('.dismiss')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.be.null;
  });

  it('draws 100,000 events with two unknown fields each, with no notice, one timeline-error and one console.warn per field', async () => {
    const el = await mount('event-timeline', { widthPx: 1000 });
    const events = validEvents(100_000).map((e, i) => ({ ...e, group: i % 7, content: `<b>${e.title}</b>` }));
    const errors: TimelineErrorEvent[] = [];
    el.addEventListener('timeline-error', (e) => errors.push(e));
    const warnings = await collectWarnings(async () => {
      el.events = events as TimelineEvent[];
      await settle(el);
      await nextTask();
    });
    expect(el.drawnEvents.length).to.equal(100_000);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.at.most(3000);
    expect(el.shadowRoot!.querySelector('[part~="notice"]'), 'warnings draw no notice').to.be.null;
    expect(errors).to.have.length(1);
    expect(errors[0].detail.issues).to.have.length(200_000);
    expect(errors[0].detail.summary.map((g) => [g.code, g.field, g.count])).to.deep.equal([
      ['unknown-field', 'group', 100_000],
      ['unknown-field', 'content', 100_000],
    ]);
    expect(warnings).to.deep.equal([
      [
        "syria-timeline: group: unknown field in 100,000 events (events[0], events[1], events[2] and 99,997 more), ignored (did you mean 'category'?)",
      ],
      ['syria-timeline: content: unknown field in 100,000 events (events[0], events[1], events[2] and 99,997 more), ignored'],
    ]);
  });

  it('says that 2 of 14 events could not be shown, with a line for each kind of problem, in fewer than 50 nodes', async () => {
    const el = await mount('event-timeline', { widthPx: 1000 });
    const events = validEvents(14) as unknown[];
    events[3] = { id: 'bad-month', title: 'Bad month', start: '2016-13', category: 'military' };
    events[9] = { id: 'no-title', start: '2016-06-01', category: 'military' };
    const warnings = await collectWarnings(async () => {
      setTimeout(() => (el.events = events as TimelineEvent[]));
      await oneEvent(el, 'timeline-error');
      await settle(el);
    });
    expect(el.drawnEvents.length).to.equal(12);
    const notice = el.shadowRoot!.querySelector('[part~="notice"]')!;
    expect(notice.querySelector('summary')!.textContent).to.equal('2 of 14 events could not be shown');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      "events[3].start: '2016-13' is not a valid date (month 13)",
      'events[9].title: missing; every event needs a title',
    ]);
    expect(countNodes(notice)).to.be.below(50);
    expect(warnings, 'errors are on screen, not in the console').to.deep.equal([]);
  });

  it('lists at most 8 kinds of problem in the notice, and says how many more kinds there are', async () => {
    const el = await mount('event-timeline', { widthPx: 1000 });
    const t = { title: 'T', category: 'military' };
    const bad = [
      null, {}, { start: '2016' }, { title: 3, start: '2016' }, { title: ' ', start: '2016' }, { title: 'T' },
      { ...t, start: '' }, { ...t, start: '2016-13' }, { ...t, start: '2016', end: '2015' }, { ...t, start: '2016', end: '201' },
      { ...t, id: 'e0', start: '2016' },
    ];
    // Each kind twice, so that no line is an issue's own message.
    setTimeout(() => (el.events = [...validEvents(3), ...bad, ...bad] as TimelineEvent[]));
    await oneEvent(el, 'timeline-error');
    await settle(el);
    const notice = el.shadowRoot!.querySelector('[part~="notice"]')!;
    expect(notice.querySelector('summary')!.textContent).to.equal('22 of 25 events could not be shown');
    const lines = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).to.have.length(9);
    expect(lines[0]).to.equal(
      'not an event in 2 places (events[3], events[14]); the first: expected an event (an object with a title and a start), but got null',
    );
    expect(lines[8]).to.equal('and 3 more kinds of problem');
    expect(countNodes(notice)).to.be.below(50);
    notice.querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
  });

  it('draws a sheet with a column it does not know, with no notice and one console.warn', async () => {
    const el = await mount('event-timeline', { widthPx: 900 });
    let detail: TimelineErrorEvent['detail'] | undefined;
    const warnings = await collectWarnings(async () => {
      setTimeout(() => (el.src = fixtureUrl('input-extra-column.csv')));
      detail = ((await oneEvent(el, 'timeline-error')) as TimelineErrorEvent).detail;
      await settle(el);
    });
    expect(eventIds(el)).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part~="notice"]')).to.be.null;
    expect(detail!.issues.map((i) => [i.code, i.path])).to.deep.equal([['unknown-column', 'header']]);
    expect(warnings).to.deep.equal([["syria-timeline: header: column D ('Notes') is not a known column, so it is ignored"]]);
  });

  for (const value of [null, 42, 'not a list', { foo: 1 }]) {
    it(`reports input that is not a list of events: ${JSON.stringify(value)}`, async () => {
      const el = await mount('event-timeline', { widthPx: 900 });
      setTimeout(() => (el.events = value as unknown as TimelineEvent[]));
      const ev = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
      await settle(el);
      expect(ev.detail.issues[0].index).to.equal(-1);
      expect(el.shadowRoot!.querySelector('[part~="notice"]')!.textContent).to.match(/expected a list of events/);
      expect(eventIds(el)).to.deep.equal([]);
    });
  }

  it('draws events carrying XSS payloads in every text field, and nothing runs or is created from them', async () => {
    const watch = watchForXss();
    try {
      const el = await mount('event-timeline', { widthPx: 1200 });
      const events = hostileEvents();
      el.events = events as unknown as TimelineEvent[];
      await settle(el);
      expect(eventIds(el).sort()).to.deep.equal(events.map((e) => e.id as string).sort());
      for (const e of events) {
        el.selected = e.id as string;
        await settle(el);
        const panel = el.shadowRoot!.querySelector('[part~="detail"]')!;
        expect(panel.textContent, `${e.id}: the payload is shown as text`).to.include(String(e.summary));
        expect(forbiddenNodes(el.shadowRoot!), String(e.id)).to.deep.equal([]);
      }
      el.selected = null;
      await settle(el);
      // Anything a payload had queued (a handler, a timer of its own) would have run by the next task.
      await nextTask();
      expect(watch.check()).to.deep.equal([]);
      expect(forbiddenNodes(el.shadowRoot!)).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('loads CSV from src, reports its bad rows, and links only safe URLs', async () => {
    const el = await mount('event-timeline', { widthPx: 900 });
    setTimeout(() => (el.src = fixtureUrl('input-events.csv')));
    const ev = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
    await settle(el);
    expect(eventIds(el)).to.have.length(1);
    expect(ev.detail.issues.some((i) => i.skipped && /2016-13/.test(i.message))).to.be.true;
    el.selected = eventIds(el)[0]!;
    await settle(el);
    const panel = el.shadowRoot!.querySelector('[part~="detail"]')!;
    expect(panel.textContent).to.include('The negotiations will be held.');
    expect(panel.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/a');
  });

  it('loads a TimelineJS document from src, as plain text', async () => {
    const el = await mount('event-timeline', { widthPx: 900 });
    el.src = fixtureUrl('input-tjs.json');
    await waitUntil(() => eventIds(el).length === 2, 'the TimelineJS events are drawn', { timeout: 20000 });
    await settle(el);
    const names = eventNodes(el).map((n) => n.getAttribute('aria-label'));
    expect(names.join('|')).to.include('March thing, March 2016');
    expect(forbiddenNodes(el.shadowRoot!)).to.deep.equal([]);
  });

  it('says where broken JSON breaks, with a Retry button that loads again', async () => {
    const el = await mount('event-timeline', { widthPx: 900 });
    setTimeout(() => (el.src = fixtureUrl('input-broken.json')));
    const ev = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
    expect(ev.detail.load?.message).to.match(/not valid JSON.*line 2/);
    await settle(el);
    const status = el.shadowRoot!.querySelector('[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.textContent).to.match(/line 2, column \d+/);
    setTimeout(() => status.querySelector('button')!.click());
    const again = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
    expect(again.detail.load?.url).to.equal(fixtureUrl('input-broken.json'));
  });

  it('shows a busy state while loading, and the last src wins when it changes quickly', async () => {
    const el = await mount('event-timeline', { widthPx: 900 });
    const originalFetch = window.fetch;
    const slow = new Set<string>();
    // The first src answers only when the test says so: after the second one is drawn.
    let answerSlow!: () => void;
    const slowMayAnswer = new Promise<void>((resolve) => (answerSlow = resolve));
    let slowAnswered: Promise<unknown> = Promise.resolve();
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.includes('events.json')) return originalFetch(input, init);
      slow.add(url);
      const answer = slowMayAnswer.then(() => originalFetch(input, init));
      slowAnswered = answer.catch(() => undefined);
      return answer;
    }) as typeof fetch;
    try {
      el.src = fixtureUrl('events.json');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.include('Loading');
      // The first request is under way (the code that loads comes first) when the second src replaces it.
      await waitUntil(() => slow.size === 1, 'the first src is requested', { timeout: 20000 });
      el.src = fixtureUrl('load-array.json');
      await waitUntil(() => eventIds(el).length > 0, 'the second src is drawn', { timeout: 20000 });
      answerSlow();
      await slowAnswered;
      await settle(el);
      expect(eventIds(el).sort()).to.deep.equal(['array-one', 'array-two']);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
      expect(slow.size).to.equal(1);
    } finally {
      window.fetch = originalFetch;
    }
  });
});
