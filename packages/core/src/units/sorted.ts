/**
 * The lists lookups return: sorted in Vietnamese order once per list and key, then shared (frozen).
 * @module
 */
import { compareVietnamese } from '../text/index.js';
import type { UnitList } from './parse.js';
import type { Unit } from './types.js';

/** The empty list, shared. */
export const none: readonly never[] = Object.freeze([]);

const sortedCache = new WeakMap<UnitList, Map<string, readonly Unit[]>>();

/** `units()` of `list` in Vietnamese order of the name, computed once per list and key. */
export function sortedOnce(list: UnitList, key: string, units: () => readonly Unit[]): readonly Unit[] {
  let cache = sortedCache.get(list);
  if (!cache) sortedCache.set(list, (cache = new Map()));
  let sorted = cache.get(key);
  if (!sorted) {
    // Stable: units of the same name stay in code order.
    sorted = Object.freeze([...units()].sort((a, b) => compareVietnamese(a.name, b.name)));
    cache.set(key, sorted);
  }
  return sorted;
}
