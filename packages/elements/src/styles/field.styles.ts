import { css } from 'lit';
import { spinnerStyles } from './spinner.styles.js';

/** The parts of every field: label, hint, error, the loading notice, and the red bar of a field in error. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--egov-space-5, 1.5rem);
  }
  .field.invalid {
    border-inline-start: 5px solid var(--egov-color-error, #b3261e);
    padding-inline-start: var(--egov-space-3, 0.75rem);
  }
  .label, legend.label {
    display: block;
    font-weight: var(--egov-font-weight-bold, 700);
    margin-block-end: var(--egov-space-1, 0.25rem);
    padding: 0;
  }
  .required {
    color: var(--egov-color-error, #b3261e);
  }
  .hint {
    display: block;
    color: var(--egov-color-text-muted, #4f545c);
    margin-block-end: var(--egov-space-2, 0.5rem);
  }
  .error {
    display: block;
    color: var(--egov-color-error, #b3261e);
    font-weight: var(--egov-font-weight-bold, 700);
    margin-block-end: var(--egov-space-2, 0.5rem);
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--egov-space-2, 0.5rem);
    color: var(--egov-color-text-muted, #4f545c);
    margin-block-end: var(--egov-space-2, 0.5rem);
  }
  ${spinnerStyles}
`;
