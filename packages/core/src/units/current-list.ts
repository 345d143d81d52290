/**
 * The current list (34 provinces, 3,321 communes), parsed once, on first use. Only this module
 * imports its data, so a bundler can ship it apart from the old list.
 * @module
 */
import { currentUnitsData } from './data/current.generated.js';
import { parseList, type UnitList } from './parse.js';

let currentList: UnitList | undefined;

/** The current list (34 provinces, 3,321 communes). */
export function currentUnits(): UnitList {
  currentList ??= parseList(currentUnitsData, true);
  return currentList;
}
