import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: min(var(--egov-dialog-width, 36rem), calc(100vw - 2 * ${token('space-4')}));
    max-height: calc(100dvh - 2 * ${token('space-4')});
    margin: auto;
    padding: 0;
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-m')};
    color: ${token('color-text')};
    background: ${token('color-surface')};
    overflow: auto;
  }
  dialog:focus {
    outline: none;
  }
  dialog:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('focus-ring-color')};
  }
  dialog::backdrop {
    background: rgb(11 12 12 / 0.6);
  }
  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: ${token('space-2')};
    padding: ${token('space-4')} ${token('space-4')} 0;
  }
  .title {
    margin: 0;
    padding-block-start: ${token('space-2')};
    font-size: ${token('font-size-xl')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
  }
  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${token('space-1')};
    min-width: ${token('target-size')};
    min-height: ${token('target-size')};
    margin: 0;
    padding: 0 ${token('space-2')};
    border: 0;
    border-radius: ${token('radius-s')};
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: ${token('color-surface-muted')};
  }
  .close svg {
    width: 1.25em;
    height: 1.25em;
  }
  .body {
    padding: ${token('space-4')};
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    padding: 0 ${token('space-4')} ${token('space-4')};
  }
  .footer[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    dialog { border-color: CanvasText; }
  }
`;
