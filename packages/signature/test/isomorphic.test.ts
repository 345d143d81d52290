/** The engine runs in browsers: no Node built-ins outside `src/node/`. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

function* files(dir: string): Iterable<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

describe('isomorphic engine', () => {
  it('uses no Node built-ins or globals outside src/node', () => {
    const offenders: string[] = [];
    for (const file of files(src)) {
      const rel = relative(src, file);
      if (rel.startsWith('node/')) continue;
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      if (/from ['"](node:|fs|path|os|crypto|zlib|buffer|url|http|https)['"]/.test(text)) offenders.push(`${rel}: Node import`);
      if (/\bBuffer\.|\bprocess\.|\brequire\(|__dirname/.test(text)) offenders.push(`${rel}: Node global`);
      if (/reference types="node"/.test(text)) offenders.push(`${rel}: Node types`);
    }
    assert.deepEqual(offenders, []);
  });
});
