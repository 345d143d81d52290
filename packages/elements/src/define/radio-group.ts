/** Registers `<egov-radio-group>`. */
import { EgovRadioGroup } from '../components/radio-group/radio-group.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-radio-group', EgovRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'egov-radio-group': EgovRadioGroup;
  }
}
export { EgovRadioGroup };
