import { groupDigits, normalizeInput } from './input.js';
import { fail, succeed, type IdentifierResult } from './result.js';

/**
 * The two digits after the leading 0 of every mobile number in use (all carriers). The carrier
 * is not reported: numbers move between carriers (number portability).
 */
const MOBILE_PREFIXES: ReadonlySet<string> = new Set([
  '32', '33', '34', '35', '36', '37', '38', '39', '86', '96', '97', '98', // Viettel
  '70', '76', '77', '78', '79', '89', '90', '93', // MobiFone
  '81', '82', '83', '84', '85', '88', '91', '94', // VinaPhone
  '52', '56', '58', '92', // Vietnamobile
  '59', '99', // Gmobile
  '87', // Itel
]);

/** The 11-digit prefixes renamed in 2018 (after the leading 0), and what they became. */
const RENAMED_PREFIXES: Readonly<Record<string, string>> = {
  '162': '32', '163': '33', '164': '34', '165': '35', '166': '36', '167': '37', '168': '38', '169': '39',
  '120': '70', '121': '79', '122': '77', '126': '76', '128': '78',
  '123': '83', '124': '84', '125': '85', '127': '81', '129': '82',
  '186': '56', '188': '58',
  '199': '59',
};

const PHONE_SEPARATORS = /[\s.\-()]/g;
const PHONE_CHARACTERS = /^\+?\d+$/;

/** The national form of a subscriber number: `'912345678'` → `'0912 345 678'`. */
function nationalForm(subscriber: string): string {
  return groupDigits(`0${subscriber}`, [4, 3]);
}

/**
 * Splits typed digits into the subscriber number (without 0 or +84), or says why it cannot.
 * @internal
 */
export function subscriberNumber(compact: string): string | { reason: 'not-vietnamese' | 'missing-zero' } {
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+84')) return { reason: 'not-vietnamese' };
    return compact.slice(3).replace(/^0/, '');
  }
  if (compact.startsWith('0084')) return compact.slice(4);
  if (compact.startsWith('0')) return compact.slice(1);
  if (compact.startsWith('84')) return compact.slice(2);
  return { reason: 'missing-zero' };
}

/**
 * Validates a Vietnamese mobile number typed as `0912 345 678`, `+84 912 345 678`, `84912345678`
 * or `0084…` (spaces, dots, dashes and brackets ignored; `+84 0912…` tolerated). The value is
 * E.164 (`+84912345678`), the display form national (`0912 345 678`).
 *
 * Reasons: `empty`, `not-digits`, `not-vietnamese` (another country code), `missing-zero`,
 * `landline` (02x fixed-line numbers), `old-prefix` (an 11-digit number of a prefix renamed in
 * 2018, e.g. 0169 → 039; params `oldPrefix`, `newPrefix`, `suggestion`), `wrong-length`,
 * `unknown-prefix` (params `prefix`).
 */
export function validatePhone(input: string): IdentifierResult {
  const compact = normalizeInput(input).replace(PHONE_SEPARATORS, '');
  if (compact === '') return fail('phone', 'empty');
  if (!PHONE_CHARACTERS.test(compact)) return fail('phone', 'not-digits');
  const subscriber = subscriberNumber(compact);
  if (typeof subscriber !== 'string') return fail('phone', subscriber.reason);

  if (subscriber.startsWith('2')) return fail('phone', 'landline');
  const renamed = RENAMED_PREFIXES[subscriber.slice(0, 3)];
  if (renamed !== undefined && subscriber.length === 10) {
    return fail('phone', 'old-prefix', {
      oldPrefix: `0${subscriber.slice(0, 3)}`,
      newPrefix: `0${renamed}`,
      suggestion: nationalForm(renamed + subscriber.slice(3)),
    });
  }
  if (subscriber.length !== 9) return fail('phone', 'wrong-length', { length: subscriber.length + 1 });
  if (!MOBILE_PREFIXES.has(subscriber.slice(0, 2))) return fail('phone', 'unknown-prefix', { prefix: `0${subscriber.slice(0, 2)}` });
  return succeed('phone', `+84${subscriber}`, nationalForm(subscriber), undefined);
}
