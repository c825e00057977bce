import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { eventIds, fixtureUrl, mount, nextTask, settle } from './harness.js';
import { forbiddenNodes, hostileEvents, watchForXss } from './xss-corpus.js';

/** The standalone bundle as a page uses it: loaded alone, never through src/. */
type Timeline = HTMLElement & {
  events: unknown;
  src: string;
  selected: string | null;
  updateComplete: Promise<boolean>;
};

const bundle = new URL('../dist/syria-timeline.bundle.js', import.meta.url).href;

describe('the built bundle with data of its user', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(async () => {
    window.addEventListener('error', onError);
    await import(bundle);
  });
  after(() => window.removeEventListener('error', onError));

  it('draws XSS payloads in every field as text: nothing runs, no element or unsafe link comes from data', async () => {
    const watch = watchForXss();
    try {
      const el = await mount<Timeline>('syria-timeline', { widthPx: 1100 });
      const events = hostileEvents();
      el.events = events;
      await settle(el);
      expect(eventIds(el).sort()).to.deep.equal(events.map((e) => String(e.id)).sort());
      for (const e of events) {
        el.selected = String(e.id);
        await settle(el);
        expect(forbiddenNodes(el.shadowRoot!), String(e.id)).to.deep.equal([]);
      }
      // Anything a payload had queued (a handler, a timer of its own) would have run by the next task.
      await nextTask();
      expect(watch.check()).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('draws the 2 valid events among invalid ones, tells the user, and fires timeline-error', async () => {
    const el = await mount<Timeline>('syria-timeline', { widthPx: 1100 });
    const mixed = [
      { title: 'Valid one', start: '2016-01-10' },
      { title: 'Bad month', start: '2016-13' },
      { start: '2016-02-01' },
      { title: 'No start' },
      7,
      null,
      { title: 'Valid two', start: '2016-03', category: 'ceasefire' },
    ];
    setTimeout(() => (el.events = mixed));
    await oneEvent(el, 'timeline-error');
    await settle(el);
    expect(eventIds(el)).to.have.length(2);
    expect(el.shadowRoot!.textContent).to.include('5 of 7 events could not be shown');
  });

  for (const [name, file, pattern] of [
    ['a missing file', 'nothing-here.json', /HTTP 404/],
    ['broken JSON', 'input-broken.json', /not valid JSON/],
  ] as const) {
    it(`shows an error and fires timeline-error for ${name}`, async () => {
      const el = await mount<Timeline>('syria-timeline', { widthPx: 1100 });
      setTimeout(() => (el.src = fixtureUrl(file)));
      const ev = (await oneEvent(el, 'timeline-error')) as CustomEvent<{ load?: { message: string } }>;
      expect(ev.detail.load?.message).to.match(pattern);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(pattern);
    });
  }

  it('loads its CSV reader from the file next to it when src is a CSV file', async () => {
    const el = await mount<Timeline>('syria-timeline', { widthPx: 1100 });
    el.src = fixtureUrl('input-events.csv');
    await waitUntil(() => eventIds(el).length === 1, 'the valid CSV row is drawn', { timeout: 20000 });
    expect(errors).to.deep.equal([]);
  });
});
