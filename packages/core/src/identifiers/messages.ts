import { defineMessages } from '../messages/define.js';

const checkCard = 'Kiểm tra lại số in trên thẻ căn cước';
const checkCardEn = 'Check the number printed on the ID card';

/**
 * Texts of the identifier validators, mounted under `identifier` in core's catalogue: one text
 * per reason code (`identifier.<kind>.<reason>`), a label per kind, and the labels of the
 * personal ID's details.
 */
export const identifierMessages = defineMessages({
  cccd: {
    label: 'Số định danh cá nhân (số căn cước)',
    empty: 'Nhập số định danh cá nhân',
    'not-digits': 'Số định danh cá nhân chỉ gồm chữ số',
    'wrong-length': 'Số định danh cá nhân phải có đúng 12 chữ số (bạn đã nhập {{length}} chữ số)',
    'unknown-province': `Ba chữ số đầu ({{code}}) không phải mã tỉnh, thành phố nơi đăng ký khai sinh. ${checkCard}`,
    'impossible-century': `Chữ số thứ tư ({{digit}}) chỉ dùng cho người sinh từ năm {{from}} trở đi. ${checkCard}`,
    'future-birth-year': `Chữ số thứ tư đến thứ sáu cho năm sinh {{year}}, là năm chưa đến. ${checkCard}`,
    details: {
      province: 'Nơi đăng ký khai sinh',
      sex: 'Giới tính',
      'birth-year': 'Năm sinh',
      century: 'Thế kỷ sinh',
    },
    sex: { male: 'Nam', female: 'Nữ' },
    'century-value': 'Thế kỷ {{century}} (năm {{from}}–{{to}})',
  },
  cmnd: {
    label: 'Số chứng minh nhân dân (CMND)',
    empty: 'Nhập số chứng minh nhân dân',
    'not-digits': 'Số chứng minh nhân dân chỉ gồm chữ số',
    'wrong-length': 'Số chứng minh nhân dân phải có 9 hoặc 12 chữ số (bạn đã nhập {{length}} chữ số)',
  },
  'tax-code': {
    label: 'Mã số thuế',
    empty: 'Nhập mã số thuế',
    'not-digits': 'Mã số thuế chỉ gồm chữ số; mã của đơn vị phụ thuộc có thể có dấu gạch ngang trước 3 số cuối',
    'wrong-length': 'Mã số thuế phải có 10 chữ số, 13 chữ số với đơn vị phụ thuộc (ví dụ 0100109106-001), hoặc là số định danh cá nhân 12 chữ số (bạn đã nhập {{length}} chữ số)',
    'zero-sequence': 'Mã số thuế không hợp lệ: chữ số thứ 3 đến thứ 9 không thể đều là 0. Kiểm tra lại mã số thuế',
    'invalid-check-digit': 'Mã số thuế không đúng: chữ số kiểm tra (chữ số thứ 10) không khớp với 9 chữ số đầu. Kiểm tra xem có gõ nhầm chữ số nào không',
    'invalid-branch': 'Mã đơn vị phụ thuộc (3 chữ số cuối) không thể là 000',
  },
  phone: {
    label: 'Số điện thoại di động',
    empty: 'Nhập số điện thoại di động',
    'not-digits': 'Số điện thoại chỉ gồm chữ số, có thể bắt đầu bằng +84',
    'not-vietnamese': 'Nhập số di động Việt Nam, bắt đầu bằng 0 hoặc +84',
    'missing-zero': 'Số điện thoại phải bắt đầu bằng 0 hoặc +84, ví dụ 0912 345 678',
    landline: 'Đây là số điện thoại cố định. Hãy nhập số di động',
    'old-prefix': 'Đầu số {{oldPrefix}} đã đổi thành {{newPrefix}} từ năm 2018. Hãy nhập số mới: {{suggestion}}',
    'wrong-length': 'Số điện thoại di động phải có 10 chữ số, tính cả số 0 ở đầu, ví dụ 0912 345 678',
    'unknown-prefix': 'Đầu số {{prefix}} không phải đầu số di động đang dùng ở Việt Nam. Kiểm tra lại số điện thoại',
  },
  'social-insurance': {
    label: 'Mã số bảo hiểm xã hội',
    empty: 'Nhập mã số bảo hiểm xã hội',
    'not-digits': 'Mã số bảo hiểm xã hội chỉ gồm chữ số',
    'wrong-length': 'Mã số bảo hiểm xã hội phải có 10 chữ số, hoặc là số định danh cá nhân 12 chữ số (bạn đã nhập {{length}} chữ số)',
  },
  email: {
    label: 'Địa chỉ email',
    empty: 'Nhập địa chỉ email',
    'missing-at': 'Địa chỉ email phải có ký tự @, ví dụ ten@example.com',
    'multiple-at': 'Địa chỉ email chỉ được có một ký tự @',
    'missing-local-part': 'Nhập phần trước ký tự @ của địa chỉ email, ví dụ ten@example.com',
    'invalid-local-part': 'Phần trước ký tự @ có ký tự không dùng được trong địa chỉ email, như dấu cách hoặc chữ có dấu',
    'missing-domain': 'Nhập phần sau ký tự @ của địa chỉ email, ví dụ gmail.com',
    'invalid-domain': 'Phần sau ký tự @ không phải tên miền hợp lệ. Tên miền có dạng như gmail.com',
    'missing-top-level-domain': 'Tên miền sau ký tự @ phải có phần đuôi, ví dụ .com hoặc .vn',
    'too-long': 'Địa chỉ email không được dài quá {{max}} ký tự',
  },
}, {
  cccd: {
    label: 'Personal ID number (citizen ID card)',
    empty: 'Enter the personal ID number',
    'not-digits': 'Personal ID number must only include numbers',
    'wrong-length': 'Personal ID number must be exactly 12 digits (you entered {{length}})',
    'unknown-province': `The first three digits ({{code}}) are not the code of a province or city of birth registration. ${checkCardEn}`,
    'impossible-century': `The fourth digit ({{digit}}) is only used for people born in {{from}} or later. ${checkCardEn}`,
    'future-birth-year': `Digits 4 to 6 give a birth year of {{year}}, which has not come yet. ${checkCardEn}`,
    details: {
      province: 'Place of birth registration',
      sex: 'Sex',
      'birth-year': 'Year of birth',
      century: 'Century of birth',
    },
    sex: { male: 'Male', female: 'Female' },
    'century-value': 'Century {{century}} (years {{from}}–{{to}})',
  },
  cmnd: {
    label: 'Old ID card number (CMND)',
    empty: 'Enter the old ID card (CMND) number',
    'not-digits': 'Old ID card number must only include numbers',
    'wrong-length': 'Old ID card number must be 9 or 12 digits (you entered {{length}})',
  },
  'tax-code': {
    label: 'Tax code',
    empty: 'Enter the tax code',
    'not-digits': 'Tax code must only include numbers; a branch code may have a dash before its last 3 digits',
    'wrong-length': 'Tax code must be 10 digits, 13 digits for a branch (like 0100109106-001), or a 12-digit personal ID number (you entered {{length}})',
    'zero-sequence': 'This is not a valid tax code: digits 3 to 9 cannot all be 0. Check the tax code',
    'invalid-check-digit': 'This tax code is not right: the check digit (the 10th digit) does not match the first 9. Check each digit for a typing mistake',
    'invalid-branch': 'The branch number (the last 3 digits) cannot be 000',
  },
  phone: {
    label: 'Mobile phone number',
    empty: 'Enter a mobile phone number',
    'not-digits': 'Phone number must only include numbers, and may start with +84',
    'not-vietnamese': 'Enter a Vietnamese mobile number, starting with 0 or +84',
    'missing-zero': 'Phone number must start with 0 or +84, like 0912 345 678',
    landline: 'This is a landline number. Enter a mobile number',
    'old-prefix': 'Numbers starting {{oldPrefix}} changed to {{newPrefix}} in 2018. Enter the new number: {{suggestion}}',
    'wrong-length': 'Mobile number must be 10 digits including the 0 at the start, like 0912 345 678',
    'unknown-prefix': '{{prefix}} is not a mobile prefix in use in Vietnam. Check the phone number',
  },
  'social-insurance': {
    label: 'Social insurance number',
    empty: 'Enter the social insurance number',
    'not-digits': 'Social insurance number must only include numbers',
    'wrong-length': 'Social insurance number must be 10 digits, or a 12-digit personal ID number (you entered {{length}})',
  },
  email: {
    label: 'Email address',
    empty: 'Enter an email address',
    'missing-at': 'Email address must include an @, like name@example.com',
    'multiple-at': 'Email address must only include one @',
    'missing-local-part': 'Enter the part of the email address before the @, like name@example.com',
    'invalid-local-part': 'The part before the @ has characters an email address cannot have, like spaces or accented letters',
    'missing-domain': 'Enter the part of the email address after the @, like gmail.com',
    'invalid-domain': 'The part after the @ is not a valid domain. A domain looks like gmail.com',
    'missing-top-level-domain': 'The domain after the @ must have an ending, like .com or .vn',
    'too-long': 'Email address must be {{max}} characters or fewer',
  },
});
