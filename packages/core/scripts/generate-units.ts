/**
 * Generates the unit data of @egov-kit/core and its licences (`LICENSE.units-*`) from the admin-units
 * data set (../shared/data/admin-units, see its README.md), in three modules under `src/units/data/`
 * so that a bundler can load them apart: `current.generated.ts` (the current list, what most pages
 * need), `old.generated.ts` (the list before 1 July 2025 with the old→new mapping, needed only to
 * convert an old address) and `sources.generated.ts` (provenance: dates, files, licences).
 *
 *   node --import tsx packages/core/scripts/generate-units.ts [dataDir]
 *
 * The output depends only on the input files: the same data gives the same bytes. Names are cleaned
 * (NFC, single spaces, a canonical kind prefix); the two data sets are cross-checked, and any
 * inconsistency stops the generation rather than ship a guess.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { foldDiacritics, searchKey, toNfc } from '../src/text/index.js';
import { englishFullName, unitKindNames, unitKinds, type UnitKind, type UnitLevel } from '../src/units/kinds.js';
import type { UnitDataSource, UnitDataSources } from '../src/units/types.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The data set's place in the shared workspace, beside the repository. */
export const defaultDataDir = resolve(packageDir, '../../../shared/data/admin-units');
/** The generated modules, by path relative to packages/core. */
export const generatedModules = {
  current: 'src/units/data/current.generated.ts',
  old: 'src/units/data/old.generated.ts',
  sources: 'src/units/data/sources.generated.ts',
} as const;

interface CurrentJsonUnit { Code: string; Name: string; NameEn: string; FullName: string; FullNameEn: string; ProvinceCode?: string }
interface CurrentJsonProvince extends CurrentJsonUnit { Wards: CurrentJsonUnit[] }
interface Split { new_id: string; name: string }
interface OldJsonUnit { name: string; splits: Split[] }
interface OldToNewJson {
  data: (OldJsonUnit & { level1_id: string; level2s?: (OldJsonUnit & { level2_id: string })[]; level3s: (OldJsonUnit & { level3_id: string })[] })[];
}
interface Merge { old_id: string; type: 'full' | 'partial' }
interface NewToOldJson { data: { level1_id: string; merges: Merge[]; level2s: { level2_id: string; merges: Merge[] }[] }[] }

function fail(message: string): never {
  throw new Error(`generate-units: ${message}`);
}

const cleanName = (text: string) => toNfc(text).replace(/\s+/g, ' ').trim();
const byCode = <T>(code: (item: T) => string) => (a: T, b: T) => (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0);

