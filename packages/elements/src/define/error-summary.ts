/** Registers `<egov-error-summary>`. */
import { EgovErrorSummary } from '../components/error-summary/error-summary.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-error-summary', EgovErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'egov-error-summary': EgovErrorSummary;
  }
}
export { EgovErrorSummary };
export type { SummaryError, SummaryEntry } from '../components/error-summary/error-summary.js';
