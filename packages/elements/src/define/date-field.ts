/** Registers `<egov-date-field>`. */
import { EgovDateField } from '../components/date-field/date-field.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-date-field', EgovDateField);

declare global {
  interface HTMLElementTagNameMap {
    'egov-date-field': EgovDateField;
  }
}
export { EgovDateField };
