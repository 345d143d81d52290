#!/usr/bin/env node
/**
 * Publishes the packages whose version is not on the registry yet: `lerna publish from-package`
 * with the arguments given (e.g. `--registry http://127.0.0.1:4873 --yes`), after `lerna version`.
 * Every public manifest is written without the `egov-source` condition for the whole run, because
 * lerna reads the manifest it sends to the registry after packing; they are restored after.
 *   node scripts/publish.mjs [lerna publish options]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (...args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

let status = node('scripts/pack-manifest.mjs', 'strip');
try {
  if (status === 0) status = node('node_modules/lerna/dist/cli.js', 'publish', 'from-package', '--no-private', ...process.argv.slice(2));
} finally {
  const restored = node('scripts/pack-manifest.mjs', 'restore');
  if (status === 0) status = restored;
}
process.exit(status);
