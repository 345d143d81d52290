/** Registers `<egov-address-field>`. */
import './combobox.js';
import { EgovAddressField } from '../components/address-field/address-field.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-address-field', EgovAddressField);

declare global {
  interface HTMLElementTagNameMap {
    'egov-address-field': EgovAddressField;
  }
}
export { EgovAddressField };
