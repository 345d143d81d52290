import { css } from 'lit';

export const stepIndicatorStyles = css`
  :host {
    display: block;
    margin-block-end: var(--egov-space-6, 2rem);
    container-type: inline-size;
  }
  .steps {
    display: flex;
    gap: var(--egov-space-1, 0.25rem);
    margin: 0 0 var(--egov-space-3, 0.75rem);
    padding: 0;
    list-style: none;
  }
  .step {
    flex: 1 1 0;
    min-width: 0;
    padding-block-start: var(--egov-space-2, 0.5rem);
    border-block-start: 0.5rem solid var(--egov-color-border-subtle, #c9ced6);
    color: var(--egov-color-text-muted, #4f545c);
    font-size: var(--egov-font-size-s, 0.875rem);
    overflow-wrap: anywhere;
  }
  /* A step to do has a thinner bar: told apart from done ones without colour (high-contrast theme). */
  .step.incomplete {
    margin-block-start: 0.25rem;
    border-block-start-width: 0.25rem;
  }
  .step.complete {
    border-block-start-color: var(--egov-color-primary-hover, #084482);
    color: var(--egov-color-text, #1b1d21);
  }
  .step.current {
    border-block-start-color: var(--egov-color-primary, #0b5cad);
    color: var(--egov-color-primary, #0b5cad);
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .with-counters .step {
    position: relative;
    padding-block-start: var(--egov-space-2, 0.5rem);
  }
  .counter {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    margin-inline-end: var(--egov-space-1, 0.25rem);
    border: var(--egov-border-width, 2px) solid currentColor;
    border-radius: 50%;
    font-weight: var(--egov-font-weight-bold, 700);
    background: var(--egov-color-surface, #ffffff);
  }
  .complete .counter, .current .counter {
    background: currentColor;
  }
  .complete .counter > span, .current .counter > span {
    color: var(--egov-color-on-primary, #ffffff);
  }
  .heading {
    margin: 0;
    font-size: var(--egov-font-size-l, 1.1875rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
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
