/**
 * `@egov-kit/core/units/current`: the current two-tier list of Vietnam's administrative units
 * (34 provinces, 3,321 communes, with the 2026 changes) and search in it that ignores diacritics,
 * without the list before 1 July 2025 and the old→new mapping. It is what a province → commune
 * picker needs, about a quarter of `@egov-kit/core/units` gzipped; `@egov-kit/core/units/old` adds
 * the old list and the mapping when a page converts old addresses. The units are the same objects
 * as those of `@egov-kit/core/units`.
 *
 * @example
 * ```ts
 * const { communesOf, searchUnits } = await import('@egov-kit/core/units/current');
 * searchUnits('duc xuan')[0]?.fullName; // 'Phường Đức Xuân'
 * communesOf('19').length; // 92
 * ```
 * @packageDocumentation
 */
export type { Unit, UnitMapping, UnitDataSource, UnitDataSources } from './types.js';
export {
  unitKinds, unitKindNames, vietnameseFullName, englishFullName,
  type UnitKind, type UnitKindInfo, type UnitLevel,
} from './kinds.js';
export { getUnit, provinces, communesOf } from './lookup.js';
export { searchUnits, prepareUnitSearch, type CurrentUnitSearchOptions } from './current-search.js';
export type { UnitSearchFilter } from './search-index.js';
export {
  unitMessages, unitKindMessageKey, unitLevelMessageKey, unitListMessageKey, unitMappingMessageKey, unitMappingAdvisoryKey,
} from './messages.js';
export { unitDataSources } from './data/sources.generated.js';
