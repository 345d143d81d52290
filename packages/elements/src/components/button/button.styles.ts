import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const buttonStyles = css`
  :host {
    display: inline-block;
    margin-block-end: ${token('space-4')};
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-2')};
    min-height: ${token('target-size')};
    padding: ${token('space-2')} ${token('space-4')};
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
    text-decoration: none;
    color: ${token('color-on-primary')};
    background: ${token('color-primary')};
    border: ${token('border-width')} solid transparent;
    border-radius: ${token('radius-m')};
    box-shadow: 0 2px 0 ${token('focus-ring-edge')};
    cursor: pointer;
  }
  .button:hover {
    background: ${token('color-primary-hover')};
  }
  :host([variant='secondary']) .button {
    color: ${token('color-on-secondary')};
    background: ${token('color-secondary')};
    border-color: ${token('color-border')};
  }
  :host([variant='secondary']) .button:hover {
    background: ${token('color-secondary-hover')};
  }
  :host([variant='warning']) .button {
    background: ${token('color-error')};
  }
  :host([variant='link']) .button {
    color: ${token('color-link')};
    background: none;
    box-shadow: none;
    padding-inline: 0;
    text-decoration: underline;
    font-weight: ${token('font-weight-normal')};
  }
  .button:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('focus-ring-color')};
    outline-offset: 0;
    color: ${token('focus-ring-edge')};
    background: ${token('focus-ring-color')};
    box-shadow: 0 2px 0 ${token('focus-ring-edge')};
  }
  .button[aria-disabled='true'], .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :host([full-width]) {
    display: block;
  }
  :host([full-width]) .button {
    width: 100%;
  }
  .spinner {
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
    .spinner { animation: none; }
  }
  @media (forced-colors: active) {
    .button { border-color: ButtonText; }
  }
`;
