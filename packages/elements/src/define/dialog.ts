/** Registers `<egov-dialog>`. */
import { EgovDialog } from '../components/dialog/dialog.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-dialog', EgovDialog);

declare global {
  interface HTMLElementTagNameMap {
    'egov-dialog': EgovDialog;
  }
}
export { EgovDialog };
