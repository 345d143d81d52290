import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { build } from 'esbuild';

const source = (entry: string) => fileURLToPath(new URL(`../src/${entry}.ts`, import.meta.url));

/** `code` bundled as a page would ship it: browser platform, tree-shaken, minified. */
async function bundle(code: string): Promise<string> {
  const out = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', target: 'es2022', conditions: ['egov-source'], logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const markers = {
  uploads: ['tus-resumable', 'offset+octet-stream'],
  clientCredentials: ['client_credentials'],
  submission: ['egov-kit:idempotency-key:', '/withdraw'],
  staff: ['/staff'],
};

describe('what each entry ships to a browser', () => {
  test('every entry bundles for the browser platform (no Node built-in on its path)', async () => {
    for (const entry of ['index', 'transport/index', 'tracking/index', 'uploads/index', 'procedures', 'dossiers', 'documents', 'applicant', 'staff', 'auth/index']) {
      await assert.doesNotReject(bundle(`export * from '${source(entry)}';`), entry);
    }
  });

  test('a tracking page ships no upload, submission, staff or client-credentials code', async () => {
    const tracking = await bundle(`import { createTransport } from '${source('transport/index')}'; import { lookupDossier, subscribeToDossier } from '${source('tracking/index')}'; globalThis.v = [createTransport, lookupDossier, subscribeToDossier];`);
    for (const marker of [...markers.uploads, ...markers.clientCredentials, ...markers.submission, ...markers.staff]) {
      assert.ok(!tracking.includes(marker), `the tracking bundle holds ${marker}`);
    }
    assert.ok(tracking.includes('last-event-id'), 'it does hold the event stream');
  });

  test('the whole client holds all of it (so the check above can fail)', async () => {
    const whole = await bundle(`import * as sdk from '${source('index')}'; globalThis.sdk = sdk;`);
    for (const marker of Object.values(markers).flat()) assert.ok(whole.includes(marker), marker);
  });
});
