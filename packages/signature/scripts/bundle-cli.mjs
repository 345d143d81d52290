#!/usr/bin/env node
// Builds the CLI as two prebuilt bundles, so that `egov-verify` starts fast: dist/cli-usage.js
// (help and version, nothing else) and dist/cli.js (the Node entry, CLI and engine, with pkijs,
// asn1js and the parts of @egov-kit/core it uses, minified: one file to parse, not hundreds).
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
