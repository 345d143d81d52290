/**
 * Gzipped size of each primitive's define entry (`@egov-kit/elements/define/<name>`), bundled as a
 * user's bundler ships it (bench/lib/size.ts: esbuild, minified, tree-shaken, gzip -9), beside
 * Material Web's published figures (material-web.dev/about/size, 2025-08-20: filled text field
 * 11.5 kB, select 18.8 kB, checkbox 7.0 kB). Target: 60% of Material's or less.
 *
 * Material measures each component with its npm dependencies (lit) left out. Each row gives:
 * - `ownGzipKB`: our entry with lit and i18next left out, as Material measures (core's validators
 *   it uses are counted: they are part of what the field does);
 * - `withLitGzipKB`: the same with all of lit the entry pulls in, as a page holding only this element loads it;
 * - `ownPlusLitShareGzipKB`: own code plus the entry's share of lit on a real page, the demo portal's
 *   (lit split equally among the egov-kit elements the portal defines, this one included). This is
 *   the issue's measure ("counting its share of lit"), and `withinTarget` judges it;
 * - `firstOnPageGzipKB`: everything a page loads for its first egov-kit element (lit and i18next too);
 * - `marginalGzipKB`: what the entry adds to a page that already has the shared field base
 *   (FormControl, the i18n glue, the base and field styles with their token fallbacks,
 *   `sharedFieldBaseGzipKB`, paid once; the text-box styles only fields with a text box or select pay);
 * chunks loaded later (core's texts, the unit data) are given apart, once.
 * Run: node --conditions=egov-source --import tsx bench/elements-size.ts   (or npm run bench -- elements-size)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleSize, kB } from './lib/size.js';
import { header, result, round } from './lib/report.js';

const LAZY = ['@egov-kit/core/messages', '@egov-kit/core/units', '@egov-kit/core/units/current', '@egov-kit/core/units/old'];
const LIT = ['lit', 'lit/*', '@lit/*'];

/** Material Web's published gzipped sizes (kB) of the components that match ours. */
const material: Record<string, { component: string; gzipKB: number }> = {
  'text-field': { component: 'filled text field', gzipKB: 11.5 },
  select: { component: 'select', gzipKB: 18.8 },
  checkbox: { component: 'checkbox', gzipKB: 7.0 },
};
const TARGET = 0.6;

/** The primitives of issue 4 that are fields or their building blocks (the feedback components are measured too, without a Material peer). */
const dir = fileURLToPath(new URL('../packages/elements/src/define/', import.meta.url));
const entries = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

/** The elements the demo portal's page defines (its `define/*` imports): the page that shares lit. */
const portalMain = readFileSync(fileURLToPath(new URL('../packages/demo-portal/src/main.ts', import.meta.url)), 'utf8');
const portalEntries = [...portalMain.matchAll(/'@egov-kit\/elements\/define\/([\w-]+)'/g)].map((m) => m[1]!);

header('elements-size');
const shared = {
  lit: await bundleSize(`import { LitElement, html, css, nothing, unsafeCSS } from 'lit'; import { property, state } from 'lit/decorators.js'; globalThis.x = [LitElement, html, css, nothing, unsafeCSS, property, state];`),
  i18next: await bundleSize(`import i18next from 'i18next'; globalThis.x = i18next;`),
  coreMessages: await bundleSize(`import { coreMessages } from '@egov-kit/core/messages'; globalThis.x = coreMessages;`),
  currentUnits: await bundleSize(`import * as units from '@egov-kit/core/units/current'; globalThis.x = units;`),
  allUnits: await bundleSize(`import * as units from '@egov-kit/core/units'; globalThis.x = units;`),
};
// What every field ships. (The `token()` helper and its table are not part of it: the elements write their
// token fallbacks out in their styles, and no entry bundles the table.)
const BASE = `import { FormControl, LocalizeController, baseStyles, fieldStyles, defineElement } from '@egov-kit/elements'; globalThis.base = [FormControl, LocalizeController, baseStyles, fieldStyles, defineElement];`;
const base = await bundleSize(BASE, [...LIT, 'i18next', ...LAZY]);
result({
  shared: 'loaded once per page',
  sharedFieldBaseGzipKB: kB(base.gzip),
  litGzipKB: kB(shared.lit.gzip), i18nextGzipKB: kB(shared.i18next.gzip),
  lazyCoreMessagesGzipKB: kB(shared.coreMessages.gzip), lazyCurrentUnitsGzipKB: kB(shared.currentUnits.gzip), lazyAllUnitsGzipKB: kB(shared.allUnits.gzip),
});

for (const name of entries) {
  const source = `import '@egov-kit/elements/define/${name}';`;
  const own = await bundleSize(source, [...LIT, 'i18next', ...LAZY]);
  const withLit = await bundleSize(source, ['i18next', ...LAZY]);
  const all = await bundleSize(source, LAZY);
  const withBase = await bundleSize(`${BASE}\n${source}`, [...LIT, 'i18next', ...LAZY]);
  const peer = material[name];
  const sharers = portalEntries.length + (portalEntries.includes(name) ? 0 : 1);
  const ownPlusLitShare = own.gzip + shared.lit.gzip / sharers;
  result({
    entry: `define/${name}`,
    ownGzipKB: kB(own.gzip),
    withLitGzipKB: kB(withLit.gzip),
    firstOnPageGzipKB: kB(all.gzip),
    marginalGzipKB: kB(Math.max(0, withBase.gzip - base.gzip)),
    ownPlusLitShareGzipKB: kB(ownPlusLitShare), litSharers: sharers,
    ownMinKB: kB(own.min),
    ...(peer ? {
      material: peer.component, materialGzipKB: peer.gzipKB,
      ownVsMaterial: round(own.gzip / 1000 / peer.gzipKB), withLitVsMaterial: round(withLit.gzip / 1000 / peer.gzipKB),
      ownPlusLitShareVsMaterial: round(ownPlusLitShare / 1000 / peer.gzipKB),
      withinTarget: ownPlusLitShare / 1000 <= peer.gzipKB * TARGET,
    } : {}),
  });
}
