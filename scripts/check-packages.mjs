#!/usr/bin/env node
/**
 * Packs every public package as npm would publish it (prepack builds it if needed) and checks the
 * tarball: publint (strict), are-the-types-wrong (esm-only profile), and that its package.json
 * carries no `egov-source` condition. Prints one line per package and check; exits 1 on a problem.
 *   node scripts/check-packages.mjs [--keep DIR]   (--keep leaves the tarballs in DIR)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackageDirs } from './pack-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.indexOf('--keep');
const out = keep > 0 ? process.argv[keep + 1] : mkdtempSync(join(tmpdir(), 'egov-pack-'));
if (keep > 0) mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
let failed = 0;

function check(name, label, command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${label}`);
  if (!ok) console.log(`${result.stdout}${result.stderr}`.trim().replace(/^/gm, '     '));
}

for (const dir of publicPackageDirs()) {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const { name, filename, files, size } = packed[0];
  const tarball = join(out, filename);
  console.log(`\n${name}: ${files.length} files, ${(size / 1024).toFixed(0)} kB packed`);
  const manifest = execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' });
  const leaked = manifest.includes('egov-source');
  if (leaked) failed++;
  console.log(`${leaked ? 'FAIL' : 'ok  '} ${name}: the packed package.json has no egov-source condition`);
  check(name, 'publint --strict', bin('publint'), ['run', tarball, '--strict']);
  check(name, 'attw --profile esm-only', bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji']);
}
if (keep < 0) rmSync(out, { recursive: true, force: true });
console.log(failed ? `\n${failed} problem(s)` : '\nevery package is clean');
process.exit(failed ? 1 : 0);
