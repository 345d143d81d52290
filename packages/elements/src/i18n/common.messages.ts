import { defineMessages } from '@egov-kit/core';

/** Texts the fields share, under `common` in the elements namespace: every `FormControl` registers them. */
export const commonMessages = defineMessages({
  common: {
    'error-prefix': 'Lỗi:',
    required: 'bắt buộc',
    loading: 'Đang tải…',
    'choice-required': 'Vui lòng chọn một lựa chọn.',
  },
}, {
  common: {
    'error-prefix': 'Error:',
    required: 'required',
    loading: 'Loading…',
    'choice-required': 'Please choose an option.',
  },
});
