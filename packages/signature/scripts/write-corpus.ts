/**
 * Builds the fixture corpus (if needed) and copies it to a folder, with the trust lists, for trying
 * egov-verify or other validators on it.
 *   npm run corpus -w @egov-kit/signature -- [folder]   (default: ./corpus)
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../test/fixtures/load.js';

const target = resolve(process.argv[2] ?? 'corpus');
mkdirSync(target, { recursive: true });
const corpus = await loadCorpus();
for (const fixture of corpus.fixtures) copyFileSync(fixture.file, join(target, `${fixture.name}.pdf`));
writeFileSync(join(target, 'trust-root.json'), JSON.stringify(corpus.trustRoot, null, 2));
writeFileSync(join(target, 'trust-with-intermediate.json'), JSON.stringify(corpus.trustWithIntermediate, null, 2));
writeFileSync(join(target, 'expected.json'), JSON.stringify(corpus.fixtures.map((f) => ({ file: `${f.name}.pdf`, description: f.description, expect: f.expect, trust: f.trust ?? 'root', attack: f.attack ?? false })), null, 2));
console.log(`${corpus.fixtures.length} fixtures written to ${target} (validate at 2025-07-01: egov-verify FILE --trust ${join(target, 'trust-root.json')} --time 2025-07-01)`);
