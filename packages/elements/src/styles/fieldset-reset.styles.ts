import { css } from 'lit';

/** A `<fieldset>` that groups a field's parts for assistive technology and draws nothing itself. */
export const fieldsetResetStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
`;
