/** Registers `<egov-fieldset>`. */
import { EgovFieldset } from '../components/fieldset/fieldset.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-fieldset', EgovFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'egov-fieldset': EgovFieldset;
  }
}
export { EgovFieldset };
