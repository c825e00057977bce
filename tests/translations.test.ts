/**
 * Events in the reader's language: `translations` shown for the timeline's locale (falling back through the tag's
 * language to the event's own words) everywhere an event's texts are, and quotes kept verbatim in their own language.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { EventTimeline } from '../src/elements/event-timeline.js';
import { syriaEvents } from '../src/data/syria-events.js';
import type { TimelineEvent } from '../src/data/types.js';
import type { TimelineSelectEvent } from '../src/events.js';
import { loadLocale } from '../src/i18n/index.js';
import { mount, nodeOf, root, settle } from './harness.js';

const talks: TimelineEvent = {
  id: 'talks',
  title: 'Peace talks',
  summary: 'Delegations meet.',
  start: '2017-01-23',
  dateLabel: 'on January 23',
  category: 'diplomacy',
  actors: ['Russia', 'Turkey'],
  place: 'Astana',
  source: { quote: 'Talks will open on Monday.', speaker: 'The article', lang: 'en' },
  translations: {
    ar: { title: 'محادثات السلام', summary: 'تلتقي الوفود.', dateLabel: 'في ٢٣ يناير', place: 'أستانا', actors: ['روسيا', 'تركيا'] },
    'ar-SY': { title: 'مفاوضات السلام' },
    fr: { title: 'Pourparlers de paix', summary: 'Les délégations se rencontrent.' },
  },
};
const truce: TimelineEvent = {
  id: 'truce',
  title: 'Truce agreed',
  start: '2016-12',
  category: 'ceasefire',
  source: { quote: 'A truce was agreed.' },
  translations: { ar: { title: 'الاتفاق على هدنة' } },
};
const siege: TimelineEvent = { id: 'siege', title: 'Siege', start: '2016-07~', end: '2016-12-22', category: 'military' };
const events: readonly TimelineEvent[] = [talks, truce, siege];

const ARABIC = /[\u0600-\u06FF]/;

/** Each drawn event's label and accessible name, by id. */
function shown(el: EventTimeline): Record<string, { label: string; name: string }> {
  const entries = ['talks', 'truce', 'siege'].map((id) => {
    const label = root(el).querySelector(`[part~="label"][data-id="${id}"]`)?.textContent?.trim() ?? '';
    return [id, { label, name: nodeOf(el, id)?.getAttribute('aria-label') ?? '' }];
  });
  return Object.fromEntries(entries);
}

/** The titles of the list view, in time order. */
const listTitles = (el: EventTimeline) => [...root(el).querySelectorAll('[part~="list-item"] .list-title')].map((t) => t.textContent);

const detail = (el: EventTimeline) => root(el).querySelector<HTMLElement>('[part~="detail"]');

/** Mounts a timeline of `events` in `locale` and waits until its dictionary has arrived (its zoom buttons say so). */
async function mountIn(locale: string): Promise<EventTimeline> {
  const dictionary = await loadLocale(locale as 'ar');
  const el = await mount('event-timeline', { attrs: { locale }, props: { events } });
  const zoomOut = () => root(el).querySelector('[part~="zoom-button"]')?.getAttribute('aria-label');
  await waitUntil(() => zoomOut() === dictionary.strings.zoomOut, `the ${locale} dictionary is used`, { timeout: 20000 });
  await settle(el);
  return el;
}

