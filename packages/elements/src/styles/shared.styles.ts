import { css } from 'lit';
import { token } from './tokens.js';

/** Host defaults every element shares: the type, the `hidden` attribute, visually hidden text, the focus ring. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size-m')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
  }
  :host([hidden]), [hidden] {
    display: none !important;
  }
  *, *::before, *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('focus-ring-color')};
    outline-offset: 0;
    box-shadow: 0 0 0 calc(${token('focus-ring-width')} * 2) ${token('focus-ring-edge')};
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The parts of a field: label, hint, error, and a text box. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-5')};
  }
  .field.invalid {
    border-inline-start: 5px solid ${token('color-error')};
    padding-inline-start: ${token('space-3')};
  }
  .label, legend.label {
    display: block;
    font-weight: ${token('font-weight-bold')};
    margin-block-end: ${token('space-1')};
    padding: 0;
  }
  .required {
    color: ${token('color-error')};
  }
  .hint {
    display: block;
    color: ${token('color-text-muted')};
    margin-block-end: ${token('space-2')};
  }
  .error {
    display: block;
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
    margin-block-end: ${token('space-2')};
  }
  .loading {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    color: ${token('color-text-muted')};
    margin-block-end: ${token('space-2')};
  }
  .loading::before {
    content: '';
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: egov-spin 0.8s linear infinite;
  }
  @keyframes egov-spin {
    to { transform: rotate(1turn); }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading::before { animation: none; }
  }
  .input {
    display: block;
    width: 100%;
    min-height: ${token('target-size')};
    margin: 0;
    padding: ${token('space-2')};
    font: inherit;
    color: inherit;
    background: ${token('color-surface')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-s')};
    appearance: none;
  }
  .input:focus-visible, .input:focus {
    outline: ${token('focus-ring-width')} solid ${token('focus-ring-color')};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${token('border-width')} ${token('focus-ring-edge')};
  }
  .invalid .input {
    border-color: ${token('color-error')};
  }
  .input:disabled {
    color: ${token('color-disabled')};
    background: ${token('color-disabled-surface')};
    border-color: ${token('color-disabled')};
    cursor: not-allowed;
  }
  .input[readonly] {
    background: ${token('color-surface-muted')};
  }
  @media (forced-colors: active) {
    .input:focus { outline-color: Highlight; }
  }
`;
