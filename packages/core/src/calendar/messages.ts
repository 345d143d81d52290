import { defineMessages } from '../messages/define.js';

/** The calendar's texts, mounted under `calendar` in core's catalogue. */
export const calendarMessages = defineMessages(
  {
    holiday: {
      'new-year': 'Tết Dương lịch',
      tet: 'Tết Nguyên đán',
      'hung-kings': 'Giỗ Tổ Hùng Vương',
      reunification: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
      'labour-day': 'Ngày Quốc tế Lao động',
      'national-day': 'Quốc khánh',
    },
    kind: {
      'public-holiday': 'Nghỉ lễ, Tết',
      compensatory: 'Nghỉ bù',
      'announced-day-off': 'Nghỉ theo thông báo',
      'swapped-working-day': 'Làm bù',
    },
    lunar: {
      date: 'Ngày {{day}} tháng {{month}} âm lịch',
      'leap-date': 'Ngày {{day}} tháng {{month}} nhuận âm lịch',
    },
  },
  {
    holiday: {
      'new-year': "New Year's Day",
      tet: 'Lunar New Year (Tết)',
      'hung-kings': "Hùng Kings' Commemoration Day",
      reunification: 'Reunification Day',
      'labour-day': 'International Labour Day',
      'national-day': 'National Day',
    },
    kind: {
      'public-holiday': 'Public holiday',
      compensatory: 'Compensatory day off',
      'announced-day-off': 'Announced day off',
      'swapped-working-day': 'Make-up working day',
    },
    lunar: {
      date: 'Day {{day}} of lunar month {{month}}',
      'leap-date': 'Day {{day}} of leap lunar month {{month}}',
    },
  },
);
