import { css } from 'lit';

/**
 * The host and its tokens. Every colour and size is a `--timeline-*` custom property read with a fallback, so a page
 * can theme all timelines from `:root`. Each default colour is a `light-dark()` pair: the dark one applies with
 * `theme="dark"`, or by default when the reader prefers a dark scheme. Also the colour of each category (`--c` on a
 * `.cat-*` class) and `.visually-hidden`.
 */
export const hostStyles = css`
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

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
