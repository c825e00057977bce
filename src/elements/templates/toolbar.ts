import { html, nothing, type TemplateResult } from 'lit';
import type { CategoryEncoding } from '../../layout/categories.js';
import type { TimelineStrings } from '../../i18n/strings.js';
import { renderLegend } from './legend.js';

/** What the toolbar shows, and what its buttons do. */
export interface ToolbarView {
  strings: TimelineStrings;
  /** The zoom factor now (1 = everything), and the deepest allowed. */
  scale: number;
  maxScale: number;
  listOpen: boolean;
  helpOpen: boolean;
  /** The visible range in words, or `null` when nothing is drawn. */
  range: string | null;
  /** The categories drawn, for the legend, and how they are drawn. */
  categories: readonly string[];
  encoding: CategoryEncoding;
  /** Zooms by a factor (2 = in, 0.5 = out). */
  onZoom: (factor: number) => void;
  onReset: () => void;
  onToggleList: () => void;
  onHelp: () => void;
}

/**
 * The toolbar: zoom out, in and show all, the list and help buttons, the visible range, and the legend.
 *
 * The signs of the zoom buttons are drawn, not typed: many UI fonts (Noto Sans, the usual `system-ui` on Linux) have
 * no minus sign, and the browser would look for one in the other fonts of the system during the first layout.
 */
export function renderToolbar(view: ToolbarView): TemplateResult {
  const { strings, scale: k } = view;
  return html`<div part="toolbar" class="toolbar">
    <div class="zoom" role="group" aria-label=${strings.zoomControls}>
      <button part="zoom-button" type="button" aria-label=${strings.zoomOut} title=${strings.zoomOut}
        ?disabled=${k <= 1} @click=${() => view.onZoom(0.5)}>
        <svg viewBox="0 0 12 12" aria-hidden="true"><path d="M2 6h8" /></svg>
      </button>
      <button part="zoom-button" type="button" aria-label=${strings.zoomIn} title=${strings.zoomIn}
        ?disabled=${k >= view.maxScale} @click=${() => view.onZoom(2)}>
        <svg viewBox="0 0 12 12" aria-hidden="true"><path d="M2 6h8M6 2v8" /></svg>
      </button>
      <button part="zoom-button" type="button" ?disabled=${k <= 1} @click=${view.onReset}>
        ${strings.reset}
      </button>
    </div>
    <button part="list-button" type="button" aria-pressed=${view.listOpen ? 'true' : 'false'}
      @click=${view.onToggleList}>${strings.list}</button>
    <button part="help-button" type="button" title=${strings.keysHeading}
      aria-expanded=${view.helpOpen ? 'true' : 'false'} @click=${view.onHelp}>?</button>
    <span part="range" class="range">${view.range ?? nothing}</span>
    ${renderLegend(view.categories, view.encoding, strings)}
  </div>`;
}
