import { normalizeInput } from './input.js';
import { fail, succeed, type IdentifierResult } from './result.js';

/** The two halves of a valid email address. */
export interface EmailDetails {
  localPart: string;
  /** Lower case, in Unicode (an internationalised domain is kept as typed, not as punycode). */
  domain: string;
}

// The local part that WHATWG's `input[type=email]` accepts.
const LOCAL_PART = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
// WHATWG's domain label, widened to letters, marks and digits of any script for IDN domains.
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const ALL_DIGITS = /^\d+$/;
const MAX_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

/**
 * Validates an email address the way browsers' `input[type=email]` does (WHATWG), with two
 * pragmatic changes for public forms: the domain may be internationalised (`tên@ví-dụ.vn`,
 * compared in NFC), and it must have a top-level part (`name@gmail` is a typo, not an
 * intranet host). The value keeps the local part as typed and lowers the domain's case.
 *
 * Reasons: `empty`, `missing-at`, `multiple-at`, `missing-local-part`, `invalid-local-part`,
 * `missing-domain`, `invalid-domain`, `missing-top-level-domain`, `too-long`.
 */
export function validateEmail(input: string): IdentifierResult<EmailDetails> {
  const text = normalizeInput(input);
  if (text === '') return fail('email', 'empty');
  const parts = text.split('@');
  if (parts.length === 1) return fail('email', 'missing-at');
  if (parts.length > 2) return fail('email', 'multiple-at');
  const [localPart = '', typedDomain = ''] = parts;
  const domain = typedDomain.toLowerCase();

  if (localPart === '') return fail('email', 'missing-local-part');
  if (!LOCAL_PART.test(localPart)) return fail('email', 'invalid-local-part');
  if (domain === '') return fail('email', 'missing-domain');
  const labels = domain.split('.');
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return fail('email', 'invalid-domain');
  if (labels.length < 2) return fail('email', 'missing-top-level-domain');
  if (ALL_DIGITS.test(labels.at(-1) ?? '')) return fail('email', 'invalid-domain');
  if (text.length > MAX_LENGTH || localPart.length > MAX_LOCAL_PART_LENGTH) {
    return fail('email', 'too-long', { max: MAX_LENGTH });
  }

  const value = `${localPart}@${domain}`;
  return succeed('email', value, value, { localPart, domain });
}
