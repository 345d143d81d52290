/**
 * Every fixture of the corpus, verified as a user would: the verdict on each signature, then what
 * the report says about the signer, the time, the coverage and the changes.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verifyPdf, type VerificationReport, type VerifyOptions } from '../src/index.js';
import { contradictions } from './fixtures/consistency.js';
import { loadCorpus, trustFor, type Corpus, type Fixture } from './fixtures/load.js';
import { DATES } from './fixtures/pki.js';

let corpus: Corpus;
const reports = new Map<string, VerificationReport>();

async function verify(fixture: Fixture, extra: VerifyOptions = {}): Promise<VerificationReport> {
  return verifyPdf(fixture.bytes, {
    trustList: trustFor(corpus, fixture) as VerifyOptions['trustList'],
    time: DATES.validation,
    ...(fixture.policy ? { policy: fixture.policy } : {}),
    ...extra,
  });
}

function fixture(name: string): Fixture {
  const found = corpus.fixtures.find((f) => f.name === name);
  assert.ok(found, `fixture ${name}`);
  return found;
}

async function report(name: string): Promise<VerificationReport> {
  let r = reports.get(name);
  if (!r) {
    r = await verify(fixture(name));
    reports.set(name, r);
  }
  return r;
}

before(async () => {
  corpus = await loadCorpus();
});

describe('corpus verdicts', () => {
  it('has the fixtures the issue asks for', () => {
    const names = new Set(corpus.fixtures.map((f) => f.name));
    for (const name of ['pades-b-b', 'pades-b-t', 'pades-b-lt', 'pades-b-lta', 'two-signatures', 'certified-p1', 'certified-p2-form-fill', 'certified-p3-link',
      'expired-signer', 'revoked-crl', 'revoked-ocsp', 'untrusted', 'sha1-signer', 'leaf-only', 'empty-econtent', 'bmp-names', 'usf-contents-empty',
      'usf-byterange-zero', 'isa-page-content', 'swa-relocated-dictionary', 'shadow-hide', 'shadow-replace-form', 'shadow-hide-and-replace',
      'evil-annotation-p3', 'sneaky-signature', 'signpdf-pdf-lib']) {
      assert.ok(names.has(name), name);
    }
  });

  it('gives each fixture the expected verdict, signature by signature', async () => {
    const wrong: string[] = [];
    for (const f of corpus.fixtures) {
      const r = await report(f.name);
      if (f.expect === 'no-signature') {
        if (r.indication !== 'NO_SIGNATURE_FOUND' || r.signatures.length !== 0) wrong.push(`${f.name}: ${r.indication}`);
        continue;
      }
      const expected = f.expect;
      const withKind = expected.some((e) => e.kind);
      const got = r.signatures.map((s) => `${s.indication}/${s.subIndication ?? '-'}${withKind ? `/${s.kind}` : ''}`);
      const want = expected.map((e) => `${e.indication}/${e.subIndication ?? '-'}${withKind ? `/${e.kind ?? '?'}` : ''}`);
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${f.name}: got ${got.join(', ')}, want ${want.join(', ')}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('never lets an attack pass its first signature', async () => {
    const attacks = corpus.fixtures.filter((f) => f.attack);
    assert.ok(attacks.length >= 20, `${attacks.length} attacks`);
    for (const f of attacks) {
      const r = await report(f.name);
      assert.ok(r.signatures.length > 0, f.name);
      assert.notEqual(r.signatures[0]!.indication, 'TOTAL_PASSED', f.name);
      assert.notEqual(r.indication, 'TOTAL_PASSED', f.name);
    }
  });

  it('gives the same verdicts in English', async () => {
    for (const name of ['pades-b-b', 'shadow-hide', 'expired-signer']) {
      const vi = await report(name);
      const en = await verify(fixture(name), { locale: 'en' });
      assert.equal(en.locale, 'en');
      assert.deepEqual(en.signatures.map((s) => s.indication), vi.signatures.map((s) => s.indication));
      assert.notEqual(en.signatures[0]!.summary, vi.signatures[0]!.summary);
    }
  });
});

describe('what the report tells a user', () => {
  it('never states a fact that another part of the report denies, in either language, for any fixture', async () => {
    const found: string[] = [];
    for (const f of corpus.fixtures) {
      for (const r of [await report(f.name), await verify(f, { locale: 'en' })]) {
        for (const c of contradictions(r)) found.push(`${f.name} (${r.locale}): ${c}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('words counts naturally', async () => {
    assert.equal((await report('pades-b-b')).summary, 'Chữ ký hợp lệ.');
    assert.equal((await verify(fixture('pades-b-b'), { locale: 'en' })).summary, 'The signature is valid.');
    assert.equal((await report('two-signatures')).summary, 'Cả hai chữ ký đều hợp lệ.');
    assert.equal((await verify(fixture('two-signatures'), { locale: 'en' })).summary, 'Both signatures are valid.');
    assert.equal((await report('pades-b-lta')).summary, 'Chữ ký và dấu thời gian tài liệu đều hợp lệ.');
    assert.equal((await verify(fixture('pades-b-lta'), { locale: 'en' })).summary, 'The signature and the document timestamp are valid.');
    assert.equal((await report('byte-changed')).summary, 'Chữ ký không hợp lệ.');
    assert.equal((await report('certified-p1-then-signature')).summary, 'Một trong 2 chữ ký không hợp lệ.');
    assert.equal((await verify(fixture('certified-p1-then-signature'), { locale: 'en' })).summary, 'One of the 2 signatures is invalid.');
    assert.equal((await report('swa-relocated-dictionary')).summary, 'Cả hai chữ ký đều không hợp lệ.');
  });

  it('says the signed content itself was altered when a signed byte changed, never that nothing changed', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const s = (await verify(fixture('byte-changed'), { locale })).signatures[0]!;
      assert.equal(s.changesAfterSigning.outcome, 'violation');
      assert.equal(s.changesAfterSigning.changes[0]?.kind, 'signed-content-altered');
      assert.match(s.changesAfterSigning.changes[0]!.description, locale === 'vi' ? /^Chính nội dung đã ký bị sửa/ : /^The signed content itself was altered/);
      assert.ok(!s.findings.some((f) => f.code === 'changes.none'));
    }
  });

  it('names the signer from the certificate, with Vietnamese identifiers labelled and checked', async () => {
    const s = (await report('pades-b-b')).signatures[0]!;
    assert.equal(s.signer?.commonName, 'Nguyễn Văn An');
    assert.equal(s.signer?.organization, 'Sở Thông tin và Truyền thông Hà Nội');
    assert.equal(s.signer?.title, 'Chánh Văn phòng');
    assert.deepEqual(s.signer?.identifiers.map((i) => [i.type, i.label, i.value, i.valid]), [
      ['MST', 'Mã số thuế', '0100109106', true],
      ['CCCD', 'Số CCCD/định danh cá nhân', '001 095 012 345', true],
    ]);
    assert.match(s.summary, /^Chữ ký hợp lệ: Nguyễn Văn An đã ký/);
    assert.equal(s.coverage.level, 'entire-file');
    assert.equal(s.coverage.coversWholeFile, true);
    assert.equal(s.chain.length, 3);
    assert.equal(s.chain.at(-1)?.trustAnchor, true);
    assert.equal(s.revocation.status, 'good');
    assert.equal(s.revocation.origin, 'signature');
    assert.equal(s.declared.reason, 'Phê duyệt hợp đồng');
  });

  it('reads BMPString names the same as UTF8String ones', async () => {
    const f = fixture('bmp-names');
    // The fixture really uses BMPString (tag 0x1e) for the common name.
    const text = Buffer.from(f.bytes).toString('latin1');
    assert.ok(/1e18004c00ea00200056/i.test(text), 'BMPString "Lê V…" (12 characters) in the embedded certificate');
    const s = (await report('bmp-names')).signatures[0]!;
    assert.equal(s.signer?.commonName, 'Lê Văn Cường');
    assert.equal(s.signer?.organization, 'Công ty Cổ phần Thời trang Thử nghiệm');
  });

  it('keeps the claimed signing time apart from the proven one', async () => {
    const bb = (await report('pades-b-b')).signatures[0]!;
    assert.equal(bb.signingTime.claimed, DATES.signedAt.toISOString());
    assert.equal(bb.signingTime.proven, undefined);
    assert.ok(bb.findings.some((f) => f.code === 'time.claimed'));
    const bt = (await report('pades-b-t')).signatures[0]!;
    assert.equal(bt.signingTime.provenBy, 'signature-timestamp');
    assert.equal(bt.signingTime.proven, '2025-06-01T03:00:05.000Z');
    assert.equal(bt.timestamps[0]?.indication, 'TOTAL_PASSED');
    assert.equal(bt.timestamps[0]?.tsa, 'Dịch vụ Dấu thời gian Thử nghiệm');
    const lta = (await report('pades-b-lta')).signatures;
    assert.equal(lta[0]!.signingTime.provenBy, 'document-timestamp');
    assert.equal(lta[1]!.kind, 'document-timestamp');
  });

  it('uses revocation data from the document security store and calls the later revision validation data', async () => {
    const s = (await report('pades-b-lt')).signatures[0]!;
    assert.equal(s.revocation.status, 'good');
    assert.equal(s.revocation.origin, 'dss');
    assert.equal(s.revocation.source, 'ocsp');
    assert.equal(s.changesAfterSigning.outcome, 'permitted');
    assert.equal(s.changesAfterSigning.level, 'validation-data');
    assert.ok(s.changesAfterSigning.changes.some((c) => c.kind === 'dss'));
  });

  it('reports revocations with their date', async () => {
    for (const name of ['revoked-crl', 'revoked-ocsp']) {
      const s = (await report(name)).signatures[0]!;
      assert.equal(s.revocation.status, 'revoked', name);
      assert.equal(s.revocation.revokedAt, DATES.revokedAt.toISOString(), name);
      assert.ok(s.findings.some((f) => f.code === 'revocation.revoked' && f.severity === 'error'), name);
    }
    assert.equal((await report('revoked-crl')).signatures[0]!.revocation.source, 'crl');
    assert.equal((await report('revoked-ocsp')).signatures[0]!.revocation.source, 'ocsp');
  });

  it('never passes a signature or a timestamp whose message digest was not compared', async () => {
    const swapped = (await report('digest-algorithm-swapped')).signatures[0]!;
    assert.equal(swapped.cryptography.digestAlgorithm, 'SHA3-256');
    assert.ok(swapped.findings.some((f) => f.code === 'cms.digest-unsupported' && f.params?.algorithm === 'SHA3-256'));
    const rewritten = (await report('timestamp-time-rewritten')).signatures[0]!;
    assert.equal(rewritten.signingTime.proven, undefined);
    assert.equal(rewritten.timestamps[0]?.indication, 'INDETERMINATE');
  });

  it('wants revocation data current at the validation time, unless a timestamp proves the signing time', async () => {
    for (const name of ['pades-b-b-stale-crl', 'revoked-backdated-old-crl']) {
      const s = (await report(name)).signatures[0]!;
      assert.equal(s.revocation.status, 'unknown', name);
      assert.ok(s.findings.some((f) => f.code === 'revocation.unknown' && f.severity === 'error'), name);
    }
    assert.equal((await report('expired-signer-timestamped')).signatures[0]!.revocation.status, 'good');
  });

  it('names the page content a later revision passes off as validation data or structure', async () => {
    for (const name of ['shadow-replace-claimed-by-dss', 'shadow-replace-claimed-as-metadata', 'content-typed-as-xref']) {
      const s = (await report(name)).signatures[0]!;
      assert.ok(s.changesAfterSigning.changes.some((c) => c.kind === 'page-modified' && c.page === 1 && c.detail === 'content'), name);
    }
    const font = (await report('shadow-replace-font-claimed-by-vri')).signatures[0]!;
    assert.ok(font.changesAfterSigning.changes.some((c) => c.kind === 'page-modified' && c.detail === 'resources'));
  });

  it('warns about the empty-eContent quirk but accepts the signature', async () => {
    const s = (await report('empty-econtent')).signatures[0]!;
    assert.ok(s.findings.some((f) => f.code === 'cms.econtent-empty' && f.severity === 'warning'));
  });

  it('reports SHA-1 as a weak algorithm, not as a pass, and completes a leaf-only chain from the trust list', async () => {
    const s = (await report('sha1-signer')).signatures[0]!;
    assert.ok(s.findings.some((f) => f.code === 'policy.weak-digest' && f.params?.algorithm === 'SHA-1'));
    assert.ok(s.findings.some((f) => f.code === 'policy.weak-certificate-algorithm'));
    assert.equal(s.chain.length, 3);
    assert.equal(s.chain[1]!.source, 'trust-list');
    assert.equal(s.signingTime.claimedSource, 'signature-dictionary');
    assert.deepEqual(s.signer?.identifiers.map((i) => i.type), ['MST', 'CMND']);
  });

  it('shows what changed after a certification and whether it was allowed', async () => {
    const fill = (await report('certified-p2-form-fill')).signatures[0]!;
    assert.equal(fill.kind, 'certification');
    assert.equal(fill.permissions.docMdp, 2);
    assert.ok(fill.changesAfterSigning.changes.some((c) => c.kind === 'form-field-value' && c.field === 'ho_ten'));
    assert.equal(fill.changesAfterSigning.outcome, 'permitted');
    const broken = (await report('certified-p1-then-signature')).signatures[0]!;
    assert.equal(broken.changesAfterSigning.outcome, 'violation');
    assert.ok(broken.findings.some((f) => f.code === 'changes.violation'));
    const doc = await report('certified-p1');
    assert.deepEqual(doc.document.certified, { by: 'S1', permission: 1 });
  });

  it('names the annotation an evil-annotation attack adds', async () => {
    const s = (await report('evil-annotation-p3')).signatures[0]!;
    const change = s.changesAfterSigning.changes.find((c) => c.kind === 'annotation-added');
    assert.equal(change?.detail, 'FreeText');
    assert.equal(change?.visible, true);
    assert.equal(change?.page, 1);
    assert.equal(s.changesAfterSigning.outcome, 'unverifiable');
  });

  it('flags the sneaky signature’s new visible field as a violation of the certification', async () => {
    const [certification, sneaky] = (await report('sneaky-signature')).signatures;
    assert.ok(certification!.changesAfterSigning.changes.some((c) => c.kind === 'signature' || c.kind === 'signature-field-added'));
    assert.equal(certification!.changesAfterSigning.outcome, 'violation');
    assert.equal(sneaky!.signer?.commonName, 'Kẻ Mạo danh');
  });

  it('points at the page whose content changed after signing', async () => {
    const s = (await report('shadow-hide')).signatures[0]!;
    assert.ok(s.changesAfterSigning.changes.some((c) => c.kind === 'page-modified' && c.page === 1 && c.detail === 'content'));
    const isa = (await report('isa-page-content')).signatures[0]!;
    assert.ok(isa.changesAfterSigning.changes.some((c) => c.kind === 'page-modified'));
  });

  it('notices data appended outside every revision', async () => {
    const r = await report('isa-no-xref');
    assert.ok(r.document.findings.some((f) => f.code === 'structure.uncovered-data'));
    assert.ok(r.document.revisions.at(-1)!.changes.some((c) => c.kind === 'unexplained-bytes'));
  });

  it('explains universal-forgery failures by what is wrong with the byte range', async () => {
    const codes = async (name: string) => (await report(name)).signatures[0]!.findings.map((f) => f.code);
    assert.ok((await codes('usf-contents-empty')).includes('contents.empty'));
    assert.ok((await codes('usf-byterange-zero')).some((c) => c.startsWith('byte-range.')));
    assert.ok((await codes('usf-byterange-missing')).includes('byte-range.missing'));
    assert.ok((await codes('swa-relocated-dictionary')).includes('byte-range.gap-not-contents'));
    assert.ok((await codes('swa-duplicate-byterange')).includes('signature.duplicate-keys'));
  });

  it('lists revisions with the signatures that complete them', async () => {
    const r = await report('two-signatures');
    assert.equal(r.document.revisions.length, 3);
    assert.deepEqual(r.document.revisions.map((rev) => rev.signatures), [[], ['S1'], ['S2']]);
    assert.equal(r.document.revisions[2]!.level, 'form-filling');
  });

  it('has a message for every finding, in both languages', async () => {
    for (const f of corpus.fixtures) {
      const r = await report(f.name);
      const all = [...r.document.findings, ...r.signatures.flatMap((s) => [...s.findings, ...s.timestamps.flatMap((t) => t.findings)])];
      for (const finding of all) {
        assert.ok(!finding.message.startsWith('finding.'), `${f.name}: ${finding.code} has no Vietnamese message`);
        assert.doesNotMatch(finding.message, /\{\{/, `${f.name}: ${finding.code} has an unfilled placeholder`);
      }
      for (const s of r.signatures) for (const c of s.changesAfterSigning.changes) assert.ok(!c.description.startsWith('change.'), c.kind);
    }
  });
});
