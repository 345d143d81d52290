/**
 * `@egov-kit/core/units/old`: the list of administrative units before 1 July 2025 (63 provinces,
 * 10,047 communes) and the mapping from the old units to the current ones, for the pages that help
 * people convert an old address. Load it only then (`import()`): the current list, which the mapping
 * points into, is shared with `@egov-kit/core/units/current`. The mapping is advisory: never the only
 * basis for a legal address.
 *
 * @example
 * ```ts
 * const { mapOldUnit, searchOldUnits } = await import('@egov-kit/core/units/old');
 * searchOldUnits('duc xuan bac kan')[0]?.code; // '01840'
 * mapOldUnit('06').map((m) => m.to.fullName); // ['Tỉnh Thái Nguyên']
 * ```
 * @packageDocumentation
 */
export type { Unit, UnitMapping } from './types.js';
export { getOldUnit, oldProvinces, oldUnitsOf, mapOldUnit, formerUnitsOf } from './old-lookup.js';
export { searchOldUnits, prepareOldUnitSearch } from './old-search.js';
export type { UnitSearchFilter } from './search-index.js';
