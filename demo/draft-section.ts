/**
 * The demo's "Draft a timeline from an article" section: a reader pastes a news text and its publication day, and
 * sees the draft timeline beside the review notes, with a button that copies the draft as JSON. The extractor is
 * loaded on first use (a dynamic import), and runs in the page. Data goes into the page as text only, never as HTML.
 */
import type { TimelineEvent } from '../src/data/types.js';
import type { ExtractResult } from '../src/extract/index.js';

/** What a test may change: how the JSON is copied. */
export interface DraftSectionOptions {
  /** Puts text on the clipboard; default `navigator.clipboard.writeText`. */
  copyText?: (text: string) => Promise<void>;
}

/** The parts of a mounted section. */
export interface DraftSection {
  form: HTMLFormElement;
  text: HTMLTextAreaElement;
  published: HTMLInputElement;
  title: HTMLInputElement;
  timeline: HTMLElement & { events: readonly TimelineEvent[] };
  notes: HTMLTableSectionElement;
  copy: HTMLButtonElement;
  json: HTMLTextAreaElement;
  status: HTMLElement;
  /** Drafts the text now (as the button does) and resolves when the draft is shown. */
  draft(): Promise<ExtractResult | undefined>;
  /** Copies the draft's JSON (as the button does) and resolves when it is copied or shown for copying. */
  copyJson(): Promise<void>;
}

/** An invented wire report, to try the section with. */
export const SAMPLE_TEXT = `Talks on a ceasefire in northern Marenia will resume in Geneva next Monday, the United Nations said on Tuesday.
The announcement came after government troops and rebel fighters clashed near the town of Kessa last week, leaving at least 14 people dead, according to local officials.
Soon afterwards, aid agencies suspended deliveries to the region.
UN envoy Laura Brenn said the two sides had agreed in principle to a humanitarian pause.
The conflict began in 2014, when separatists seized the port city of Dalvik. Government forces retook the city in March 2019.
Earlier this month, the government of Prime Minister Tomas Reyl announced a reconstruction fund of $40 million for the north.
On Monday, a convoy of 12 trucks carrying food and medicine reached Kessa for the first time in two months, the Red Cross said.
Reyl is expected to visit Kessa on March 22.`;

/** The publication day of {@link SAMPLE_TEXT}. */
export const SAMPLE_PUBLISHED = '2021-03-10';

/** A new element with properties and children (text children are text, never HTML). */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  Object.assign(element, props);
  element.append(...children);
  return element;
}

/**
 * Builds the section's form and outputs inside `container` and wires them up.
 *
 * @param container - Where the form, the timeline, the notes and the JSON go.
 * @param options - How the JSON is copied.
 */
export function mountDraftSection(container: HTMLElement, options: DraftSectionOptions = {}): DraftSection {
  const copyText = options.copyText ?? ((text: string) => navigator.clipboard.writeText(text));
  const text = make('textarea', { id: 'draft-text', rows: 10, value: SAMPLE_TEXT, spellcheck: false });
  const published = make('input', { id: 'draft-published', type: 'date', value: SAMPLE_PUBLISHED, required: true });
  const title = make('input', { id: 'draft-title', type: 'text', placeholder: 'optional' });
  const button = make('button', { type: 'submit' }, 'Draft timeline');
  const status = make('p', { className: 'log', id: 'draft-status' });
  status.setAttribute('aria-live', 'polite');
  const form = make(
    'form',
    { className: 'draft-form' },
    make('label', { htmlFor: 'draft-text' }, 'Article text (English)'),
    text,
    make('div', { className: 'draft-fields' },
      make('label', { htmlFor: 'draft-published' }, 'Publication date ', published),
      make('label', { htmlFor: 'draft-title' }, 'Title ', title),
      button,
    ),
  );
  const timeline = document.createElement('event-timeline') as DraftSection['timeline'];
  timeline.setAttribute('label', 'Draft timeline');
  const notes = make('tbody');
  const headings = ['#', 'Event', 'Date words → date', 'Confidence', 'To check'].map((h) => make('th', { scope: 'col' }, h));
  const table = make('table', { className: 'draft-notes' }, make('caption', {}, 'Review notes'), make('thead', {}, make('tr', {}, ...headings)), notes);
  const copy = make('button', { type: 'button', disabled: true }, 'Copy JSON');
  const json = make('textarea', { id: 'draft-json', rows: 8, readOnly: true, hidden: true });
  json.setAttribute('aria-label', 'Draft as JSON');
  container.append(
    form,
    status,
    make('div', { className: 'draft-output' }, make('div', { className: 'draft-timeline' }, timeline), make('div', { className: 'draft-review' }, table)),
    make('p', {}, copy),
    json,
  );

  let current: ExtractResult | undefined;
  const section: DraftSection = {
    form, text, published, title, timeline, notes, copy, json, status,
    async draft() {
      status.textContent = 'Reading the text…';
      try {
        const { extractEvents } = await import('../src/extract/index.js');
        current = extractEvents(text.value, { published: published.value, ...(title.value.trim() && { title: title.value.trim() }) });
      } catch (error) {
        current = undefined;
        status.textContent = `Cannot draft: ${(error as Error).message}`;
        timeline.events = [];
        notes.replaceChildren();
        copy.disabled = true;
        return undefined;
      }
      timeline.events = current.events;
      notes.replaceChildren(...noteRows(current));
      copy.disabled = current.events.length === 0;
      json.hidden = true;
      const review = current.events.filter((e) => e.needsReview).length;
      status.textContent = current.events.length
        ? `${current.events.length} draft events, ${review} to review. Check each before you publish it.`
        : 'No datable sentence found.';
      return current;
    },
    async copyJson() {
      if (!current) return;
      const document = `${JSON.stringify({ events: current.events }, null, 2)}\n`;
      json.value = document;
      try {
        await copyText(document);
        status.textContent = `Copied the JSON of ${current.events.length} draft events.`;
      } catch {
        // no clipboard (permission, an insecure page): show the JSON selected, for the reader to copy
        json.hidden = false;
        json.focus();
        json.select();
        status.textContent = 'The clipboard is not available: the JSON is selected below, press Ctrl+C (⌘C) to copy it.';
      }
    },
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void section.draft();
  });
  copy.addEventListener('click', () => void section.copyJson());
  return section;
}

/** A resolved date as code, a span broken after its "/" when the column is narrow. */
function resolvedCell(resolved: string): Node[] {
  if (!resolved) return [document.createTextNode('–')];
  const [start, end] = resolved.split('/');
  return end === undefined ? [make('code', {}, start)] : [make('code', {}, `${start}/`), make('wbr'), make('code', {}, end)];
}

/** One table row per review note, written as text. */
function noteRows(result: ExtractResult): HTMLTableRowElement[] {
  const titles = new Map(result.events.map((e) => [e.id, e.title]));
  return result.notes.map((note, i) => {
    const row = make(
      'tr',
      {},
      make('td', {}, String(i + 1)),
      make('td', {}, note.id ? titles.get(note.id) ?? '' : '(no event)'),
      make('td', {}, `${note.found || '(none)'} → `, ...resolvedCell(note.resolved)),
      make('td', {}, note.confidence),
      make('td', {}, note.check || '—'),
    );
    if (note.check) row.className = 'needs-review';
    return row;
  });
}
