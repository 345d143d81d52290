/**
 * Proof that the attacks of the corpus change what a viewer shows, and that none of them passes:
 * Poppler (`pdftoppm`, what Evince and Okular draw with) renders page 1 of the file and page 1 of
 * the revision the first signature signed. Needs poppler-utils (CI installs it).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPdf, type VerifyOptions } from '../src/index.js';
import { nodeHasher } from '../src/node/hasher.js';
import { loadCorpus, trustFor, type Corpus } from './fixtures/load.js';
import { DATES } from './fixtures/pki.js';

const havePoppler = !spawnSync('pdftoppm', ['-v']).error;
let corpus: Corpus;
let dir: string;

/** Page 1 drawn by Poppler, in grey at 36 dpi. */
function render(bytes: Uint8Array, name: string): Buffer {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const run = spawnSync('pdftoppm', ['-r', '36', '-gray', '-f', '1', '-l', '1', '-singlefile', file, join(dir, name)], { timeout: 60_000 });
  assert.equal(run.status, 0, `pdftoppm ${name}: ${run.stderr}`);
  return readFileSync(join(dir, `${name}.pgm`));
}

before(async () => {
  corpus = await loadCorpus();
  dir = mkdtempSync(join(tmpdir(), 'egov-evidence-'));
});

describe('what Poppler shows, beside the verdict', { skip: havePoppler ? false : 'pdftoppm is not installed (Debian: poppler-utils)' }, () => {
  it('renders every attack that claims to change page 1 differently from what was signed, and never passes it', async () => {
    const checked = corpus.fixtures.filter((f) => f.popplerShowsChange !== undefined);
    assert.ok(checked.length >= 15, `${checked.length} fixtures`);
    const wrong: string[] = [];
    for (const fixture of checked) {
      const report = await verifyPdf(fixture.bytes, {
        trustList: trustFor(corpus, fixture) as VerifyOptions['trustList'], time: DATES.validation, hasher: nodeHasher,
      });
      const first = report.signatures[0];
      const range = first?.coverage.byteRange;
      if (!first || !range) {
        wrong.push(`${fixture.name}: no signature with a byte range reported`);
        continue;
      }
      const signed = render(fixture.bytes.subarray(0, range[2]! + range[3]!), `${fixture.name}.signed`);
      const shown = render(fixture.bytes, fixture.name);
      if (signed.equals(shown) === fixture.popplerShowsChange) wrong.push(`${fixture.name}: Poppler ${fixture.popplerShowsChange ? 'shows no change' : 'shows a change'}`);
      if (fixture.attack && first.indication === 'TOTAL_PASSED') wrong.push(`${fixture.name}: passed`);
      if (!fixture.attack && !first.findings.some((f) => f.code === 'changes.covered')) wrong.push(`${fixture.name}: no warning that later content covers what was signed`);
    }
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(wrong, []);
  });
});
