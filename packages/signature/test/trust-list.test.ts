/** Trust lists: pinned fingerprints, refusals, the shipped demo list and its schema. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTrustList, normalizeFingerprint, decodeCertificateText, trustListFromCertificates, verifyPdf } from '../src/index.js';
import { loadDemoRoot } from './fixtures/pki.js';
import { loadCorpus } from './fixtures/load.js';
import { DATES } from './fixtures/pki.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const demo = JSON.parse(readFileSync(join(packageDir, 'trust', 'demo.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(packageDir, 'trust', 'trust-list.schema.json'), 'utf8'));

describe('trust lists', () => {
  it('loads the demo list, which trusts the fixtures’ root and says it is a demo', async () => {
    const { trustList, problems } = await loadTrustList(demo);
    assert.deepEqual(problems, []);
    assert.equal(trustList.demo, true);
    assert.equal(trustList.entries.length, 1);
    const root = await loadDemoRoot();
    assert.deepEqual(trustList.entries[0]!.certificate.der, root.der);
    const corpus = await loadCorpus();
    const report = await verifyPdf(corpus.fixtures.find((f) => f.name === 'pades-b-b')!.bytes, { trustList, time: DATES.validation });
    assert.equal(report.indication, 'TOTAL_PASSED');
    assert.ok(report.document.findings.some((f) => f.code === 'trust-list.demo'));
  });

  it('refuses an entry whose certificate does not match its pinned fingerprint', async () => {
    const tampered = structuredClone(demo);
    tampered.certificates[0].sha256 = '00'.repeat(32);
    const { trustList, problems } = await loadTrustList(JSON.stringify(tampered));
    assert.equal(trustList.entries.length, 0);
    assert.deepEqual(problems.map((p) => p.code), ['trust-list.fingerprint-mismatch']);
  });

  it('refuses malformed entries and lists, and accepts PEM and colon-separated fingerprints', async () => {
    assert.deepEqual((await loadTrustList('not json')).problems.map((p) => p.code), ['trust-list.not-an-object']);
    const entry = demo.certificates[0];
    const pem = `-----BEGIN CERTIFICATE-----\n${entry.certificate.match(/.{1,64}/g).join('\n')}\n-----END CERTIFICATE-----\n`;
    const colons = entry.sha256.toUpperCase().match(/../g).join(':');
    const { trustList, problems } = await loadTrustList({
      ...demo,
      certificates: [{ ...entry, certificate: pem, sha256: colons }, { name: 'x', role: 'boss', sha256: '', certificate: '' }, { ...entry, certificate: 'AAAA' }],
    });
    assert.equal(trustList.entries.length, 1);
    assert.deepEqual(problems.map((p) => p.code), ['trust-list.entry-malformed', 'trust-list.certificate-unreadable']);
    assert.equal(normalizeFingerprint('AB:cd ef'), 'abcdef');
    assert.equal(decodeCertificateText('not base64!'), undefined);
  });

  it('builds a list from certificates for programs that manage trust themselves', async () => {
    const root = await loadDemoRoot();
    const list = await trustListFromCertificates('mine', [{ der: root.der }]);
    assert.equal(list.entries[0]!.sha256, demo.certificates[0].sha256);
    assert.equal(list.entries[0]!.role, 'root');
  });

  it('ships a demo list that satisfies its schema', () => {
    // A small structural check of the schema's rules (no JSON Schema validator is a dependency).
    for (const key of schema.required) assert.ok(key in demo, key);
    for (const key of Object.keys(demo)) assert.ok(key in schema.properties, key);
    const item = schema.properties.certificates.items;
    for (const c of demo.certificates) {
      for (const key of item.required) assert.ok(key in c, key);
      for (const key of Object.keys(c)) assert.ok(key in item.properties, key);
      assert.match(c.sha256, new RegExp(item.properties.sha256.pattern));
      assert.ok(item.properties.role.enum.includes(c.role));
    }
  });
});
