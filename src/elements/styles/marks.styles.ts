import { css } from 'lit';

/** What the plot draws for the data: event marks and bands, labels, focus rings and cluster badges. */
export const marksStyles = css`
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
  /* A label's own direction and its anchor, from its text and the timeline's (see renderLabel). */
  .label.ltr {
    direction: ltr;
  }
  .label.rtl {
    direction: rtl;
  }
  .label.end {
    text-anchor: end;
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

  @media (forced-colors: active) {
    .event .mark {
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
    .label {
      fill: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .focus-ring {
      transition: stroke-width 120ms ease-out;
    }
  }
`;
