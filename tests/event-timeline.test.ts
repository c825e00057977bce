import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { syriaEvents } from '../src/data/syria-events.js';
import type { TimelineEvent } from '../src/data/types.js';
import type { TimelineErrorEvent, TimelineSelectEvent } from '../src/events.js';
import {
  activeId,
  eventIds,
  eventNodes,
  fixtureUrl,
  mount,
  mountArticle,
  nodeOf,
  press,
  root,
  settle,
  tickLabels,
  visibleSpan,
  afterViewChange,
} from './harness.js';

function box(node: Element): { left: number; right: number; top: number; bottom: number } {
  const r = node.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
}
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('<syria-timeline>', () => {
  it('draws every event of the dataset as a part="event"', async () => {
    const el = await mountArticle();
    const ids = eventIds(el).sort();
    expect(ids).to.deep.equal(syriaEvents.map((e) => e.id).sort());
  });

  it('labels the axis from 2012 to January 2017, across the fold, at every width from 320 to 1920 px', async () => {
    for (const width of [320, 360, 480, 640, 800, 1000, 1280, 1920]) {
      const el = await mountArticle({ widthPx: width });
      const labels = tickLabels(el);
      // Years on a narrow axis, quarters on a wide one (the year written on the first of each).
      expect(labels.some((l) => /^(Jan )?2012$/.test(l)), `${width}px: ${labels}`).to.be.true;
      expect(labels, `${width}px`).to.include('Jan 2017');
    }
  });

  it('labels the axis with the years 2012, 2014 and 2016 at every width with folds="none"', async () => {
    for (const width of [320, 640, 1280, 1920]) {
      const el = await mountArticle({ widthPx: width, attrs: { folds: 'none' } });
      expect(tickLabels(el), `${width}px`).to.include.members(['2012', '2014', '2016']);
    }
  });

  it('gives each event an accessible name with its title, its date in words and its category', async () => {
    const el = await mountArticle();
    expect(nodeOf(el, 'astana-talks').getAttribute('aria-label')).to.equal('Astana talks, 23 January 2017, Diplomacy');
    expect(nodeOf(el, 'aleppo-east-retaken').getAttribute('aria-label')).to.equal(
      'Syrian army retakes eastern Aleppo, late 2016, approximate, Military',
    );
    expect(nodeOf(el, 'foreign-support-for-armed-groups').getAttribute('aria-label')).to.equal(
      'Alleged foreign support for armed groups, from 2011 onward, Diplomacy',
    );
  });

  it('draws a year-precision date across its whole year', async () => {
    const el = await mountArticle();
    const band = nodeOf(el, 'aleppo-east-taken-by-armed-groups').querySelector('.band')!;
    const ticks = [...root(el).querySelectorAll<SVGTextElement>('[part~="tick-label"]')];
    const xOf = (label: string) => Number(ticks.find((t) => t.textContent!.trim() === label)!.getAttribute('x'));
    const x = Number(band.getAttribute('x'));
    const width = Number(band.getAttribute('width'));
    expect(x).to.be.closeTo(xOf('2012'), 1.5);
    expect(x + width).to.be.closeTo(xOf('2013'), 1.5);
  });

  it('draws approximate dates hatched and exact days as plain marks', async () => {
    const el = await mountArticle();
    const approx = nodeOf(el, 'aleppo-east-retaken');
    expect(approx.classList.contains('approximate')).to.be.true;
    expect(approx.querySelector('.band.hatched')?.getAttribute('fill')).to.match(/^url\(#hatch-cat-military\)$/);
    const exact = nodeOf(el, 'astana-talks');
    expect(exact.classList.contains('approximate')).to.be.false;
    expect(exact.classList.contains('fuzzy')).to.be.false;
    expect(exact.querySelector('.band')).to.be.null;
    expect(exact.querySelector('.mark')).to.exist;
  });

  it('runs an open-ended span to the right edge', async () => {
    const el = await mountArticle();
    const bar = nodeOf(el, 'foreign-support-for-armed-groups').querySelector('.bar')!;
    const end = Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'));
    expect(end).to.be.at.least(1000 - 2);
  });

  it('puts events in lanes by category, with a legend', async () => {
    const el = await mountArticle();
    const lanes = [...root(el).querySelectorAll('[part~="lane-label"]')].map((n) => n.textContent);
    expect(lanes).to.deep.equal(['Military', 'Humanitarian', 'Ceasefire', 'Diplomacy', 'Statement']);
    const legend = root(el).querySelector('[part~="legend"]')!.textContent!;
    for (const word of ['Military', 'Statement', 'approximate or uncertain']) expect(legend).to.include(word);
  });

  it('never lets a label overlap another label or mark', async () => {
    for (const width of [1000, 480, 320]) {
      const el = await mountArticle({ widthPx: width });
      const labelNodes = [...root(el).querySelectorAll<SVGTextElement>('[part~="label"]')];
      const labels = labelNodes.map(box);
      const marks = [...root(el).querySelectorAll('.events .mark, .events .bar, .events .band')].map((n) => ({
        b: box(n),
        id: n.closest<SVGGElement>('.event')!.dataset.id,
      }));
      expect(labels.length, `labels at ${width}px`).to.be.greaterThan(3);
      labels.forEach((a, i) =>
        labels.slice(i + 1).forEach((b) => expect(overlaps(a, b), `labels at ${width}px`).to.be.false),
      );
      labelNodes.forEach((label, i) => {
        for (const m of marks) {
          if (m.id === label.dataset.id) continue;
          expect(overlaps(labels[i], m.b), `${label.textContent} over a mark at ${width}px`).to.be.false;
        }
      });
    }
  });

  it('selects an event on click: fires timeline-select, sets selected and shows the quote', async () => {
    const el = await mountArticle();
    // The element's own events: the article's (those of syriaEvents), with the translation of its language.
    const target = el.events.find((e) => e.id === 'aleppo-east-retaken')!;
    expect(target.title).to.equal(syriaEvents.find((e) => e.id === 'aleppo-east-retaken')!.title);
    const mark = nodeOf(el, target.id).querySelector<SVGElement>('.mark')!;
    setTimeout(() => mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const ev = (await oneEvent(el, 'timeline-select')) as TimelineSelectEvent;
    expect(ev.bubbles && ev.composed).to.be.true;
    expect(ev.detail.event).to.equal(target);
    await el.updateComplete;
    expect(el.selected).to.equal(target.id);
    expect(el.getAttribute('selected')).to.equal(target.id);
    const panel = root(el).querySelector('[part~="detail"]')!;
    expect(panel.textContent).to.include(target.source!.quote!);
    expect(panel.textContent).to.include('late 2016, approximate');
    expect(panel.textContent).to.include('Late last year');
    expect(panel.getAttribute('role')).to.equal('region');
  });

  it('shows the panel when selected is set from outside, and fires nothing', async () => {
    const el = await mountArticle();
    let fired = 0;
    el.addEventListener('timeline-select', () => fired++);
    el.selected = 'astana-talks';
    await settle(el);
    const panel = root(el).querySelector('[part~="detail"]')!;
    expect(panel.textContent).to.include('23 January 2017');
    expect(panel.textContent).to.include('Astana, Kazakhstan');
    expect(nodeOf(el, 'astana-talks').getAttribute('aria-selected')).to.equal('true');
    el.setAttribute('selected', 'conflict-begins');
    await settle(el);
    expect(root(el).querySelector('[part~="detail-title"]')!.textContent).to.equal('Armed conflict in Syria begins');
    expect(fired).to.equal(0);
  });

  it('is one Tab stop, moves with the arrow keys, selects with Enter and clears with Escape', async () => {
    const el = await mountArticle();
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = activeId(el);
    expect(first).to.equal(el.drawnEvents[0].id);
    expect(root(el).activeElement!.getAttribute('aria-label')).to.equal(
      'Alleged foreign support for armed groups, from 2011 onward, Diplomacy',
    );
    await press(el, 'ArrowRight');
    const second = activeId(el);
    expect(second).to.be.a('string').and.not.equal(first);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = (await oneEvent(el, 'timeline-select')) as TimelineSelectEvent;
    expect(ev.detail.id).to.equal(second);
    await el.updateComplete;
    expect(el.selected).to.equal(second);
    setTimeout(() => sendKeys({ press: 'Escape' }));
    const cleared = (await oneEvent(el, 'timeline-select')) as TimelineSelectEvent;
    expect(cleared.detail.event).to.be.null;
    await el.updateComplete;
    expect(el.selected).to.be.null;
    expect(el.hasAttribute('selected')).to.be.false;
    expect(root(el).querySelector('[part~="detail"]')).to.be.null;
    expect(eventNodes(el).filter((n) => n.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('jumps to the ends with Home and End, panning the focused event into view', async () => {
    const el = await mountArticle({ attrs: { folds: 'none' } });
    el.zoomBy(8);
    await settle(el);
    nodeOf(el, el.drawnEvents[0].id)?.focus();
    if (!activeId(el)) eventNodes(el).find((n) => n.getAttribute('tabindex') === '0')!.focus();
    await afterViewChange(el, () => press(el, 'End'));
    const last = el.drawnEvents[el.drawnEvents.length - 1].id;
    expect(activeId(el)).to.equal(last);
    const [from, to] = el.visibleRange;
    expect(Date.UTC(2017, 0, 23)).to.be.within(from, to);
    await afterViewChange(el, () => press(el, 'Home'));
    expect(activeId(el)).to.equal(el.drawnEvents[0].id);
    for (let i = 0; i < 3 && activeId(el) !== 'conflict-begins'; i++) {
      await press(el, 'ArrowRight');
    }
    expect(activeId(el)).to.equal('conflict-begins');
    expect(Date.UTC(2011, 6, 2)).to.be.within(...el.visibleRange);
  });

  it('zooms with the buttons and the + and - keys, and resets', async () => {
    // Time to one scale, so that zooming in twice halves the time in view.
    const el = await mountArticle({ attrs: { folds: 'none' } });
    const full = visibleSpan(el);
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="zoom-button"]')];
    const [zoomOut, zoomIn, reset] = buttons;
    expect(zoomOut.disabled).to.be.true;
    // Their signs are drawn, hidden from screen readers, which read the buttons' labels.
    for (const [button, name] of [[zoomOut, 'Zoom out'], [zoomIn, 'Zoom in']] as const) {
      expect(button.textContent!.trim()).to.equal('');
      expect(button.getAttribute('aria-label')).to.equal(name);
      const sign = button.querySelector('svg')!;
      expect(sign.getAttribute('aria-hidden')).to.equal('true');
      expect(sign.getBoundingClientRect().width).to.equal(12);
    }
    await afterViewChange(el, () => zoomIn.click());
    await settle(el);
    expect(visibleSpan(el)).to.be.closeTo(full / 2, full * 0.01);
    expect(tickLabels(el).length).to.be.greaterThan(2);
    eventNodes(el).find((n) => n.getAttribute('tabindex') === '0')!.focus();
    await afterViewChange(el, () => press(el, '+'));
    expect(visibleSpan(el)).to.be.closeTo(full / 4, full * 0.01);
    await afterViewChange(el, () => press(el, '-'));
    expect(visibleSpan(el)).to.be.closeTo(full / 2, full * 0.01);
    await afterViewChange(el, () => reset.click());
    await settle(el);
    expect(visibleSpan(el)).to.be.closeTo(full, full * 0.001);
  });

  it('switches the axis from years to months to days as it zooms in', async () => {
    const el = await mountArticle({ attrs: { folds: 'none' } });
    expect(tickLabels(el).every((l) => /^\d{4}$/.test(l))).to.be.true;
    el.zoomBy(16);
    await settle(el);
    expect(tickLabels(el).some((l) => /^[A-Z][a-z]{2}/.test(l))).to.be.true;
    el.zoomBy(64);
    await settle(el);
    expect(tickLabels(el).some((l) => /^\d{1,2} [A-Z][a-z]{2}/.test(l))).to.be.true;
  });

  it('leaves a plain wheel to the page and zooms with Ctrl + wheel', async () => {
    const el = await mountArticle();
    const svgEl = root(el).querySelector('svg.chart')!;
    const before = el.visibleRange;
    const rect = svgEl.getBoundingClientRect();
    const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + 40, bubbles: true, cancelable: true };
    const plain = new WheelEvent('wheel', { ...at, deltaY: -100 });
    svgEl.dispatchEvent(plain);
    await settle(el);
    expect(plain.defaultPrevented).to.be.false;
    expect(el.visibleRange).to.deep.equal(before);
    expect(root(el).querySelector('.hint')?.textContent).to.match(/scroll to zoom/);
    svgEl.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -100, ctrlKey: true }));
    await settle(el);
    expect(el.visibleRange[1] - el.visibleRange[0]).to.be.below(before[1] - before[0]);
  });

  it('fills its container and lays out again when it is resized', async () => {
    const el = await mountArticle({ widthPx: 900 });
    const svgEl = root(el).querySelector('svg.chart')!;
    expect(svgEl.getAttribute('width')).to.equal(String(el.clientWidth));
    expect(el.clientWidth).to.be.within(896, 900);
    el.parentElement!.style.width = '360px';
    await settle(el);
    expect(svgEl.getAttribute('width')).to.equal(String(el.clientWidth));
    expect(el.clientWidth).to.be.within(356, 360);
    expect(eventNodes(el)).to.have.length(syriaEvents.length);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('can be given other events', async () => {
    const el = await mountArticle();
    el.events = [
      { id: 'a', title: 'First', start: '2020-05-01', category: 'diplomacy' },
      { id: 'b', title: 'Second', start: '2020-06', end: '2020-08', category: 'my own lane' },
    ];
    await settle(el);
    expect(eventIds(el)).to.deep.equal(['a', 'b']);
    expect([...root(el).querySelectorAll('[part~="lane-label"]')].map((n) => n.textContent)).to.deep.equal([
      'Diplomacy',
      'my own lane',
    ]);
  });

  it('skips events with invalid dates, says so, and fires timeline-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const el = document.createElement('event-timeline');
    const events: TimelineEvent[] = [
      { id: 'ok', title: 'Fine', start: '2016-05-01', category: 'military' },
      { id: 'bad', title: 'Bad month', start: '2016-13', category: 'military' },
    ];
    el.events = events;
    setTimeout(() => wrapper.append(el));
    const ev = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
    expect(ev.detail.issues).to.have.length(1);
    expect(ev.detail.issues[0].message).to.equal("events[1].start: '2016-13' is not a valid date (month 13)");
    await settle(el);
    expect(eventIds(el)).to.deep.equal(['ok']);
    expect(root(el).querySelector('[part~="notice"]')!.textContent).to.include('1 of 2 events could not be shown');
  });

  it('loads events from src', async () => {
    const el = document.createElement('event-timeline');
    el.src = fixtureUrl('events.json');
    await fixture(html`<div style="width: 800px">${el}</div>`);
    await waitUntil(() => eventNodes(el).length > 0, undefined, { timeout: 20000 });
    expect(eventIds(el)).to.deep.equal(['fixture-one', 'fixture-two']);
  });

  it('shows an error and fires timeline-error when src cannot be loaded', async () => {
    const el = document.createElement('event-timeline');
    el.src = fixtureUrl('missing.json');
    setTimeout(() => fixture(html`<div style="width: 800px">${el}</div>`));
    const ev = (await oneEvent(el, 'timeline-error')) as TimelineErrorEvent;
    expect(ev.detail.load?.message).to.include('404');
    await el.updateComplete;
    const status = root(el).querySelector('[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.textContent).to.include('HTTP 404');
    expect(status.querySelector('button')!.textContent).to.include('Retry');
  });

  it('has no accessibility violations, light or dark, with an event selected', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mountArticle({ attrs: { theme } });
      await expect(el).to.be.accessible();
      el.selected = 'aleppo-east-retaken';
      await settle(el);
      await expect(el).to.be.accessible();
    }
  });
});

describe('a label', () => {
  // An Arabic title and an English one ending in punctuation, in one lane, far apart.
  const mixed: TimelineEvent[] = [
    { id: 'arabic', title: 'محادثات أستانا', start: '2016-03-01', category: 'diplomacy' },
    { id: 'english', title: 'Talks in Astana!', start: '2016-09-01', category: 'diplomacy' },
  ];
  for (const dir of ['ltr', 'rtl']) {
    it(`runs in the direction of its own text, away from its mark, in a timeline whose dir is ${dir}`, async () => {
      const el = await mount('event-timeline', { widthPx: 800, attrs: { dir, folds: 'none' }, props: { events: mixed } });
      for (const { id } of mixed) {
        const label = root(el).querySelector(`[part~="label"][data-id="${id}"]`)!;
        expect(label.textContent, `${id}: whole`).to.equal(mixed.find((e) => e.id === id)!.title);
        expect(getComputedStyle(label).direction, id).to.equal(id === 'arabic' ? 'rtl' : 'ltr');
        const text = box(label);
        const mark = box(nodeOf(el, id).querySelector('.mark')!);
        if (dir === 'ltr') expect(text.left, `${id}: right of its mark`).to.be.at.least(mark.right);
        else expect(text.right, `${id}: left of its mark`).to.be.at.most(mark.left);
        expect(Math.min(Math.abs(text.left - mark.right), Math.abs(mark.left - text.right)), `${id}: next to its mark`).to.be.below(12);
      }
    });
  }
});

describe('the focus ring', () => {
  // Twelve events a month apart, each with a long title: in 600 px their labels are cut to the room before the next.
  // Every word differs from one title to the next, so that no cut word is measured (and kept) for another.
  const crowded: TimelineEvent[] = Array.from({ length: 12 }, (_, i) => ({
    id: `talks-${i + 1}`,
    title: ['Delegations', 'from', 'every', 'side', 'meet', 'again', 'in', 'Geneva', 'for', 'talks'].map((w) => w + 'abcdefghijkl'[i]).join(' '),
    start: `2016-${String(i + 1).padStart(2, '0')}-10`,
    category: 'diplomacy',
  }));

  it('goes around the mark and the whole label, as cut, of the event that holds the Tab stop', async () => {
    const el = await mount('event-timeline', { widthPx: 600, props: { events: crowded } });
    const option = eventNodes(el).find((n) => n.getAttribute('tabindex') === '0')!;
    const ring = box(option.querySelector('.focus-ring')!);
    const label = box(root(el).querySelector(`[part~="label"][data-id="${option.dataset.id}"]`)!);
    expect(ring.left).to.be.at.most(label.left + 0.5);
    expect(ring.right).to.be.at.least(label.right - 0.5);
    // Every other event has no ring.
    expect(root(el).querySelectorAll('.focus-ring')).to.have.length(1);
  });

  it('goes around the cluster that holds the Tab stop, and moves with it', async () => {
    // Six events a day through 2014 in one lane: drawn as clusters.
    const dense: TimelineEvent[] = Array.from({ length: 6 * 365 }, (_, i) => ({
      id: `d${i}`, title: `Day ${i}`, start: new Date(Date.UTC(2014, 0, 1 + Math.floor(i / 6))).toISOString().slice(0, 10), category: 'military',
    }));
    const el = await mount('event-timeline', { widthPx: 700, props: { events: dense } });
    const stop = () => root(el).querySelector<SVGGElement>('[part~="cluster"][tabindex="0"]')!;
    const ringed = () => [...root(el).querySelectorAll('.focus-ring')].map((ring) => ring.closest('[part~="cluster"]'));
    const first = stop();
    expect(first, 'a cluster holds the Tab stop').to.exist;
    expect(root(el).querySelectorAll('[part~="cluster"]').length).to.be.greaterThan(3);
    expect(ringed(), 'only it has a ring').to.deep.equal([first]);
    first.focus();
    await press(el, 'ArrowRight');
    const next = stop();
    expect(next).to.not.equal(first);
    expect(root(el).activeElement).to.equal(next);
    expect(ringed(), 'the ring went with the Tab stop').to.deep.equal([next]);
    expect(getComputedStyle(next.querySelector('.focus-ring')!).visibility, 'shown on keyboard focus').to.equal('visible');
  });

  it('measures a label as cut only for the event it goes around, not for every event drawn', async () => {
    const measured: string[] = [];
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (text: string) {
      measured.push(text);
      return measureText.call(this, text);
    };
    try {
      const el = await mount('event-timeline', { widthPx: 600, props: { events: crowded } });
      const cut = [...root(el).querySelectorAll('[part~="label"]')].filter((n) => n.textContent!.trim().endsWith('…'));
      expect(cut.length, 'labels cut').to.be.at.least(3);
      // Labels are cut with estimates (the widths of their characters); the cut text of a label, or its last word,
      // is measured to the px only for the ring.
      expect(measured.filter((text) => text.length > 1 && text.endsWith('…')).length).to.be.at.most(1);
    } finally {
      CanvasRenderingContext2D.prototype.measureText = measureText;
    }
  });
});
