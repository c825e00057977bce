import { css } from 'lit';

/** The list view: the events in view as a vertical timeline of buttons. */
export const listStyles = css`
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
  .list-quote {
    display: none;
  }
  .list-more {
    margin: 6px 12px 0;
    color: var(--_muted);
    font-size: 13px;
  }
`;
