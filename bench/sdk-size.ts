/**
 * Gzipped size of @egov-kit/sdk as a page ships it: a dossier-tracking page (the transport and the
 * tracking entry), the whole client (`createClient` and everything the main entry exports), and
 * each subpath entry; with @egov-kit/core's share and zod's share counted separately.
 * Run: node --import tsx bench/sdk-size.ts
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleSize, kB } from './lib/size.js';
import { header, result } from './lib/report.js';

header('sdk-size');

// Through the package's exports map once the workspace link exists (after `npm install`); until
// then, the same source files by path. The figures are the same either way.
const linked = existsSync(fileURLToPath(new URL('../node_modules/@egov-kit/sdk/package.json', import.meta.url)));
const SOURCES: Record<string, string> = {
  '': 'index', '/transport': 'transport/index', '/tracking': 'tracking/index', '/uploads': 'uploads/index', '/procedures': 'procedures',
};
const sdk = (subpath: keyof typeof SOURCES) => (linked ? `@egov-kit/sdk${subpath}` : `./packages/sdk/src/${SOURCES[subpath]}.ts`);

const entries: Record<string, string> = {
  'tracking page (createTransport + lookupDossier + subscribeToDossier)':
    `import { createTransport } from '${sdk('/transport')}'; import { lookupDossier, subscribeToDossier } from '${sdk('/tracking')}'; globalThis.v = [createTransport, lookupDossier, subscribeToDossier];`,
  'whole client (every export of @egov-kit/sdk)': `import * as sdk from '${sdk('')}'; globalThis.sdk = sdk;`,
  'createClient only': `import { createClient } from '${sdk('')}'; globalThis.v = createClient;`,
  'transport only (@egov-kit/sdk/transport)': `import * as m from '${sdk('/transport')}'; globalThis.v = m;`,
  'uploads page (createTransport + uploadFile)': `import { createTransport } from '${sdk('/transport')}'; import { uploadFile } from '${sdk('/uploads')}'; globalThis.v = [createTransport, uploadFile];`,
  'procedure search (createTransport + searchProcedures)': `import { createTransport } from '${sdk('/transport')}'; import { searchProcedures } from '${sdk('/procedures')}'; globalThis.v = [createTransport, searchProcedures];`,
};

for (const [entry, source] of Object.entries(entries)) {
  const whole = await bundleSize(source);
  const withoutZod = await bundleSize(source, ['zod', 'zod/*']);
  const sdkOnly = await bundleSize(source, ['zod', 'zod/*', '@egov-kit/core', '@egov-kit/core/*', '@egov-kit/core/contract']);
  result({
    entry,
    resolvedVia: linked ? 'package exports' : 'source paths (workspace link missing)',
    gzipKB: kB(whole.gzip),
    minKB: kB(whole.min),
    sdkOwnGzipKB: kB(sdkOnly.gzip),
    coreShareGzipKB: kB(withoutZod.gzip - sdkOnly.gzip),
    zodShareGzipKB: kB(whole.gzip - withoutZod.gzip),
  });
}
