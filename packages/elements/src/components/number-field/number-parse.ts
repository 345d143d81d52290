import type { Locale } from '@egov-kit/core';

/** The separators people write numbers with: Vietnamese `1.500.000,5`, English `1,500,000.5`. */
const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Whether parts split at the group separator are thousands groups: `1`, `500`, `000`. */
function isGrouped(parts: readonly string[]): boolean {
  return parts.length > 1 && parts[0]!.length >= 1 && parts[0]!.length <= 3 && parts.slice(1).every((p) => p.length === 3);
}

/**
 * Reads a number as people write it in `locale`, into a canonical decimal string with a `.` point
 * (what core's number check accepts): `'1.500.000'` → `'1500000'`, `'2,5'` → `'2.5'` in Vietnamese.
 * Spaces are ignored. A lone group separator that is not followed by groups of exactly three digits
 * is read as a decimal point, since people type `2.5` in Vietnamese too. Returns `undefined` for
 * anything that is not a number.
 */
export function parseLocalNumber(text: string, locale: Locale): string | undefined {
  const { group, decimal } = SEPARATORS[locale];
  let compact = text.normalize('NFKC').replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (compact === '') return undefined;
  const sign = /^[+-]/.test(compact) ? compact[0]! : '';
  compact = compact.slice(sign.length);
  let whole = compact;
  let fraction = '';
  if (compact.includes(decimal)) {
    [whole = '', fraction = ''] = compact.split(decimal, 2) as [string, string];
    if (compact.split(decimal).length > 2) return undefined;
    if (whole.includes(group) && !isGrouped(whole.split(group))) return undefined;
    whole = whole.split(group).join('');
  } else if (compact.includes(group)) {
    const parts = compact.split(group);
    if (isGrouped(parts)) {
      whole = parts.join('');
    } else if (parts.length === 2) {
      [whole = '', fraction = ''] = parts as [string, string];
    } else {
      return undefined;
    }
  }
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return undefined;
  const digits = (whole.replace(/^0+(?=\d)/, '') || '0') + (fraction.replace(/0+$/, '') ? `.${fraction.replace(/0+$/, '')}` : '');
  return digits === '0' ? '0' : `${sign === '-' ? '-' : ''}${digits}`;
}

/** Writes a canonical decimal string as people read it in `locale`: `'1500000.5'` → `'1.500.000,5'` in Vietnamese. */
export function formatLocalNumber(value: string, locale: Locale, grouping = true): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const { group, decimal } = SEPARATORS[locale];
  const whole = grouping ? match[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, group) : match[2]!;
  return `${match[1]}${whole}${match[3] ? decimal + match[3] : ''}`;
}
