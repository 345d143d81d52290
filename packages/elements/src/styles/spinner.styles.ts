import { css } from 'lit';

/** The turning ring of something under way (`<span class="spinner" aria-hidden="true">`); still for people who ask for less motion. */
export const spinnerStyles = css`
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
`;
