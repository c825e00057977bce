/**
 * The published bundle, used the way a page without a build step uses it: `dist/syria-timeline.bundle.js`
 * loaded on its own (nothing from src/), then `<syria-timeline>` placed in the page. `npm test` builds dist/
 * before the browsers start; run `npm run build` first when calling `wtr` directly.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { eventNodes, mountArticle, nextVisitToBody, press, root, settle, tickLabels, visibleSpan } from './harness.js';

/** The part of a dataset event that these tests read. */
interface BundleEvent {
  id: string;
  title: string;
  source?: { quote?: string };
}

/** What a page sees of `<syria-timeline>` (declared here: this file must not import from src/). */
interface TimelineElement extends HTMLElement {
  events: readonly BundleEvent[];
  selected: string | null;
  readonly visibleRange: [number, number];
  readonly updateComplete: Promise<boolean>;
}

type SelectEvent = CustomEvent<{ event: BundleEvent | null; id: string | null }>;

const BUNDLE_URL = new URL('../dist/syria-timeline.bundle.js', import.meta.url).href;

/** Narrower than the test browsers' smallest viewport (800 px), so that every mark can be clicked. */
const WIDTH_PX = 760;

/** How these tests place the element: WIDTH_PX wide, with theme="auto" unless a test picks another. */
const PLACEMENT = { widthPx: WIDTH_PX, attrs: { theme: 'auto' } };

