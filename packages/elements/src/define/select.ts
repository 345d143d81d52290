/** Registers `<egov-select>`. */
import { EgovSelect } from '../components/select/select.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-select', EgovSelect);

declare global {
  interface HTMLElementTagNameMap {
    'egov-select': EgovSelect;
  }
}
export { EgovSelect };
