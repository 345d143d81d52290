import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    margin-block-end: var(--egov-space-6, 2rem);
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    padding-block-end: var(--egov-space-5, 1.5rem);
    padding-inline-start: var(--egov-space-5, 1.5rem);
    /* A long history: items off screen are not laid out or painted until they come near. */
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  /* The applicant's own steps: a hollow marker (told apart without colour too). */
  .item.applicant::after {
    background: var(--egov-color-surface, #ffffff);
    border: 2px solid var(--marker, var(--egov-color-text-muted, #4f545c));
    box-sizing: border-box;
  }
  /* The line between events, and a marker per event coloured as its status tag. */
  .item::before {
    content: '';
    position: absolute;
    inset-block: 0.4em 0;
    inset-inline-start: calc(0.3rem - 1px);
    width: 2px;
    background: var(--egov-color-border-subtle, #c9ced6);
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
    background: var(--marker, var(--egov-color-text-muted, #4f545c));
  }
  .item.info { --marker: var(--egov-color-info, #0b5cad); }
  .item.success { --marker: var(--egov-color-success, #13703a); }
  .item.warning { --marker: var(--egov-color-warning, #7a4f00); }
  .item.error { --marker: var(--egov-color-error, #b3261e); }
  .title {
    margin: 0;
    font-size: var(--egov-font-size-l, 1.1875rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  .byline, .date {
    margin: var(--egov-space-1, 0.25rem) 0 0;
    color: var(--egov-color-text-muted, #4f545c);
  }
  .date {
    font-size: var(--egov-font-size-s, 0.875rem);
  }
  .description {
    margin: var(--egov-space-2, 0.5rem) 0 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .empty {
    margin: 0;
    color: var(--egov-color-text-muted, #4f545c);
  }
  @media (forced-colors: active) {
    .item::after { background: CanvasText; }
    .item.applicant::after { background: Canvas; border-color: CanvasText; }
    .item::before { background: GrayText; }
  }
  @media print {
    .item { content-visibility: visible; }
  }
`;
