import { readDigits } from './input.js';
import { parseCccd, type PersonalIdDetails } from './personal-id.js';
import { fail, failAs, succeed, type IdentifierOptions, type IdentifierResult } from './result.js';

/** Which form of social-insurance number was given. */
export type SocialInsuranceDetails =
  | { form: 'ten-digit' }
  | { form: 'personal-id'; personalId: PersonalIdDetails };

/**
 * Validates a social-insurance number (mã số bảo hiểm xã hội, BHXH): 10 digits. No check digit
 * or inner structure is published, so only the digits and the length are checked.
 *
 * The 2024 Social Insurance Law unifies this number with the personal ID number, so a 12-digit
 * input is read by {@link parseCccd} (details `form: 'personal-id'`); its failures keep their
 * `identifier.cccd.*` message keys. Reasons: `empty`, `not-digits`, `wrong-length`.
 */
export function validateSocialInsuranceNumber(input: string, options: IdentifierOptions = {}): IdentifierResult<SocialInsuranceDetails> {
  const digits = readDigits('social-insurance', input);
  if (typeof digits !== 'string') return digits;
  if (digits.length === 10) return succeed('social-insurance', digits, digits, { form: 'ten-digit' });
  if (digits.length !== 12) return fail('social-insurance', 'wrong-length', { length: digits.length });
  const personalId = parseCccd(digits, options);
  if (!personalId.ok) return failAs('social-insurance', personalId);
  return succeed('social-insurance', personalId.value, personalId.formatted, { form: 'personal-id', personalId: personalId.details });
}
