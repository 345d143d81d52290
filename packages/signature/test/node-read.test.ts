/** Reading a file for the CLI: its signed ranges are hashed in the same pass as the read, exactly. */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTrustList, verifyPdf, type TrustList } from '../src/index.js';
import { readPdfFile, verifyPdfFile } from '../src/node/index.js';
import { RangeHashes } from '../src/node/range-hashes.js';
import { buildContext, type BuildContext } from './fixtures/corpus.js';
import { createTestPki, DATES, trustListJson } from './fixtures/pki.js';
import { createDocument } from './fixtures/pdf.js';
import { signPdf } from './fixtures/sign.js';

let ctx: BuildContext;
let trustList: TrustList;
const dir = mkdtempSync(join(tmpdir(), 'egov-read-'));

/** A document of about 5 MB (the reader takes 4 MB at a time) signed twice; `byteRangeLast` writes /ByteRange after /Contents. */
async function twiceSigned(name: string, byteRangeLast = false): Promise<{ path: string; ranges: [number, number, number, number][] }> {
  const { pdf, layout } = createDocument({ padding: 5 << 20 });
  const base = { chain: [ctx.pki.subCa], adbeRevocation: { crls: [ctx.crl.sub, ctx.crl.root] }, byteRangeLast };
  const first = await signPdf(pdf, layout.pageObjects[0]!, { ...base, signer: ctx.pki.signer, signingTime: DATES.signedAt });
  const second = await signPdf(pdf, layout.pageObjects[0]!, { ...base, signer: ctx.pki.ecSigner, signingTime: new Date('2025-06-02T03:00:00Z') });
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf.bytes);
  return { path, ranges: [first.byteRange, second.byteRange] };
}

const sha256 = (...parts: Uint8Array[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest();

before(async () => {
  const pki = await createTestPki();
  ctx = await buildContext(pki);
  trustList = (await loadTrustList(await trustListJson([pki.root]))).trustList;
});

describe('reading a file for verification', () => {
  it('hashes every signature’s signed ranges while reading, from the bytes it read', async () => {
    const { path, ranges } = await twiceSigned('twice');
    const { bytes, hasher } = await readPdfFile(path);
    const expected = ranges.map(([, a, b, c]) => sha256(bytes.subarray(0, a), bytes.subarray(b, b + c)));
    // Change the bytes after reading: a digest made during the read still has the old value,
    // one computed now would not.
    for (const [, a] of ranges) bytes[a - 20]! ^= 1;
    for (const [i, [, a, b, c]] of ranges.entries()) {
      const h = hasher('SHA-256');
      h.update(bytes.subarray(0, a));
      h.update(bytes.subarray(b, b + c));
      assert.deepEqual(Buffer.from(await h.digest()), expected[i], `signature ${i + 1}`);
    }
    const other = hasher('SHA-512');
    other.update(bytes.subarray(0, 10));
    assert.deepEqual(Buffer.from(await other.digest()), createHash('sha512').update(bytes.subarray(0, 10)).digest(), 'other data is hashed as usual');
  });

  it('reads a file given as a pipe to its end', async () => {
    const { path } = await twiceSigned('piped');
    const { bytes } = await readPdfFile(path);
    const fifo = join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat '${path}' > '${fifo}'`]);
    const written = new Promise((done) => writer.on('exit', done));
    const piped = await readPdfFile(fifo);
    await written;
    assert.equal(piped.bytes.length, bytes.length);
    const report = await verifyPdf(piped.bytes, { trustList, time: DATES.validation, hasher: piped.hasher });
    assert.deepEqual(report.signatures.map((s) => s.indication), ['TOTAL_PASSED', 'TOTAL_PASSED']);
  });

  it('bounds the hashing a file can ask for by announcing many long ranges', () => {
    const size = 1 << 20;
    const bytes = new Uint8Array(size);
    const fake = Buffer.from(Array.from({ length: 60 }, (_, i) => `%/ByteRange [0 ${100 + i} 200 ${size - 200}]\n`).join(''));
    bytes.set(fake);
    const hashes = new RangeHashes(bytes);
    for (let at = 0; at < size; at += 1 << 16) hashes.feed(at, Math.min(size, at + (1 << 16)));
    assert.ok(hashes.hashed <= 3 * size, `${hashes.hashed} bytes hashed for a file of ${size}`);
  });

  it('verifies large files read this way, and still sees a changed byte', async () => {
    for (const byteRangeLast of [false, true]) {
      const { path } = await twiceSigned(`verify-${byteRangeLast}`, byteRangeLast);
      const report = await verifyPdfFile(path, { trustList, time: DATES.validation });
      assert.deepEqual(report.signatures.map((s) => s.indication), ['TOTAL_PASSED', 'TOTAL_PASSED'], `byteRangeLast ${byteRangeLast}`);
      const { bytes } = await readPdfFile(path);
      bytes[3 << 20]! ^= 1;
      writeFileSync(path, bytes);
      const tampered = await verifyPdfFile(path, { trustList, time: DATES.validation });
      assert.deepEqual(tampered.signatures.map((s) => s.subIndication), ['HASH_FAILURE', 'HASH_FAILURE']);
    }
  });
});
