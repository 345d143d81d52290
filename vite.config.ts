/**
 * The workspace's shared Vite settings. Storybook reads this file from the root; the elements' CDN
 * build (packages/elements/vite.cdn.config.ts) and any other Vite build in the repo start from it
 * with `mergeConfig`, so they all resolve packages and emit browser code the same way.
 */
import { defineConfig, type UserConfig } from 'vite';

/**
 * Resolve workspace packages from their TypeScript sources (the `egov-source` export condition), as
 * the tests and the portal do, so a build never picks up a stale `dist/` of a sibling package.
 * The condition is stripped from what is published (scripts/pack-manifest.mjs).
 */
export const sourceConditions = ['egov-source', 'module', 'browser', 'development|production'];

export const workspaceConfig: UserConfig = {
  resolve: { conditions: sourceConditions },
  // Module workers (the signature engine, pdf.js), bundled as ES modules.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // No inline script and no polyfill: pages run under `script-src 'self'` with Trusted Types.
    modulePreload: { polyfill: false },
    // Assets (workers, fonts, pdf.js's worker) as files beside the code that loads them, never as
    // data: URLs: a worker inlined as data: loses its own imports and breaks under a strict CSP.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
};

export default defineConfig(workspaceConfig);
