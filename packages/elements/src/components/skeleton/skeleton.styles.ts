import { css } from 'lit';

export const skeletonStyles = css`
  :host {
    display: block;
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: var(--egov-space-2, 0.5rem);
    width: var(--egov-skeleton-width, 100%);
    margin-block-end: var(--egov-space-4, 1rem);
  }
  .shape {
    display: block;
    border-radius: var(--egov-radius-s, 2px);
    background: linear-gradient(90deg, var(--egov-color-surface-muted, #f3f5f7) 0%, var(--egov-color-border-subtle, #c9ced6) 50%, var(--egov-color-surface-muted, #f3f5f7) 100%)
      0 0 / 200% 100% var(--egov-color-surface-muted, #f3f5f7);
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
    border-radius: var(--egov-radius-m, 4px);
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
