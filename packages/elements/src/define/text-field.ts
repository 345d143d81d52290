/** Registers `<egov-text-field>`. */
import { EgovTextField } from '../components/text-field/text-field.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-text-field', EgovTextField);

declare global {
  interface HTMLElementTagNameMap {
    'egov-text-field': EgovTextField;
  }
}
export { EgovTextField };
