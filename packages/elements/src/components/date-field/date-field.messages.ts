import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-date-field>`. */
export const dateFieldMessages = defineMessages({
  date: {
    day: 'Ngày',
    month: 'Tháng',
    year: 'Năm',
    picker: 'Chọn trên lịch',
    'missing-day': 'Ngày tháng phải có ngày.',
    'missing-month': 'Ngày tháng phải có tháng.',
    'missing-year': 'Ngày tháng phải có năm.',
    'year-digits': 'Năm phải có 4 chữ số, ví dụ 1990.',
  },
}, {
  date: {
    day: 'Day',
    month: 'Month',
    year: 'Year',
    picker: 'Choose from a calendar',
    'missing-day': 'The date must include a day.',
    'missing-month': 'The date must include a month.',
    'missing-year': 'The date must include a year.',
    'year-digits': 'The year must have 4 digits, like 1990.',
  },
});
