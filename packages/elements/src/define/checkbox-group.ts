/** Registers `<egov-checkbox-group>`. */
import { EgovCheckboxGroup } from '../components/checkbox-group/checkbox-group.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-checkbox-group', EgovCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'egov-checkbox-group': EgovCheckboxGroup;
  }
}
export { EgovCheckboxGroup };
