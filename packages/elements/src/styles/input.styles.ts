import { css } from 'lit';

/** A text box or a select (`class="input"`): the fields that have one add it after `fieldStyles`. */
export const inputStyles = css`
  .input {
    display: block;
    width: 100%;
    min-height: var(--egov-target-size, 2.75rem);
    margin: 0;
    padding: var(--egov-space-2, 0.5rem);
    font: inherit;
    color: inherit;
    background: var(--egov-color-surface, #ffffff);
    border: var(--egov-border-width, 2px) solid var(--egov-color-border, #5f646c);
    border-radius: var(--egov-radius-s, 2px);
    appearance: none;
  }
  .input:focus-visible, .input:focus {
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--egov-border-width, 2px) var(--egov-focus-ring-edge, #0b0c0c);
  }
  .invalid .input {
    border-color: var(--egov-color-error, #b3261e);
  }
  .input:disabled {
    color: var(--egov-color-disabled, #757a82);
    background: var(--egov-color-disabled-surface, #eceef1);
    border-color: var(--egov-color-disabled, #757a82);
    cursor: not-allowed;
  }
  /* A list to choose from shows its arrow (appearance: none took the native one away), drawn without an image for strict CSPs. */
  .input:is(select, [role='combobox']) {
    padding-inline-end: 2.5rem;
    background-image: linear-gradient(45deg, transparent 50%, currentColor 50%), linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position: calc(100% - 1.3rem) 55%, calc(100% - 0.9rem) 55%;
    background-size: 0.4rem 0.4rem;
    background-repeat: no-repeat;
  }
  .input[readonly] {
    background: var(--egov-color-surface-muted, #f3f5f7);
  }
  @media (forced-colors: active) {
    .input:focus { outline-color: Highlight; }
    select.input { appearance: auto; }
  }
`;
