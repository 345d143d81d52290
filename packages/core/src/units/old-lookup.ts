/**
 * Lookups in the list before 1 July 2025, and the old→new mapping.
 * @module
 */
import { currentUnits } from './current-list.js';
import { oldUnits } from './old-list.js';
import { none, sortedOnce } from './sorted.js';
import type { Unit, UnitMapping } from './types.js';

/** The unit with this code in the list before 1 July 2025 (province, commune, or one of the five island districts). */
export function getOldUnit(code: string): Unit | undefined {
  return oldUnits().list.byCode.get(code);
}

/** The 63 province-level units before 1 July 2025, in Vietnamese order. */
export function oldProvinces(): readonly Unit[] {
  const { list } = oldUnits();
  return sortedOnce(list, '', () => list.provinces);
}

/**
 * The units below an old province before 1 July 2025, in Vietnamese order: its communes, wards and
 * townships, and the island districts that had no communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo).
 * The old list has no other district-level units: it does not say which district a commune was in.
 */
export function oldUnitsOf(oldProvinceCode: string): readonly Unit[] {
  const { list } = oldUnits();
  const units = list.below.get(oldProvinceCode);
  return units ? sortedOnce(list, oldProvinceCode, () => units) : none;
}

type MappingIndex = ReadonlyMap<string, readonly UnitMapping[]>;
let mappings: { byOld: MappingIndex; byNew: MappingIndex } | undefined;

function allMappings(): NonNullable<typeof mappings> {
  if (!mappings) {
    const byOld = new Map<string, readonly UnitMapping[]>();
    const byNew = new Map<string, UnitMapping[]>();
    const { list, targets } = oldUnits();
    const now = currentUnits().byCode;
    for (const from of list.units) {
      const links = (targets.get(from.code) ?? []).map(({ code, codeInMapping, whole }) => {
        const to = now.get(code);
        if (!to) throw new Error(`Corrupt unit data: ${from.code} maps to unknown ${code}`);
        const link: UnitMapping = Object.freeze({ from, to, whole, codeInMapping });
        const formers = byNew.get(code) ?? [];
        formers.push(link);
        byNew.set(code, formers);
        return link;
      });
      byOld.set(from.code, Object.freeze(links));
    }
    for (const formers of byNew.values()) Object.freeze(formers);
    mappings = { byOld, byNew };
  }
  return mappings;
}

/**
 * The current unit(s) that an old unit (before 1 July 2025) went into, each saying whether the whole
 * old unit or only part of it went there: `mapOldUnit('06')` → Thái Nguyên (whole). An old commune
 * can map to several. Empty for a code that is not an old unit. Advisory, see {@link UnitMapping}.
 */
export function mapOldUnit(oldCode: string): readonly UnitMapping[] {
  return allMappings().byOld.get(oldCode) ?? none;
}

/**
 * The old units (before 1 July 2025) that a current unit was formed from, in old-code order, each
 * saying whether the whole old unit or only part of it went in. Empty for an unknown code.
 */
export function formerUnitsOf(currentCode: string): readonly UnitMapping[] {
  return allMappings().byNew.get(currentCode) ?? none;
}
