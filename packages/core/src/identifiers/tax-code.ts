import { normalizeInput, readDigits } from './input.js';
import { parseCccd, type PersonalIdDetails } from './personal-id.js';
import { fail, failAs, succeed, type IdentifierOptions, type IdentifierResult } from './result.js';

/** Which form of tax code (mã số thuế) was given. */
export type TaxCodeDetails =
  /** 10 digits: an organisation, or a person's tax code issued before 1 July 2025. */
  | { form: 'ten-digit'; base: string }
  /** 13 digits: a branch or other dependent unit; `base` is its parent's 10-digit code. */
  | { form: 'branch'; base: string; branch: string }
  /** 12 digits: a personal ID number, the tax code of individuals since 1 July 2025. */
  | { form: 'personal-id'; personalId: PersonalIdDetails };

const BRANCH_DASH = /^\d{10}-/;
const SPACES_AND_DOTS = /[\s.]/g;

const CHECK_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** The 10th digit that the first nine call for, or `undefined` when the formula gives 10. */
function checkDigitOf(digits: string): number | undefined {
  const sum = CHECK_WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

/**
 * Validates a tax code (mã số thuế, MST).
 *
 * - 10 digits: the 10th is a check digit, `10 − (Σ dᵢ·wᵢ mod 11)` with weights
 *   31, 29, 23, 19, 17, 13, 7, 5, 3; when that gives 10 no valid code has those first nine
 *   digits. Digits 3–9 cannot all be 0.
 * - 13 digits, written `##########-###`: a dependent unit (branch); the first ten are the
 *   parent's code, checked as above, and the branch number cannot be `000`.
 * - 12 digits: since 1 July 2025 (Circular 86/2024/TT-BTC) the personal ID number is the tax code
 *   of individuals and household businesses, so it is read by {@link parseCccd}; its failures
 *   keep their `identifier.cccd.*` message keys. Twelve digits written with a dash after the
 *   tenth are an unfinished branch code instead (`wrong-length`).
 *
 * Spaces, dots and dashes anywhere are ignored. Reasons: `empty`, `not-digits`, `wrong-length`,
 * `zero-sequence`, `invalid-check-digit`, `invalid-branch`.
 */
export function validateTaxCode(input: string, options: IdentifierOptions = {}): IdentifierResult<TaxCodeDetails> {
  const digits = readDigits('tax-code', input);
  if (typeof digits !== 'string') return digits;
  const branchTyped = BRANCH_DASH.test(normalizeInput(input).replace(SPACES_AND_DOTS, ''));
  if (digits.length === 12 && !branchTyped) {
    const personalId = parseCccd(digits, options);
    if (!personalId.ok) return failAs('tax-code', personalId);
    return succeed('tax-code', personalId.value, personalId.formatted, { form: 'personal-id', personalId: personalId.details });
  }
  if (digits.length !== 10 && digits.length !== 13) return fail('tax-code', 'wrong-length', { length: digits.length });

  const base = digits.slice(0, 10);
  if (base.slice(2, 9) === '0000000') return fail('tax-code', 'zero-sequence');
  if (checkDigitOf(base) !== Number(base[9])) return fail('tax-code', 'invalid-check-digit');
  if (digits.length === 10) return succeed('tax-code', digits, digits, { form: 'ten-digit', base });

  const branch = digits.slice(10);
  if (branch === '000') return fail('tax-code', 'invalid-branch');
  return succeed('tax-code', digits, `${base}-${branch}`, { form: 'branch', base, branch });
}
