import { css } from 'lit';

/**
 * The look of `<event-timeline>`. Every colour and size is a `--timeline-*` custom property read with a fallback,
 * so a page can theme all timelines from `:root`. Each default colour is a `light-dark()` pair: the dark one applies
 * with `theme="dark"`, or by default when the reader prefers a dark scheme.
 */
export const timelineStyles = css`
  :host {
    color-scheme: light dark;
    --_bg: var(--timeline-background, light-dark(#ffffff, #16181d));
    --_fg: var(--timeline-color, light-dark(#1b1f24, #e6e8eb));
    --_muted: var(--timeline-muted-color, light-dark(#57606a, #a8b0ba));
    --_grid: var(--timeline-grid-color, light-dark(#d0d7de, #3a414b));
    --_lane-a: var(--timeline-lane-background, light-dark(#f6f8fa, #1d2127));
    --_lane-b: var(--timeline-lane-alt-background, light-dark(#ffffff, #16181d));
    --_accent: var(--timeline-accent-color, light-dark(#0a58ca, #8ab4ff));
    --_panel: var(--timeline-panel-background, light-dark(#f6f8fa, #1d2127));
    --_error: var(--timeline-error-color, light-dark(#b42318, #ff9b8f));
    --_military: var(--timeline-color-military, light-dark(#b42318, #ff8a80));
    --_humanitarian: var(--timeline-color-humanitarian, light-dark(#0b6e4f, #5fd3a4));
    --_ceasefire: var(--timeline-color-ceasefire, light-dark(#8a5a00, #f0b84a));
    --_diplomacy: var(--timeline-color-diplomacy, light-dark(#1f5fbf, #7fb0ff));
    --_statement: var(--timeline-color-statement, light-dark(#6b3fa0, #c8a2ff));
    --_other: var(--timeline-color-other, light-dark(#4b5563, #b8c0cc));
    --_extra-0: light-dark(#0e7490, #67d4ea);
    --_extra-1: light-dark(#a1356d, #f59cc8);
    --_extra-2: light-dark(#4d7c0f, #a6d86b);
    --_extra-3: light-dark(#9a3412, #fdae7b);
    --_extra-4: light-dark(#3f51b5, #a5b4fc);
    --_extra-5: light-dark(#6d5d00, #e3cf5b);
    display: block;
    position: relative;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font: var(--timeline-font, 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    border: var(--timeline-border, 1px solid var(--_grid));
    border-radius: var(--timeline-radius, 8px);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }

  .cat-military { --c: var(--_military); }
  .cat-humanitarian { --c: var(--_humanitarian); }
  .cat-ceasefire { --c: var(--_ceasefire); }
  .cat-diplomacy { --c: var(--_diplomacy); }
  .cat-statement { --c: var(--_statement); }
  .cat-other { --c: var(--_other); }
  .cat-extra-0 { --c: var(--timeline-color-extra-0, var(--_extra-0)); }
  .cat-extra-1 { --c: var(--timeline-color-extra-1, var(--_extra-1)); }
  .cat-extra-2 { --c: var(--timeline-color-extra-2, var(--_extra-2)); }
  .cat-extra-3 { --c: var(--timeline-color-extra-3, var(--_extra-3)); }
  .cat-extra-4 { --c: var(--timeline-color-extra-4, var(--_extra-4)); }
  .cat-extra-5 { --c: var(--timeline-color-extra-5, var(--_extra-5)); }

  .sizer {
    height: 0;
  }
  .plot {
    position: relative;
    overflow: hidden;
    border-radius: var(--timeline-radius, 8px) var(--timeline-radius, 8px) 0 0;
  }
  svg {
    display: block;
    width: 100%;
    overflow: hidden;
    cursor: grab;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  svg:active {
    cursor: grabbing;
  }
  .hit {
    fill: transparent;
  }
  .lane-bg {
    fill: var(--_lane-a);
  }
  .lane-bg.alt {
    fill: var(--_lane-b);
  }
  .lane-label {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .grid line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .grid line.major {
    stroke: var(--_muted);
    stroke-opacity: 0.5;
  }
  .axis-bg {
    fill: var(--_bg);
  }
  .axis-line {
    stroke: var(--_muted);
  }
  .tick-label {
    fill: var(--_fg);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .tick-label.major {
    font-weight: 600;
  }

  .event {
    cursor: pointer;
    outline: none;
  }
  .event .band:not(.hatched) {
    fill: var(--c);
    fill-opacity: 0.16;
  }
  .event .band {
    stroke: var(--c);
    stroke-opacity: 0.7;
    stroke-width: 1;
  }
  .event .band.hatched {
    stroke-dasharray: 3 2;
  }
  .hatch-bg {
    fill: var(--c);
    fill-opacity: 0.1;
  }
  .hatch-line {
    stroke: var(--c);
    stroke-width: 1.5;
    stroke-opacity: 0.6;
  }
  .event .bar {
    fill: var(--c);
    fill-opacity: 0.14;
    stroke: var(--c);
    stroke-width: 1;
  }
  .event .solid {
    fill: var(--c);
    fill-opacity: 0.32;
  }
  .event .mark {
    fill: var(--c);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .event.fuzzy .mark {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 2;
  }
  .event.approximate .mark {
    stroke-dasharray: 2.5 1.5;
  }
  .label {
    fill: var(--_fg);
    font-size: 13px;
    dominant-baseline: central;
    cursor: pointer;
  }
  .label.selected {
    font-weight: 700;
  }
  .label:hover {
    text-decoration: underline;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    visibility: hidden;
  }
  .event:focus-visible .focus-ring,
  .event[aria-selected='true'] .focus-ring {
    visibility: visible;
  }
  .event[aria-selected='true'] .focus-ring {
    stroke-dasharray: none;
  }
  .event:focus-visible[aria-selected='true'] .focus-ring {
    stroke-width: 3;
  }
  .edge-arrow {
    fill: var(--c);
  }
  .cluster {
    cursor: zoom-in;
    outline: none;
  }
  .cluster-badge {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 2;
  }
  .cluster-count {
    fill: var(--_fg);
    font-size: 11px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .cluster:focus-visible .focus-ring {
    visibility: visible;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 8px 12px;
    border-top: 1px solid var(--_grid);
  }
  .zoom {
    display: inline-flex;
    gap: 4px;
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 6px;
    min-width: 32px;
    min-height: 32px;
    padding: 2px 10px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_lane-a);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .range {
    color: var(--_muted);
    font-size: 13px;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 13px;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend svg {
    width: 14px;
    height: 14px;
    cursor: default;
    flex: none;
  }
  .legend .mark {
    fill: var(--c);
  }
  .legend .key-band {
    stroke: var(--c);
  }
  .legend .key-band:not(.hatched) {
    fill: var(--c);
    fill-opacity: 0.2;
  }
  .legend .key-band.hatched {
    stroke-dasharray: 3 2;
  }
  .hint {
    position: absolute;
    inset: auto 0 8px;
    margin: 0 auto;
    width: fit-content;
    max-width: calc(100% - 24px);
    padding: 6px 12px;
    border-radius: 6px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 13px;
    pointer-events: none;
  }

  .detail {
    position: relative;
    margin: 0;
    padding: 12px 16px 16px;
    padding-inline-end: 56px;
    border-top: 1px solid var(--_grid);
    background: var(--_panel);
    border-radius: 0 0 var(--timeline-radius, 8px) var(--timeline-radius, 8px);
  }
  .detail h2 {
    margin: 0 0 4px;
    font-size: 1.1em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .detail .when {
    margin: 0 0 8px;
    color: var(--_muted);
  }
  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0 0 8px;
  }
  .detail dt {
    color: var(--_muted);
  }
  .detail dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .detail p {
    margin: 0 0 8px;
    overflow-wrap: anywhere;
  }
  .detail blockquote {
    margin: 8px 0 0;
    padding: 4px 0 4px 12px;
    border-inline-start: 3px solid var(--c, var(--_accent));
    overflow-wrap: anywhere;
  }
  .detail blockquote p {
    margin: 0 0 4px;
  }
  .detail figcaption {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .detail .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
  }
  .detail a {
    color: var(--_accent);
  }
  .swatch {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.35em;
    border-radius: 2px;
    background: var(--c);
  }

  .list.open {
    border-top: 1px solid var(--_grid);
    padding: 4px 0 8px;
  }
  .list-heading {
    margin: 4px 12px 6px;
    font-size: 13px;
    font-weight: 600;
    color: var(--_muted);
  }
  .list-items {
    position: relative;
    margin: 0;
    padding: 0 12px;
    list-style: none;
  }
  .list-items::before {
    content: '';
    position: absolute;
    inset-block: 8px;
    inset-inline-start: 19px;
    width: 2px;
    background: var(--_grid);
  }
  .list-item {
    position: relative;
    padding-inline-start: 22px;
  }
  .list-item::before {
    content: '';
    position: absolute;
    inset-inline-start: 2px;
    top: 15px;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    border: 2px solid var(--_bg);
    background: var(--c);
  }
  .list-item button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    min-height: 44px;
    padding: 4px 8px;
    border: none;
    border-radius: 6px;
    background: transparent;
    text-align: start;
  }
  .list-item button:hover {
    background: var(--_lane-a);
  }
  .list-item button[aria-pressed='true'] {
    background: var(--_lane-a);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .list-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .list-meta {
    color: var(--_muted);
    font-size: 13px;
  }
  .list-more {
    margin: 6px 12px 0;
    color: var(--_muted);
    font-size: 13px;
  }
  .help {
    position: absolute;
    z-index: 2;
    inset-inline-end: 12px;
    bottom: 56px;
    max-width: min(440px, calc(100% - 24px));
    padding: 12px 44px 12px 16px;
    border: 1px solid var(--_grid);
    border-radius: 8px;
    background: var(--_panel);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .help:focus-visible {
    outline: 2px solid var(--_accent);
  }
  .help h2 {
    margin: 0 0 8px;
    font-size: 1em;
  }
  .help dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 0;
    font-size: 13px;
  }
  .help dd {
    margin: 0;
  }
  .help kbd {
    font: inherit;
    font-weight: 600;
    white-space: nowrap;
  }
  .help .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
  }
  .narrow button {
    min-width: 44px;
    min-height: 44px;
  }
  .status {
    padding: 16px;
    color: var(--_muted);
  }
  .status.loading {
    display: flex;
    align-items: center;
    gap: 10px;
  }
  .spinner {
    width: 16px;
    height: 16px;
    border: 2px solid var(--_grid);
    border-top-color: var(--_accent);
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: spin 0.8s linear infinite;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .status.error,
  .notice {
    color: var(--_error);
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    margin: 0;
    padding: 8px 12px;
    border-top: 1px solid var(--_grid);
    font-size: 13px;
  }
  .notice details {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .notice summary {
    cursor: pointer;
  }
  .notice .dismiss {
    min-width: 28px;
    min-height: 28px;
    padding: 0 6px;
  }
  .notice ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .event .mark,
    .legend .mark {
      fill: CanvasText;
      stroke: Canvas;
    }
    .event.fuzzy .mark {
      fill: Canvas;
      stroke: CanvasText;
    }
    .event .bar,
    .event .band,
    .event .solid {
      stroke: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .cluster-badge {
      fill: Canvas;
      stroke: CanvasText;
    }
    .cluster-count {
      fill: CanvasText;
    }
    .label,
    .tick-label,
    .lane-label {
      fill: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .focus-ring {
      transition: stroke-width 120ms ease-out;
    }
  }
`;
