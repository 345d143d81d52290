import { css } from 'lit';

export const statusTagStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
  }
  .tag {
    display: inline-block;
    max-width: 100%;
    padding: 0.125em var(--egov-space-2, 0.5rem);
    border-inline-start: 0.3em solid currentColor;
    font-size: var(--egov-font-size-s, 0.875rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height, 1.5);
    overflow-wrap: anywhere;
    color: var(--egov-status-tag-color, var(--egov-color-text, #1b1d21));
    background: var(--egov-status-tag-background, var(--egov-color-surface-muted, #f3f5f7));
  }
  .info {
    color: var(--egov-status-tag-color, var(--egov-color-info, #0b5cad));
    background: var(--egov-status-tag-background, var(--egov-color-info-surface, #e8f1fb));
  }
  .success {
    color: var(--egov-status-tag-color, var(--egov-color-success, #13703a));
    background: var(--egov-status-tag-background, var(--egov-color-success-surface, #e7f4ec));
  }
  .warning {
    color: var(--egov-status-tag-color, var(--egov-color-warning, #7a4f00));
    background: var(--egov-status-tag-background, var(--egov-color-warning-surface, #fff4d6));
  }
  .error {
    color: var(--egov-status-tag-color, var(--egov-color-error, #b3261e));
    background: var(--egov-status-tag-background, var(--egov-color-error-surface, #fcecea));
  }
  @media (forced-colors: active) {
    .tag { border: 1px solid CanvasText; }
  }
`;
