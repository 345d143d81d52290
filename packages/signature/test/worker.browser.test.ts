/**
 * In Chromium: fixtures built with WebCrypto in the page, then verified inside a Web Worker
 * through `verifyInWorker`, and on the main thread for comparison.
 */
import { expect } from '@open-wc/testing';
import { verifyPdf } from '../src/index.js';
import { verifyInWorker } from '../src/worker/client.js';
import { buildCrl } from './fixtures/cms.js';
import { createDocument } from './fixtures/pdf.js';
import { createTestPki, DATES, trustListJson, type TestPki } from './fixtures/pki.js';
import { signPdf } from './fixtures/sign.js';

const workerUrl = new URL('../src/worker/worker.ts', import.meta.url);

async function signed(pki: TestPki): Promise<Uint8Array> {
  const crls = [
    await buildCrl(pki.subCa, new Date('2025-05-31T00:00:00Z'), new Date('2025-06-30T00:00:00Z')),
    await buildCrl(pki.root, new Date('2025-05-01T00:00:00Z'), new Date('2025-08-01T00:00:00Z')),
  ];
  const { pdf, layout } = createDocument();
  await signPdf(pdf, layout.pageObjects[0]!, {
    signer: pki.signer, chain: [pki.subCa], signingTime: DATES.signedAt, adbeRevocation: { crls },
    timestamp: { tsa: pki.tsa, time: new Date('2025-06-01T03:00:05Z') }, reason: 'Phê duyệt',
  });
  return pdf.bytes;
}

describe('verification in a Web Worker', function () {
  this.timeout(60_000);
  let pki: TestPki;
  let bytes: Uint8Array;
  let trustList: Awaited<ReturnType<typeof trustListJson>>;

  before(async () => {
    pki = await createTestPki({ small: true });
    bytes = await signed(pki);
    trustList = await trustListJson([pki.root]);
  });

  it('verifies a PAdES B-T signature with WebCrypto in the worker', async () => {
    const report = await verifyInWorker(bytes, { trustList, time: DATES.validation, workerUrl });
    expect(report.indication).to.equal('TOTAL_PASSED');
    const s = report.signatures[0]!;
    expect(s.signer?.commonName).to.equal('Nguyễn Văn An');
    expect(s.signingTime.provenBy).to.equal('signature-timestamp');
    expect(s.summary).to.match(/^Chữ ký hợp lệ/);
    expect(bytes.byteLength).to.be.greaterThan(0, 'the caller’s buffer is not transferred away');
  });

  it('catches a changed byte in the worker, in English', async () => {
    const tampered = bytes.slice();
    const at = new TextDecoder('latin1').decode(tampered).indexOf('100.000.000');
    tampered[at] = 0x39;
    const report = await verifyInWorker(tampered, { trustList, time: DATES.validation, workerUrl, locale: 'en' });
    expect(report.signatures[0]!.indication).to.equal('TOTAL_FAILED');
    expect(report.signatures[0]!.subIndication).to.equal('HASH_FAILURE');
    expect(report.signatures[0]!.summary).to.match(/^Invalid signature/);
  });

  it('reuses a worker for several files and agrees with the main thread', async () => {
    const worker = new Worker(workerUrl, { type: 'module' });
    try {
      const [a, b] = await Promise.all([
        verifyInWorker(bytes, { trustList, time: DATES.validation, worker }),
        verifyInWorker(bytes, { time: DATES.validation, worker }),
      ]);
      expect(a.indication).to.equal('TOTAL_PASSED');
      expect(b.signatures[0]!.subIndication).to.equal('NO_CERTIFICATE_CHAIN_FOUND');
      const main = await verifyPdf(bytes, { trustList, time: DATES.validation });
      expect(main.signatures.map((s) => s.indication)).to.deep.equal(a.signatures.map((s) => s.indication));
    } finally {
      worker.terminate();
    }
  });

  it('rejects, rather than waiting for ever, when the engine fails in the worker', async () => {
    // A worker whose engine throws answers `failed`; the promise must settle with its message.
    const script = `onmessage = (e) => postMessage({ type: 'failed', id: e.data.id, message: 'engine fault' });`;
    const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    const worker = new Worker(url, { type: 'module' });
    try {
      const outcome = await verifyInWorker(bytes, { worker }).then(() => 'resolved', (error: Error) => error.message);
      expect(outcome).to.equal('engine fault');
    } finally {
      worker.terminate();
      URL.revokeObjectURL(url);
    }
  });
});
