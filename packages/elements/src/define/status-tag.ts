/** Registers `<egov-status-tag>`. */
import { EgovStatusTag } from '../components/status-tag/status-tag.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-status-tag', EgovStatusTag);

declare global {
  interface HTMLElementTagNameMap {
    'egov-status-tag': EgovStatusTag;
  }
}
export { EgovStatusTag };
export type { TagVariant } from '../components/status-tag/status-tag.js';
