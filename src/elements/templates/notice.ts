import { html, type TemplateResult } from 'lit';
import type { IssueGroup } from '../../data/summarize-issues.js';
import { fill, type TimelineStrings } from '../../i18n/strings.js';

/** How many kinds of problem the notice lists; the rest are counted in one more line. */
const MAX_LINES = 8;

/**
 * The notice about events that could not be drawn: a summary (how many of `total` were left out, or what was wrong
 * with the data as a whole) that opens to one line per kind of problem (at most 8, then how many more kinds), and a
 * button that dismisses it. Its size does not grow with the data. `groups` are the groups of problems (as
 * `summarizeIssues` makes them); only those of events left out are shown, since warnings about events that are still
 * drawn are for the data's author, not the page's readers. `drawn` is how many events are drawn; `locale` writes the
 * numbers. Its own module, so that it can be loaded only when needed.
 */
export function renderNotice(
  groups: readonly IssueGroup[],
  total: number,
  drawn: number,
  strings: TimelineStrings,
  locale: string,
  onDismiss: () => void,
): TemplateResult {
  const errors = groups.filter((group) => group.skipped);
  const whole = errors.find((group) => group.code === 'invalid-input');
  const lines = whole ? [] : errors.slice(0, MAX_LINES);
  const more = whole ? 0 : errors.length - lines.length;
  // No white space between the tags, and each line's text set as a property (a text node, without Lit's marker
  // comment): with 9 lines the notice is under 50 nodes, comments included, whatever the data.
  const list = lines.map((group) => html`<li .textContent=${group.message}></li>`);
  if (more > 0) list.push(html`<li class="more" .textContent=${fill(strings.moreProblems, { count: more }, locale)}></li>`);
  const body = whole
    ? html`<p class="whole">${whole.message}</p>`
    : html`<details><summary>${fill(strings.skipped, { count: Math.max(total - drawn, 0), total }, locale)}</summary><ul>${list}</ul></details>`;
  return html`<div part="notice" class="notice" role="status">${body}<button type="button" class="dismiss"
    aria-label=${strings.dismiss} title=${strings.dismiss} @click=${onDismiss}>×</button></div>`;
}
