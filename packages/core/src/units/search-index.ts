/**
 * The search index of one list of units (ignoring case and diacritics, by word prefixes), and the
 * search over one or more such indexes. It knows no list: the current and old lists build their own.
 * @module
 */
import { searchKey, sortVietnamese } from '../text/index.js';
import type { UnitLevel } from './kinds.js';
import type { UnitList } from './parse.js';
import type { Unit } from './types.js';
import { findName, framed, hasPrefix, initials, nameWords, parseQuery, type Query } from './query.js';

/** Which units a search returns, and how many. */
export interface UnitSearchFilter {
  /** Only units of this province (the unit's own `provinceCode`: an old province's code for old units). */
  provinceCode?: string;
  /** Only units of this level. */
  level?: UnitLevel;
  /** At most this many results. Default 20. */
  limit?: number;
}

/**
 * A match's key packs its rank (see `UnitIndex.score`) with the unit's position in Vietnamese order
 * into one integer, lower first. The rank's last bit says current (0) or old (1): which index it is from.
 */
const RANK_SPAN = 1 << 15;
const LEVEL_ORDER: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

/** Units in Vietnamese order of the name, then of the province's name, then by code. */
function vietnameseOrder(list: readonly Unit[]): Unit[] {
  const provinceOrder = new Map(sortVietnamese([...new Set(list.map((u) => u.provinceName))]).map((name, i) => [name, i]));
  const byProvince = [...list].sort((a, b) => provinceOrder.get(a.provinceName)! - provinceOrder.get(b.provinceName)!
    || (a.code < b.code ? -1 : 1));
  return sortVietnamese(byProvince, (u) => u.name); // stable: keeps the province order among equal names
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the lowest `limit` keys: by insertion for a short list of results, by sorting them all for a long one. */
class LowestKeys {
  private readonly keys: number[] = [];
  private readonly bounded: boolean;

  constructor(private readonly limit: number) {
    this.bounded = limit <= 200;
  }

  add(key: number): void {
    const keys = this.keys;
    if (!this.bounded) {
      keys.push(key);
      return;
    }
    if (keys.length === this.limit && key >= keys[keys.length - 1]!) return;
    let at = keys.length;
    while (at > 0 && keys[at - 1]! > key) at--;
    keys.splice(at, 0, key);
    if (keys.length > this.limit) keys.pop();
  }

  sorted(): Iterable<number> {
    return this.bounded ? this.keys : Float64Array.from(this.keys).sort().subarray(0, Math.min(this.limit, this.keys.length));
  }
}

/** A word → units table over a sorted word list: the units of `words[w]` are `units[offsets[w] .. offsets[w + 1]]`. */
class Postings {
  readonly units: Int32Array;
  private readonly offsets: Int32Array;

  constructor(words: readonly string[], unitsByWord: ReadonlyMap<string, readonly number[]>) {
    this.offsets = new Int32Array(words.length + 1);
    words.forEach((word, w) => (this.offsets[w + 1] = this.offsets[w]! + (unitsByWord.get(word)?.length ?? 0)));
    this.units = new Int32Array(this.offsets[words.length]!);
    words.forEach((word, w) => this.units.set(unitsByWord.get(word) ?? [], this.offsets[w]!));
  }

  /** The postings of the words `words[firstWord .. endWord]`, as a range of `units`. */
  range(firstWord: number, endWord: number): readonly [Postings, number, number] {
    return [this, this.offsets[firstWord]!, this.offsets[endWord]!];
  }
}

/** The search index of one list: units in Vietnamese order, and a sorted word → units table. */
export class UnitIndex {
  private readonly units: Unit[];
  private readonly ownWords: (readonly string[])[];
  private readonly provinceWords: (readonly string[])[];
  /** ` word word ` of each name, to tell an exact match. */
  private readonly framedNames: string[];
  /** Every word of a name or a province's name, sorted, so the words a prefix begins are a range. */
  private readonly words: string[];
  /** The units having each word in their own name. */
  private readonly own: Postings;
  /** The units having each word in their province's name (and not in their own). */
  private readonly inProvince: Postings;
  private readonly seen: Uint32Array;
  private visit = 0;

  constructor(list: UnitList, readonly current: boolean) {
    if (list.units.length > RANK_SPAN) throw new RangeError('Too many units for the search index');
    this.units = vietnameseOrder(list.units);
    // Names in the data are trimmed and single-spaced, so lower-casing the folded name gives its search key.
    const keyOf = (unit: Unit) => list.folded.get(unit)?.toLowerCase() ?? searchKey(unit.name);
    const provinceWordsByCode = new Map<string, string[]>();
    const wordsOfProvince = (province: string) => {
      let words = provinceWordsByCode.get(province);
      if (!words) {
        const key = keyOf(list.byCode.get(province)!);
        provinceWordsByCode.set(province, (words = [...nameWords(key), ...initials(key)]));
      }
      return words;
    };
    const own = new Map<string, number[]>();
    const inProvince = new Map<string, number[]>();
    const post = (table: Map<string, number[]>, word: string, i: number) => {
      const units = table.get(word);
      if (!units) table.set(word, [i]);
      else if (units[units.length - 1] !== i) units.push(i);
    };
    this.ownWords = [];
    this.provinceWords = [];
    this.framedNames = [];
    this.units.forEach((unit, i) => {
      const key = keyOf(unit);
      const isProvince = unit.level === 'province';
      const ownWords = isProvince ? wordsOfProvince(unit.code) : nameWords(key);
      const province = isProvince ? [] : wordsOfProvince(unit.provinceCode);
      this.ownWords.push(ownWords);
      this.provinceWords.push(province);
      this.framedNames.push(framed(key));
      for (const word of ownWords) post(own, word, i);
      for (const word of province) if (!ownWords.includes(word)) post(inProvince, word, i);
    });

    this.words = [...new Set([...own.keys(), ...inProvince.keys()])].sort();
    this.own = new Postings(this.words, own);
    this.inProvince = new Postings(this.words, inProvince);
    this.seen = new Uint32Array(this.units.length);
  }

  unitAt(rank: number): Unit {
    return this.units[rank]!;
  }

  /** Adds the key of every matching unit to `keys`. */
  collect(query: Query, options: UnitSearchFilter, keys: LowestKeys): void {
    // A match has some word in its own name: walk either the units whose own name has a word begun by
    // some query word, or all units having a word begun by the rarest query word, whichever is fewer.
    // The words a prefix begins: from the prefix to the prefix + '{', which sorts after every [a-z0-9].
    const wordRange = (word: string) => [lowerBound(this.words, word), lowerBound(this.words, `${word}{`)] as const;
    const ownRanges = [...query.required, ...query.kindHints].map((word) => this.own.range(...wordRange(word)));
    let rarest: (readonly [Postings, number, number])[] = [];
    let rarestSize = Infinity;
    for (const word of query.required) {
      const range = wordRange(word);
      const ranges = [this.own.range(...range), this.inProvince.range(...range)];
      const size = ranges.reduce((n, [, from, to]) => n + to - from, 0);
      if (size < rarestSize) [rarest, rarestSize] = [ranges, size];
    }
    const ownSize = ownRanges.reduce((n, [, from, to]) => n + to - from, 0);
    if (++this.visit === 0xffffffff) this.seen.fill((this.visit = 0));
    for (const [postings, from, to] of ownSize < rarestSize ? ownRanges : rarest) {
      for (let p = from; p < to; p++) {
        const i = postings.units[p]!;
        if (this.seen[i] === this.visit) continue;
        this.seen[i] = this.visit;
        const unit = this.units[i]!;
        if (options.provinceCode !== undefined && unit.provinceCode !== options.provinceCode) continue;
        if (options.level !== undefined && unit.level !== options.level) continue;
        const score = this.score(i, unit, query);
        if (score >= 0) keys.add(score * RANK_SPAN + i);
      }
    }
  }

  /**
   * The rank of a unit for a query (lower first), or -1 when it does not match: the name typed as the
   * whole query first, then typed whole beside other words (its province), then with its diacritics,
   * then the hinted kind, then the query naming its province (a province names itself), then
   * provinces before districts before communes, then current before old.
   */
  private score(i: number, unit: Unit, query: Query): number {
    const own = this.ownWords[i]!;
    const province = this.provinceWords[i]!;
    let ownMatch = false;
    let provinceMatch = unit.level === 'province';
    for (const word of query.required) {
      if (hasPrefix(own, word)) ownMatch = true;
      else if (hasPrefix(province, word)) provinceMatch = true;
      else return -1;
    }
    if (!ownMatch && !query.kindHints.some((word) => hasPrefix(own, word))) return -1;
    // Exactness: 0 the query is the name, maybe after its kind (`xã đông phương`); 1 the name is there
    // beside other words (its province, another kind); 2 it is not. Kind words inside the typed name
    // (`xã phượng sơn`) do not name a kind.
    const name = findName(query, this.framedNames[i]!);
    let exact = 2;
    if (name) {
      const leading = name[0] === 0 || (name[0] === query.leadingKindWords && query.kindsOf[0]!.has(unit.kind));
      exact = leading && name[1] === query.kindsOf.length - 1 ? 0 : 1;
    }
    let kind = false;
    for (let w = 0; w < query.kindsOf.length && !kind; w++) {
      kind = query.kindsOf[w]?.has(unit.kind) === true && !(name && w >= name[0] && w <= name[1]);
    }
    const accents = exact < 2 && query.lower.includes(unit.name.toLowerCase());
    return ((((exact * 2 + (accents ? 0 : 1)) * 2 + (kind ? 0 : 1)) * 2 + (provinceMatch ? 0 : 1)) * 3
      + LEVEL_ORDER[unit.level]) * 2 + (this.current ? 0 : 1);
  }
}

/**
 * Searches `indexes` (at most one current and one old) for `query`, best first; see `searchUnits`
 * for what matches and in which order. `indexes` is called only when the query has words.
 */
export function searchIndexes(query: string, options: UnitSearchFilter, indexes: () => readonly UnitIndex[]): Unit[] {
  const limit = Math.floor(options.limit ?? 20);
  if (!(limit > 0)) return [];
  const parsed = parseQuery(query);
  if (parsed.required.length === 0) return [];
  const searched = indexes();
  const keys = new LowestKeys(limit);
  for (const index of searched) index.collect(parsed, options, keys);
  const results: Unit[] = [];
  for (const key of keys.sorted()) {
    const score = Math.floor(key / RANK_SPAN);
    const index = searched.find((s) => s.current === (score % 2 === 0))!;
    results.push(index.unitAt(key % RANK_SPAN));
  }
  return results;
}
