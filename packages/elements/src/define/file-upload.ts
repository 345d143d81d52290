/** Registers `<egov-file-upload>`. */
import { EgovFileUpload } from '../components/file-upload/file-upload.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-file-upload', EgovFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'egov-file-upload': EgovFileUpload;
  }
}
export { EgovFileUpload };
