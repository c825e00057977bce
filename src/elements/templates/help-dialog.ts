import { html, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../../i18n/strings.js';

/**
 * The key map, as a non-modal dialog opened with `?` or the help button. It takes focus when it opens and gives it
 * back when it closes (Escape or its close button).
 */
export function renderHelp(strings: TimelineStrings, onClose: () => void): TemplateResult {
  return html`<div part="help" class="help" role="dialog" aria-labelledby="help-heading" tabindex="-1">
    <h2 id="help-heading">${strings.keysHeading}</h2>
    <dl>
      ${strings.keys.map(([keys, what]) => html`<dt><kbd>${keys}</kbd></dt><dd>${what}</dd>`)}
    </dl>
    <button type="button" class="close" aria-label=${strings.close} @click=${onClose}>×</button>
  </div>`;
}
