/**
 * Reading identifiers as people type them: NFC, full-width characters (as some Asian input
 * methods produce) mapped to ASCII, surrounding space trimmed, separators dropped.
 * @internal
 * @module
 */
import { fail, type IdentifierFailure, type IdentifierKind } from './result.js';

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const IDEOGRAPHIC_SPACE = /\u3000/g;
const DIGIT_SEPARATORS = /[\s.-]/g;
const DIGITS = /^\d+$/;
/** Printable ASCII, not starting or ending with a space: already in its normal form. */
const PRINTABLE_ASCII = /^(?:[!-~](?:[ -~]*[!-~])?)?$/;

/** The input in NFC with full-width forms mapped to ASCII and surrounding space trimmed. */
export function normalizeInput(input: string): string {
  if (typeof input !== 'string') return '';
  if (PRINTABLE_ASCII.test(input)) return input; // the common case: nothing to map or trim
  return input
    .normalize('NFC')
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(IDEOGRAPHIC_SPACE, ' ')
    .trim();
}

/** The input without the spaces, dots and dashes people type between digit groups. */
export function withoutSeparators(text: string): string {
  return text.replace(DIGIT_SEPARATORS, '');
}

/** Reads a number made only of digits, or says why it is not one (`empty`, `not-digits`). */
export function readDigits(kind: IdentifierKind, input: string): string | IdentifierFailure {
  const compact = withoutSeparators(normalizeInput(input));
  if (compact === '') return fail(kind, 'empty');
  if (!DIGITS.test(compact)) return fail(kind, 'not-digits');
  return compact;
}

/** Splits `digits` into groups of the given sizes; what is left over forms the last group. */
export function groupDigits(digits: string, sizes: readonly number[], separator = ' '): string {
  const groups: string[] = [];
  let rest = digits;
  for (const size of sizes) {
    if (rest.length <= size) break;
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  if (rest !== '') groups.push(rest);
  return groups.join(separator);
}
