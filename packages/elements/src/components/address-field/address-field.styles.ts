import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const addressFieldStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  .part {
    margin-block-end: ${token('space-4')};
  }
  .part label {
    display: block;
    margin-block-end: ${token('space-1')};
  }
  egov-combobox {
    margin-block-end: ${token('space-4')};
  }
  /* The parts of an address are labelled like sub-questions, not questions. */
  egov-combobox::part(label) {
    font-weight: ${token('font-weight-normal')};
  }
  details {
    margin-block-start: ${token('space-2')};
  }
  summary {
    color: ${token('color-link')};
    text-decoration: underline;
    cursor: pointer;
    min-block-size: ${token('target-size')};
    display: list-item;
  }
  summary:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('focus-ring-color')};
    background: ${token('focus-ring-color')};
    color: ${token('focus-ring-edge')};
  }
  .old {
    margin-block-start: ${token('space-3')};
    padding-inline-start: ${token('space-4')};
    border-inline-start: 4px solid ${token('color-border-subtle')};
  }
  .mappings {
    margin: 0 0 ${token('space-3')};
    padding: 0;
    list-style: none;
  }
  .mappings li {
    margin-block-end: ${token('space-2')};
  }
  .use {
    min-block-size: ${token('target-size')};
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    color: ${token('color-on-secondary')};
    background: ${token('color-secondary')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-s')};
    cursor: pointer;
    text-align: start;
  }
  .advisory {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-s')};
  }
`;
