import { css } from 'lit';

/** The tracker's frame and lookup form. */
export const dossierTrackerStyles = css`
  :host {
    display: block;
  }
  h2, h3, h4, h5, h6, [role='heading'] {
    margin: var(--egov-space-6, 2rem) 0 var(--egov-space-3, 0.75rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
  }
  .title {
    margin-block-start: 0;
    font-size: var(--egov-font-size-xl, 1.5rem);
  }
  /* A code of 25 characters fits a 320px phone on one line. */
  .title .code {
    font-size: min(1em, 5.2vw);
  }
  .section-title {
    font-size: var(--egov-font-size-l, 1.1875rem);
  }
  .title:focus {
    outline: none;
  }
  p {
    margin: 0 0 var(--egov-space-4, 1rem);
  }
  /* A dossier code never breaks at its hyphens, even on a narrow phone. */
  .code {
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--egov-space-3, 0.75rem);
    align-items: center;
    margin: var(--egov-space-4, 1rem) 0;
  }
`;
