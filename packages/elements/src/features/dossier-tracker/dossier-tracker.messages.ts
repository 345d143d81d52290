import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-dossier-tracker>`'s lookup form (loaded with the element). */
export const dossierTrackerMessages = defineMessages({
  tracker: {
    lookup: {
      title: 'Tra cứu hồ sơ',
      intro: 'Nhập mã hồ sơ trên giấy biên nhận, cùng số điện thoại hoặc số định danh cá nhân của người nộp.',
      code: 'Mã hồ sơ',
      codeHint: 'Ví dụ: 000.31.01.H55-261124-0001',
      verifier: 'Số điện thoại hoặc số định danh cá nhân',
      verifierHint: 'Của người đứng tên nộp hồ sơ',
      submit: 'Tra cứu',
      again: 'Tra cứu hồ sơ khác',
      rateLimited: 'Bạn đã tra cứu sai quá nhiều lần. Để bảo vệ hồ sơ của mọi người, vui lòng thử lại sau {{minutes}} phút (từ {{time}}).',
      rateLimitedSoon: 'Bạn đã tra cứu sai quá nhiều lần. Để bảo vệ hồ sơ của mọi người, vui lòng thử lại sau {{seconds}} giây.',
      offline: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
      noApi: 'Trang này chưa được cấu hình địa chỉ hệ thống tra cứu (thuộc tính api-base).',
    },
  },
}, {
  tracker: {
    lookup: {
      title: 'Track an application',
      intro: 'Enter the application code from your receipt, with the applicant’s phone number or personal ID number.',
      code: 'Application code',
      codeHint: 'For example: 000.31.01.H55-261124-0001',
      verifier: 'Phone number or personal ID number',
      verifierHint: 'Of the person who applied',
      submit: 'Look up',
      again: 'Track another application',
      rateLimited: 'Too many lookups did not match. To keep everyone’s applications safe, please try again in {{minutes}} minutes (from {{time}}).',
      rateLimitedSoon: 'Too many lookups did not match. To keep everyone’s applications safe, please try again in {{seconds}} seconds.',
      offline: 'Could not reach the server. Please check your connection and try again.',
      noApi: 'This page has no address for the tracking service (the api-base attribute).',
    },
  },
});
