import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LayoutItem } from '../layout/items.js';
import { fill, type TimelineStrings } from '../i18n/strings.js';

/** What the list view needs to draw the events in view. */
export interface ListContext {
  /** The events in the visible time range, in time order (at most `limit`). */
  items: readonly LayoutItem[];
  /** How many events are in the visible range in all. */
  total: number;
  open: boolean;
  selected: string | null;
  strings: TimelineStrings;
  /** The locale numbers are written in. */
  locale: string;
  whenOf: (item: LayoutItem) => string;
  categoryOf: (item: LayoutItem) => string;
  classOf: (category: string) => string;
  onSelect: (id: string) => void;
}

/**
 * The events in view as an ordered list, in time order, in step with the chart: title, date in words (uncertainty
 * included), category, and a button that selects the event. Open, it is a vertical timeline (time runs downward);
 * closed, it stays in the accessibility tree as a visually hidden region, its buttons out of the Tab order, so a
 * screen reader can always read the events as a list.
 */
export function renderList(ctx: ListContext): TemplateResult {
  const { strings } = ctx;
  return html`<section part="list" class="list ${ctx.open ? 'open' : 'visually-hidden'}" aria-labelledby="list-heading">
    <h2 id="list-heading" class="list-heading">${fill(strings.listHeading, { count: ctx.total }, ctx.locale)}</h2>
    ${ctx.items.length
      ? html`<ol class="list-items">
          ${repeat(
            ctx.items,
            (item) => item.id,
            (item) => html`<li class="list-item ${ctx.classOf(item.category)}">
              <button part="list-item" type="button" tabindex=${ctx.open ? 0 : -1}
                aria-pressed=${ctx.selected === item.id ? 'true' : 'false'} @click=${() => ctx.onSelect(item.id)}>
                <span class="list-title" dir="auto">${item.event.title}</span>
                <span class="list-meta"><time datetime=${item.dates.start.text}>${ctx.whenOf(item)}</time> ·
                  ${ctx.categoryOf(item)}</span>
              </button>
            </li>`,
          )}
        </ol>`
      : nothing}
    ${ctx.total > ctx.items.length
      ? html`<p class="list-more">${fill(strings.listMore, { shown: ctx.items.length, total: ctx.total }, ctx.locale)}</p>`
      : nothing}
  </section>`;
}
