import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const summaryListStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-6')};
    container-type: inline-size;
  }
  .rows {
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: var(--egov-summary-list-key-width, 30%) minmax(0, 1fr) auto;
    column-gap: ${token('space-4')};
    padding: ${token('space-3')} 0;
    border-block-end: 1px solid ${token('color-border-subtle')};
  }
  .key, .value, .actions, ::slotted(dt), ::slotted(dd) {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .key, ::slotted(dt) {
    grid-column: 1;
    font-weight: ${token('font-weight-bold')};
  }
  .value, ::slotted(dd) {
    grid-column: 2;
  }
  .line {
    display: block;
  }
  .empty {
    color: ${token('color-text-muted')};
  }
  .actions {
    grid-column: 3;
    text-align: end;
  }
  .link {
    color: ${token('color-link')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:focus-visible {
    color: ${token('focus-ring-edge')};
    background: ${token('focus-ring-color')};
    outline: none;
    box-shadow: 0 -2px ${token('focus-ring-color')}, 0 4px ${token('focus-ring-edge')};
    text-decoration: none;
  }
  /* The card: a titled box around the list (GOV.UK summary card). */
  .card {
    border: 1px solid ${token('color-border-subtle')};
  }
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-2')};
    padding: ${token('space-3')} ${token('space-4')};
    background: ${token('color-surface-muted')};
  }
  .card-title {
    margin: 0;
    font-size: ${token('font-size-l')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
  }
  .card .rows {
    padding: 0 ${token('space-4')};
  }
  .card .row:last-child {
    border-block-end: 0;
  }
  /* Narrow screens (a phone): the name above its value, the link under them. */
  @container (max-width: 36rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
      row-gap: ${token('space-1')};
    }
    .key, .value, .actions, ::slotted(dt), ::slotted(dd) {
      grid-column: 1;
      text-align: start;
    }
  }
`;
