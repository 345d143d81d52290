/** Registers `<egov-button>`. */
import { EgovButton } from '../components/button/button.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-button', EgovButton);

declare global {
  interface HTMLElementTagNameMap {
    'egov-button': EgovButton;
  }
}
export { EgovButton };
