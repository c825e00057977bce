import { css } from 'lit';

/** The toolbar under the plot: zoom buttons, the visible range, the legend and the wheel hint. */
export const toolbarStyles = css`
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
  button svg {
    display: block;
    width: 12px;
    height: 12px;
    margin: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
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
  .narrow button {
    min-width: 44px;
    min-height: 44px;
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

  @media (forced-colors: active) {
    .legend .mark {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
