import { css } from 'lit';

/** The viewer's frame: pages beside the signature panel (below them on a phone). */
export const signatureViewerStyles = css`
  :host {
    display: block;
    --egov-signature-viewer-pages-height: 80vh;
  }
  h2, h3 {
    margin: 0 0 var(--egov-space-3, 0.75rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  h2 {
    font-size: var(--egov-font-size-xl, 1.5rem);
  }
  h3 {
    font-size: var(--egov-font-size-l, 1.1875rem);
  }
  p {
    margin: 0 0 var(--egov-space-3, 0.75rem);
  }
  .base {
    border: 2px dashed transparent;
    padding: var(--egov-space-2, 0.5rem);
  }
  .base.dragging {
    border-color: var(--egov-color-primary, #0b5cad);
    background: var(--egov-color-info-surface, #e8f1fb);
  }
  .source {
    display: flex;
    flex-wrap: wrap;
    gap: var(--egov-space-3, 0.75rem);
    align-items: center;
    margin-block-end: var(--egov-space-4, 1rem);
  }
  .source p {
    margin: 0;
    color: var(--egov-color-text-muted, #4f545c);
  }
  input[type='file'] {
    display: none;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: var(--egov-space-2, 0.5rem) var(--egov-space-4, 1rem);
    border: 2px solid var(--egov-color-primary, #0b5cad);
    border-radius: var(--egov-radius-m, 4px);
    background: var(--egov-color-primary, #0b5cad);
    color: var(--egov-color-on-primary, #ffffff);
    cursor: pointer;
  }
  button:hover {
    background: var(--egov-color-primary-hover, #084482);
  }
  button.secondary {
    background: var(--egov-color-secondary, #e8eef5);
    color: var(--egov-color-on-secondary, #0b2e52);
  }
  button.secondary:hover {
    background: var(--egov-color-secondary-hover, #d3dfec);
  }
  button:disabled {
    border-color: var(--egov-color-disabled, #757a82);
    background: var(--egov-color-disabled-surface, #eceef1);
    color: var(--egov-color-disabled, #757a82);
    cursor: default;
  }
  :is(button, .pages, summary):focus-visible {
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
    box-shadow: 0 0 0 calc(var(--egov-focus-ring-width, 3px) * 2) var(--egov-focus-ring-edge, #0b0c0c);
  }
  .headline {
    margin-block-end: var(--egov-space-4, 1rem);
  }
  [role='heading'] {
    font-size: var(--egov-font-size-l, 1.1875rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem);
    gap: var(--egov-space-5, 1.5rem);
    align-items: start;
  }
  @media (max-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--egov-space-2, 0.5rem);
    align-items: center;
    margin-block-end: var(--egov-space-2, 0.5rem);
  }
  .pages {
    position: relative;
    height: var(--egov-signature-viewer-pages-height);
    overflow: auto;
    background: var(--egov-color-surface-muted, #f3f5f7);
    border: 1px solid var(--egov-color-border-subtle, #c9ced6);
    padding: var(--egov-space-3, 0.75rem);
  }
  .page {
    position: relative;
    margin: 0 auto var(--egov-space-3, 0.75rem);
    background: var(--egov-color-surface, #ffffff);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
  }
  .page canvas {
    display: block;
    width: 100%;
    height: 100%;
  }
  .highlight {
    position: absolute;
    z-index: 2;
    outline: 3px solid var(--egov-color-warning, #7a4f00);
    background: rgb(255 210 31 / 0.35);
    pointer-events: none;
  }
  .textLayer {
    position: absolute;
    inset: 0;
    overflow: clip;
    line-height: 1;
    text-align: initial;
    text-size-adjust: none;
    forced-color-adjust: none;
    transform-origin: 0 0;
    z-index: 1;
    --min-font-size: 1;
    --text-scale-factor: calc(var(--total-scale-factor) * var(--min-font-size));
    --min-font-size-inv: calc(1 / var(--min-font-size));
  }
  .textLayer :is(span, br) {
    color: transparent;
    position: absolute;
    white-space: pre;
    cursor: text;
    transform-origin: 0% 0%;
  }
  .textLayer > :not(.markedContent), .textLayer .markedContent span:not(.markedContent) {
    --font-height: 0;
    font-size: calc(var(--text-scale-factor) * var(--font-height));
    --scale-x: 1;
    --rotate: 0deg;
    transform: rotate(var(--rotate)) scaleX(var(--scale-x)) scale(var(--min-font-size-inv));
  }
  .textLayer .markedContent {
    display: contents;
  }
  .textLayer ::selection {
    background: rgb(0 0 255 / 0.25);
  }
  .banner {
    padding: var(--egov-space-3, 0.75rem);
    margin-block-end: var(--egov-space-3, 0.75rem);
    border-inline-start: 5px solid var(--egov-color-info, #0b5cad);
    background: var(--egov-color-info-surface, #e8f1fb);
  }
  .banner--error {
    border-color: var(--egov-color-error, #b3261e);
    background: var(--egov-color-error-surface, #fcecea);
  }
  .banner--warning {
    border-color: var(--egov-color-warning, #7a4f00);
    background: var(--egov-color-warning-surface, #fff4d6);
  }
  .verdict {
    display: inline-flex;
    gap: var(--egov-space-1, 0.25rem);
    align-items: center;
    padding: 0 var(--egov-space-2, 0.5rem);
    border-radius: var(--egov-radius-m, 4px);
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .verdict--TOTAL_PASSED {
    color: var(--egov-color-success, #13703a);
    background: var(--egov-color-success-surface, #e7f4ec);
  }
  .verdict--INDETERMINATE {
    color: var(--egov-color-warning, #7a4f00);
    background: var(--egov-color-warning-surface, #fff4d6);
  }
  .verdict--TOTAL_FAILED {
    color: var(--egov-color-error, #b3261e);
    background: var(--egov-color-error-surface, #fcecea);
  }
  .verdict--NO_SIGNATURE_FOUND {
    color: var(--egov-color-text, #1b1d21);
    background: var(--egov-color-surface-muted, #f3f5f7);
  }
  .signature-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .signature {
    padding: var(--egov-space-3, 0.75rem) 0;
    border-block-start: 1px solid var(--egov-color-border-subtle, #c9ced6);
  }
  .signer {
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .muted, .note {
    color: var(--egov-color-text-muted, #4f545c);
    font-size: var(--egov-font-size-s, 0.875rem);
  }
  summary {
    cursor: pointer;
    color: var(--egov-color-link, #0b5cad);
    margin-block-end: var(--egov-space-2, 0.5rem);
  }
  .rows {
    margin: 0 0 var(--egov-space-3, 0.75rem);
  }
  .row {
    margin-block-end: var(--egov-space-2, 0.5rem);
  }
  dt {
    font-weight: var(--egov-font-weight-bold, 700);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .lines, .chain {
    margin: 0;
    padding-inline-start: var(--egov-space-5, 1.5rem);
  }
  progress {
    width: min(100%, 20rem);
  }
`;
