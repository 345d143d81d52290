import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const stepIndicatorStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-6')};
    container-type: inline-size;
  }
  .steps {
    display: flex;
    gap: ${token('space-1')};
    margin: 0 0 ${token('space-3')};
    padding: 0;
    list-style: none;
  }
  .step {
    flex: 1 1 0;
    min-width: 0;
    padding-block-start: ${token('space-2')};
    border-block-start: 0.5rem solid ${token('color-border-subtle')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-s')};
    overflow-wrap: anywhere;
  }
  .step.complete {
    border-block-start-color: ${token('color-primary-hover')};
    color: ${token('color-text')};
  }
  .step.current {
    border-block-start-color: ${token('color-primary')};
    color: ${token('color-primary')};
    font-weight: ${token('font-weight-bold')};
  }
  .with-counters .step {
    position: relative;
    padding-block-start: ${token('space-2')};
  }
  .counter {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    margin-inline-end: ${token('space-1')};
    border: ${token('border-width')} solid currentColor;
    border-radius: 50%;
    font-weight: ${token('font-weight-bold')};
    background: ${token('color-surface')};
  }
  .complete .counter, .current .counter {
    background: currentColor;
  }
  .complete .counter > span, .current .counter > span {
    color: ${token('color-on-primary')};
  }
  .heading {
    margin: 0;
    font-size: ${token('font-size-l')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
  }
  /* A narrow screen: the bars only; the heading says where the person is. */
  @container (max-width: 30rem) {
    .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .counter {
      margin: 0;
    }
  }
  @media (forced-colors: active) {
    .step.complete, .step.current { border-block-start-color: Highlight; }
    .step { border-block-start-color: GrayText; }
  }
`;
