import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const comboboxStyles = css`
  .combo {
    position: relative;
  }
  .popup {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: 10;
    max-block-size: 18rem;
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    background: ${token('color-surface')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-block-start: 0;
    box-shadow: 0 4px 8px rgb(0 0 0 / 0.15);
  }
  .option, .popup-status {
    display: block;
    min-block-size: ${token('target-size')};
    padding: ${token('space-2')} ${token('space-3')};
    border-block-end: 1px solid ${token('color-border-subtle')};
  }
  .option {
    cursor: pointer;
  }
  .option.active, .option:hover {
    color: ${token('color-on-primary')};
    background: ${token('color-primary')};
  }
  .option .option-hint {
    display: block;
    font-size: ${token('font-size-s')};
  }
  .popup-status {
    color: ${token('color-text-muted')};
  }
  @media (forced-colors: active) {
    .option.active { outline: 2px solid Highlight; }
  }
`;
