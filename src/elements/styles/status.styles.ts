import { css } from 'lit';

/** The loading and error status that replaces the plot, and the notice of problems found in the data. */
export const statusStyles = css`
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
  .notice details,
  .notice .whole {
    flex: 1;
    min-width: 0;
    margin: 0;
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
`;
