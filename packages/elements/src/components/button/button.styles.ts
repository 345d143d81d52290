import { css } from 'lit';

export const buttonStyles = css`
  :host {
    display: inline-block;
    margin-block-end: var(--egov-space-4, 1rem);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--egov-space-2, 0.5rem);
    min-height: var(--egov-target-size, 2.75rem);
    padding: var(--egov-space-2, 0.5rem) var(--egov-space-4, 1rem);
    font: inherit;
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
    text-decoration: none;
    color: var(--egov-color-on-primary, #ffffff);
    background: var(--egov-color-primary, #0b5cad);
    border: var(--egov-border-width, 2px) solid transparent;
    border-radius: var(--egov-radius-m, 4px);
    box-shadow: 0 2px 0 var(--egov-focus-ring-edge, #0b0c0c);
    cursor: pointer;
  }
  .button:hover {
    background: var(--egov-color-primary-hover, #084482);
  }
  :host([variant='secondary']) .button {
    color: var(--egov-color-on-secondary, #0b2e52);
    background: var(--egov-color-secondary, #e8eef5);
    border-color: var(--egov-color-border, #5f646c);
  }
  :host([variant='secondary']) .button:hover {
    background: var(--egov-color-secondary-hover, #d3dfec);
  }
  :host([variant='warning']) .button {
    background: var(--egov-color-error, #b3261e);
  }
  :host([variant='link']) .button {
    color: var(--egov-color-link, #0b5cad);
    background: none;
    box-shadow: none;
    padding-inline: 0;
    text-decoration: underline;
    font-weight: var(--egov-font-weight-normal, 400);
  }
  /* Outranks every variant (variant is always reflected): black on yellow, in the ring and its black edge. */
  :host([variant]) .button:focus-visible {
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
    outline-offset: 0;
    color: var(--egov-focus-ring-edge, #0b0c0c);
    background: var(--egov-focus-ring-color, #ffd21f);
    box-shadow: 0 0 0 calc(var(--egov-focus-ring-width, 3px) * 2) var(--egov-focus-ring-edge, #0b0c0c);
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
  @media (forced-colors: active) {
    .button { border-color: ButtonText; }
  }
`;
