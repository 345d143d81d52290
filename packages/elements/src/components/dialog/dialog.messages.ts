import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-dialog>`. */
export const dialogMessages = defineMessages({
  dialog: { close: 'Đóng' },
}, {
  dialog: { close: 'Close' },
});
