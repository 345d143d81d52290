import type { Applicant } from '../contract.js';

/**
 * The demo citizen: a person who signs in through the demo single sign-on (`POST /sso/demo/token`)
 * and finds several dossiers of their own, one in each status. The seed files the first ten demo
 * dossiers (one per status) in their name.
 */
export const DEMO_CITIZEN: Applicant = {
  kind: 'citizen',
  fullName: 'Hoàng Thị Thu Trang',
  idNumber: '019188004217',
  phone: '+84912000217',
  address: { provinceCode: '19', communeCode: '05443', street: 'Số 17, đường Lương Ngọc Quyến, tổ 5' },
};
