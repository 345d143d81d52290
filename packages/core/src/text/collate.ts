import type { Locale } from '../locale.js';

const collators = new Map<Locale, Intl.Collator>();

function collator(locale: Locale): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    found = new Intl.Collator(locale, { sensitivity: 'variant', numeric: true });
    collators.set(locale, found);
  }
  return found;
}

/**
 * Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after the
 * base letter), numbers inside text compared by value. Suitable as an `Array.prototype.sort` comparator.
 */
export function compareVietnamese(a: string, b: string): number {
  return collator('vi').compare(a, b);
}

/**
 * Returns a new array sorted in Vietnamese order. `key` picks the text to sort by.
 *
 * @example sortVietnamese(units, (u) => u.name)
 */
export function sortVietnamese<T>(items: readonly T[], key: (item: T) => string = String): T[] {
  const compare = collator('vi').compare;
  return items.map((item) => ({ item, text: key(item) }))
    .sort((x, y) => compare(x.text, y.text))
    .map(({ item }) => item);
}
