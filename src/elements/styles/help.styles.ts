import { css } from 'lit';

/** The dialog that lists the keyboard shortcuts. */
export const helpStyles = css`
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
`;
