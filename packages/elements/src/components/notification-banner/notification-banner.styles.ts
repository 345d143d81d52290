import { css } from 'lit';

export const notificationBannerStyles = css`
  :host {
    display: block;
    margin-block-end: var(--egov-space-6, 2rem);
    --accent: var(--egov-notification-banner-color, var(--egov-color-info, #0b5cad));
  }
  :host([variant='success']) { --accent: var(--egov-notification-banner-color, var(--egov-color-success, #13703a)); }
  :host([variant='warning']) { --accent: var(--egov-notification-banner-color, var(--egov-color-warning, #7a4f00)); }
  :host([variant='error']) { --accent: var(--egov-notification-banner-color, var(--egov-color-error, #b3261e)); }
  .banner {
    border: var(--egov-border-width, 2px) solid var(--accent);
    background: var(--accent);
  }
  .banner:focus {
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
    outline-offset: 0;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--egov-space-2, 0.5rem);
    padding: var(--egov-space-1, 0.25rem) var(--egov-space-4, 1rem);
    color: var(--egov-color-on-primary, #ffffff);
  }
  .title {
    margin: 0;
    font-size: var(--egov-font-size-m, 1rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  .content {
    padding: var(--egov-space-4, 1rem);
    background: var(--egov-color-surface, #ffffff);
    color: var(--egov-color-text, #1b1d21);
  }
  .heading {
    margin: 0 0 var(--egov-space-2, 0.5rem);
    font-size: var(--egov-font-size-l, 1.1875rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  ::slotted([slot='heading']) {
    margin: 0 0 var(--egov-space-2, 0.5rem) !important;
    font-size: var(--egov-font-size-l, 1.1875rem);
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .dismiss {
    display: inline-flex;
    align-items: center;
    min-height: var(--egov-target-size, 2.75rem);
    margin: 0;
    padding: 0 var(--egov-space-2, 0.5rem);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .dismiss:focus-visible {
    color: var(--egov-focus-ring-edge, #0b0c0c);
    background: var(--egov-focus-ring-color, #ffd21f);
    outline: none;
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .banner { border-color: CanvasText; }
    .header { border-block-end: 1px solid CanvasText; }
  }
`;
