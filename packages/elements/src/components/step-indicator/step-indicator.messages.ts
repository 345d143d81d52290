import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-step-indicator>`. */
export const stepIndicatorMessages = defineMessages({
  'step-indicator': {
    heading: 'Bước {{current}} trên {{total}}: {{label}}',
    steps: 'Các bước',
    complete: 'đã hoàn thành',
    incomplete: 'chưa thực hiện',
  },
}, {
  'step-indicator': {
    heading: 'Step {{current}} of {{total}}: {{label}}',
    steps: 'Steps',
    complete: 'completed',
    incomplete: 'not completed',
  },
});
