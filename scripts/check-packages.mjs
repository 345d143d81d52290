#!/usr/bin/env node
/**
 * Checks packed packages as a registry would serve them: publint (strict), are-the-types-wrong
 * (esm-only profile), and no `egov-source` condition in the packed package.json. The release
 * proof runs it on the tarballs it published; alone, it packs every public package first
 * (prepack builds what is not built). Prints one line per package and check; exits 1 on a problem.
 *   node scripts/check-packages.mjs [--keep DIR]   (--keep leaves the tarballs in DIR)
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publicPackageDirs } from './pack-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

async function tool(command, args) {
  try {
    await promisify(execFile)(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 16 * 2 ** 20 });
    return undefined;
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error);
  }
}

/** Checks one tarball; resolves with its report lines and whether every check passed. */
export async function checkTarball(name, tarball) {
  const manifest = execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' });
  const results = await Promise.all([
    ['the packed package.json has no egov-source condition', manifest.includes('egov-source') ? 'it has' : undefined],
    ['publint --strict', tool(bin('publint'), ['run', tarball, '--strict'])],
    ['attw --profile esm-only', tool(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji'])],
  ].map(async ([label, problem]) => [label, await problem]));
  const lines = results.map(([label, problem]) => `${problem ? 'FAIL' : 'ok  '} ${name}: ${label}${problem ? `\n${problem.replace(/^/gm, '       ')}` : ''}`);
  return { lines, ok: results.every(([, problem]) => !problem) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const keep = process.argv.indexOf('--keep');
  const out = keep > 0 ? process.argv[keep + 1] : mkdtempSync(join(tmpdir(), 'egov-pack-'));
  mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const dir of publicPackageDirs()) {
    const [{ name, filename, files, size }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
    console.log(`\n${name}: ${files.length} files, ${(size / 1024).toFixed(0)} kB packed`);
    const { lines, ok } = await checkTarball(name, join(out, filename));
    console.log(lines.join('\n'));
    if (!ok) failed++;
  }
  if (keep < 0) rmSync(out, { recursive: true, force: true });
  console.log(failed ? `\n${failed} package(s) with problems` : '\nevery package is clean');
  process.exit(failed ? 1 : 0);
}
