import { css } from 'lit';

/** A group of radios or checkboxes: a bare `<fieldset>`, the choices in a column, or in a row with `inline`. */
export const choiceGroupStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--egov-space-2, 0.5rem);
  }
  :host([inline]) .choices {
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--egov-space-2, 0.5rem) var(--egov-space-5, 1.5rem);
  }
`;
