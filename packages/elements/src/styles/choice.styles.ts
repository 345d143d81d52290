import { css } from 'lit';
import { token } from './tokens.js';

/** Radios and checkboxes: large targets, label beside the box, hint under the label. */
export const choiceStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  :host([inline]) .choices {
    flex-direction: row;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-5')};
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: ${token('space-2')};
    align-items: start;
  }
  .choice input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0.0625rem 0 0;
    accent-color: ${token('color-primary')};
    cursor: pointer;
  }
  .choice input:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('focus-ring-color')};
    outline-offset: 1px;
    box-shadow: 0 0 0 calc(${token('focus-ring-width')} + 3px) ${token('focus-ring-edge')};
  }
  .choice label {
    padding-block: ${token('space-1')};
    cursor: pointer;
  }
  .choice .choice-hint {
    grid-column: 2;
    color: ${token('color-text-muted')};
  }
  .choice input:disabled, .choice input:disabled + label {
    cursor: not-allowed;
    color: ${token('color-disabled')};
  }
`;
