/** Registers `<egov-summary-list>`. */
import { EgovSummaryList } from '../components/summary-list/summary-list.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-summary-list', EgovSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'egov-summary-list': EgovSummaryList;
  }
}
export { EgovSummaryList };
export type { SummaryRow } from '../components/summary-list/summary-list.js';
