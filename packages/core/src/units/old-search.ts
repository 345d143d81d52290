/**
 * Search in the list before 1 July 2025: what `@egov-kit/core/units/old` offers.
 * @module
 */
import { oldUnits } from './old-list.js';
import { searchIndexes, UnitIndex, type UnitSearchFilter } from './search-index.js';
import type { Unit } from './types.js';

let index: UnitIndex | undefined;

/** The search index of the old list, built on first use. */
export function oldIndex(): UnitIndex {
  index ??= new UnitIndex(oldUnits().list, false);
  return index;
}

/** Builds the old list's search index now rather than on the first search (it takes some tens of milliseconds). */
export function prepareOldUnitSearch(): void {
  oldIndex();
}

/**
 * Finds units of the list before 1 July 2025 by name, as `searchUnits(query, { scope: 'old' })` of
 * `@egov-kit/core/units` does: `duc xuan bac kan` finds Phường Đức Xuân of the old Bắc Kạn.
 * `options.provinceCode` is an old province's code.
 */
export function searchOldUnits(query: string, options: UnitSearchFilter = {}): Unit[] {
  return searchIndexes(query, options, () => [oldIndex()]);
}
