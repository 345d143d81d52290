/**
 * Search in the current list only: what `@egov-kit/core/units/current` offers.
 * @module
 */
import { currentUnits } from './current-list.js';
import { searchIndexes, UnitIndex, type UnitSearchFilter } from './search-index.js';
import type { Unit } from './types.js';

let index: UnitIndex | undefined;

/** The search index of the current list, built on first use. */
export function currentIndex(): UnitIndex {
  index ??= new UnitIndex(currentUnits(), true);
  return index;
}

/** Options of the current list's {@link searchUnits}: a {@link UnitSearchFilter}, and no other scope than `'current'`. */
export interface CurrentUnitSearchOptions extends UnitSearchFilter {
  /** Only `'current'`: the old list is searched through `@egov-kit/core/units` or `searchOldUnits`. */
  scope?: 'current';
}

/**
 * Builds the current list's search index now rather than on the first search (it takes a few tens
 * of milliseconds), e.g. when an address field gets focus.
 */
export function prepareUnitSearch(): void {
  currentIndex();
}

/**
 * Finds current units by name, as people type them, as `searchUnits` of `@egov-kit/core/units` does
 * with its default scope: case and diacritics ignored (`duc xuan` finds Phường Đức Xuân), every
 * query word the beginning of a word of the unit's name or its province's (or the province's
 * initials: `hcm`), kind words (`phường`, `xã`, `tp`…) ranking units of that kind first; the whole
 * name typed first, then the province named, provinces before communes, then Vietnamese order.
 * The index is built on the first search.
 *
 * @throws {RangeError} when `options.scope` asks for the old list, which this entry does not load.
 */
export function searchUnits(query: string, options: CurrentUnitSearchOptions = {}): Unit[] {
  const scope: unknown = options.scope;
  if (scope !== undefined && scope !== 'current') {
    throw new RangeError(`searchUnits of @egov-kit/core/units/current searches the current list only, not scope '${String(scope)}': use @egov-kit/core/units`);
  }
  return searchIndexes(query, options, () => [currentIndex()]);
}
