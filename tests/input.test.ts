import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { TimelineEvent } from '../src/data/types.js';
import type { TimelineErrorEvent } from '../src/events.js';
import { eventIds, eventNodes, fixtureUrl, mount, nextTask, settle } from './harness.js';
import { forbiddenNodes, hostileEvents, watchForXss } from './xss-corpus.js';

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
