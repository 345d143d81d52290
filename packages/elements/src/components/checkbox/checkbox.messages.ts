import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-checkbox>`. */
export const checkboxMessages = defineMessages({
  checkbox: { required: 'Vui lòng đánh dấu vào ô này nếu bạn đồng ý.' },
}, {
  checkbox: { required: 'Please tick this box if you agree.' },
});
