/**
 * Lookups in the current list.
 * @module
 */
import { currentUnits } from './current-list.js';
import { none, sortedOnce } from './sorted.js';
import type { Unit } from './types.js';

/** The current unit with this code (2-digit province or 5-digit commune), or `undefined`. */
export function getUnit(code: string): Unit | undefined {
  return currentUnits().byCode.get(code);
}

/** The 34 current province-level units, in Vietnamese alphabetical order. */
export function provinces(): readonly Unit[] {
  const list = currentUnits();
  return sortedOnce(list, '', () => list.provinces);
}

/** The current communes, wards and special zones of a province, in Vietnamese order; empty for an unknown code. */
export function communesOf(provinceCode: string): readonly Unit[] {
  const list = currentUnits();
  const units = list.below.get(provinceCode);
  return units ? sortedOnce(list, provinceCode, () => units) : none;
}
