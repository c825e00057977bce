import { css } from 'lit';

/** The detail panel of the selected event. */
export const detailStyles = css`
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
    padding: 4px 0;
    padding-inline-start: 12px;
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
  .detail .steps {
    display: flex;
    gap: 8px;
    margin-top: 10px;
  }
  .detail .step[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
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
`;
