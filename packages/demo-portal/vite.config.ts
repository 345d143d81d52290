import { defineConfig, type Plugin } from 'vite';

/**
 * The signature engine's worker client finds its worker as `new URL('./worker.js', import.meta.url)`,
 * which is right for its compiled build; built from source, Vite would copy the raw `worker.ts` as an
 * asset. Point it at the bundled worker instead (the portal passes its own Worker anyway, created
 * through its Trusted Types policy).
 */
function signatureWorkerFromSource(): Plugin {
  const pattern = "new URL('./worker.js', import.meta.url)";
  return {
    name: 'egov-signature-worker-from-source',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]signature[\\/]src[\\/]worker[\\/]client\.ts$/.test(id) || !code.includes(pattern)) return undefined;
      return `import signatureWorkerUrl from './worker.ts?worker&url';\n${code.replace(pattern, 'new URL(signatureWorkerUrl, location.href)')}`;
    },
  };
}

// The portal is built from the packages' TypeScript sources (the `egov-source` condition, as the
// server, the tests and Storybook use them), so it never ships a stale build of a dependency.
export default defineConfig({
  plugins: [signatureWorkerFromSource()],
  resolve: { conditions: ['egov-source', 'module', 'browser', 'development|production'] },
  // Module workers (the signature engine), bundled as ES modules.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts and no polyfill: the page runs under `script-src 'self'` with Trusted Types.
    modulePreload: { polyfill: false },
    // Small assets as files rather than data: URLs.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
  },
});
