import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-notification-banner>`. */
export const notificationBannerMessages = defineMessages({
  'notification-banner': {
    title: {
      info: 'Thông tin quan trọng',
      success: 'Thành công',
      warning: 'Cần lưu ý',
      error: 'Có lỗi',
    },
    // The button reads "Đóng thông báo": the second part is for screen readers only.
    dismiss: 'Đóng',
    'dismiss-hidden': 'thông báo',
  },
}, {
  'notification-banner': {
    title: {
      info: 'Important',
      success: 'Success',
      warning: 'Warning',
      error: 'Error',
    },
    dismiss: 'Close',
    'dismiss-hidden': 'notification',
  },
});
