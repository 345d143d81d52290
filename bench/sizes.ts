/**
 * The sizes table (docs/sizes.md): what real pages load, and what each element adds.
 *
 * Pages (gzip -9 of each file as the browser fetches it, summed):
 * - the script-tag build, as built for release (packages/elements/vite.cdn.config.ts): for each
 *   module in dist/cdn (primitives.js, one per feature), what a page loads first (the module and
 *   its static imports) and what it loads later, chunk by chunk (core's texts when the first field
 *   appears, the unit list and its search index with an address field);
 * - the release proof's CMS form (test/release/pages.mjs) bundled as an agency's bundler ships it
 *   (esbuild, minified, split), and a page with a single text field.
 * Entries: each define entry's marginal cost on a page that already has one field (a text field):
 * gzip(text field + entry) − gzip(text field), lit and i18next included, lazy chunks apart.
 * Beside them, the peers' script-tag builds, measured the same way in the same run (PEERS: form
 * renderers that government sites embed from a script tag), fetched once into the CI tool cache.
 *
 * Prints JSON lines; with --write, also writes docs/sizes.md.
 * Run: node --conditions=egov-source --import tsx bench/sizes.ts [--write]   (or npm run bench -- sizes)
 */
import { build as esbuild } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { cdnConfig } from '../packages/elements/vite.cdn.config.js';
import { defineEntries } from '../packages/elements/scripts/define-entries.js';
import { form, primitives } from '../test/release/pages.mjs';
import { loadOf, PEERS, peerDir, sum, type Load } from './lib/page-load.js';
import { header, machine, result } from './lib/report.js';
import { kB } from './lib/size.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const work = mkdtempSync(join(tmpdir(), 'egov-sizes-'));
/** A page bundled as an agency's bundler ships it: esbuild, minified, split at dynamic imports. */
async function bundledPage(name: string, source: string): Promise<Load> {
  const outdir = join(work, name);
  await esbuild({
    stdin: { contents: source, resolveDir: root, loader: 'ts' }, bundle: true, splitting: true, format: 'esm', minify: true,
    platform: 'browser', target: 'es2022', conditions: ['egov-source'], outdir, entryNames: 'page', legalComments: 'none', logLevel: 'silent',
  });
  return loadOf(join(outdir, 'page.js'), outdir);
}

/** Gzipped bytes of a bundle without its lazy chunks (the page's first load). */
async function firstLoad(source: string): Promise<number> {
  return sum((await bundledPage(`entry-${Math.random().toString(36).slice(2)}`, source)).first);
}

header('sizes');
const rows: { page: string; firstKB: number; laterKB: number; later: string }[] = [];
const describeLater = (later: Map<string, number>) => [...later].map(([file, bytes]) => `${file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kB(bytes)}`).join(', ');

// The script-tag build, as released.
const cdn = join(work, 'cdn');
await viteBuild({ ...cdnConfig({ outDir: cdn }), logLevel: 'silent' });
for (const module of readdirSync(cdn).filter((f) => f.endsWith('.js')).sort()) {
  const load = loadOf(join(cdn, module), cdn);
  const row = { page: `script tag: dist/cdn/${module}`, firstKB: kB(sum(load.first)), laterKB: kB(sum(load.later)), later: describeLater(load.later) };
  rows.push(row);
  result({ ...row, firstFiles: load.first.size });
}

// The peers, measured the same way.
const primitivesFirst = rows.find((r) => r.page.endsWith('/primitives.js'))!.firstKB;
for (const peer of PEERS) {
  const dir = peerDir(peer.spec);
  const load = loadOf(join(dir, peer.entry), dir);
  const row = { page: peer.page, firstKB: kB(sum(load.first)), laterKB: kB(sum(load.later)), later: describeLater(load.later) };
  rows.push(row);
  result({ ...row, primitivesFirstVsPeer: Math.round((primitivesFirst / row.firstKB) * 1000) / 1000 });
}

// The same form with a bundler, and a page with one field.
const formDefines = (names: string[]) => names.map((n) => `import '@egov-kit/elements/define/${n}';`).join('\n');
for (const [page, names] of [[`bundled: the CMS form (${primitives.length} elements)`, primitives], ['bundled: one text field', ['text-field']]] as const) {
  const load = await bundledPage(page.replace(/\W+/g, '-'), formDefines([...names]));
  const row = { page, firstKB: kB(sum(load.first)), laterKB: kB(sum(load.later)), later: describeLater(load.later) };
  rows.push(row);
  result(row);
}

// Each entry's cost on a page that already has a text field.
const baseline = await firstLoad(formDefines(['text-field']));
const entries: { entry: string; feature: boolean; marginalKB: number; aloneKB: number }[] = [];
for (const { name, feature } of defineEntries()) {
  const alone = await firstLoad(formDefines([name]));
  const marginal = name === 'text-field' ? 0 : (await firstLoad(formDefines(['text-field', name]))) - baseline;
  const row = { entry: `define/${name}`, feature, marginalKB: kB(Math.max(0, marginal)), aloneKB: kB(alone) };
  entries.push(row);
  result(row);
}

if (process.argv.includes('--write')) {
  const m = machine();
  const lines = [
    '# Sizes',
    '',
    `Generated by \`bench/sizes.ts --write\` on ${m.date.slice(0, 10)} (${m.node}); gzip -9 of each file as the browser`,
    'fetches it. Regenerate with `node --conditions=egov-source --import tsx bench/sizes.ts --write`.',
    '',
    `A form page in the CI's release proof carries ${primitives.length} elements:`,
    '',
    '```html',
    form,
    '```',
    '',
    '## Pages',
    '',
    '"First" is what the page fetches before it works; "later" what it fetches when a part first needs',
    'it (core\'s texts when a field first shows a message, the unit list and its search index with an',
    'address field, the old units only for an address before the 2025 merger).',
    '',
    'The peers are form renderers that government sites embed from a script tag, measured the same way',
    `in the same run: ${PEERS.map((p) => `\`${p.spec}\``).join(', ')} (their own lazy chunks counted as "later").`,
    '',
    '| page | first (kB gz) | later (kB gz) | later, by chunk (kB gz) |',
    '|---|---:|---:|---|',
    ...rows.map((r) => `| ${r.page} | ${r.firstKB} | ${r.laterKB} | ${r.later || '—'} |`),
    '',
    '## Each element on a page that already has one field',
    '',
    'What importing one more define entry adds to a bundled page that has a text field (Lit, i18next',
    'and the field base are paid once, by the first field), and what the entry costs alone on a page.',
    '',
    '| entry | adds (kB gz) | alone (kB gz) |',
    '|---|---:|---:|',
    ...entries.map((e) => `| \`${e.entry}\`${e.feature ? ' (feature)' : ''} | ${e.marginalKB} | ${e.aloneKB} |`),
    '',
    'Per-entry budgets (own code, Lit and i18next excluded) are checked in CI:',
    '`npm run size -w @egov-kit/elements`; `bench/elements-size.ts` compares them with Material Web.',
    '',
  ];
  writeFileSync(join(root, 'docs/sizes.md'), lines.join('\n'));
  console.log('wrote docs/sizes.md');
}
rmSync(work, { recursive: true, force: true });
