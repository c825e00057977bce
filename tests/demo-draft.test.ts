import { assert, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-timeline.js';
import { mountDraftSection, SAMPLE_PUBLISHED, SAMPLE_TEXT, type DraftSection } from '../demo/draft-section.js';
import { eventNodes, settle, type Rendered } from './harness.js';

/** Mounts the demo's draft section with a clipboard that records what it is given (or refuses). */
async function mountSection(clipboard: 'works' | 'refuses' = 'works') {
  const copied: string[] = [];
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  const section = mountDraftSection(container, {
    copyText: async (text) => {
      if (clipboard === 'refuses') throw new DOMException('Write permission denied.', 'NotAllowedError');
      copied.push(text);
    },
  });
  return { container, section, copied };
}

const drawn = async (section: DraftSection) => {
  await settle(section.timeline as unknown as Rendered);
  return eventNodes(section.timeline);
};

describe('demo: draft a timeline from an article', () => {
  it('mountDraftSection() drafts the sample text into the timeline, beside one review row per note', async () => {
    const { section } = await mountSection();
    assert.equal(section.text.value, SAMPLE_TEXT);
    assert.equal(section.published.value, SAMPLE_PUBLISHED);
    const result = await section.draft();
    assert.isAtLeast(result!.events.length, 8);
    assert.strictEqual(section.timeline.events, result!.events);
    assert.lengthOf(await drawn(section), result!.events.length);
    assert.lengthOf(section.notes.rows, result!.notes.length);
    assert.match(section.status.textContent!, new RegExp(`^${result!.events.length} draft events, \\d+ to review`));
    assert.isFalse(section.copy.disabled);
  });

  it('mountDraftSection() drafts again when the form is sent with a new text and day', async () => {
    const { section } = await mountSection();
    section.text.value = 'Late last year, the army retook the city. Soon afterwards, aid agencies returned.';
    section.published.value = '2017-01-18';
    section.form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => section.timeline.events.length === 2, 'the two events of the new text are drawn');
    assert.deepEqual(section.timeline.events.map((e) => e.start), ['2016-36~', '2016-36~']);
    assert.lengthOf(await drawn(section), 2);
    assert.equal(section.notes.rows[1].cells[2].textContent, 'Soon afterwards → 2016-36~');
  });

  it('mountDraftSection() copies the draft as the JSON document that the command prints', async () => {
    const { section, copied } = await mountSection();
    const result = await section.draft();
    section.copy.click();
    await waitUntil(() => copied.length === 1, 'the JSON is copied');
    assert.deepEqual(JSON.parse(copied[0]), { events: result!.events });
    assert.match(section.status.textContent!, /^Copied the JSON of \d+ draft events/);
    assert.isTrue(section.json.hidden);
  });

  it('mountDraftSection() shows the JSON selected for copying when the clipboard refuses', async () => {
    const { section } = await mountSection('refuses');
    const result = await section.draft();
    await section.copyJson();
    assert.isFalse(section.json.hidden);
    assert.deepEqual(JSON.parse(section.json.value), { events: result!.events });
    assert.equal(section.json.selectionEnd - section.json.selectionStart, section.json.value.length);
    assert.match(section.status.textContent!, /clipboard is not available/);
  });

  it('mountDraftSection() says why it cannot draft without a publication day, and draws nothing', async () => {
    const { section } = await mountSection();
    await section.draft();
    section.published.value = '';
    assert.isUndefined(await section.draft());
    assert.match(section.status.textContent!, /^Cannot draft: the publication date is required/);
    assert.lengthOf(section.timeline.events, 0);
    assert.lengthOf(section.notes.rows, 0);
    assert.isTrue(section.copy.disabled);
  });

  it('mountDraftSection() writes text from the article as text, never as HTML', async () => {
    const { section } = await mountSection();
    section.text.value = 'On Monday, <img src=x onerror="window.draftRan=1"> troops entered <b>the town</b>.';
    section.published.value = '2017-01-18';
    const result = await section.draft();
    assert.lengthOf(result!.events, 1);
    assert.include(result!.events[0].source!.quote, '<img src=x onerror="window.draftRan=1">', 'the quote is verbatim');
    await drawn(section);
    assert.isNull(section.notes.querySelector('img, b'));
    assert.isNull(section.timeline.shadowRoot!.querySelector('img, b'));
    assert.isUndefined((window as { draftRan?: number }).draftRan);
  });

  it('mountDraftSection() passes an automated accessibility check', async () => {
    const { container, section } = await mountSection();
    await section.draft();
    await drawn(section);
    await expect(container).to.be.accessible();
  });
});
