import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../data/safe-url.js';
import type { LayoutItem } from '../../layout/items.js';
import { quoteLanguageNote } from '../../i18n/quote-language.js';
import { categoryName, fill, type TimelineStrings } from '../../i18n/strings.js';

/** What the detail panel needs to draw one event. */
export interface DetailContext {
  item: LayoutItem;
  /** The event's date in words ("late 2016, approximate"). */
  when: string;
  /** CSS class that sets the category colour. */
  categoryClass: string;
  strings: TimelineStrings;
  /** The locale the reader's words are written in (BCP 47), to name the language of a quote in another one. */
  locale: string;
  /** How precise the start is, as a noun ("quarter"), or `null`. */
  precision: string | null;
  /** The source's publication date in words, or `null`. */
  published: string | null;
  /** What a relative `source.url` resolves against: the `src` file, or the page. */
  baseUrl: string;
  onClose: () => void;
  /** Selects the event before (-1) or after (1) this one in time. */
  onStep: (step: 1 | -1) => void;
  /** Whether there is an event before this one, and one after it. */
  hasPrevious: boolean;
  hasNext: boolean;
}

/**
 * The detail panel of the selected event: title, date in words with its precision, category, actors, place,
 * summary and the verbatim quote with its speaker and source. The texts are those of the reader's language where the
 * event has them; the quote never is translated: it carries its own language (`lang`, from `source.lang`), which
 * the caption names when it is not the reader's ("Quoted in English"). Every string from the data goes through a
 * text binding; a link is drawn only for a safe URL.
 */
export function renderDetail(ctx: DetailContext): TemplateResult {
  const { item, strings } = ctx;
  const e = item.event;
  const source = e.source;
  const link = safeUrl(source?.url, ctx.baseUrl);
  const { published, precision } = ctx;
  const quotedIn = source?.quote ? quoteLanguageNote(source.lang, ctx.locale, strings.quotedIn) : null;
  const actors = e.actors?.filter((a) => typeof a === 'string' && a !== '') ?? [];
  const sourceLine = [source?.title, source?.publisher, published ? fill(strings.published, { date: published }) : null]
    .filter(Boolean)
    .join(strings.listSeparator);
  return html`
    <section part="detail" class="detail ${ctx.categoryClass}" role="region" aria-labelledby="detail-title">
      <h2 id="detail-title" part="detail-title" dir="auto">${e.title}</h2>
      <p class="when">
        <time datetime=${item.dates.start.text}>${ctx.when}</time>${e.dateLabel
          ? html` · <span dir="auto">${fill(strings.sourceWords, { label: e.dateLabel })}</span>`
          : nothing}
      </p>
      <dl>
        <dt>${strings.category}</dt>
        <dd><span class="swatch" aria-hidden="true"></span>${categoryName(item.category, strings)}</dd>
        ${precision ? html`<dt>${strings.precision}</dt><dd>${precision}</dd>` : nothing}
        ${actors.length ? html`<dt>${strings.actors}</dt><dd dir="auto">${actors.join(strings.listSeparator)}</dd>` : nothing}
        ${e.place ? html`<dt>${strings.place}</dt><dd dir="auto">${e.place}</dd>` : nothing}
      </dl>
      ${e.summary ? html`<p part="detail-summary" dir="auto">${e.summary}</p>` : nothing}
      ${source?.quote || sourceLine || link
        ? html`<figure part="quote" class="quote">
            ${source?.quote ? html`<blockquote lang=${source.lang ?? nothing}><p dir="auto">${source.quote}</p></blockquote>` : nothing}
            <figcaption>
              ${quotedIn ? html`<span class="quoted-in">${quotedIn}</span><br />` : nothing}
              ${source?.speaker ? html`<span dir="auto">${fill(strings.saidBy, { speaker: source.speaker })}</span><br />` : nothing}
              ${sourceLine ? html`<cite dir="auto">${sourceLine}</cite>` : nothing}
              ${link
                ? html` <a href=${link} target="_blank" rel="noopener noreferrer">${strings.source}</a>`
                : source?.url
                  ? html` <span>${source.url}</span>`
                  : nothing}
            </figcaption>
          </figure>`
        : nothing}
      <div class="steps">
        ${step(ctx, -1, 'previous-button', strings.previous, ctx.hasPrevious)}
        ${step(ctx, 1, 'next-button', strings.next, ctx.hasNext)}
      </div>
      <button class="close" part="close-button" type="button" aria-label=${strings.close} @click=${ctx.onClose}>
        ×
      </button>
    </section>
  `;
}

/**
 * A button to the event before or after. At either end it is `aria-disabled` rather than disabled, so that it keeps
 * focus when the reader has just reached the end with it.
 */
function step(ctx: DetailContext, direction: 1 | -1, part: string, text: string, enabled: boolean): TemplateResult {
  return html`<button type="button" part=${part} class="step" aria-disabled=${enabled ? 'false' : 'true'}
    @click=${() => enabled && ctx.onStep(direction)}>${text}</button>`;
}
