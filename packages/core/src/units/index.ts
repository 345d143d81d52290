/**
 * `@egov-kit/core/units`: Vietnam's administrative units. The current two-tier list (34 provinces,
 * 3,321 communes, with the 2026 changes), the list before 1 July 2025 (63 provinces, 10,047
 * communes) and the mapping from the old units to the new, with search that ignores diacritics.
 *
 * The data (about 115 kB gzipped) lives behind the units entry points only: `@egov-kit/core` does not
 * load it. This entry loads both lists; a page that only picks current units should import
 * `@egov-kit/core/units/current` (about 30 kB), and `@egov-kit/core/units/old` when it converts an old address.
 * It is generated from MIT-licensed snapshots (see {@link unitDataSources} and the package's
 * `LICENSE.units-*` files). The old→new mapping is advisory: never the only basis for a legal address.
 *
 * @example
 * ```ts
 * import { searchUnits, mapOldUnit } from '@egov-kit/core/units';
 * searchUnits('duc xuan')[0]?.fullName; // 'Phường Đức Xuân'
 * mapOldUnit('06').map((m) => m.to.fullName); // ['Tỉnh Thái Nguyên']
 * ```
 * @packageDocumentation
 */
export type { Unit, UnitMapping, UnitDataSource, UnitDataSources } from './types.js';
export {
  unitKinds, unitKindNames, vietnameseFullName, englishFullName,
  type UnitKind, type UnitKindInfo, type UnitLevel,
} from './kinds.js';
export { getUnit, provinces, communesOf } from './lookup.js';
export { getOldUnit, oldProvinces, oldUnitsOf, mapOldUnit, formerUnitsOf } from './old-lookup.js';
export { searchUnits, prepareUnitSearch, type UnitSearchOptions, type UnitSearchScope } from './search.js';
export { searchOldUnits, prepareOldUnitSearch } from './old-search.js';
export type { UnitSearchFilter } from './search-index.js';
export {
  unitMessages, unitKindMessageKey, unitLevelMessageKey, unitListMessageKey, unitMappingMessageKey, unitMappingAdvisoryKey,
} from './messages.js';
export { unitDataSources } from './data/sources.generated.js';
