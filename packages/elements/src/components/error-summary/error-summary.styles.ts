import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  .summary {
    margin-block-end: ${token('space-6')};
    padding: ${token('space-4')};
    border: calc(${token('border-width')} + 3px) solid ${token('color-error')};
    background: ${token('color-surface')};
  }
  .summary:focus {
    outline: ${token('focus-ring-width')} solid ${token('focus-ring-color')};
    outline-offset: 0;
  }
  .title {
    margin: 0 0 ${token('space-4')};
    font-size: ${token('font-size-l')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
  }
  .description {
    margin-block-end: ${token('space-4')};
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item + .item {
    margin-block-start: ${token('space-2')};
  }
  .item {
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
  }
  .link {
    color: ${token('color-error')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:hover {
    text-decoration-thickness: 0.15em;
  }
  .link:focus-visible {
    color: ${token('focus-ring-edge')};
    background: ${token('focus-ring-color')};
    outline: none;
    box-shadow: 0 -2px ${token('focus-ring-color')}, 0 4px ${token('focus-ring-edge')};
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .summary { border-color: CanvasText; }
    .link:focus-visible { outline: 3px solid Highlight; }
  }
`;
