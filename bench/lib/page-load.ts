/**
 * What a page fetches of a build, by following its ES module imports (static: at once; dynamic:
 * later, chunk by chunk), gzip -9 of each file; and the peers' script-tag builds, unpacked once
 * into the CI tool cache. Shared by bench/sizes.ts and bench/application-form.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Form renderers embedded by script tag on government sites, as published on npm. */
export const PEERS = [
  { spec: '@formio/js@5.6.0', entry: 'dist/formio.form.min.js', page: 'peer: Form.io renderer (formio.form.min.js)' },
  { spec: '@open-formulieren/sdk@3.3.0', entry: 'dist/open-forms-sdk.js', page: 'peer: Open Formulieren SDK (open-forms-sdk.js)' },
];

/** A peer's package, unpacked once into the CI tool cache. */
export function peerDir(spec: string): string {
  const cache = process.env['EGOV_CI_CACHE'] ?? join(process.env['XDG_CACHE_HOME'] ?? join(process.env['HOME'] ?? tmpdir(), '.cache'), 'egov-kit');
  const dir = join(cache, 'peers', spec.replace('/', '+'));
  if (!existsSync(join(dir, 'package/package.json'))) {
    mkdirSync(dir, { recursive: true });
    const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
  }
  return join(dir, 'package');
}

export const gz = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).byteLength;

/** What a page loads of a build. */
export interface Load {
  /** Files fetched before the page works, and their gzipped bytes. */
  first: Map<string, number>;
  /** Files fetched later (dynamic imports), each with what it needs that was not loaded yet. */
  later: Map<string, number>;
}

/** The static and dynamic imports of a built ES module, resolved against its folder. */
function importsOf(file: string): { statics: string[]; dynamics: string[] } {
  const code = readFileSync(file, 'utf8');
  const resolve = (spec: string) => join(dirname(file), spec);
  const statics = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => resolve(m[1]!));
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]!));
  return { statics, dynamics };
}

/** What loading `entry` fetches at once and later, by following its imports. */
export function loadOf(entry: string, base: string): Load {
  const first = new Map<string, number>();
  const later = new Map<string, number>();
  const closure = (file: string, into: Map<string, number>, seen: Set<string>) => {
    if (seen.has(file)) return;
    seen.add(file);
    into.set(relative(base, file), gz(readFileSync(file)));
    for (const next of importsOf(file).statics) closure(next, into, seen);
  };
  const seen = new Set<string>();
  closure(entry, first, seen);
  const queue = [...seen].flatMap((file) => importsOf(file).dynamics);
  while (queue.length) {
    const next = queue.shift()!;
    const before = new Set(seen);
    closure(next, later, seen);
    for (const file of seen) if (!before.has(file)) queue.push(...importsOf(file).dynamics);
  }
  return { first, later };
}

export const sum = (files: Map<string, number>): number => [...files.values()].reduce((a, b) => a + b, 0);
