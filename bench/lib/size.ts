/**
 * Bundled, minified and gzipped size of a module as a user's bundler would ship it: esbuild,
 * ESM, browser platform, tree-shaken, the package's source condition.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Size {
  /** Minified bytes. */
  min: number;
  /** Minified, then gzipped at level 9. */
  gzip: number;
}

/**
 * Size of `source` (module text that imports what a user would) bundled with everything it reaches,
 * except the packages in `external`.
 */
export async function bundleSize(source: string, external: string[] = []): Promise<Size> {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    conditions: ['egov-source'], external, legalComments: 'none', logLevel: 'silent',
    // Keep every exported binding alive: a user's page imports them, so they must be counted.
    treeShaking: true,
  });
  const code = out.outputFiles[0]!.contents;
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

/** Kilobytes with one decimal, as size tables print them. */
export const kB = (bytes: number) => Math.round(bytes / 100) / 10;
