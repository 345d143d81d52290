import { css } from 'lit';

export const textareaStyles = css`
  textarea.input {
    min-height: calc(var(--egov-target-size, 2.75rem) * 2);
    resize: vertical;
  }
  .count {
    margin-block-start: var(--egov-space-1, 0.25rem);
    color: var(--egov-color-text-muted, #4f545c);
  }
  .count.over {
    color: var(--egov-color-error, #b3261e);
    font-weight: var(--egov-font-weight-bold, 700);
  }
`;
