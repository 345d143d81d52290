/** Registers `<egov-checkbox>`. */
import { EgovCheckbox } from '../components/checkbox/checkbox.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-checkbox', EgovCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'egov-checkbox': EgovCheckbox;
  }
}
export { EgovCheckbox };
