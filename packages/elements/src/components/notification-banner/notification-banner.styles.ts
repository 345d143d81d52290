import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const notificationBannerStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-6')};
    --accent: var(--egov-notification-banner-color, ${token('color-info')});
  }
  :host([variant='success']) { --accent: var(--egov-notification-banner-color, ${token('color-success')}); }
  :host([variant='warning']) { --accent: var(--egov-notification-banner-color, ${token('color-warning')}); }
  :host([variant='error']) { --accent: var(--egov-notification-banner-color, ${token('color-error')}); }
  .banner {
    border: ${token('border-width')} solid var(--accent);
    background: var(--accent);
  }
  .banner:focus {
    outline: ${token('focus-ring-width')} solid ${token('focus-ring-color')};
    outline-offset: 0;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-2')};
    padding: ${token('space-1')} ${token('space-4')};
    color: ${token('color-on-primary')};
  }
  .title {
    margin: 0;
    font-size: ${token('font-size-m')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
  }
  .content {
    padding: ${token('space-4')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  .heading {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-l')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
  }
  ::slotted([slot='heading']) {
    margin: 0 0 ${token('space-2')} !important;
    font-size: ${token('font-size-l')};
    font-weight: ${token('font-weight-bold')};
  }
  .dismiss {
    display: inline-flex;
    align-items: center;
    min-height: ${token('target-size')};
    margin: 0;
    padding: 0 ${token('space-2')};
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .dismiss:focus-visible {
    color: ${token('focus-ring-edge')};
    background: ${token('focus-ring-color')};
    outline: none;
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .banner { border-color: CanvasText; }
    .header { border-block-end: 1px solid CanvasText; }
  }
`;
