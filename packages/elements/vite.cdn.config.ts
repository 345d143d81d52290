/**
 * The script-tag build (`dist/cdn/`): every dependency bundled, one module per feature component
 * (`<name>.js`, from its define entry) plus `primitives.js` (every primitive), shared code and lazy
 * data (core's texts, the unit lists) as chunks the modules import relative to themselves, workers
 * and other assets as files beside them, and the themes as CSS files under `dist/themes/`.
 * A page with no build step needs two lines: the theme's `<link>` and one `<script type="module">`.
 *
 * Not Vite's library mode: it inlines every asset as a data: URL, which breaks a worker's own
 * imports and a strict CSP. A normal build with JS inputs keeps the entries' exports instead.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import { workspaceConfig } from '../../vite.config.js';
import { defineEntries } from './scripts/define-entries.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PRIMITIVES = 'virtual:egov-primitives';

/** `primitives.js`: registers every primitive and exports their classes and the i18n helpers. */
function primitivesEntry(): Plugin {
  return {
    name: 'egov-cdn-primitives',
    resolveId: (id) => (id === PRIMITIVES ? `\0${PRIMITIVES}` : undefined),
    load(id) {
      if (id !== `\0${PRIMITIVES}`) return undefined;
      const primitives = defineEntries().filter((entry) => !entry.feature);
      return [...primitives.map((entry) => `export * from ${JSON.stringify(entry.file)};`),
        `export * from ${JSON.stringify(here('src/i18n/index.ts'))};`].join('\n');
    },
  };
}

/** Fails the build when code or an asset would be inlined as a data: URL (see above). */
function noDataUrls(): Plugin {
  return {
    name: 'egov-cdn-no-data-urls',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        if (/new URL\(\s*["'`]data:|data:(?:text|application)\/javascript/.test(output.code)) {
          this.error(`${file} inlines code or an asset as a data: URL; emit it as a file beside the chunk`);
        }
      }
    },
  };
}

/** Copies the themes to `dist/themes/` (the CSS a page links). */
function themes(): Plugin {
  return {
    name: 'egov-cdn-themes',
    closeBundle() {
      mkdirSync(here('dist/themes'), { recursive: true });
      for (const file of readdirSync(here('src/themes')).filter((f) => f.endsWith('.css'))) {
        copyFileSync(here(`src/themes/${file}`), here(`dist/themes/${file}`));
      }
    },
  };
}

/**
 * The CDN build's config. `input` and `outDir` are for tests that build a fixture the same way;
 * by default the inputs are `primitives` and one per feature define entry.
 */
export function cdnConfig(options: { input?: Record<string, string>; outDir?: string } = {}): UserConfig {
  const input = options.input ?? {
    primitives: PRIMITIVES,
    ...Object.fromEntries(defineEntries().filter((entry) => entry.feature).map((entry) => [entry.name, entry.file])),
  };
  const names = { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' };
  return mergeConfig(workspaceConfig, {
    root: here('.'),
    // Every URL the modules build for their chunks and assets is relative to the module itself
    // (`new URL(…, import.meta.url)`), so the folder works wherever it is served from.
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [primitivesEntry(), noDataUrls(), ...(options.outDir ? [] : [themes()])],
    // Workers are entries of their own: hashed, under chunks/, never mistaken for a page's module.
    worker: { format: 'es', rolldownOptions: { output: { ...names, entryFileNames: 'chunks/[name]-[hash].js' } } },
    build: {
      outDir: options.outDir ?? here('dist/cdn'),
      emptyOutDir: true,
      copyPublicDir: false,
      sourcemap: true,
      minify: true,
      rolldownOptions: { input, preserveEntrySignatures: 'exports-only', output: names },
    },
  } satisfies UserConfig);
}

export default defineConfig(cdnConfig());
