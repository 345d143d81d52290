/**
 * Gzipped size of @egov-kit/core's main entry (without unit data), with zod counted separately
 * (the main entry loads none: the zod schemas are behind `@egov-kit/core/contract`, also measured),
 * of typical partial imports, and of the unit data's chunks: the current list
 * (`@egov-kit/core/units/current`), the old list with the old→new mapping (`@egov-kit/core/units/old`,
 * counted as what it adds once the current chunk is there), and what the address field of
 * @egov-kit/elements downloads on its common path (province → commune) and to convert an old address.
 * Target: main entry under 15 kB gzipped with zod.
 * Run: node --conditions=egov-source --import tsx bench/core-size.ts
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleSize, kB, type Size } from './lib/size.js';
import { header, result } from './lib/report.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A set of output files and their summed sizes (each file is its own download). */
interface Files extends Size {
  files: number;
}

/**
 * Bundles `entries` (name → file) as a page does, with code splitting (esbuild, minified, gzip -9 per
 * file), and answers which files an entry loads: at once (its static imports), or also through the
 * dynamic imports whose target module `follow` accepts.
 */
async function chunkGroups(entries: Record<string, string>) {
  const out = await build({
    entryPoints: entries, bundle: true, splitting: true, write: false, metafile: true, outdir: `${root}.size-out`,
    minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['egov-source'], legalComments: 'none', logLevel: 'silent',
  });
  const sizes = new Map(out.outputFiles.map((f) => [relative(root, f.path), { min: f.contents.byteLength, gzip: gzipSync(f.contents, { level: 9 }).byteLength }]));
  const outputs = out.metafile.outputs;
  const entryOutput = (name: string) => relative(root, `${root}.size-out/${name}.js`);
  const closure = (name: string, follow: (target: string) => boolean, minus?: ReadonlySet<string>) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || minus?.has(file)) return;
      seen.add(file);
      for (const { path, kind } of outputs[file]?.imports ?? []) {
        if (kind === 'import-statement' || (kind === 'dynamic-import' && follow(outputs[path]?.entryPoint ?? ''))) visit(path);
      }
    };
    visit(entryOutput(name));
    const files: Files & { set: Set<string> } = { set: seen, files: seen.size, min: 0, gzip: 0 };
    for (const file of seen) {
      files.min += sizes.get(file)?.min ?? 0;
      files.gzip += sizes.get(file)?.gzip ?? 0;
    }
    return files;
  };
  return {
    /** The files `name` loads at once, without those of `minus` (already loaded). */
    static: (name: string, minus?: { set: ReadonlySet<string> }) => closure(name, () => false, minus?.set),
    /** The files `name` loads at once and through the dynamic imports of modules `follow` accepts. */
    reachable: (name: string, follow: (target: string) => boolean) => closure(name, follow),
  };
}

header('core-size');

// Everything the main entry exports, kept alive as a page importing all of it would.
const everything = `import * as core from '@egov-kit/core'; globalThis.core = core;`;
const whole = await bundleSize(everything);
const withoutZod = await bundleSize(everything, ['zod']);
result({ entry: '@egov-kit/core (all exports)', gzipKB: kB(whole.gzip), minKB: kB(whole.min), coreOnlyGzipKB: kB(withoutZod.gzip), zodShareGzipKB: kB(whole.gzip - withoutZod.gzip), targetKB: 15, withinTarget: whole.gzip <= 15_000 });

const partial: Record<string, string> = {
  'identifier validators only': `import { validateIdentifier } from '@egov-kit/core'; globalThis.v = validateIdentifier;`,
  'status model only': `import { canTransition, dossierStatuses } from '@egov-kit/core'; globalThis.v = [canTransition, dossierStatuses];`,
  'working days only': `import { addWorkingDays } from '@egov-kit/core'; globalThis.v = addWorkingDays;`,
  'form validation (validateAnswers)': `import { validateAnswers } from '@egov-kit/core'; globalThis.v = validateAnswers;`,
  'form definition schema (formDefinitionSchema from @egov-kit/core/contract)': `import { formDefinitionSchema } from '@egov-kit/core/contract'; globalThis.v = formDefinitionSchema;`,
  'main entry + form and procedure schemas (what an application form loads)': `import * as core from '@egov-kit/core'; import { formDefinitionSchema, procedureSchema } from '@egov-kit/core/contract'; globalThis.v = [core, formDefinitionSchema, procedureSchema];`,
  'whole contract entry (@egov-kit/core/contract, all exports)': `import * as c from '@egov-kit/core/contract'; globalThis.c = c;`,
  'unit data and search (@egov-kit/core/units)': `import { searchUnits, mapOldUnit } from '@egov-kit/core/units'; globalThis.v = [searchUnits, mapOldUnit];`,
};
for (const [entry, source] of Object.entries(partial)) {
  const size = await bundleSize(source);
  const zodShare = size.gzip - (await bundleSize(source, ['zod'])).gzip;
  result({ entry, gzipKB: kB(size.gzip), minKB: kB(size.min), ...(zodShare > 0 ? { zodShareGzipKB: kB(zodShare) } : {}) });
}

// The unit chunks, split as a bundler splits them for two dynamic imports: the old entry reuses the current chunk.
const units = fileURLToPath(new URL('../packages/core/src/units/', import.meta.url));
if (existsSync(`${units}current.ts`)) {
  const split = await chunkGroups({ current: `${units}current.ts`, old: `${units}old.ts`, all: `${units}index.ts` });
  const current = split.static('current');
  const old = split.static('old', current);
  result({ chunk: 'current list (@egov-kit/core/units/current, all exports)', gzipKB: kB(current.gzip), minKB: kB(current.min), files: current.files });
  result({ chunk: 'old list + mapping (@egov-kit/core/units/old, beyond the current chunk)', gzipKB: kB(old.gzip), minKB: kB(old.min), files: old.files });
  const alone = await bundleSize(`import * as u from '@egov-kit/core/units/old'; globalThis.u = u;`);
  result({ entry: '@egov-kit/core/units/old bundled alone (with the current list it maps to)', gzipKB: kB(alone.gzip), minKB: kB(alone.min) });
}

// The address field as a page ships it (esbuild, code splitting): what it loads at once, on its
// common path (the unit list for province → commune) and only to convert an old address.
const field = fileURLToPath(new URL('../packages/elements/src/define/address-field.ts', import.meta.url));
const page = await chunkGroups({ field });
const start = page.static('field');
const common = page.reachable('field', (input) => !/units\/old\.ts$/.test(input));
const all = page.reachable('field', () => true);
result({
  entry: 'define/address-field (esbuild, splitting; lit and i18next included)',
  atOnceGzipKB: kB(start.gzip),
  commonPathGzipKB: kB(common.gzip), commonPathFiles: common.files,
  oldAddressExtraGzipKB: kB(all.gzip - common.gzip), allChunksGzipKB: kB(all.gzip),
});
