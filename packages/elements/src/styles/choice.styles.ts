import { css } from 'lit';

/** A radio or a checkbox: a large target, the label beside the box, the hint under the label. */
export const choiceStyles = css`
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--egov-space-2, 0.5rem);
    align-items: start;
  }
  .choice input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0.0625rem 0 0;
    accent-color: var(--egov-color-primary, #0b5cad);
    cursor: pointer;
  }
  .choice input:focus-visible {
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
    outline-offset: 1px;
    box-shadow: 0 0 0 calc(var(--egov-focus-ring-width, 3px) + 3px) var(--egov-focus-ring-edge, #0b0c0c);
  }
  .choice label {
    padding-block: var(--egov-space-1, 0.25rem);
    cursor: pointer;
  }
  .choice .choice-hint {
    grid-column: 2;
    color: var(--egov-color-text-muted, #4f545c);
  }
  .choice input:disabled, .choice input:disabled + label {
    cursor: not-allowed;
    color: var(--egov-color-disabled, #757a82);
  }
`;
