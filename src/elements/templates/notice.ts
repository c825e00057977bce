import { html, type TemplateResult } from 'lit';
import type { TimelineIssue } from '../../events.js';
import { fill, type TimelineStrings } from '../../i18n/strings.js';

/**
 * The notice about events that could not be drawn, or were drawn with warnings: a summary (how many of `total`
 * were left out, or how many warnings, or what was wrong with the data as a whole) that opens to the list of
 * issues, and a button that dismisses it. `drawn` is how many events are drawn; `locale` writes the numbers. Its own
 * module, so that it can be loaded only when needed.
 */
export function renderNotice(
  issues: readonly TimelineIssue[],
  total: number,
  drawn: number,
  strings: TimelineStrings,
  locale: string,
  onDismiss: () => void,
): TemplateResult {
  const skipped = total - drawn;
  const whole = total === 0 ? issues.find((i) => i.index < 0) : undefined;
  const summary = whole
    ? whole.message
    : skipped > 0
      ? fill(strings.skipped, { count: skipped, total }, locale)
      : fill(strings.warnings, { count: issues.length }, locale);
  return html`<div part="notice" class="notice" role="status">
    <details>
      <summary>${summary}</summary>
      <ul>
        ${issues.map((i) => html`<li class=${i.skipped ? 'skipped' : 'warning'}>${i.message}</li>`)}
      </ul>
    </details>
    <button type="button" class="dismiss" aria-label=${strings.dismiss} title=${strings.dismiss}
      @click=${onDismiss}>×</button>
  </div>`;
}
