#!/usr/bin/env node
/**
 * Publishes the packages whose version is not on the registry yet: `lerna publish from-package`
 * with the arguments given (e.g. `--registry http://127.0.0.1:4873 --yes`), after `lerna version`.
 * Every public manifest is written without the `egov-source` condition for the whole run, because
 * lerna reads the manifest it sends to the registry after packing; they are restored after. git is
 * told to assume those files unchanged meanwhile, or lerna would refuse a "dirty" working tree
 * (it still refuses real uncommitted changes).
 *   node scripts/publish.mjs [lerna publish options]
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackageDirs } from './pack-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (...args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const manifests = publicPackageDirs().map((dir) => relative(root, join(dir, 'package.json')));
const assumeUnchanged = (flag) => spawnSync('git', ['update-index', flag, ...manifests], { cwd: root, stdio: 'ignore' });

let status = node('scripts/pack-manifest.mjs', 'strip');
assumeUnchanged('--assume-unchanged');
try {
  if (status === 0) status = node('node_modules/lerna/dist/cli.js', 'publish', 'from-package', '--no-private', ...process.argv.slice(2));
} finally {
  const restored = node('scripts/pack-manifest.mjs', 'restore');
  assumeUnchanged('--no-assume-unchanged');
  if (status === 0) status = restored;
}
process.exit(status);