describe('events in the reader’s language', () => {
  it('shows each event in the locale, falling back from ar-SY to ar to its own words, in labels, names and the list', async () => {
    const el = await mountIn('ar-SY');
    const drawn = shown(el);
    expect(drawn.talks.label).to.equal('مفاوضات السلام');
    expect(drawn.truce.label).to.equal('الاتفاق على هدنة');
    expect(drawn.siege.label).to.equal('Siege');
    expect(drawn.talks.name).to.match(/^مفاوضات السلام، |^مفاوضات السلام, /);
    expect(drawn.siege.name.startsWith('Siege')).to.equal(true);
    expect(listTitles(el)).to.deep.equal(['Siege', 'الاتفاق على هدنة', 'مفاوضات السلام']);
    expect(el.drawnEvents.map((e) => e.title)).to.deep.equal(['Siege', 'الاتفاق على هدنة', 'مفاوضات السلام']);
    await expect(el).to.be.accessible();
  });

  it('shows the detail panel in the locale, with the quote verbatim, marked with its language, and said to be in it', async () => {
    const el = await mountIn('ar-SY');
    el.selected = 'talks';
    await settle(el);
    const panel = detail(el)!;
    expect(panel.querySelector('[part~="detail-title"]')!.textContent).to.equal('مفاوضات السلام');
    expect(panel.querySelector('[part~="detail-summary"]')!.textContent).to.equal('تلتقي الوفود.');
    expect(panel.querySelector('.when')!.textContent).to.include('في ٢٣ يناير');
    const facts = panel.querySelector('dl')!.textContent!;
    expect(facts).to.include('روسيا، تركيا').and.include('أستانا').and.not.include('Russia');
    const quote = panel.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(quote.textContent!.trim()).to.equal('Talks will open on Monday.');
    expect(panel.querySelector('.quoted-in')!.textContent).to.equal('اقتباس باللغة الإنجليزية');
    await expect(el).to.be.accessible();

    el.selected = 'truce';
    await settle(el);
    expect(detail(el)!.querySelector('blockquote')!.hasAttribute('lang'), 'a quote of unknown language').to.equal(false);
    expect(detail(el)!.querySelector('.quoted-in'), 'nothing is claimed about it').to.equal(null);
  });

  it('hands the page’s own object, in its own words, to timeline-select while it shows the event in Arabic', async () => {
    const el = await mountIn('ar');
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="list-item"]')].find(
      (b) => b.querySelector('.list-title')!.textContent === 'محادثات السلام',
    )!;
    const selected = oneEvent(el, 'timeline-select') as Promise<TimelineSelectEvent>;
    button.click();
    const { detail: chosen } = await selected;
    expect(chosen.id).to.equal('talks');
    expect(chosen.event).to.equal(talks);
  });

  it('draws the events again in a new language when locale changes, fitting the whole view to the new labels', async () => {
    const el = await mountIn('ar');
    el.selected = 'talks';
    await settle(el);
    el.locale = 'fr';
    await waitUntil(() => shown(el).talks.label === 'Pourparlers de paix', 'French titles', { timeout: 20000 });
    await waitUntil(() => detail(el)?.querySelector('.quoted-in')?.textContent === 'Citation en anglais', 'French panel', { timeout: 20000 });
    expect(detail(el)!.querySelector('[part~="detail-title"]')!.textContent).to.equal('Pourparlers de paix');
    expect(detail(el)!.querySelector('[part~="detail-summary"]')!.textContent).to.equal('Les délégations se rencontrent.');
    expect(detail(el)!.querySelector('dl')!.textContent, 'no French place: its own').to.include('Astana');
    expect(shown(el).truce.label, 'no French title: its own').to.equal('Truce agreed');
    expect(el.selected).to.equal('talks');

    el.locale = 'en';
    await waitUntil(() => shown(el).talks.label === 'Peace talks', 'English titles', { timeout: 20000 });
    await settle(el);
    expect(Object.values(shown(el)).map((d) => d.label).join(' ')).to.not.match(ARABIC);
    expect(detail(el)!.querySelector('.quoted-in'), 'an English quote for an English reader').to.equal(null);
    expect(detail(el)!.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
  });

  it('keeps a zoomed view when locale changes', async () => {
    const el = await mountIn('ar');
    el.zoomBy(3);
    await settle(el);
    const [from, to] = el.visibleRange;
    el.locale = 'fr';
    await waitUntil(() => el.drawnEvents.some((e) => e.title === 'Pourparlers de paix'), 'French titles', { timeout: 20000 });
    await settle(el);
    const [a, b] = el.visibleRange;
    expect(Math.abs(a - from), 'start, ms').to.be.below(1000);
    expect(Math.abs(b - to), 'end, ms').to.be.below(1000);
  });

  it('follows a change of the lang attribute of an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 900px"></div>`);
    const el = document.createElement('event-timeline');
    el.events = events;
    wrapper.append(el);
    await waitUntil(() => shown(el).talks.label === 'Pourparlers de paix', 'French titles', { timeout: 20000 });
    wrapper.lang = 'ar';
    await waitUntil(() => shown(el).talks.label === 'محادثات السلام', 'Arabic titles', { timeout: 20000 });
  });
});

describe('<syria-timeline> in the reader’s language', () => {
  it('names its events in Arabic with locale="ar", in the chart and the list, and keeps the Astana quote in the article’s English', async () => {
    const dictionary = await loadLocale('ar');
    const el = await mount('syria-timeline', { widthPx: 1200, attrs: { locale: 'ar', dir: 'rtl' } });
    const zoomOut = () => root(el).querySelector('[part~="zoom-button"]')?.getAttribute('aria-label');
    await waitUntil(() => zoomOut() === dictionary.strings.zoomOut, 'the Arabic dictionary is used', { timeout: 20000 });
    await settle(el);
    const labels = [...root(el).querySelectorAll('[part~="label"]')].map((t) => t.textContent!);
    const names = [...root(el).querySelectorAll('[part~="event"]')].map((n) => n.getAttribute('aria-label')!);
    const list = listTitles(el as unknown as EventTimeline);
    expect(labels.filter((t) => ARABIC.test(t)).length, labels.join(' | ')).to.be.at.least(14);
    expect(names.filter((t) => ARABIC.test(t.split('،')[0])).length).to.equal(syriaEvents.length);
    expect(list.filter((t) => ARABIC.test(t!)).length).to.equal(syriaEvents.length);

    el.selected = 'astana-talks';
    await settle(el);
    const panel = detail(el as unknown as EventTimeline)!;
    expect(panel.querySelector('[part~="detail-title"]')!.textContent).to.equal('محادثات أستانا');
    const quote = panel.querySelector('blockquote')!;
    expect(quote.textContent!.trim()).to.equal(syriaEvents.find((e) => e.id === 'astana-talks')!.source!.quote);
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(panel.querySelector('.quoted-in')!.textContent).to.equal('اقتباس باللغة الإنجليزية');
    await expect(el).to.be.accessible();
  });

  it('loads the texts of a new language when its locale changes, and shows the events in it', async () => {
    const el = await mount('syria-timeline', { widthPx: 1000 });
    const title = () => root(el).querySelector('[part~="label"][data-id="astana-talks"]')?.textContent;
    expect(title()).to.equal('Astana talks');
    el.locale = 'de';
    await waitUntil(() => title() === 'Gespräche in Astana', 'German titles', { timeout: 20000 });
    el.locale = 'tr';
    await waitUntil(() => title() === 'Astana görüşmeleri', 'Turkish titles', { timeout: 20000 });
    expect(Object.keys(el.events[0].translations!)).to.include.members(['de', 'tr']);
  });
});
