import { css } from 'lit';

export const fieldsetStyles = css`
  :host {
    display: block;
    margin-block-end: var(--egov-space-6, 2rem);
  }
  legend {
    margin-block-end: var(--egov-space-3, 0.75rem);
    font-weight: var(--egov-font-weight-bold, 700);
    font-size: var(--egov-font-size-l, 1.1875rem);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  :host([size='page']) legend {
    font-size: var(--egov-font-size-2xl, 2rem);
  }
  :host([size='section']) legend {
    font-size: var(--egov-font-size-xl, 1.5rem);
  }
  .hint {
    color: var(--egov-color-text-muted, #4f545c);
    margin-block: calc(-1 * var(--egov-space-2, 0.5rem)) var(--egov-space-4, 1rem);
  }
`;
