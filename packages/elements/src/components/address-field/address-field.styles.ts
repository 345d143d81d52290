import { css } from 'lit';

export const addressFieldStyles = css`
  .part {
    margin-block-end: var(--egov-space-4, 1rem);
  }
  .part label {
    display: block;
    margin-block-end: var(--egov-space-1, 0.25rem);
  }
  egov-combobox {
    margin-block-end: var(--egov-space-4, 1rem);
  }
  /* The parts of an address are labelled like sub-questions, not questions. */
  egov-combobox::part(label) {
    font-weight: var(--egov-font-weight-normal, 400);
  }
  details {
    margin-block-start: var(--egov-space-2, 0.5rem);
  }
  summary {
    color: var(--egov-color-link, #0b5cad);
    text-decoration: underline;
    cursor: pointer;
    min-block-size: var(--egov-target-size, 2.75rem);
    display: list-item;
  }
  summary:focus-visible {
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
    background: var(--egov-focus-ring-color, #ffd21f);
    color: var(--egov-focus-ring-edge, #0b0c0c);
  }
  /*
   * What <details> holds inherits through its built-in shadow tree, which is content-box: without
   * this, the old-address search box is wider than the help by its padding and borders.
   */
  .old {
    box-sizing: border-box;
    margin-block-start: var(--egov-space-3, 0.75rem);
    padding-inline-start: var(--egov-space-4, 1rem);
    border-inline-start: 4px solid var(--egov-color-border-subtle, #c9ced6);
  }
  .mappings {
    margin: 0 0 var(--egov-space-3, 0.75rem);
    padding: 0;
    list-style: none;
  }
  .mappings li {
    margin-block-end: var(--egov-space-2, 0.5rem);
  }
  .use {
    min-block-size: var(--egov-target-size, 2.75rem);
    padding: var(--egov-space-2, 0.5rem) var(--egov-space-3, 0.75rem);
    font: inherit;
    color: var(--egov-color-on-secondary, #0b2e52);
    background: var(--egov-color-secondary, #e8eef5);
    border: var(--egov-border-width, 2px) solid var(--egov-color-border, #5f646c);
    border-radius: var(--egov-radius-s, 2px);
    cursor: pointer;
    text-align: start;
  }
  .advisory {
    color: var(--egov-color-text-muted, #4f545c);
    font-size: var(--egov-font-size-s, 0.875rem);
  }
`;
