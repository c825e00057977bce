import { css } from 'lit';

/** The plot's surface: the svg, lane backgrounds and labels, the grid and the time axis. */
export const plotStyles = css`
  .sizer {
    height: 0;
  }
  .plot {
    position: relative;
    overflow: hidden;
    /* What changes in every frame of a gesture stays inside: its layout and paint never reach the page. */
    contain: layout paint;
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
  /* Over the chart while a gesture moves the view: the events painted frame by frame (see MotionCanvas). */
  .motion {
    position: absolute;
    top: 0;
    left: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .motion[hidden] {
    display: none;
  }
  .hit {
    fill: transparent;
  }
  /* Where the overview strip (32 px and its border) comes once the deferred parts have loaded. */
  .overview-slot {
    height: 33px;
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
  /* A folded stretch: a band over the lanes and the axis line, which hides what runs through it. */
  .fold {
    cursor: zoom-in;
    outline: none;
  }
  .fold-band {
    fill: var(--_bg);
    fill-opacity: 0.92;
  }
  .fold-edge {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .fold:hover .fold-band {
    fill: var(--_lane-a);
  }
  .fold:focus-visible .fold-band {
    stroke: var(--_accent);
    stroke-width: 3;
  }

  @media (forced-colors: active) {
    .tick-label,
    .lane-label,
`;
