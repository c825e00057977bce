import { css } from 'lit';

/**
 * Print: the chart at the page's width in black and white, without its buttons, the overview strip or the hint; then
 * the list of the events in view, each with its date in words and its source's quote; and the selected event's panel,
 * open. Categories keep their shapes, so they stay apart in grey. Loaded with the deferred parts, as a page is
 * printed after its timelines have drawn.
 */
export const printStyles = css`
  @media print {
    :host {
      color-scheme: light;
      --_bg: #fff;
      --_fg: #000;
      --_muted: #333;
      --_grid: #000;
      --_lane-a: #fff;
      --_lane-b: #fff;
      --_accent: #000;
      --_panel: #fff;
      --_error: #000;
      --_military: #000;
      --_humanitarian: #555;
      --_ceasefire: #777;
      --_diplomacy: #222;
      --_statement: #444;
      --_other: #666;
      --_extra-0: #111;
      --_extra-1: #333;
      --_extra-2: #555;
      --_extra-3: #777;
      --_extra-4: #999;
      --_extra-5: #bbb;
      border-color: #000;
    }
    .cat-extra-0, .cat-extra-1, .cat-extra-2, .cat-extra-3, .cat-extra-4, .cat-extra-5 {
      --c: var(--_other);
    }
    svg.chart {
      width: 100%;
      height: auto;
    }
    button:not([part~='list-item']), [part~='overview'], .overview-slot, .hint, canvas {
      display: none !important;
    }
    .list-item button {
      display: block;
      min-height: 0;
      padding: 0;
      color: inherit;
      background: none;
      box-shadow: none;
    }
    .list.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      clip-path: none;
      white-space: normal;
    }
    .list {
      border-top: 1px solid var(--_grid);
    }
    .list-item {
      break-inside: avoid;
      padding: 2px 0;
      padding-inline-start: 22px;
    }
    .list-title, .list-meta {
      display: block;
    }
    .list-quote {
      display: block;
      margin: 2px 0 6px;
      font-style: italic;
    }
    .detail {
      break-inside: avoid;
      padding-inline-end: 16px;
    }
  }
`;
