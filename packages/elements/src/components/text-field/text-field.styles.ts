import { css } from 'lit';

export const textFieldStyles = css`
  .control {
    display: flex;
    align-items: stretch;
    max-width: var(--egov-text-field-width, 100%);
  }
  .control .input {
    flex: 1 1 auto;
    min-width: 0;
  }
  ::slotted([slot='prefix']), ::slotted([slot='suffix']) {
    display: flex;
    align-items: center;
    padding: 0 var(--egov-space-2, 0.5rem);
    background: var(--egov-color-surface-muted, #f3f5f7);
    border: var(--egov-border-width, 2px) solid var(--egov-color-border, #5f646c);
    white-space: nowrap;
  }
  ::slotted([slot='prefix']) {
    border-inline-end: 0;
  }
  ::slotted([slot='suffix']) {
    border-inline-start: 0;
  }
`;
