// What a packed package.json keeps and drops, and what prepack refuses to pack.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error a plain .mjs script without types
import { missingPaths, publishedManifest } from '../../scripts/pack-manifest.mjs';

const manifest = {
  name: '@egov-kit/x', version: '1.0.0', bin: { x: './dist/cli.js' },
  exports: {
    '.': { 'egov-source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
    './define/*': { 'egov-source': './src/define/*.ts', types: './dist/define/*.d.ts', default: './dist/define/*.js' },
    './package.json': './package.json',
  },
  scripts: { start: 'node --conditions=egov-source --import tsx src/cli.ts', prepack: 'x' },
  devDependencies: { tsx: '^4' }, dependencies: { lit: '^3' }, nx: { targets: {} },
};

describe('the published manifest', () => {
  it('has no egov-source condition, scripts, dev dependencies or nx settings, and keeps the rest', () => {
    const published = publishedManifest(manifest);
    assert.equal(JSON.stringify(published).includes('egov-source'), false);
    assert.deepEqual(published.exports['.'], { types: './dist/index.d.ts', default: './dist/index.js' });
    assert.equal(published.scripts, undefined);
    assert.equal(published.devDependencies, undefined);
    assert.equal(published.nx, undefined);
    assert.deepEqual(published.dependencies, { lit: '^3' });
    assert.deepEqual(published.bin, { x: './dist/cli.js' });
  });

  it('names every promised file that is missing, a pattern that matches nothing included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'egov-pack-test-'));
    mkdirSync(join(dir, 'dist/define'), { recursive: true });
    writeFileSync(join(dir, 'dist/index.js'), '');
    writeFileSync(join(dir, 'package.json'), '{}');
    assert.deepEqual(missingPaths(dir, manifest).sort(), ['./dist/cli.js', './dist/define/*.d.ts', './dist/define/*.js', './dist/index.d.ts'].sort());
    writeFileSync(join(dir, 'dist/define/text-field.js'), '');
    writeFileSync(join(dir, 'dist/define/text-field.d.ts'), '');
    writeFileSync(join(dir, 'dist/index.d.ts'), '');
    writeFileSync(join(dir, 'dist/cli.js'), '');
    assert.deepEqual(missingPaths(dir, manifest), []);
  });
});