/** Console errors, uncaught errors and unhandled rejections, each with the test that was running. */
const problems: string[] = [];
let phase = 'loading the bundle';
const originalConsoleError = console.error;
const onError = (e: ErrorEvent) => problems.push(`${phase}: uncaught ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => problems.push(`${phase}: unhandled rejection ${String(e.reason)}`);

/** The timeline the bundle draws out of sight when the page is idle, before the tests make one (`nextVisitToBody`). */
let warmUpBox: Promise<HTMLElement>;

const activeEvent = (el: TimelineElement) => root(el).activeElement as SVGGElement | null;

function centerOf(node: Element): { x: number; y: number } {
  const r = node.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/**
 * The first event with a source quote whose mark is hit at its centre by its own event, so that a real click there
 * lands on it (not on a neighbour's label). Scrolls it into view first.
 */
function clickableEventWithQuote(el: TimelineElement): { event: BundleEvent; mark: Element } {
  for (const event of el.events) {
    if (!event.source?.quote) continue;
    const node = eventNodes(el).find((n) => n.getAttribute('data-id') === event.id);
    const mark = node?.querySelector('.mark, .bar, .band');
    if (!node || !mark) continue;
    mark.scrollIntoView({ block: 'center', inline: 'nearest' });
    const { x, y } = centerOf(mark);
    if (node.contains(root(el).elementFromPoint(x, y))) return { event, mark };
  }
  throw new Error('no event with a quote can be clicked at the centre of its mark');
}

describe('the built bundle, dist/syria-timeline.bundle.js', () => {
  before(async () => {
    console.error = (...args: unknown[]) => {
      problems.push(`${phase}: console.error ${args.map(String).join(' ')}`);
      originalConsoleError.apply(console, args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    warmUpBox = nextVisitToBody();
    await import(BUNDLE_URL);
  });

  beforeEach(function () {
    phase = this.currentTest?.title ?? '';
  });

  afterEach(async () => {
    await resetMouse();
  });

  after(() => {
    console.error = originalConsoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('defines <syria-timeline> and <event-timeline> when it is loaded', () => {
    const syria = customElements.get('syria-timeline');
    const generic = customElements.get('event-timeline');
    expect(syria).to.be.a('function');
    expect(generic).to.be.a('function');
    expect(syria!.prototype).to.be.an.instanceof(generic!);
  });

  it('draws a timeline out of sight when the page is idle, from the file next to it, and removes it', async () => {
    const box = await warmUpBox;
    expect(box.isConnected).to.equal(false);
    expect([box.inert, box.style.visibility]).to.deep.equal([true, 'hidden']);
    const timeline = box.firstElementChild as TimelineElement;
    expect(timeline.localName).to.equal('event-timeline');
    expect(root(timeline).querySelectorAll('[part~="event"]')).to.have.length(3);
  });

  it('draws every event of the dataset as a part="event" in the shadow root', async () => {
    const el = await mountArticle<TimelineElement>(PLACEMENT);
    expect(el.events.length).to.be.at.least(10);
    const drawn = eventNodes(el).map((n) => n.getAttribute('data-id'));
    expect(drawn).to.have.length(el.events.length);
    expect([...drawn].sort()).to.deep.equal(el.events.map((e) => e.id).sort());
  });

  it('draws the chart without whitespace text nodes between the shapes of its SVG, nested templates included', async () => {
    const el = await mountArticle<TimelineElement>(PLACEMENT);
    const chart = root(el).querySelector('svg.chart')!;
    const blanks = [...chart.querySelectorAll('*')].flatMap((node) =>
      node.localName === 'text' || node.localName === 'title'
        ? []
        : [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE && !child.textContent!.trim()),
    );
    expect(eventNodes(el).length).to.be.at.least(10);
    expect(blanks.map((n) => n.parentElement!.localName)).to.deep.equal([]);
  });

  it('labels the time axis from 2011 to January 2017, with the quiet years folded', async () => {
    const el = await mountArticle<TimelineElement>(PLACEMENT);
    expect(tickLabels(el)).to.include.members(['2011', '2012', 'Jan 2017']);
    expect(root(el).querySelector('[part~="fold"]')?.getAttribute('aria-label')).to.equal(
      'February 2013 to August 2016: no events',
    );
  });

  it('fires a bubbling, composed timeline-select on a click on a mark and shows the source quote', async () => {
    const el = await mountArticle<TimelineElement>(PLACEMENT);
    const { event, mark } = clickableEventWithQuote(el);
    const { x, y } = centerOf(mark);
    const fired = oneEvent(document, 'timeline-select') as Promise<SelectEvent>;
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    const ev = await fired;
    expect(ev.target).to.equal(el);
    expect(ev.bubbles, 'bubbles').to.be.true;
    expect(ev.composed, 'composed').to.be.true;
    expect(ev.detail.event).to.equal(event);
    expect(ev.detail.id).to.equal(event.id);
    await settle(el);
    expect(el.selected).to.equal(event.id);
    const panel = root(el).querySelector('[part~="detail"]');
    expect(panel, 'detail panel').to.exist;
    expect(panel!.textContent).to.include(event.source!.quote!);
  });

  it('names the events in Arabic with locale="ar", and keeps the Astana quote in the article’s English, marked and named', async () => {
    const el = await mountArticle<TimelineElement>({ widthPx: 1200, attrs: { locale: 'ar', dir: 'rtl' } });
    const arabic = /[\u0600-\u06FF]/;
    const zoomOut = () => root(el).querySelector('[part~="zoom-button"]')?.getAttribute('aria-label') ?? '';
    await waitUntil(() => arabic.test(zoomOut()), 'the Arabic dictionary is used', { timeout: 20000 });
    await settle(el);
    const labels = [...root(el).querySelectorAll('[part~="label"]')].map((t) => t.textContent!);
    const list = [...root(el).querySelectorAll('[part~="list-item"] .list-title')].map((t) => t.textContent!);
    expect(labels.filter((t) => arabic.test(t)).length, labels.join(' | ')).to.be.at.least(14);
    expect(list.filter((t) => arabic.test(t))).to.have.length(16);
    el.selected = 'astana-talks';
    await settle(el);
    const quote = root(el).querySelector('[part~="detail"] blockquote')!;
    const article = await (await fetch(new URL('./fixtures/article.txt', import.meta.url))).text();
    const sentence = quote.textContent!.trim();
    expect(sentence).to.equal(el.events.find((e) => e.id === 'astana-talks')!.source!.quote);
    expect(sentence).to.include('January 23');
    expect(article.includes(sentence), 'a sentence of the article, verbatim').to.equal(true);
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(root(el).querySelector('[part~="detail"] .quoted-in')!.textContent).to.equal('اقتباس باللغة الإنجليزية');
  });

  it('takes one Tab stop, moves with ArrowRight, selects with Enter and clears the selection with Escape', async () => {
    const el = await mountArticle<TimelineElement>(PLACEMENT);
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await press(el, 'Tab');
    const first = activeEvent(el);
    expect(document.activeElement, 'focus moved into the timeline').to.equal(el);
    expect(first?.getAttribute('part')?.split(/\s+/)).to.include('event');
    expect(first!.getAttribute('aria-label')).to.be.a('string').and.not.empty;
    const firstId = first!.getAttribute('data-id');

    await press(el, 'ArrowRight');
    const secondId = activeEvent(el)?.getAttribute('data-id');
    expect(secondId).to.be.a('string').and.not.equal(firstId);

    const selected = oneEvent(el, 'timeline-select') as Promise<SelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal(secondId);
    await settle(el);
    expect(el.selected).to.equal(secondId);
    expect(el.getAttribute('selected')).to.equal(secondId);
    expect(root(el).querySelector('[part~="detail"]')).to.exist;

    const cleared = oneEvent(el, 'timeline-select') as Promise<SelectEvent>;
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.event).to.be.null;
    await settle(el);
    expect(el.selected).to.be.null;
    expect(el.hasAttribute('selected')).to.be.false;
    expect(root(el).querySelector('[part~="detail"]')).to.be.null;
  });

  it('halves the visible time span when the "Zoom in" button is clicked (time to one scale)', async () => {
    const el = await mountArticle<TimelineElement>({ ...PLACEMENT, attrs: { ...PLACEMENT.attrs, folds: 'none' } });
    const full = visibleSpan(el);
    const zoomIn = root(el).querySelector<HTMLButtonElement>('[part~="zoom-button"][aria-label="Zoom in"]');
    expect(zoomIn, 'Zoom in button').to.exist;
    zoomIn!.click();
    await settle(el);
    expect(visibleSpan(el)).to.be.closeTo(full / 2, full * 0.01);
  });

  it('zooms on Ctrl + wheel over the chart, and leaves a plain wheel to the page', async () => {
    const el = await mountArticle<TimelineElement>(PLACEMENT);
    const chart = root(el).querySelector('svg.chart')!;
    chart.scrollIntoView({ block: 'start', inline: 'nearest' });
    const r = chart.getBoundingClientRect();
    const point = { clientX: r.left + r.width / 2, clientY: r.top + Math.min(60, r.height / 2) };
    const target = root(el).elementFromPoint(point.clientX, point.clientY) ?? chart;
    expect(chart.contains(target), 'the point is over the chart').to.be.true;
    const wheel = (ctrlKey: boolean) =>
      new WheelEvent('wheel', { ...point, deltaY: -100, ctrlKey, bubbles: true, cancelable: true, composed: true });
    const before = el.visibleRange;

    const plain = wheel(false);
    target.dispatchEvent(plain);
    await settle(el);
    expect(plain.defaultPrevented, 'plain wheel prevented').to.be.false;
    expect(el.visibleRange).to.deep.equal(before);

    const zoom = wheel(true);
    target.dispatchEvent(zoom);
    await settle(el);
    expect(zoom.defaultPrevented, 'Ctrl + wheel prevented').to.be.true;
    expect(visibleSpan(el)).to.be.below(before[1] - before[0]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with theme="${theme}" and nothing selected`, async () => {
      const el = await mountArticle<TimelineElement>({ ...PLACEMENT, attrs: { theme } });
      await expect(el).to.be.accessible();
    });

    it(`has no axe violations with theme="${theme}" and an event selected`, async () => {
      const el = await mountArticle<TimelineElement>({ ...PLACEMENT, attrs: { theme } });
      el.selected = el.events.find((e) => e.source?.quote)!.id;
      await settle(el);
      expect(root(el).querySelector('[part~="detail"]'), 'detail panel').to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('logs no console error and throws no uncaught error while it is loaded and used', () => {
    expect(problems).to.deep.equal([]);
  });
});
