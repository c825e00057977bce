import '../src/index.js';
import type { TimelineEvent } from '../src/index.js';
import { mountDraftSection } from './draft-section.js';

/** A small dataset of our own, with free categories, an open span and imprecise dates. */
const web: TimelineEvent[] = [
  { id: 'www-proposal', title: 'Proposal for the World Wide Web', start: '1989-03', category: 'idea', place: 'CERN, Geneva',
    actors: ['Tim Berners-Lee'], summary: 'Tim Berners-Lee proposes a hypertext information system at CERN.' },
  { id: 'first-website', title: 'First website goes online', start: '1991-08-06', category: 'browser', place: 'CERN, Geneva' },
  { id: 'web-public-domain', title: 'CERN puts the web in the public domain', start: '1993-04-30', category: 'standard' },
  { id: 'w3c', title: 'W3C founded', start: '1994-10', category: 'standard', actors: ['Tim Berners-Lee'] },
  { id: 'javascript', title: 'JavaScript announced', start: '1995-12-04', category: 'browser' },
  { id: 'browser-wars', title: 'First browser war', start: '1995~', end: '2001~', category: 'browser',
    summary: 'Netscape Navigator and Internet Explorer compete for the market; the dates are approximate.' },
  { id: 'css1', title: 'CSS level 1 recommendation', start: '1996-12-17', category: 'standard' },
  { id: 'ajax', title: '“Ajax” coined', start: '2005-02', category: 'idea' },
  { id: 'html5', title: 'HTML5 becomes a recommendation', start: '2014-10-28', category: 'standard' },
  { id: 'web-components', title: 'Web components ship across engines', start: '2018?', end: '2020?', category: 'standard',
    summary: 'Custom elements and shadow DOM reach every major engine; the bounds are uncertain.' },
  { id: 'living-standard', title: 'HTML as a living standard', start: '2019-05-28', end: '..', category: 'standard' },
];

const custom = document.querySelector('#custom') as HTMLElement & { events: TimelineEvent[] };
custom.events = web;

const draft = mountDraftSection(document.querySelector<HTMLElement>('#draft-app')!);
void draft.draft();

const log = document.querySelector('#syria-log')!;
document.querySelector('#syria')!.addEventListener('timeline-select', (e) => {
  log.textContent = e.detail.event ? `timeline-select: ${e.detail.event.title}` : 'timeline-select: cleared';
});

/** Synthetic events, seeded so every run draws the same: 2011 to 2017, a fifth of them spans. */
function synthetic(count: number): TimelineEvent[] {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const categories = ['military', 'humanitarian', 'ceasefire', 'diplomacy', 'statement'];
  const from = Date.UTC(2011, 0, 1);
  const to = Date.UTC(2017, 0, 23);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const startMs = from + random() * (to - from);
    const event: TimelineEvent = { id: `e${i}`, title: `Event ${i + 1}`, start: day(startMs), category: categories[i % 5] };
    if (random() < 0.2) event.end = day(startMs + random() * 180 * 86_400_000);
    return event;
  });
}

const large = document.querySelector('#large') as HTMLElement & { events: TimelineEvent[]; updateComplete: Promise<boolean> };
const largeTime = document.querySelector('#large-time')!;
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-count]')) {
  button.addEventListener('click', async () => {
    const events = synthetic(Number(button.dataset.count));
    const started = performance.now();
    large.events = events;
    await large.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    largeTime.textContent = `${events.length.toLocaleString('en')} events drawn in ${Math.round(performance.now() - started)} ms`;
  });
}
