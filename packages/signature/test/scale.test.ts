/**
 * A large signed file: verification time stays close to hashing time, and memory stays under
 * three times the file (Linux only for memory: read from /proc/self/status).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { inPlaceWebCryptoHasher, loadTrustList, verifyPdf, type TrustList, type VerifyOptions } from '../src/index.js';
import { nodeHasher } from '../src/node/hasher.js';
import { buildCrl } from './fixtures/cms.js';
import { createDocument } from './fixtures/pdf.js';
import { createTestPki, DATES, trustListJson } from './fixtures/pki.js';
import { signPdf } from './fixtures/sign.js';

const SIZE = 48 << 20;
let bytes: Uint8Array;
let trustList: TrustList;

before(async () => {
  const pki = await createTestPki({ small: true });
  const crls = [
    await buildCrl(pki.subCa, new Date('2025-05-31T00:00:00Z'), new Date('2025-07-31T00:00:00Z')), // current at the validation time
    await buildCrl(pki.root, new Date('2025-05-01T00:00:00Z'), new Date('2025-08-01T00:00:00Z')),
  ];
  const { pdf, layout } = createDocument({ padding: SIZE });
  await signPdf(pdf, layout.pageObjects[0]!, { signer: pki.signer, chain: [pki.subCa], signingTime: DATES.signedAt, adbeRevocation: { crls } });
  bytes = pdf.bytes;
  trustList = (await loadTrustList(await trustListJson([pki.root]))).trustList;
});

const status = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;

async function peakOverFile(options: VerifyOptions): Promise<number> {
  writeFileSync('/proc/self/clear_refs', '5');
  const before = status('VmRSS');
  const report = await verifyPdf(bytes, options);
  assert.equal(report.indication, 'TOTAL_PASSED');
  return 1 + (status('VmHWM') - before) / bytes.length;
}

describe('a large signed file', () => {
  it('verifies in a time close to hashing it', async () => {
    const options = { trustList, time: DATES.validation, hasher: nodeHasher };
    await verifyPdf(bytes, options);
    let best = Infinity;
    let hash = Infinity;
    for (let i = 0; i < 3; i++) {
      let t = performance.now();
      await verifyPdf(bytes, options);
      best = Math.min(best, performance.now() - t);
      t = performance.now();
      createHash('sha256').update(bytes).digest();
      hash = Math.min(hash, performance.now() - t);
    }
    // The bench holds the 1.5× target; here, on a shared CI machine, only catch a regression.
    assert.ok(best < hash * 3 + 100, `verify ${best.toFixed(0)} ms, sha256 ${hash.toFixed(0)} ms`);
  });

  it('uses less than three times the file’s size in memory', { skip: !existsSync('/proc/self/clear_refs') }, async () => {
    const node = await peakOverFile({ trustList, time: DATES.validation, hasher: nodeHasher });
    const worker = await peakOverFile({ trustList, time: DATES.validation, hasher: inPlaceWebCryptoHasher });
    assert.ok(node < 2, `Node streaming hash: ${node.toFixed(2)}× the file`);
    assert.ok(worker < 2.6, `in-place WebCrypto (the worker): ${worker.toFixed(2)}× the file`);
  });
});
