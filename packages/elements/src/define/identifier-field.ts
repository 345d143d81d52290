/** Registers `<egov-identifier-field>`. */
import { EgovIdentifierField } from '../components/identifier-field/identifier-field.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-identifier-field', EgovIdentifierField);

declare global {
  interface HTMLElementTagNameMap {
    'egov-identifier-field': EgovIdentifierField;
  }
}
export { EgovIdentifierField };
