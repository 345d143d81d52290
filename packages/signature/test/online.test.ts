/**
 * Online revocation checking goes only through the fetch function the caller passes, to the URLs
 * the certificates name; without one, the engine never reaches the network.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verifyPdf } from '../src/index.js';
import { buildCrl, buildOcsp } from './fixtures/cms.js';
import { createDocument } from './fixtures/pdf.js';
import { createTestPki, DATES, trustListJson, type TestPki } from './fixtures/pki.js';
import { signPdf } from './fixtures/sign.js';

let pki: TestPki;
let bytes: Uint8Array;
let trustList: Awaited<ReturnType<typeof trustListJson>>;

before(async () => {
  pki = await createTestPki({ small: true });
  const { pdf, layout } = createDocument();
  await signPdf(pdf, layout.pageObjects[0]!, { signer: pki.signer, chain: [pki.subCa], signingTime: DATES.signedAt });
  bytes = pdf.bytes;
  trustList = await trustListJson([pki.root]);
});

/** A fake network: OCSP from the sub-CA itself, CRLs from the root. Records every request. */
function network(status: 'good' | 'revoked') {
  const requests: { url: string; method?: string }[] = [];
  const fetch = async (url: string, init?: { method?: string; body?: Uint8Array }) => {
    requests.push({ url, ...(init?.method ? { method: init.method } : {}) });
    let body: Uint8Array | undefined;
    if (url === 'http://ocsp.egov-kit.test' && init?.method === 'POST' && init.body) {
      body = await buildOcsp(pki.signer, pki.subCa, pki.subCa, { producedAt: new Date('2025-06-30T00:00:00Z'), status, revokedAt: DATES.revokedAt });
    } else if (url === 'http://crl.egov-kit.test/root.crl') {
      body = await buildCrl(pki.root, new Date('2025-06-30T00:00:00Z'), new Date('2025-07-30T00:00:00Z'));
    }
    return { ok: body !== undefined, arrayBuffer: async () => (body ?? new Uint8Array(0)).slice().buffer };
  };
  return { fetch, requests };
}

describe('online revocation', () => {
  it('without a fetch function, reports the status as unknown', async () => {
    const report = await verifyPdf(bytes, { trustList, time: DATES.validation });
    assert.equal(report.signatures[0]!.subIndication, 'TRY_LATER');
  });

  it('asks the certificate’s OCSP responder and CRL distribution point through the caller’s fetch', async () => {
    const { fetch, requests } = network('good');
    const report = await verifyPdf(bytes, { trustList, time: DATES.validation, fetch });
    const s = report.signatures[0]!;
    assert.equal(s.indication, 'TOTAL_PASSED');
    assert.equal(s.revocation.origin, 'online');
    assert.equal(s.revocation.source, 'ocsp');
    assert.deepEqual(requests, [
      { url: 'http://ocsp.egov-kit.test', method: 'POST' },
      { url: 'http://crl.egov-kit.test/root.crl', method: 'GET' },
    ]);
  });

  it('fails a signature whose certificate the responder reports revoked before the signing time', async () => {
    const { fetch } = network('revoked');
    const report = await verifyPdf(bytes, { trustList, time: DATES.validation, fetch });
    assert.equal(report.signatures[0]!.subIndication, 'REVOKED');
  });

  it('survives a network that fails', async () => {
    const report = await verifyPdf(bytes, { trustList, time: DATES.validation, fetch: async () => { throw new Error('offline'); } });
    assert.equal(report.signatures[0]!.subIndication, 'TRY_LATER');
  });
});
