import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-address-field>` (unit kinds and the mapping notice are core's). */
export const addressFieldMessages = defineMessages({
  address: {
    label: 'Địa chỉ',
    province: 'Tỉnh, thành phố',
    commune: 'Xã, phường, đặc khu',
    'commune-hint': 'Gõ tên để tìm, có dấu hoặc không dấu',
    street: 'Số nhà, tên đường, thôn, xóm',
    choose: '— Chọn —',
    'choose-province-first': 'Chọn tỉnh, thành phố trước',
    loading: 'Đang tải danh sách đơn vị hành chính…',
    'load-error': 'Không tải được danh sách đơn vị hành chính. Vui lòng tải lại trang.',
    old: {
      toggle: 'Bạn chỉ biết địa chỉ cũ (trước ngày 01/07/2025)?',
      search: 'Xã, phường, thị trấn hoặc tỉnh cũ',
      'search-hint': 'Gõ tên cũ; thêm tên tỉnh nếu có nhiều nơi trùng tên, ví dụ “tan phu dong nai”',
      became: '{{old}} nay thuộc:',
      none: 'Không tìm thấy đơn vị mới tương ứng với {{old}}.',
      use: 'Dùng {{name}}',
      used: 'Đã điền {{name}}. Hãy kiểm tra lại xã, phường, đặc khu và nhập số nhà, tên đường.',
    },
  },
}, {
  address: {
    label: 'Address',
    province: 'Province or city',
    commune: 'Commune, ward or special zone',
    'commune-hint': 'Type the name to search, with or without accents',
    street: 'House number and street, or village',
    choose: '— Choose —',
    'choose-province-first': 'Choose the province or city first',
    loading: 'Loading the list of administrative units…',
    'load-error': 'The list of administrative units could not be loaded. Please reload the page.',
    old: {
      toggle: 'Only know your old address (before 1 July 2025)?',
      search: 'Old commune, ward, township or province',
      'search-hint': 'Type the old name; add the province if several places share it, like “tan phu dong nai”',
      became: '{{old}} is now part of:',
      none: 'No current unit was found for {{old}}.',
      use: 'Use {{name}}',
      used: '{{name}} filled in. Check the commune, ward or special zone, and enter the house number and street.',
    },
  },
});
