import { css } from 'lit';

/**
 * The overview strip under the axis: the lanes' histogram, the folds, and d3-brush's window with its handles and
 * focus ring. Colours are the timeline's tokens (`--_grid`, `--_accent`, … set on the host), each falling back to its
 * `--timeline-*` property, so the sheet also works on its own.
 */
export const overviewStyles = css`
  svg.overview {
    display: block;
    width: 100%;
    overflow: hidden;
    border-top: 1px solid var(--_grid, var(--timeline-grid-color, #d0d7de));
    /* A click beside the window jumps there; d3-brush sets the cursors of the window and its handles. */
    cursor: pointer;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  svg.overview:active {
    cursor: pointer;
  }
  .overview .histogram,
  .overview .outside {
    pointer-events: none;
  }
  .overview .lane-density {
    fill: var(--c, currentColor);
    fill-opacity: 0.6;
  }
  .overview .fold-bg {
    fill: var(--_lane-a, var(--timeline-lane-background, #f6f8fa));
  }
  .overview .fold-hatch {
    stroke: var(--_muted, var(--timeline-muted-color, #57606a));
    stroke-width: 1;
    stroke-opacity: 0.45;
  }
  .overview .fold-break {
    fill: none;
    stroke: var(--_muted, var(--timeline-muted-color, #57606a));
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .overview .outside rect {
    fill: var(--_bg, var(--timeline-background, #ffffff));
    fill-opacity: 0.4;
  }
  .overview .selection {
    fill: var(--_accent, var(--timeline-accent-color, #0a58ca));
    fill-opacity: 0.08;
    stroke: var(--_accent, var(--timeline-accent-color, #0a58ca));
    stroke-width: 1.5;
    outline: none;
  }
  .overview .selection:focus-visible {
    fill-opacity: 0.24;
    stroke: var(--_fg, var(--timeline-color, #1b1f24));
    stroke-width: 3;
    stroke-dasharray: none;
  }
  /* d3-brush's handles, OVERVIEW_HANDLE_PX (10 px) wide for a finger: a grip that shows when it is pointed at. */
  .overview .handle {
    fill: var(--_accent, var(--timeline-accent-color, #0a58ca));
    fill-opacity: 0;
  }
  .overview .handle:hover {
    fill-opacity: 0.35;
  }

  @media (forced-colors: active) {
    svg.overview {
      border-top-color: CanvasText;
    }
    .overview .lane-density {
      fill: CanvasText;
      fill-opacity: 0.6;
    }
    .overview .fold-bg,
    .overview .outside rect {
      fill: Canvas;
    }
    .overview .fold-hatch,
    .overview .fold-break {
      stroke: GrayText;
      stroke-opacity: 1;
    }
    .overview .selection {
      fill: Highlight;
      fill-opacity: 0.25;
      stroke: Highlight;
    }
    .overview .selection:focus-visible {
      stroke: CanvasText;
    }
    .overview .handle:hover {
      fill: Highlight;
    }
  }
`;
