/**
 * Unit search over all current and old units (scope 'all'): median and p95 time per query of
 * `searchUnits`, beside a plain linear scan of pre-folded names in the same run, and the one-off
 * costs, cold, in the order a page meets them: the current list alone (`@egov-kit/core/units/current`:
 * loading the module, parsing the data, building its index), then the old list with the mapping
 * (`@egov-kit/core/units/old`). The current list is also searched alone. Target: median under 0.2 ms.
 * Run: node --conditions=egov-source --import tsx bench/units-search.ts
 *
 * The queries are typed as people type: the start of a unit's name (1–4 words, the last one often
 * cut short), with or without diacritics, sometimes after a kind word or before the province.
 * They come from a seeded generator, so every run times the same queries.
 */
import { foldDiacritics, searchKey } from '../packages/core/src/text/index.js';
import type { Unit } from '../packages/core/src/units/index.js';
import { header, quantile, result, round } from './lib/report.js';

header('units-search');

const time = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
const timeAsync = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
};

// One-off costs, cold, in the order an address field meets them: the current list alone (load the
// module, the first lookup parses the list, the first search builds its index), then the old list.
// Module loads go through tsx here (its transform is cached after the first run): compare them with each other only.
const [current, loadCurrent] = await timeAsync(() => import('../packages/core/src/units/current.js'));
result({ step: 'load module @egov-kit/core/units/current (import, through tsx)', ms: round(loadCurrent) });
const parseCurrent = time(() => current.getUnit('01'));
result({ step: 'parse current list (first getUnit)', ms: round(parseCurrent) });
const indexCurrent = time(() => current.prepareUnitSearch());
result({ step: 'build search index, current list only (prepareUnitSearch)', ms: round(indexCurrent) });
result({ step: 'current list ready to search: parse + index', ms: round(parseCurrent + indexCurrent) });
const [old, loadOld] = await timeAsync(() => import('../packages/core/src/units/old.js'));
result({ step: 'load module @egov-kit/core/units/old (import, through tsx)', ms: round(loadOld) });
const parseOld = time(() => old.getOldUnit('01'));
result({ step: 'parse old list (first getOldUnit)', ms: round(parseOld) });
const indexOld = time(() => old.prepareOldUnitSearch());
result({ step: 'build search index, old list (prepareOldUnitSearch)', ms: round(indexOld) });
result({ step: 'mapping index (first mapOldUnit)', ms: round(time(() => old.mapOldUnit('01'))) });
result({ step: 'both lists ready to search: parse + index, current + old', ms: round(parseCurrent + indexCurrent + parseOld + indexOld) });

const { communesOf, oldProvinces, oldUnitsOf, provinces, searchUnits, unitKinds } = await import('../packages/core/src/units/index.js');

const units: Unit[] = [
  ...provinces().flatMap((p) => [p, ...communesOf(p.code)]),
  ...oldProvinces().flatMap((p) => [p, ...oldUnitsOf(p.code)]),
];

/** mulberry32: a small seeded generator, so the query set is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function typedQueries(count: number): string[] {
  const next = random(20250701);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const queries: string[] = [];
  while (queries.length < count) {
    const unit = pick(units);
    let words = unit.name.split(' ').slice(0, 1 + Math.floor(next() * 3));
    if (next() < 0.3) words.unshift(...unitKinds[unit.kind].prefix.toLowerCase().split(' '));
    if (next() < 0.25 && unit.level !== 'province') words.push(...unit.provinceName.split(' ').slice(0, 1 + Math.floor(next() * 2)));
    words = words.slice(0, 4);
    if (next() < 0.6) {
      const last = words.length - 1;
      words[last] = words[last]!.slice(0, 1 + Math.floor(next() * words[last]!.length)); // still typing
    }
    const typed = words.join(' ');
    queries.push(next() < 0.5 ? foldDiacritics(typed).toLowerCase() : typed);
  }
  return queries;
}

const queries = [
  'ha noi', 'tp hcm', 'hcm', 'da nang', 'thai nguyen', 'th ng', 'duc xuan', 'duc xuan thai nguyen', 'phường 1', 'xa tan',
  'bac kan', 'Phường Bắc Kạn', 'ea hleo', 'tan phu dong nai', 'nguyen', 'h', 'x', 'long thạnh', 'tinh', 'q',
  ...typedQueries(380),
];

/** The plain way: fold every name once, then check every query word against every unit's words. */
const folded = units.map((u) => searchKey(`${u.name} ${u.level === 'province' ? '' : u.provinceName}`).split(/[^a-z0-9]+/).filter(Boolean));
function linearScan(query: string): Unit[] {
  const words = searchKey(query).split(/[^a-z0-9]+/).filter(Boolean);
  const found: Unit[] = [];
  if (words.length === 0) return found;
  folded.forEach((unitWords, i) => {
    if (words.every((w) => unitWords.some((u) => u.startsWith(w)))) found.push(units[i]!);
  });
  return found;
}

const ROUNDS = 20;
function perQuery(search: (query: string) => unknown): number[] {
  for (const query of queries) search(query); // warm up
  return queries.map((query) => time(() => {
    for (let r = 0; r < ROUNDS; r++) search(query);
  }) / ROUNDS);
}

const indexed = perQuery((query) => searchUnits(query, { scope: 'all' }));
const indexedCurrent = perQuery((query) => current.searchUnits(query));
const scanned = perQuery(linearScan);
const found = queries.filter((q) => searchUnits(q, { scope: 'all' }).length > 0).length;

const summary = (times: number[]) => ({ medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)), maxMs: round(Math.max(...times)) });
result({ method: 'searchUnits (index, ranked, top 20)', units: units.length, queries: queries.length, queriesWithResults: found, ...summary(indexed), targetMedianMs: 0.2 });
result({ method: 'searchUnits of @egov-kit/core/units/current (current list only, top 20)', units: provinces().length + provinces().reduce((n, p) => n + communesOf(p.code).length, 0), queries: queries.length, ...summary(indexedCurrent) });
result({ method: 'linear scan of pre-folded names (all matches, unranked)', units: units.length, queries: queries.length, ...summary(scanned) });
result({ scanOverIndexMedian: round(quantile(scanned, 0.5) / quantile(indexed, 0.5)), scanOverIndexP95: round(quantile(scanned, 0.95) / quantile(indexed, 0.95)) });
