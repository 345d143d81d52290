import { toCivilDate } from '../dates.js';
import { groupDigits, readDigits } from './input.js';
import { birthProvinces } from './provinces.js';
import { fail, failAs, succeed, type IdentifierOptions, type IdentifierResult } from './result.js';

/** What a 12-digit personal ID number says about its holder. */
export interface PersonalIdDetails {
  /** Three-digit birth-registration province code on the old 63-province list, e.g. `'001'`. */
  provinceCode: string;
  /** That province's name, e.g. `'Hà Nội'`. */
  provinceName: string;
  sex: 'male' | 'female';
  /** The century as the circular counts it: 20 for 1900–1999, 21 for 2000–2099, … */
  century: number;
  birthYear: number;
}

/** What an old ID card (CMND) number is: the 9-digit form, or the 12-digit one of 2012–2016. */
export type CmndDetails =
  | { form: 'nine-digit' }
  | { form: 'twelve-digit'; personalId: PersonalIdDetails };

/**
 * Reads a 12-digit personal ID number (số định danh cá nhân, the number on the CCCD / căn cước
 * card): digits 1–3 are the birth-registration province on the old 63-province list, digit 4
 * gives sex and century (even = male, odd = female; 0/1 = 1900s, 2/3 = 2000s, 4/5 = 2100s,
 * 6/7 = 2200s, 8/9 = 2300s), digits 5–6 the last two digits of the birth year, digits 7–12 are
 * random (Decree 137/2015/NĐ-CP, Circular 07/2016/TT-BCA; the 2023 Law on Identification keeps
 * the 12-digit number).
 *
 * The circular also allows a country code in digits 1–3 for a birth registered abroad; egov-kit
 * does not hold that table, so such numbers fail as `unknown-province`.
 *
 * There is no check digit, so a mistyped random digit cannot be caught. Rejects: `empty`,
 * `not-digits`, `wrong-length`, `unknown-province` (a code not on the list),
 * `impossible-century` (a century that has not begun on `today`), `future-birth-year`.
 *
 * @example
 * ```ts
 * parseCccd('001 095 012 345');
 * // { ok: true, kind: 'cccd', value: '001095012345', formatted: '001 095 012 345',
 * //   details: { provinceCode: '001', provinceName: 'Hà Nội', sex: 'male', century: 20, birthYear: 1995 } }
 * ```
 */
export function parseCccd(input: string, options: IdentifierOptions = {}): IdentifierResult<PersonalIdDetails> {
  const digits = readDigits('cccd', input);
  if (typeof digits !== 'string') return digits;
  if (digits.length !== 12) return fail('cccd', 'wrong-length', { length: digits.length });

  const provinceCode = digits.slice(0, 3);
  const provinceName = birthProvinces[provinceCode];
  if (provinceName === undefined) return fail('cccd', 'unknown-province', { code: provinceCode });

  const centuryDigit = Number(digits[3]);
  const centuryStart = 1900 + Math.floor(centuryDigit / 2) * 100;
  const birthYear = centuryStart + Number(digits.slice(4, 6));
  const currentYear = toCivilDate(options.today ?? new Date()).year;
  if (centuryStart > currentYear) return fail('cccd', 'impossible-century', { digit: centuryDigit, from: centuryStart });
  if (birthYear > currentYear) return fail('cccd', 'future-birth-year', { year: birthYear });

  return succeed('cccd', digits, groupDigits(digits, [3, 3, 3]), {
    provinceCode,
    provinceName,
    sex: centuryDigit % 2 === 0 ? 'male' : 'female',
    century: centuryStart / 100 + 1,
    birthYear,
  });
}

/**
 * Reads an old ID card (chứng minh nhân dân, CMND) number.
 *
 * - 9 digits: only the length and the digits are checked. The first digits name the issuing
 *   province's police on the CMND scheme, a different table from the personal ID's; the tables
 *   in circulation are unofficial and disagree (some provinces have 3-digit codes, some share
 *   one), so the code is not checked.
 * - 12 digits: the 12-digit CMNDs issued from 2012 to 2016 cannot be told apart from a personal
 *   ID number by their digits, so they are read by {@link parseCccd}, on the assumption that
 *   they share its layout; its failures keep their `identifier.cccd.*` message keys.
 */
export function parseCmnd(input: string, options: IdentifierOptions = {}): IdentifierResult<CmndDetails> {
  const digits = readDigits('cmnd', input);
  if (typeof digits !== 'string') return digits;
  if (digits.length === 9) return succeed('cmnd', digits, groupDigits(digits, [3, 3]), { form: 'nine-digit' });
  if (digits.length !== 12) return fail('cmnd', 'wrong-length', { length: digits.length });
  const personalId = parseCccd(digits, options);
  if (!personalId.ok) return failAs('cmnd', personalId);
  return succeed('cmnd', personalId.value, personalId.formatted, { form: 'twelve-digit', personalId: personalId.details });
}
