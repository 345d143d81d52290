import { css } from 'lit';

export const comboboxStyles = css`
  .combo {
    position: relative;
  }
  .popup {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: 10;
    max-block-size: 18rem;
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--egov-color-surface, #ffffff);
    border: var(--egov-border-width, 2px) solid var(--egov-color-border, #5f646c);
    border-block-start: 0;
    box-shadow: 0 4px 8px rgb(0 0 0 / 0.15);
  }
  .option, .popup-status {
    display: block;
    min-block-size: var(--egov-target-size, 2.75rem);
    padding: var(--egov-space-2, 0.5rem) var(--egov-space-3, 0.75rem);
    border-block-end: 1px solid var(--egov-color-border-subtle, #c9ced6);
  }
  .option {
    cursor: pointer;
  }
  .option.active, .option:hover {
    color: var(--egov-color-on-primary, #ffffff);
    background: var(--egov-color-primary, #0b5cad);
  }
  .option .option-hint {
    display: block;
    font-size: var(--egov-font-size-s, 0.875rem);
  }
  .popup-status {
    color: var(--egov-color-text-muted, #4f545c);
  }
  @media (forced-colors: active) {
    .option.active { outline: 2px solid Highlight; }
  }
`;
