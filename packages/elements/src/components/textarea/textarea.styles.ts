import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const textareaStyles = css`
  textarea.input {
    min-height: calc(${token('target-size')} * 2);
    resize: vertical;
  }
  .count {
    margin-block-start: ${token('space-1')};
    color: ${token('color-text-muted')};
  }
  .count.over {
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
  }
`;
