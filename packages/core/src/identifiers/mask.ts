import { toNfc } from '../text/normalize.js';
import type { IdentifierKind } from './result.js';
import { formatIdentifier } from './validate.js';

const MASK = '*';

/** Masks every digit of `text` but the first `keepStart` and the last `keepEnd`, keeping separators. */
function maskDigits(text: string, keepStart: number, keepEnd: number): string {
  const digits = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keepStart || seen > digits - keepEnd ? digit : MASK;
  });
}

/**
 * An identifier as it may be shown on a screen others can see (personal data masked by default,
 * as Decree 13/2023/NĐ-CP asks of whoever shows it): its display form with the middle digits
 * hidden, so its owner still recognises it. `0912 *** 678`, `019 *** *** 345`, `a***@gmail.com`.
 * A value too short to keep anything is hidden whole.
 */
export function maskIdentifier(kind: IdentifierKind, value: string): string {
  const shown = formatIdentifier(kind, value);
  if (kind === 'email') {
    const at = shown.lastIndexOf('@');
    return at > 0 ? `${shown.slice(0, 1)}${MASK.repeat(3)}${shown.slice(at)}` : MASK.repeat(3);
  }
  const digits = shown.replace(/\D/g, '').length;
  if (digits < 7) return shown.replace(/\d/g, MASK);
  return maskDigits(shown, kind === 'phone' ? 4 : 3, 3);
}

/**
 * A person's name as it may be shown on a screen others can see: the family name, then the
 * initial of each other name (`Nguyễn Văn An` → `Nguyễn V. A.`).
 */
export function maskName(name: string): string {
  const [family, ...rest] = toNfc(name).trim().split(/\s+/u);
  if (!family) return '';
  return [family, ...rest.map((part) => `${[...part][0] ?? ''}.`)].join(' ');
}
