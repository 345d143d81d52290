import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const dateFieldStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  .parts {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: ${token('space-4')};
  }
  .part label {
    display: block;
    margin-block-end: ${token('space-1')};
  }
  .part .input {
    inline-size: calc(2ch + 2 * ${token('space-2')} + 2 * ${token('border-width')} + 1ch);
  }
  .part.year .input {
    inline-size: calc(4ch + 2 * ${token('space-2')} + 2 * ${token('border-width')} + 1ch);
  }
  .part .input[aria-invalid='true'] {
    border-color: ${token('color-error')};
  }
  .picker-button {
    min-height: ${token('target-size')};
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    color: ${token('color-on-secondary')};
    background: ${token('color-secondary')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-s')};
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
