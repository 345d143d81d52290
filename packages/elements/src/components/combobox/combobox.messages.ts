import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-combobox>`. */
export const comboboxMessages = defineMessages({
  combobox: {
    results_one: 'Có {{count}} kết quả. Dùng phím mũi tên lên, xuống để chọn.',
    results_other: 'Có {{count}} kết quả. Dùng phím mũi tên lên, xuống để chọn.',
    'no-results': 'Không tìm thấy kết quả nào',
    'load-error': 'Không tải được danh sách. Hãy gõ lại để thử lại.',
    selected: 'Đã chọn {{label}}',
  },
}, {
  combobox: {
    results_one: '{{count}} result. Use the up and down arrow keys to choose.',
    results_other: '{{count}} results. Use the up and down arrow keys to choose.',
    'no-results': 'No results found',
    'load-error': 'The list could not be loaded. Type again to retry.',
    selected: '{{label}} selected',
  },
});
