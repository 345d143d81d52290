/** Registers `<egov-combobox>`. */
import { EgovCombobox } from '../components/combobox/combobox.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-combobox', EgovCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'egov-combobox': EgovCombobox;
  }
}
export { EgovCombobox };
