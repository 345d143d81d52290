import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const timelineStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-6')};
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    padding-block-end: ${token('space-5')};
    padding-inline-start: ${token('space-5')};
  }
  /* The line between events, and a marker per event coloured as its status tag. */
  .item::before {
    content: '';
    position: absolute;
    inset-block: 0.4em 0;
    inset-inline-start: calc(0.3rem - 1px);
    width: 2px;
    background: ${token('color-border-subtle')};
  }
  .item:last-child::before {
    display: none;
  }
  .item::after {
    content: '';
    position: absolute;
    inset-block-start: 0.4em;
    inset-inline-start: 0;
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: var(--marker, ${token('color-text-muted')});
  }
  .item.info { --marker: ${token('color-info')}; }
  .item.success { --marker: ${token('color-success')}; }
  .item.warning { --marker: ${token('color-warning')}; }
  .item.error { --marker: ${token('color-error')}; }
  .title {
    margin: 0;
    font-size: ${token('font-size-l')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
  }
  .byline, .date {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-text-muted')};
  }
  .date {
    font-size: ${token('font-size-s')};
  }
  .description {
    margin: ${token('space-2')} 0 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .empty {
    margin: 0;
    color: ${token('color-text-muted')};
  }
  @media (forced-colors: active) {
    .item::after { background: CanvasText; }
    .item::before { background: GrayText; }
  }
`;
