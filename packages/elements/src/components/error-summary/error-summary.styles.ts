import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  .summary {
    margin-block-end: var(--egov-space-6, 2rem);
    padding: var(--egov-space-4, 1rem);
    border: calc(var(--egov-border-width, 2px) + 3px) solid var(--egov-color-error, #b3261e);
    background: var(--egov-color-surface, #ffffff);
  }
  .summary:focus {
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
    outline-offset: 0;
  }
  .title {
    margin: 0 0 var(--egov-space-4, 1rem);
    font-size: var(--egov-font-size-l, 1.1875rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  .description {
    margin-block-end: var(--egov-space-4, 1rem);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item + .item {
    margin-block-start: var(--egov-space-2, 0.5rem);
  }
  .item {
    color: var(--egov-color-error, #b3261e);
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .link {
    color: var(--egov-color-error, #b3261e);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:hover {
    text-decoration-thickness: 0.15em;
  }
  .link:focus-visible {
    color: var(--egov-focus-ring-edge, #0b0c0c);
    background: var(--egov-focus-ring-color, #ffd21f);
    outline: none;
    box-shadow: 0 -2px var(--egov-focus-ring-color, #ffd21f), 0 4px var(--egov-focus-ring-edge, #0b0c0c);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .summary { border-color: CanvasText; }
    .link:focus-visible { outline: 3px solid Highlight; }
  }
`;
