#!/usr/bin/env node
/**
 * What a package goes through before it is packed, and after. Each published package runs it from
 * its `prepack` and `postpack` scripts, so `npm pack`, `npm publish` and `lerna publish` all get it.
 *
 *   node ../../scripts/pack-manifest.mjs prepack    (in a package folder)
 *   node ../../scripts/pack-manifest.mjs postpack
 *   node scripts/pack-manifest.mjs strip|restore     (every public package; scripts/publish.mjs)
 *
 * prepack: builds the package unless its build is current (nx's cache: after `npm run build` this
 * costs a second, so CI builds once), checks that every file the manifest names is there, then
 * writes package.json without the `egov-source` export condition. That condition points at the
 * TypeScript sources (decorators, `.ts` specifiers) the monorepo's tests, Storybook and the portal
 * resolve; a consumer who turned it on would get type errors or a broken bundle, so it must never
 * be published (nor are the scripts, dev dependencies and nx settings, which serve only the repo).
 * The original is kept in `.package.json.packing` and put back by postpack.
 *
 * lerna reads a package's manifest for the registry only after every package is packed, so
 * scripts/publish.mjs strips every manifest first (`strip`) and restores them when it is done
 * (`restore`); prepack and postpack then leave those alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const SOURCE_CONDITION = 'egov-source';
const BACKUP = '.package.json.packing';

/** `exports` without the source condition, at any depth. */
export function withoutSourceCondition(value) {
  if (Array.isArray(value)) return value.map(withoutSourceCondition);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([key]) => key !== SOURCE_CONDITION)
    .map(([key, inner]) => [key, withoutSourceCondition(inner)]));
}

/**
 * The manifest as published: exports without the source condition, and without what only the
 * monorepo uses (its scripts run sources through tsx, its dev dependencies, nx's settings).
 */
export function publishedManifest(manifest) {
  const { scripts: _scripts, devDependencies: _devDependencies, nx: _nx, ...published } = manifest;
  return { ...published, ...(manifest.exports ? { exports: withoutSourceCondition(manifest.exports) } : {}) };
}

/** Every path a manifest promises to consumers (exports targets, bin, types, customElements). */
export function promisedPaths(manifest) {
  const paths = [];
  const collect = (value) => {
    if (typeof value === 'string') paths.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(withoutSourceCondition(manifest.exports ?? {}));
  collect(manifest.bin ?? {});
  for (const field of ['types', 'main', 'module', 'customElements']) if (manifest[field]) paths.push(manifest[field]);
  return [...new Set(paths)];
}

/** The promised paths that match no file (a `*` pattern must match at least one). */
export function missingPaths(dir, manifest) {
  return promisedPaths(manifest).filter((path) => {
    const target = path.replace(/^\.\//, '');
    if (!target.includes('*')) return !existsSync(join(dir, target));
    const base = join(dir, target.slice(0, target.indexOf('*')).replace(/[^/]*$/, ''));
    const pattern = new RegExp(`^${target.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
    return !existsSync(base) || !readdirSync(base, { recursive: true }).some((file) => pattern.test(relative(dir, join(base, String(file)))));
  });
}

function strip(dir, owner) {
  const file = join(dir, 'package.json');
  if (existsSync(join(dir, BACKUP))) return false;
  const text = readFileSync(file, 'utf8');
  const manifest = JSON.parse(text);
  writeFileSync(join(dir, BACKUP), JSON.stringify({ owner, text }));
  writeFileSync(file, `${JSON.stringify(publishedManifest(manifest), null, 2)}\n`);
  return true;
}

function restore(dir, owner) {
  const backup = join(dir, BACKUP);
  if (!existsSync(backup)) return;
  const saved = JSON.parse(readFileSync(backup, 'utf8'));
  if (owner !== undefined && saved.owner !== owner) return;
  writeFileSync(join(dir, 'package.json'), saved.text);
  rmSync(backup);
}

function build(name) {
  const nx = join(root, 'node_modules/nx/dist/bin/nx.js');
  const result = spawnSync(process.execPath, [nx, 'run', `${name}:build`, '--outputStyle=stream', '--verbose=false'], {
    cwd: root, stdio: ['ignore', 2, 2], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0) throw new Error(`${name}: build failed`);
}

function prepack(dir) {
  restore(dir, 'prepack'); // left by a pack that stopped before its postpack
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.scripts?.build) build(manifest.name);
  const missing = missingPaths(dir, manifest);
  for (const file of ['README.md', 'LICENSE']) if (!existsSync(join(dir, file))) missing.push(file);
  if (missing.length > 0) throw new Error(`${manifest.name}: the package would ship without ${missing.join(', ')}`);
  strip(dir, 'prepack');
}

export function publicPackageDirs() {
  return readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name))
    .filter((dir) => existsSync(join(dir, 'package.json')) && !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  try {
    if (command === 'prepack') prepack(process.cwd());
    else if (command === 'postpack') restore(process.cwd(), 'prepack');
    else if (command === 'strip') publicPackageDirs().forEach((dir) => strip(dir, 'release'));
    else if (command === 'restore') publicPackageDirs().forEach((dir) => restore(dir));
    else throw new Error('usage: pack-manifest.mjs prepack|postpack|strip|restore');
  } catch (error) {
    console.error(`pack-manifest: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
