#!/usr/bin/env node
// Builds the CLI as two prebuilt bundles, so that `egov-verify` starts fast: dist/cli-usage.js
// (help and version, nothing else) and dist/cli.js (the Node entry, CLI and engine, with pkijs,
// asn1js and the parts of @egov-kit/core it uses, minified: one file to parse, not hundreds).
// Also the Web Worker script, dist/worker/worker.js, as one self-contained module (over tsc's
// output): a consumer's bundler takes `new URL('./worker.js', import.meta.url)` as an asset file
// and copies it as is, and a page without a bundler loads it directly; neither resolves imports.
// Run by `npm run build`; the tests of the installed CLI run it too.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  absWorkingDir: root, bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true,
  conditions: ['egov-source'], legalComments: 'eof', logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/node/usage.ts'], outfile: 'dist/cli-usage.js' });
await build({ ...common, entryPoints: ['src/node/index.ts'], outfile: 'dist/cli.js' });
await build({
  ...common, platform: 'browser', target: 'es2022', entryPoints: ['src/worker/worker.ts'], outfile: 'dist/worker/worker.js',
  conditions: ['egov-source', 'browser'], allowOverwrite: true,
});
