import { html, type TemplateResult } from 'lit';
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
  // Each key is written out in the template of its entry: a template of its own would be prepared, and its copy
  // made and filled, for every entry.
  return html`
    <ul part="legend" class="legend" aria-label=${strings.legend}>
      ${categories.map(
        (c) => html`<li class=${classOf(c)}>
          <svg viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            <path class="mark" d=${shapePath(shapeOf(c), 6)}></path>
          </svg>${categoryName(c, strings)}
        </li>`,
      )}
      <li class="cat-other">
        <svg viewBox="-8 -8 16 16" aria-hidden="true" focusable="false"><circle class="mark" r="5"></circle></svg>${strings.exactDate}
      </li>
      <li class="cat-other">
        <svg viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
          <rect class="key-band" x="-8" y="-4" width="16" height="8"></rect>
        </svg>${strings.periodDate}
      </li>
      <li class="cat-other">
        <svg viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
          <rect class="key-band hatched" x="-8" y="-4" width="16" height="8" fill="url(#hatch-cat-other)"></rect>
        </svg>${strings.approximateDate}
      </li>
    </ul>
  `;
}
