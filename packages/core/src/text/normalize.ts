/**
 * Unicode helpers for Vietnamese text: one normal form (NFC) for storage and comparison,
 * and a folded form (no diacritics, `đ` → `d`, lower case) for search.
 * @module
 */

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUNS = /\s+/gu;

/** Returns `text` in Unicode NFC, the form egov-kit stores and compares. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Removes every diacritic, including the stroke of `đ`/`Đ` (which Unicode does not decompose).
 * Case is kept: `"Đức Xuân"` → `"Duc Xuan"`.
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * The key under which text is searched: diacritics folded, lower case, inner whitespace
 * collapsed to one space, trimmed. `"  Phường  Đức Xuân"` → `"phuong duc xuan"`.
 */
export function searchKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(WHITESPACE_RUNS, ' ').trim();
}
