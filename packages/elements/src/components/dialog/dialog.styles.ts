import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: min(var(--egov-dialog-width, 36rem), calc(100vw - 2 * var(--egov-space-4, 1rem)));
    max-height: calc(100dvh - 2 * var(--egov-space-4, 1rem));
    margin: auto;
    padding: 0;
    border: var(--egov-border-width, 2px) solid var(--egov-color-border, #5f646c);
    border-radius: var(--egov-radius-m, 4px);
    color: var(--egov-color-text, #1b1d21);
    background: var(--egov-color-surface, #ffffff);
    overflow: auto;
  }
  dialog:focus {
    outline: none;
  }
  dialog:focus-visible {
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-focus-ring-color, #ffd21f);
  }
  dialog::backdrop {
    background: rgb(11 12 12 / 0.6);
  }
  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--egov-space-2, 0.5rem);
    padding: var(--egov-space-4, 1rem) var(--egov-space-4, 1rem) 0;
  }
  .title {
    margin: 0;
    padding-block-start: var(--egov-space-2, 0.5rem);
    font-size: var(--egov-font-size-xl, 1.5rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--egov-space-1, 0.25rem);
    min-width: var(--egov-target-size, 2.75rem);
    min-height: var(--egov-target-size, 2.75rem);
    margin: 0;
    padding: 0 var(--egov-space-2, 0.5rem);
    border: 0;
    border-radius: var(--egov-radius-s, 2px);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: var(--egov-color-surface-muted, #f3f5f7);
  }
  .close svg {
    width: 1.25em;
    height: 1.25em;
  }
  .body {
    padding: var(--egov-space-4, 1rem);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--egov-space-3, 0.75rem);
    padding: 0 var(--egov-space-4, 1rem) var(--egov-space-4, 1rem);
  }
  .footer[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    dialog { border-color: CanvasText; }
  }
`;
