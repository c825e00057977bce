import { html, svg, type TemplateResult } from 'lit';
import type { CategoryEncoding } from '../../layout/categories.js';
import { shapePath } from '../../layout/shapes.js';
import { categoryName, type TimelineStrings } from '../../i18n/strings.js';

/**
 * The legend: one entry per category drawn (its shape and colour, so that colour is never the only cue), then
 * the three ways a date is drawn (exact, known to a period, approximate or uncertain).
 */
export function renderLegend(
  categories: readonly string[],
  { classOf, shapeOf }: CategoryEncoding,
  strings: TimelineStrings,
): TemplateResult {
  const key = (content: TemplateResult) =>
    html`<svg viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">${content}</svg>`;
  return html`
    <ul part="legend" class="legend" aria-label=${strings.legend}>
      ${categories.map(
        (c) => html`<li class=${classOf(c)}>
          ${key(svg`<path class="mark" d=${shapePath(shapeOf(c), 6)}></path>`)}${categoryName(c, strings)}
        </li>`,
      )}
      <li class="cat-other">${key(svg`<circle class="mark" r="5"></circle>`)}${strings.exactDate}</li>
      <li class="cat-other">
        ${key(svg`<rect class="key-band" x="-8" y="-4" width="16" height="8"></rect>`)}${strings.periodDate}
      </li>
      <li class="cat-other">
        ${key(svg`<rect class="key-band hatched" x="-8" y="-4" width="16" height="8" fill="url(#hatch-cat-other)"></rect>`)}${strings.approximateDate}
      </li>
    </ul>
  `;
}
