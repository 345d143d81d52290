/** Registers `<egov-skeleton>`. */
import { EgovSkeleton } from '../components/skeleton/skeleton.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-skeleton', EgovSkeleton);

declare global {
  interface HTMLElementTagNameMap {
    'egov-skeleton': EgovSkeleton;
  }
}
export { EgovSkeleton };
