import { css } from 'lit';

export const summaryListStyles = css`
  :host {
    display: block;
    margin-block-end: var(--egov-space-6, 2rem);
    container-type: inline-size;
  }
  .rows {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: var(--egov-summary-list-key-width, 30%) minmax(0, 1fr) auto;
    column-gap: var(--egov-space-4, 1rem);
    padding: var(--egov-space-3, 0.75rem) 0;
    border-block-end: 1px solid var(--egov-color-border-subtle, #c9ced6);
  }
  .key, .value, .actions, ::slotted(dt), ::slotted(dd) {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .key, ::slotted(dt) {
    grid-column: 1;
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .value, ::slotted(dd) {
    grid-column: 2;
  }
  .line {
    display: block;
  }
  .empty {
    color: var(--egov-color-text-muted, #4f545c);
  }
  .actions {
    grid-column: 3;
    text-align: end;
  }
  .link {
    color: var(--egov-color-link, #0b5cad);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:focus-visible {
    color: var(--egov-focus-ring-edge, #0b0c0c);
    background: var(--egov-focus-ring-color, #ffd21f);
    outline: none;
    box-shadow: 0 -2px var(--egov-focus-ring-color, #ffd21f), 0 4px var(--egov-focus-ring-edge, #0b0c0c);
    text-decoration: none;
  }
  /* The card: a titled box around the list (GOV.UK summary card). */
  .card {
    border: 1px solid var(--egov-color-border-subtle, #c9ced6);
  }
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--egov-space-2, 0.5rem);
    padding: var(--egov-space-3, 0.75rem) var(--egov-space-4, 1rem);
    background: var(--egov-color-surface-muted, #f3f5f7);
  }
  .card-title {
    margin: 0;
    font-size: var(--egov-font-size-l, 1.1875rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  .card .rows {
    padding: 0 var(--egov-space-4, 1rem);
  }
  .card .row:last-child {
    border-block-end: 0;
  }
  /* Narrow screens (a phone): the name above its value, the link under them. */
  @container (max-width: 36rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
      row-gap: var(--egov-space-1, 0.25rem);
    }
    .key, .value, .actions, ::slotted(dt), ::slotted(dd) {
      grid-column: 1;
      text-align: start;
    }
  }
`;
