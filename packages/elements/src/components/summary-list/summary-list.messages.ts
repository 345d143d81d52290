import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-summary-list>`. */
export const summaryListMessages = defineMessages({
  'summary-list': {
    // The link reads "Thay đổi họ và tên" to a screen reader: the row's name follows, hidden.
    change: 'Thay đổi',
    empty: 'Chưa cung cấp',
  },
}, {
  'summary-list': {
    change: 'Change',
    empty: 'Not provided',
  },
});
