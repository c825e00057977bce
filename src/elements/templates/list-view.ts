import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LayoutItem } from '../../layout/items.js';
import { categoryName, fill, type TimelineStrings } from '../../i18n/strings.js';

/** The list view shows at most this many events; zooming in lists the others. */
export const LIST_LIMIT = 200;

/** What the list view draws: the events in view, and how. */
export interface ListView {
  /** Every event, in time order. */
  items: readonly LayoutItem[];
  /** The positions `[lo, hi)` in `items` of the events in the range listed. */
  lo: number;
  hi: number;
  open: boolean;
  selected: string | null;
  strings: TimelineStrings;
  /** The locale numbers are written in. */
  locale: string;
  /** An event's date in words (a new function when the words change). */
  whenOf: (item: LayoutItem) => string;
  classOf: (category: string) => string;
  onSelect: (id: string) => void;
}

/**
 * The events in view as an ordered list, in time order, in step with the chart: title, date in words (uncertainty
 * included), category, and a button that selects the event; then the source's quote, which is printed (and drawn
 * by a server) but not shown on screen. Open, it is a vertical timeline (time runs downward);
 * closed, it stays in the accessibility tree as a visually hidden region, its buttons out of the Tab order, so a
 * screen reader can always read the events as a list. It is drawn again only when what it shows changes.
 */
export function renderList(view: ListView): DirectiveResult {
  const { items, lo, hi, open, selected, strings, whenOf } = view;
  return guard([items, lo, hi, open, selected, strings, whenOf], () => drawList(view));
}

function drawList(view: ListView): TemplateResult {
  const { strings, lo, hi } = view;
  const items = view.items.slice(lo, Math.min(hi, lo + LIST_LIMIT));
  return html`<section part="list" class="list ${view.open ? 'open' : 'visually-hidden'}" aria-labelledby="list-heading">
    <h2 id="list-heading" class="list-heading">${fill(strings.listHeading, { count: hi - lo }, view.locale)}</h2>
    ${items.length
      ? html`<ol class="list-items">
          ${repeat(
            items,
            (item) => item.id,
            (item) => html`<li class="list-item ${view.classOf(item.category)}">
              <button part="list-item" type="button" tabindex=${view.open ? 0 : -1}
                aria-pressed=${view.selected === item.id ? 'true' : 'false'} @click=${() => view.onSelect(item.id)}>
                <span class="list-title" dir="auto">${item.event.title}</span>
                <span class="list-meta"><time datetime=${item.dates.start.text}>${view.whenOf(item)}</time> ·
                  ${categoryName(item.category, strings)}</span>
              </button>
              ${item.event.source?.quote
                ? html`<blockquote class="list-quote" dir="auto">“${item.event.source.quote}”${item.event.source.speaker
                    ? html` <cite>${fill(strings.saidBy, { speaker: item.event.source.speaker })}</cite>`
                    : nothing}</blockquote>`
                : nothing}
            </li>`,
          )}
        </ol>`
      : nothing}
    ${hi - lo > items.length
      ? html`<p class="list-more">${fill(strings.listMore, { shown: items.length, total: hi - lo }, view.locale)}</p>`
      : nothing}
  </section>`;
}
