import { html, type TemplateResult } from 'lit';
import { fill, type TimelineStrings } from '../../i18n/strings.js';

/** What the status says: the events are loading, their file could not be loaded, or there are none to draw. */
export type StatusKind = 'pending' | 'error' | 'empty';

/**
 * The status over the plot: a busy spinner while `src` loads; why it failed (`url`, `reason`) with a Retry button;
 * or the `empty` slot when there are no events. Its own module, so that it can be loaded only when needed.
 */
export function renderStatus(
  kind: StatusKind,
  strings: TimelineStrings,
  url: string,
  reason: string,
  onRetry: () => void,
): TemplateResult {
  if (kind === 'pending') {
    return html`<div part="status" class="status loading" role="status">
      <span class="spinner" aria-hidden="true"></span>${strings.loading}
    </div>`;
  }
  if (kind === 'error') {
    return html`<div part="status" class="status error" role="alert">
      <p>${fill(strings.loadFailed, { url, reason })}</p>
      <button type="button" @click=${onRetry}>${strings.retry}</button>
    </div>`;
  }
  return html`<div part="status" class="status"><slot name="empty">${strings.empty}</slot></div>`;
}
