import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-identifier-field>`: a default hint per kind (labels are core's). */
export const identifierFieldMessages = defineMessages({
  identifier: {
    hint: {
      cccd: 'Gồm 12 chữ số, in trên thẻ căn cước hoặc căn cước công dân',
      cmnd: 'Gồm 9 hoặc 12 chữ số, in trên giấy chứng minh nhân dân',
      'tax-code': 'Gồm 10 chữ số (đơn vị phụ thuộc thêm “-” và 3 chữ số, ví dụ 0100109106-001); cá nhân dùng số định danh cá nhân 12 chữ số',
      phone: 'Ví dụ: 0912 345 678',
      'social-insurance': 'Gồm 10 chữ số, in trên sổ hoặc thẻ bảo hiểm; có thể dùng số định danh cá nhân 12 chữ số',
      email: 'Ví dụ: ten@example.com',
    },
  },
}, {
  identifier: {
    hint: {
      cccd: '12 digits, printed on the citizen ID card',
      cmnd: '9 or 12 digits, printed on the old ID card',
      'tax-code': '10 digits (a branch adds “-” and 3 digits, like 0100109106-001); individuals use their 12-digit personal ID number',
      phone: 'For example, 0912 345 678',
      'social-insurance': '10 digits, printed on the insurance book or card; the 12-digit personal ID number is also accepted',
      email: 'For example, name@example.com',
    },
  },
});
