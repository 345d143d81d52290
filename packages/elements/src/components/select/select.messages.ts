import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-select>`. */
export const selectMessages = defineMessages({
  select: { choose: '— Chọn —' },
}, {
  select: { choose: '— Choose —' },
});
