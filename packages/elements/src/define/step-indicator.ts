/** Registers `<egov-step-indicator>`. */
import { EgovStepIndicator } from '../components/step-indicator/step-indicator.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-step-indicator', EgovStepIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'egov-step-indicator': EgovStepIndicator;
  }
}
export { EgovStepIndicator };
export type { StepState } from '../components/step-indicator/step-indicator.js';
