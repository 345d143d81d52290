import { css } from 'lit';

/** Host defaults every element shares: the type, the `hidden` attribute, visually hidden text, the focus ring. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--egov-font-family, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif);
    font-size: var(--egov-font-size-m, 1rem);
    line-height: var(--egov-line-height, 1.5);
    color: var(--egov-color-text, #1b1d21);
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
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--egov-focus-ring-width, 3px) * 2) var(--egov-focus-ring-edge, #0b0c0c);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
