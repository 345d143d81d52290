import { css } from 'lit';

/** A dossier, its lists and forms, the signed-in list, and print (adopted when the tracker's engine loads). */
export const dossierViewStyles = css`
  .muted {
    color: var(--egov-color-text-muted, #4f545c);
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    gap: var(--egov-space-2, 0.5rem);
    align-items: center;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--egov-space-2, 0.5rem) var(--egov-space-4, 1rem);
    margin-block-end: var(--egov-space-4, 1rem);
  }
  .plain-list, .cards {
    margin: 0 0 var(--egov-space-4, 1rem);
    padding-inline-start: var(--egov-space-5, 1.5rem);
  }
  .cards {
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--egov-space-4, 1rem);
    margin-block-end: var(--egov-space-3, 0.75rem);
    border: 1px solid var(--egov-color-border-subtle, #c9ced6);
    border-inline-start: 4px solid var(--egov-color-primary, #0b5cad);
    border-radius: var(--egov-radius-m, 4px);
  }
  .card h3, .card h4, .card h5, .card h6, .card [role='heading'] {
    margin: 0 0 var(--egov-space-2, 0.5rem);
    font-size: var(--egov-font-size-m, 1rem);
  }
  .card p {
    margin-block-end: var(--egov-space-2, 0.5rem);
  }
  .fees {
    width: 100%;
    margin-block-end: var(--egov-space-4, 1rem);
    border-collapse: collapse;
  }
  .fees th, .fees td {
    padding: var(--egov-space-2, 0.5rem);
    text-align: start;
    border-block-end: 1px solid var(--egov-color-border-subtle, #c9ced6);
  }
  .fees .amount {
    text-align: end;
    white-space: nowrap;
  }
  .order {
    display: flex;
    gap: var(--egov-space-2, 0.5rem);
    align-items: center;
    margin-block-end: var(--egov-space-4, 1rem);
  }
  select, .link-button {
    min-height: var(--egov-target-size, 2.75rem);
    font: inherit;
    color: inherit;
  }
  select {
    padding: var(--egov-space-1, 0.25rem) var(--egov-space-2, 0.5rem);
    background: var(--egov-color-surface, #ffffff);
    border: var(--egov-border-width, 2px) solid var(--egov-color-border, #5f646c);
    border-radius: var(--egov-radius-s, 2px);
  }
  a, .link-button {
    color: var(--egov-color-link, #0b5cad);
  }
  .link-button {
    padding: 0;
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 var(--egov-space-4, 1rem);
    align-items: end;
  }
  .filters label {
    display: block;
    margin-block-end: var(--egov-space-1, 0.25rem);
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .filters select {
    width: 100%;
    margin-block-end: var(--egov-space-5, 1.5rem);
  }
  @media print {
    .no-print, form, egov-button, button, .toolbar, .actions, .order {
      display: none !important;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
