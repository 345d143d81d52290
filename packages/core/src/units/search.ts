/**
 * Search over both lists, the current one and the one before 1 July 2025: what `@egov-kit/core/units` offers.
 * @module
 */
import { currentIndex } from './current-search.js';
import { oldIndex } from './old-search.js';
import { searchIndexes, type UnitIndex, type UnitSearchFilter } from './search-index.js';
import type { Unit } from './types.js';

/** Which list to search: the current one (default), the one before 1 July 2025, or both. */
export type UnitSearchScope = 'current' | 'old' | 'all';

/** Options of {@link searchUnits}. */
export interface UnitSearchOptions extends UnitSearchFilter {
  /** Which list to search. Default `'current'`. */
  scope?: UnitSearchScope;
}

function indexes(scope: UnitSearchScope): UnitIndex[] {
  const found: UnitIndex[] = [];
  if (scope !== 'old') found.push(currentIndex());
  if (scope !== 'current') found.push(oldIndex());
  return found;
}

/**
 * Builds the search index now rather than on the first search (it takes a few tens of milliseconds),
 * e.g. when an address field gets focus.
 */
export function prepareUnitSearch(scope: UnitSearchScope = 'current'): void {
  indexes(scope);
}

/**
 * Finds units by name, as people type them.
 *
 * - Case and diacritics are ignored: `thai nguyen` finds Thái Nguyên, `duc xuan` Phường Đức Xuân.
 * - Every word of the query must be the beginning of a word, in any order, of the unit's name or of
 *   its province's name (or of the province's initials: `hcm`, `brvt`), and at least one must be in
 *   the unit's own name: `th ng` finds Thái Nguyên, `duc xuan thai nguyen` Phường Đức Xuân of Thái Nguyên.
 * - Kind words (`phường`, `xã`, `thị trấn`, `đặc khu`, `tỉnh`, `thành phố`/`tp`, `huyện`, `quận`,
 *   `thị xã`/`tx`, `tt`) never exclude a unit: they rank units of that kind first.
 *
 * Results come in this order: the whole name as the whole query, maybe after its kind (`xã tân phú`);
 * the whole name beside other words (`duc xuan thai nguyen`); the whole name with the diacritics typed
 * (`Long Thạnh` before `Long Thành`); the kind named; the province named (a province names itself);
 * provinces, then districts, then communes; current before old units; Vietnamese alphabetical order of
 * the name, then of the province's name. The index is built on the first search of each list.
 */
export function searchUnits(query: string, options: UnitSearchOptions = {}): Unit[] {
  return searchIndexes(query, options, () => indexes(options.scope ?? 'current'));
}
