/**
 * Turns the packed generated data into {@link Unit} objects, once, on first use.
 * @module
 */
import { foldDiacritics } from '../text/index.js';
import { currentUnitsData, oldUnitsData } from './data.generated.js';
import { englishFullName, kindOfTag, unitKinds, vietnameseFullName } from './kinds.js';
import type { Unit } from './types.js';

/** One list of units, indexed. */
export interface UnitList {
  /** Every unit, in code order (each province before its communes). */
  readonly units: readonly Unit[];
  readonly byCode: ReadonlyMap<string, Unit>;
  /** Province-level units, in code order. */
  readonly provinces: readonly Unit[];
  /** Province code → the units below it, in code order. */
  readonly below: ReadonlyMap<string, readonly Unit[]>;
  /** Each unit's name without diacritics (computed here once; search reuses it). */
  readonly folded: ReadonlyMap<Unit, string>;
}

/** A link of the old→new mapping as packed: the current code, the code the mapping wrote, whether whole. */
export interface PackedTarget {
  readonly code: string;
  readonly codeInMapping: string;
  readonly whole: boolean;
}

function parseList(data: string, current: boolean, onExtra?: (unit: Unit, fields: string[]) => void): UnitList {
  const units: Unit[] = [];
  const byCode = new Map<string, Unit>();
  const provinces: Unit[] = [];
  const below = new Map<string, Unit[]>();
  const folded = new Map<Unit, string>();
  let province: Unit | undefined;
  for (const line of data.split('\n')) {
    const fields = line.split('|');
    const code = fields[0] ?? '';
    const name = fields[2] ?? '';
    const kind = kindOfTag(fields[1] ?? '');
    if (!kind) throw new Error(`Corrupt unit data: ${line}`);
    const level = unitKinds[kind].level;
    const plain = foldDiacritics(name);
    const nameEn = (current ? fields[3] : fields[4]) || plain;
    const parent: Unit | undefined = level === 'province' ? undefined : province;
    const unit: Unit = Object.freeze({
      code, name, fullName: vietnameseFullName(kind, name), nameEn, fullNameEn: englishFullName(kind, nameEn),
      kind, level, provinceCode: parent?.code ?? code, provinceName: parent?.name ?? name, current,
    });
    if (level === 'province') {
      province = unit;
      provinces.push(unit);
      below.set(code, []);
    } else {
      below.get(unit.provinceCode)?.push(unit);
    }
    units.push(unit);
    byCode.set(code, unit);
    folded.set(unit, plain);
    onExtra?.(unit, fields);
  }
  return { units, byCode, provinces, below, folded };
}

let currentList: UnitList | undefined;
let oldList: { list: UnitList; targets: ReadonlyMap<string, readonly PackedTarget[]> } | undefined;

/** The current list (34 provinces, 3,321 communes). */
export function currentUnits(): UnitList {
  currentList ??= parseList(currentUnitsData, true);
  return currentList;
}

/** The list before 1 July 2025, with each old unit's targets in the current list. */
export function oldUnits(): { list: UnitList; targets: ReadonlyMap<string, readonly PackedTarget[]> } {
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
