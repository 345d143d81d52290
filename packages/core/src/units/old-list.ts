/**
 * The list before 1 July 2025 (63 provinces, 10,047 communes) with each old unit's targets in the
 * current list, parsed once, on first use. Only this module imports its data, so a bundler can ship
 * it apart from the current list, for the pages that convert old addresses.
 * @module
 */
import { oldUnitsData } from './data/old.generated.js';
import { parseList, type PackedTarget, type UnitList } from './parse.js';

/** The old list, and each old unit's targets in the current list as packed. */
export interface OldUnitList {
  readonly list: UnitList;
  readonly targets: ReadonlyMap<string, readonly PackedTarget[]>;
}

let oldList: OldUnitList | undefined;

/** The list before 1 July 2025, with each old unit's targets in the current list. */
export function oldUnits(): OldUnitList {
  if (!oldList) {
    const targets = new Map<string, PackedTarget[]>();
    const list = parseList(oldUnitsData, false, (unit, fields) => {
      targets.set(unit.code, (fields[3] ?? '').split(',').map((packed) => {
        const whole = !packed.endsWith('~');
        const codes = (whole ? packed : packed.slice(0, -1)).split('=');
        const code = codes[0] ?? '';
        return { code, codeInMapping: codes[1] ?? code, whole };
      }));
    });
    oldList = { list, targets };
  }
  return oldList;
}
