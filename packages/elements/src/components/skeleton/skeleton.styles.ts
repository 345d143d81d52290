import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const skeletonStyles = css`
  :host {
    display: block;
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    width: var(--egov-skeleton-width, 100%);
    margin-block-end: ${token('space-4')};
  }
  .shape {
    display: block;
    border-radius: ${token('radius-s')};
    background: linear-gradient(90deg, ${token('color-surface-muted')} 0%, ${token('color-border-subtle')} 50%, ${token('color-surface-muted')} 100%)
      0 0 / 200% 100% ${token('color-surface-muted')};
    animation: egov-shimmer 1.6s ease-in-out infinite;
  }
  .line {
    height: 1em;
    margin-block: 0.25em;
  }
  .line:last-child:not(:first-child) {
    width: 60%;
  }
  .block {
    height: var(--egov-skeleton-height, 8rem);
    border-radius: ${token('radius-m')};
  }
  @keyframes egov-shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .shape { animation: none; }
  }
  @media (forced-colors: active) {
    .shape { background: GrayText; }
  }
`;
