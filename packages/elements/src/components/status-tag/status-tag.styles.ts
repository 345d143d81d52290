import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const statusTagStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
  }
  .tag {
    display: inline-block;
    max-width: 100%;
    padding: 0.125em ${token('space-2')};
    border-inline-start: 0.3em solid currentColor;
    font-size: ${token('font-size-s')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height')};
    overflow-wrap: anywhere;
    color: var(--egov-status-tag-color, ${token('color-text')});
    background: var(--egov-status-tag-background, ${token('color-surface-muted')});
  }
  .info {
    color: var(--egov-status-tag-color, ${token('color-info')});
    background: var(--egov-status-tag-background, ${token('color-info-surface')});
  }
  .success {
    color: var(--egov-status-tag-color, ${token('color-success')});
    background: var(--egov-status-tag-background, ${token('color-success-surface')});
  }
  .warning {
    color: var(--egov-status-tag-color, ${token('color-warning')});
    background: var(--egov-status-tag-background, ${token('color-warning-surface')});
  }
  .error {
    color: var(--egov-status-tag-color, ${token('color-error')});
    background: var(--egov-status-tag-background, ${token('color-error-surface')});
  }
  @media (forced-colors: active) {
    .tag { border: 1px solid CanvasText; }
  }
`;
