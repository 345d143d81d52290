import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { referenceServerPlugin } from './packages/sdk/test/wtr-reference-server.mjs';
import { reactEsmPlugin } from './packages/react/test/wtr-react-esm.mjs';

// Files come from scripts/test.mjs; run alone, wtr takes every browser test.
const files = process.env.EGOV_WTR_FILES ? JSON.parse(process.env.EGOV_WTR_FILES)
  : ['packages/*/test/**/*.browser.test.ts', 'test/**/*.browser.test.ts'];

export default {
  files,
  nodeResolve: { exportConditions: ['egov-source', 'browser'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countReporter()],
  plugins: [referenceServerPlugin(), reactEsmPlugin(), esbuildPlugin({
    ts: true, json: true, target: 'es2022',
    // The plugin reads this file raw, so it must itself set experimentalDecorators.
    tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
  })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS } })],
};
