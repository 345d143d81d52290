/** Registers `<egov-timeline>`. */
import { EgovTimeline } from '../components/timeline/timeline.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-timeline', EgovTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'egov-timeline': EgovTimeline;
  }
}
export { EgovTimeline };
export type { TimelineEvent } from '../components/timeline/timeline.js';