/** Splits `Phường Đức Xuân` into its kind and name; the prefix is matched ignoring case (`Thị Trấn`, `xã`). */
function parseFullName(fullName: string, level: UnitLevel, current: boolean): { kind: UnitKind; name: string } {
  const clean = cleanName(fullName);
  const lower = clean.toLowerCase();
  const kind = unitKindNames.find((k) => unitKinds[k].level === level && (!current || unitKinds[k].current)
    && lower.startsWith(`${unitKinds[k].prefix.toLowerCase()} `));
  if (!kind) fail(`no ${level}-level kind prefixes "${fullName}"`);
  return { kind, name: clean.slice(unitKinds[kind].prefix.length + 1) };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The one file in `dir` named `<stem>-YYYY-MM-DD.json`, with its date. */
function datedFile(dir: string, files: readonly string[], stem: string): { file: string; path: string; date: string } {
  const matches = files.filter((f) => new RegExp(`^${stem}-\\d{4}-\\d{2}-\\d{2}\\.json$`).test(f));
  if (matches.length !== 1) fail(`expected one ${stem}-<date>.json in ${dir}, found ${matches.length}`);
  const file = matches[0]!;
  return { file, path: join(dir, file), date: file.slice(stem.length + 1, -'.json'.length) };
}

/** Reads the README's table: file → upstream source and licence file. */
function readmeSources(dir: string): Map<string, { source: string; licenceFile: string; licence: string }> {
  const rows = new Map<string, { source: string; licenceFile: string; licence: string }>();
  for (const line of readFileSync(join(dir, 'README.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    const licence = /^(\S+), `(LICENSE\.[^`]+)`$/.exec(cells[4] ?? '');
    if (file && licence) rows.set(file, { source: (cells[3] ?? '').replaceAll('`', ''), licence: licence[1]!, licenceFile: licence[2]! });
  }
  return rows;
}

const packagedLicence = (licenceFile: string) => licenceFile.replace(/^LICENSE\./, 'LICENSE.units-');

interface CurrentRecord { code: string; kind: UnitKind; name: string; nameEn: string; provinceCode: string; fullName: string }

function readCurrent(path: string): CurrentRecord[] {
  const records: CurrentRecord[] = [];
  const add = (unit: CurrentJsonUnit, level: UnitLevel, provinceCode: string) => {
    const { kind, name } = parseFullName(unit.FullName, level, true);
    if (name !== cleanName(unit.Name)) fail(`${unit.Code}: name "${unit.Name}" is not the end of "${unit.FullName}"`);
    const nameEn = cleanName(unit.NameEn);
    if (englishFullName(kind, nameEn) !== cleanName(unit.FullNameEn)) fail(`${unit.Code}: unexpected English name "${unit.FullNameEn}"`);
    records.push({ code: unit.Code, kind, name, nameEn, provinceCode, fullName: cleanName(unit.FullName) });
  };
  for (const province of readJson<CurrentJsonProvince[]>(path).sort(byCode((p) => p.Code))) {
    if (!/^\d{2}$/.test(province.Code)) fail(`bad province code ${province.Code}`);
    add(province, 'province', province.Code);
    for (const ward of [...province.Wards].sort(byCode((w) => w.Code))) {
      if (!/^\d{5}$/.test(ward.Code) || ward.ProvinceCode !== province.Code) fail(`bad commune ${ward.Code} in ${province.Code}`);
      add(ward, 'commune', province.Code);
    }
  }
  if (new Set(records.map((r) => r.code)).size !== records.length) fail('duplicate codes in the current list');
  return records;
}

interface OldRecord { code: string; kind: UnitKind; name: string; level: UnitLevel; provinceCode: string; splits: Split[] }

function readOld(path: string): OldRecord[] {
  const records: OldRecord[] = [];
  const add = (code: string, unit: OldJsonUnit, level: UnitLevel, provinceCode: string) => {
    records.push({ code, ...parseFullName(unit.name, level, false), level, provinceCode, splits: unit.splits });
  };
  for (const province of readJson<OldToNewJson>(path).data.sort(byCode((p) => p.level1_id))) {
    add(province.level1_id, province, 'province', province.level1_id);
    for (const district of [...(province.level2s ?? [])].sort(byCode((d) => d.level2_id))) add(district.level2_id, district, 'district', province.level1_id);
    for (const commune of [...province.level3s].sort(byCode((c) => c.level3_id))) add(commune.level3_id, commune, 'commune', province.level1_id);
  }
  if (new Set(records.map((r) => r.code)).size !== records.length) fail('duplicate codes in the old list');
  return records;
}

/** `old|new` → whole, from the reverse file; it must hold exactly the pairs of the forward one. */
function readWholeness(path: string, old: readonly OldRecord[]): Map<string, boolean> {
  const whole = new Map<string, boolean>();
  for (const province of readJson<NewToOldJson>(path).data) {
    for (const m of province.merges) whole.set(`${m.old_id}|${province.level1_id}`, m.type === 'full');
    for (const unit of province.level2s) for (const m of unit.merges) whole.set(`${m.old_id}|${unit.level2_id}`, m.type === 'full');
  }
  const forward = old.flatMap((o) => o.splits.map((s) => `${o.code}|${s.new_id}`));
  if (forward.length !== whole.size || forward.some((pair) => !whole.has(pair))) fail('old-to-new and new-to-old do not hold the same pairs');
  return whole;
}

/**
 * Where the 2025 mapping names a code the current list does not have, finds the current unit of the
 * same full name (ignoring case and diacritics) in the province(s) the old province went into.
 */
function resolveTargets(old: readonly OldRecord[], current: readonly CurrentRecord[]): Map<string, string> {
  const currentCodes = new Set(current.map((c) => c.code));
  const mappedCodes = new Set(old.flatMap((o) => o.splits.map((s) => s.new_id)));
  const provinceTargets = new Map(old.filter((o) => o.level === 'province').map((o) => [o.code, o.splits.map((s) => s.new_id)]));
  const resolved = new Map<string, string>();
  const isProvince = (code: string) => code.length === 2;
  for (const unit of old) {
    for (const split of unit.splits) {
      const target = resolved.get(split.new_id) ?? split.new_id;
      if (isProvince(target) !== (unit.level === 'province')) fail(`${unit.code} maps across levels to ${target}`);
      if (currentCodes.has(split.new_id) || resolved.has(split.new_id)) continue;
      const provinces = provinceTargets.get(unit.provinceCode) ?? [];
      const matches = current.filter((c) => c.kind !== 'province' && c.kind !== 'municipality'
        && provinces.includes(c.provinceCode) && searchKey(c.fullName) === searchKey(split.name));
      if (matches.length !== 1) fail(`mapping target ${split.new_id} "${split.name}" (from ${unit.code}) is not in the current list and matches ${matches.length} units by name`);
      const code = matches[0]!.code;
      if (mappedCodes.has(code)) fail(`mapping target ${split.new_id} resolves to ${code}, which the mapping already uses`);
      resolved.set(split.new_id, code);
    }
  }
  return resolved;
}

const FORBIDDEN = /[|,~=\n\r`\\]|\$\{/;

function field(text: string): string {
  if (FORBIDDEN.test(text)) fail(`"${text}" contains a character reserved by the packed format`);
  return text;
}

/** `code|tag|name[|nameEn]`: nameEn only when it is not the name without diacritics. */
function currentLine(r: CurrentRecord): string {
  const line = [r.code, unitKinds[r.kind].tag, field(r.name)];
  if (r.nameEn !== foldDiacritics(r.name)) line.push(field(r.nameEn));
  return line.join('|');
}

/** `code|tag|name|targets[|nameEn]`; targets: `new[=codeInMapping][~]`, `~` when only part went there. */
function oldLine(r: OldRecord, whole: Map<string, boolean>, resolved: Map<string, string>, nameEn: string): string {
  const targets = r.splits.map((s) => {
    const code = resolved.get(s.new_id);
    return `${code ?? s.new_id}${code ? `=${s.new_id}` : ''}${whole.get(`${r.code}|${s.new_id}`) ? '' : '~'}`;
  });
  const line = [r.code, unitKinds[r.kind].tag, field(r.name), targets.join(',')];
  if (nameEn !== foldDiacritics(r.name)) line.push(field(nameEn));
  return line.join('|');
}

/** Every file the generator writes, by path relative to packages/core, with its content. */
export function generateUnitFiles(dataDir: string = defaultDataDir): Map<string, string> {
  const files = readdirSync(dataDir).sort();
  const units = datedFile(dataDir, files, 'units');
  const oldToNew = datedFile(dataDir, files, 'old-to-new');
  const newToOld = datedFile(dataDir, files, 'new-to-old');
  if (oldToNew.date !== newToOld.date) fail('the two mapping files have different dates');
  const readme = readmeSources(dataDir);
  const row = (file: string) => readme.get(file) ?? fail(`README.md does not describe ${file}`);
  const mappingRows = [row(oldToNew.file), row(newToOld.file)];
  if (mappingRows[0]!.licenceFile !== mappingRows[1]!.licenceFile) fail('the mapping files have different licences');

  const current = readCurrent(units.path);
  const old = readOld(oldToNew.path);
  const whole = readWholeness(newToOld.path, old);
  const resolved = resolveTargets(old, current);
  const currentByCode = new Map(current.map((c) => [c.code, c]));
  const sameUnitNow = (r: OldRecord) => {
    const now = currentByCode.get(r.code);
    return now && now.name === r.name && now.kind === r.kind ? now : undefined;
  };

  const sources: UnitDataSources = {
    current: { date: units.date, files: [units.file], source: row(units.file).source, licence: row(units.file).licence, licenceFile: packagedLicence(row(units.file).licenceFile) },
    mapping: {
      date: oldToNew.date, files: [oldToNew.file, newToOld.file], source: mappingRows.map((r) => r.source).join('; '),
      licence: mappingRows[0]!.licence, licenceFile: packagedLicence(mappingRows[0]!.licenceFile),
    } satisfies UnitDataSource,
  };

  const header = [
    '// Generated by packages/core/scripts/generate-units.ts from the admin-units data set. Do not edit:',
    '// run `node --import tsx packages/core/scripts/generate-units.ts [dataDir]` instead.',
  ];
  const sourcesModule = [
    ...header,
    "import type { UnitDataSources } from '../types.js';",
    '',
    '/** Where the unit data comes from: snapshot dates, upstream files and licences. */',
    `export const unitDataSources: UnitDataSources = ${JSON.stringify(sources, null, 2)};`,
    '',
  ];
  const currentModule = [
    ...header,
    '',
    '/**',
    ' * The current list, one unit a line, `code|kind tag|name[|English name]`; each province is followed',
    ' * by its communes. The English name is given only when it is not the name without diacritics.',
    ' */',
    `export const currentUnitsData = \`${current.map(currentLine).join('\n')}\`;`,
    '',
  ];
  const oldModule = [
    ...header,
    '',
    '/**',
    ' * The list before 1 July 2025, one unit a line, `code|kind tag|name|targets[|English name]`; each',
    ' * province is followed by its districts and communes. Targets are the current units it went into,',
    ' * `code[=code in the 2025 mapping][~ when only part of it went there]`, separated by commas.',
    ' */',
    `export const oldUnitsData = \`${old.map((r) => oldLine(r, whole, resolved, sameUnitNow(r)?.nameEn ?? foldDiacritics(r.name))).join('\n')}\`;`,
    '',
  ];

  const output = new Map<string, string>([
    [generatedModules.current, currentModule.join('\n')],
    [generatedModules.old, oldModule.join('\n')],
    [generatedModules.sources, sourcesModule.join('\n')],
  ]);
  for (const licenceFile of new Set([row(units.file).licenceFile, mappingRows[0]!.licenceFile])) {
    output.set(packagedLicence(licenceFile), readFileSync(join(dataDir, licenceFile), 'utf8'));
  }
  return output;
}

function main(): void {
  const dataDir = resolve(process.argv[2] ?? defaultDataDir);
  for (const [path, content] of generateUnitFiles(dataDir)) {
    mkdirSync(dirname(join(packageDir, path)), { recursive: true });
    writeFileSync(join(packageDir, path), content);
    console.log(`wrote packages/core/${path} (${Buffer.byteLength(content)} bytes)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
