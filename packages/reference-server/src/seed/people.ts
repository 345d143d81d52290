import { parseCccd, validatePhone, type AddressValue } from '@egov-kit/core';
import { communesOf } from '@egov-kit/core/units/current';
import type { Applicant } from '../contract.js';

/** A small seeded pseudo-random generator (mulberry32), so every seed run makes the same data. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += String(this.int(0, 9));
    return text;
  }
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Ma', 'Hà', 'Nông', 'Lương', 'Triệu'];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Công'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Phương', 'Thùy', 'Hồng', 'Kim'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Việt'];
const GIVEN_FEMALE = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Quyên', 'Thảo', 'Trang', 'Uyên', 'Yến'];
const STREETS = ['đường Hoàng Văn Thụ', 'đường Lương Ngọc Quyến', 'đường Phan Đình Phùng', 'đường Bến Oánh', 'đường Quang Trung', 'đường Cách Mạng Tháng Tám', 'đường Bắc Kạn', 'đường Minh Cầu'];
const MOBILE = ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098', '081', '082', '083', '084', '085', '088', '091', '094', '070', '076', '077', '078', '079', '089', '090', '093'];

/** A person's name; `sex` picks the middle and given names. */
export function personName(random: Random, sex: 'male' | 'female', family = random.pick(FAMILY)): string {
  return sex === 'male'
    ? `${family} ${random.pick(MIDDLE_MALE)} ${random.pick(GIVEN_MALE)}`
    : `${family} ${random.pick(MIDDLE_FEMALE)} ${random.pick(GIVEN_FEMALE)}`;
}

/** A valid personal ID number (CCCD) of someone born in Thái Nguyên (birth-registration code 019) in `birthYear`. */
export function personalIdNumber(random: Random, sex: 'male' | 'female', birthYear: number): string {
  const century = birthYear >= 2000 ? 2 : 0;
  const value = `019${century + (sex === 'female' ? 1 : 0)}${String(birthYear % 100).padStart(2, '0')}${random.digits(6)}`;
  const checked = parseCccd(value, { today: new Date() });
  if (!checked.ok) throw new Error(`Seed made an invalid CCCD ${value}: ${checked.reason}`);
  return checked.value;
}

/** A valid Vietnamese mobile number, canonical (`+84…`). */
export function mobileNumber(random: Random): string {
  const checked = validatePhone(`${random.pick(MOBILE)}${random.digits(7)}`);
  if (!checked.ok) throw new Error('Seed made an invalid phone number');
  return checked.value;
}

const thaiNguyenCommunes = () => communesOf('19');

/** An address in Thái Nguyên: a current commune and a street part. */
export function address(random: Random): AddressValue {
  const commune = random.pick(thaiNguyenCommunes());
  return { provinceCode: '19', communeCode: commune.code, street: `Số ${random.int(1, 250)}, ${random.pick(STREETS)}, tổ ${random.int(1, 30)}` };
}

/** An applicant living in Thái Nguyên. */
export function applicant(random: Random, today: Date): Applicant {
  const sex = random.chance(0.5) ? 'male' : 'female';
  const birthYear = today.getUTCFullYear() - random.int(19, 70);
  return {
    kind: 'citizen',
    fullName: personName(random, sex),
    idNumber: personalIdNumber(random, sex, birthYear),
    phone: mobileNumber(random),
    address: address(random),
  };
}
