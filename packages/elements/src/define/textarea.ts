/** Registers `<egov-textarea>`. */
import { EgovTextarea } from '../components/textarea/textarea.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-textarea', EgovTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'egov-textarea': EgovTextarea;
  }
}
export { EgovTextarea };
