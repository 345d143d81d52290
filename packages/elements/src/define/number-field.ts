/** Registers `<egov-number-field>`. */
import { EgovNumberField } from '../components/number-field/number-field.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-number-field', EgovNumberField);

declare global {
  interface HTMLElementTagNameMap {
    'egov-number-field': EgovNumberField;
  }
}
export { EgovNumberField };
