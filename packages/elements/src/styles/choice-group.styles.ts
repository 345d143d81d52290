import { css } from 'lit';

/** A group of radios or checkboxes (in a `fieldsetResetStyles` fieldset): the choices in a column, or in a row with `inline`. */
export const choiceGroupStyles = css`
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
