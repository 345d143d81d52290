/**
 * Checks each define entry's size against size-budget.json; CI runs it (`npm run size -w @egov-kit/elements`).
 * Size = the entry bundled as a user's bundler ships it (esbuild, minified, tree-shaken, gzip -9),
 * without what every page shares once however many elements it uses (lit, @lit/*, i18next) and
 * without the chunks loaded later (core's texts and the unit data, pdf.js and the signature engine:
 * imported dynamically).
 * Exits 1 when an entry is over budget or has no budget.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const sharedExternals = ['lit', 'lit/*', '@lit/*', 'i18next', '@egov-kit/core/messages', '@egov-kit/core/units', 'pdfjs-dist', '@egov-kit/signature/worker-client'];

/** Gzipped bytes of one define entry, bundled without the shared externals. */
export async function entrySize(name: string, external = sharedExternals): Promise<number> {
  const out = await build({
    entryPoints: [`${root}src/define/${name}.ts`], bundle: true, write: false, minify: true, format: 'esm',
    platform: 'browser', target: 'es2022', conditions: ['egov-source'], external, legalComments: 'none', logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).byteLength;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const budgets: Record<string, number> = JSON.parse(readFileSync(`${root}size-budget.json`, 'utf8'));
  const entries = readdirSync(`${root}src/define`).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
  let failed = 0;
  for (const name of entries) {
    const kB = Math.round((await entrySize(name)) / 100) / 10;
    const budget = budgets[name];
    const ok = budget !== undefined && kB <= budget;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} define/${name}: ${kB} kB gzipped, budget ${budget ?? 'missing'} kB`);
  }
  console.log(failed ? `${failed} entr${failed === 1 ? 'y' : 'ies'} over budget or without one` : 'all entries within budget');
  process.exit(failed ? 1 : 0);
}
