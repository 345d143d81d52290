import { css } from 'lit';

export const dateFieldStyles = css`
  .parts {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--egov-space-4, 1rem);
  }
  .part label {
    display: block;
    margin-block-end: var(--egov-space-1, 0.25rem);
  }
  .part .input {
    inline-size: calc(2ch + 2 * var(--egov-space-2, 0.5rem) + 2 * var(--egov-border-width, 2px) + 1ch);
  }
  .part.year .input {
    inline-size: calc(4ch + 2 * var(--egov-space-2, 0.5rem) + 2 * var(--egov-border-width, 2px) + 1ch);
  }
  .part .input[aria-invalid='true'] {
    border-color: var(--egov-color-error, #b3261e);
  }
  .picker-button {
    min-height: var(--egov-target-size, 2.75rem);
    padding: var(--egov-space-2, 0.5rem) var(--egov-space-3, 0.75rem);
    font: inherit;
    color: var(--egov-color-on-secondary, #0b2e52);
    background: var(--egov-color-secondary, #e8eef5);
    border: var(--egov-border-width, 2px) solid var(--egov-color-border, #5f646c);
    border-radius: var(--egov-radius-s, 2px);
    cursor: pointer;
  }
  .native {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    opacity: 0;
    pointer-events: none;
  }
`;
