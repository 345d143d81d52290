import { css } from 'lit';
import { token } from '../../styles/tokens.js';

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
    padding: 0 ${token('space-2')};
    background: ${token('color-surface-muted')};
    border: ${token('border-width')} solid ${token('color-border')};
    white-space: nowrap;
  }
  ::slotted([slot='prefix']) {
    border-inline-end: 0;
  }
  ::slotted([slot='suffix']) {
    border-inline-start: 0;
  }
`;
