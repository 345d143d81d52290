import { validateEmail, type EmailDetails } from './email.js';
import { groupDigits, normalizeInput, withoutSeparators } from './input.js';
import { parseCccd, parseCmnd, type CmndDetails, type PersonalIdDetails } from './personal-id.js';
import { subscriberNumber, validatePhone } from './phone.js';
import type { IdentifierKind, IdentifierOptions, IdentifierResult } from './result.js';
import { validateSocialInsuranceNumber, type SocialInsuranceDetails } from './social-insurance.js';
import { validateTaxCode, type TaxCodeDetails } from './tax-code.js';

/** The `details` that a valid identifier of each kind carries. */
export interface IdentifierDetailsByKind {
  cccd: PersonalIdDetails;
  cmnd: CmndDetails;
  'tax-code': TaxCodeDetails;
  phone: undefined;
  'social-insurance': SocialInsuranceDetails;
  email: EmailDetails;
}

type Validators = {
  [K in IdentifierKind]: (input: string, options: IdentifierOptions) => IdentifierResult<IdentifierDetailsByKind[K]>;
};

const validators: Validators = {
  cccd: parseCccd,
  cmnd: parseCmnd,
  'tax-code': validateTaxCode,
  phone: (input) => validatePhone(input),
  'social-insurance': validateSocialInsuranceNumber,
  email: (input) => validateEmail(input),
};

/**
 * Validates `input` as an identifier of `kind`: what the form engine calls for identifier
 * fields. Empty input gives reason `empty` for every kind; whether a field is required is the
 * form's business.
 */
export function validateIdentifier<K extends IdentifierKind>(
  kind: K, input: string, options: IdentifierOptions = {},
): IdentifierResult<IdentifierDetailsByKind[K]> {
  return validators[kind](input, options);
}

const TYPED_NUMBER = /^[\d\s.-]*$/;
const TYPED_PHONE = /^\+?[\d\s.\-()]*$/;

/**
 * The display form of `input` while a person types it: the validator's `formatted` form once
 * the input is valid, and before that the digits typed so far in the kind's groups
 * (`'001 095 0'`, `'0912 34'`, `'0100109106-0'`). Input with anything but digits and
 * separators is returned as typed (NFC, trimmed), so nothing the person typed is hidden.
 */
export function formatIdentifier(kind: IdentifierKind, input: string, options: IdentifierOptions = {}): string {
  const result = validateIdentifier(kind, input, options);
  if (result.ok) return result.formatted;
  const text = normalizeInput(input);
  if (kind === 'email' || !(kind === 'phone' ? TYPED_PHONE : TYPED_NUMBER).test(text)) return text;
  const compact = withoutSeparators(text).replace(/[()]/g, '');
  switch (kind) {
    case 'cccd':
    case 'cmnd':
      return groupDigits(compact, [3, 3, 3]);
    case 'tax-code':
      return compact.length > 10 && (compact.length > 12 || /\d\s*-\s*\d*$/.test(text))
        ? `${compact.slice(0, 10)}-${compact.slice(10)}` : compact;
    case 'phone':
      return formatTypedPhone(compact);
    case 'social-insurance':
      return compact;
  }
}

function formatTypedPhone(compact: string): string {
  if (compact.startsWith('0') && !compact.startsWith('00')) return groupDigits(compact, [4, 3]);
  if (compact.startsWith('00') && !compact.startsWith('0084')) return compact;
  const subscriber = subscriberNumber(compact);
  return typeof subscriber === 'string' && subscriber !== '' ? `+84 ${groupDigits(subscriber, [3, 3])}` : compact;
}
