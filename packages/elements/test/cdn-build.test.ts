/**
 * The script-tag build keeps workers, a dependency's worker files and other assets as files
 * beside the module, found relative to it (`new URL(…, import.meta.url)`), never inlined as data:
 * URLs (a worker inlined that way loses its imports and breaks under a strict CSP); and a build
 * that would inline one fails. Built with the CDN config itself, from a fixture shaped like the
 * signature viewer (test/fixtures/cdn/).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, mergeConfig } from 'vite';
import { cdnConfig } from '../vite.cdn.config.js';

const entry = fileURLToPath(new URL('./fixtures/cdn/entry.ts', import.meta.url));

async function buildFixture(extra = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'egov-cdn-test-'));
  await build(mergeConfig(cdnConfig({ input: { fixture: entry }, outDir }), { logLevel: 'silent', ...extra }));
  return outDir;
}

describe('the script-tag build', () => {
  it('emits workers and assets as files beside the module, each URL resolving to its file', async () => {
    const outDir = await buildFixture();
    try {
      const module = join(outDir, 'fixture.js');
      const code = readFileSync(module, 'utf8');
      assert.doesNotMatch(code, /["'`]data:/, 'nothing inlined as a data: URL');
      const urls = [...code.matchAll(/new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1]!);
      const files = urls.map((url) => fileURLToPath(new URL(url, pathToFileURL(module))));
      assert.ok(files.some((f) => /\.bin$/.test(f)), `the binary asset is referenced (${urls.join(', ')})`);
      for (const file of files) assert.ok(existsSync(file), `${file} exists beside the module`);
      const workers = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8'));
      assert.ok(workers.some((w) => w.includes('worker-helper-bundled-in') && !/\bimport\b/.test(w)), 'our worker is one file with its imports bundled in');
      assert.ok(workers.some((w) => w.includes('vendor-worker')), "the dependency's worker file is shipped as a file");
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('fails when a build would inline an asset as a data: URL', async () => {
    await assert.rejects(buildFixture({ build: { assetsInlineLimit: () => true } }), /data: URL/);
  });
});
