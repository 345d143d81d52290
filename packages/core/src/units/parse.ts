/**
 * Turns a packed generated list (see `data/*.generated.ts`) into {@link Unit} objects, indexed.
 * @module
 */
import { foldDiacritics } from '../text/index.js';
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

/**
 * Reads a packed list, one unit a line, `code|kind tag|name|…`: the English name is the fourth field
 * of the current list and the fifth of the old one. `onExtra` sees each unit with its fields.
 */
export function parseList(data: string, current: boolean, onExtra?: (unit: Unit, fields: string[]) => void): UnitList {
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
