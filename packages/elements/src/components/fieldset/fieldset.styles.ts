import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const fieldsetStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-6')};
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: ${token('space-3')};
    font-weight: ${token('font-weight-bold')};
    font-size: ${token('font-size-l')};
    line-height: ${token('line-height-heading')};
  }
  :host([size='page']) legend {
    font-size: ${token('font-size-2xl')};
  }
  :host([size='section']) legend {
    font-size: ${token('font-size-xl')};
  }
  .hint {
    color: ${token('color-text-muted')};
    margin-block: calc(-1 * ${token('space-2')}) ${token('space-4')};
  }
`;
