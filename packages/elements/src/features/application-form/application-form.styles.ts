import { css } from 'lit';

/** The form's frame: headings, rows of fields, actions, the receipt's banner, the print view. */
export const applicationFormStyles = css`
  :host {
    display: block;
  }
  h1, h2, h3, [role='heading'] {
    margin: var(--egov-space-6, 2rem) 0 var(--egov-space-4, 1rem);
    font-weight: var(--egov-font-weight-bold, 700);
    line-height: var(--egov-line-height-heading, 1.3);
    overflow-wrap: anywhere;
  }
  .title {
    font-size: var(--egov-font-size-2xl, 2rem);
    margin-top: var(--egov-space-4, 1rem);
  }
  .title:focus {
    outline: none;
  }
  egov-fieldset .title {
    margin: 0;
  }
  .section-title {
    font-size: var(--egov-font-size-l, 1.1875rem);
  }
  p {
    margin: 0 0 var(--egov-space-4, 1rem);
  }
  .muted {
    color: var(--egov-color-text-muted, #4f545c);
  }
  .caption {
    color: var(--egov-color-text-muted, #4f545c);
    font-size: var(--egov-font-size-l, 1.1875rem);
    margin: var(--egov-space-4, 1rem) 0 0;
  }
  .back {
    margin: var(--egov-space-4, 1rem) 0 0;
  }
  .back a::before {
    content: '‹ ';
  }
  a {
    color: var(--egov-color-link, #0b5cad);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--egov-space-3, 0.75rem);
    margin: var(--egov-space-5, 1.5rem) 0;
  }
  egov-text-field, egov-textarea, egov-number-field, egov-date-field, egov-select, egov-radio-group, egov-checkbox-group,
  egov-identifier-field, egov-address-field, egov-file-upload, egov-error-summary, egov-notification-banner, egov-summary-list,
  egov-step-indicator, egov-skeleton {
    display: block;
    max-width: 100%;
  }
  egov-summary-list, egov-notification-banner {
    margin: var(--egov-space-5, 1.5rem) 0;
  }
  egov-error-summary {
    margin-bottom: var(--egov-space-4, 1rem);
  }
  .field-row + .field-row, egov-fieldset > * + * {
    margin-top: var(--egov-space-5, 1.5rem);
  }
  details.info {
    margin: var(--egov-space-4, 1rem) 0;
  }
  details.info summary {
    cursor: pointer;
    color: var(--egov-color-link, #0b5cad);
    text-decoration: underline;
  }
  details.info dl {
    margin: var(--egov-space-3, 0.75rem) 0 0;
  }
  details.info dt {
    font-weight: var(--egov-font-weight-bold, 700);
  }
  details.info dd {
    margin: 0 0 var(--egov-space-3, 0.75rem);
  }
  .fee {
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .confirmation {
    background: var(--egov-color-success, #13703a);
    color: var(--egov-color-on-primary, #ffffff);
    padding: var(--egov-space-5, 1.5rem);
    margin-top: var(--egov-space-4, 1rem);
    text-align: center;
    border-radius: var(--egov-radius-m, 4px);
  }
  .confirmation .title {
    margin-top: 0;
  }
  .confirmation__code {
    display: inline-block;
    font-size: var(--egov-font-size-xl, 1.5rem);
    margin-top: var(--egov-space-2, 0.5rem);
    overflow-wrap: anywhere;
  }
  @media print {
    .actions, .back, egov-step-indicator {
      display: none;
    }
    .confirmation {
      color: #000;
      background: none;
      border: 2px solid #000;
    }
  }
`;
