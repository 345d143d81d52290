import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-button>`. */
export const buttonMessages = defineMessages({
  button: { loading: 'Đang xử lý, vui lòng đợi' },
}, {
  button: { loading: 'Working, please wait' },
});
