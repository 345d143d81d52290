import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-error-summary>`. */
export const errorSummaryMessages = defineMessages({
  'error-summary': {
    title: 'Có lỗi cần sửa',
    // A field's error with its label, so that "Vui lòng nhập thông tin này." says which field.
    item: '{{label}}: {{message}}',
  },
}, {
  'error-summary': {
    title: 'There is a problem',
    item: '{{label}}: {{message}}',
  },
});
