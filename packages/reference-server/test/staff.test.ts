import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dossierEventSchema } from '@egov-kit/core/contract';
import { dossierSchema, dossierSummaryPageSchema, tokenResponseSchema, trustListSchema } from '../src/contract.js';
import { loadTokenKey } from '../src/auth/secrets.js';
import { issueStaffToken } from '../src/auth/tokens.js';
import { absenceSubmission, call, databaseKind, staffToken, startTestServer, submit, type TestServer } from './helpers.js';
import { checkPdfSignature } from './pdf-signature.js';

/** Whether poppler's `pdfsig` is installed (CI images have it; it is only an extra check). */
function pdfsigAvailable(): boolean {
  return spawnSync('pdfsig', ['-v']).error === undefined;
}

/** What `pdfsig` prints about a PDF's signatures. */
function pdfsig(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'egov-pdfsig-')), 'signed.pdf');
  writeFileSync(file, pdf);
  const run = spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
}

describe(`staff operations and documents (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });
  before(async () => {
    server = await startTestServer();
    base = server.url;
    token = await staffToken(base);
  });
  after(() => server.stop());

  test('client credentials give an expiring bearer token, by HTTP Basic or in the body', async () => {
    const basic = Buffer.from('demo-staff:demo-staff-secret').toString('base64');
    const byBasic = await call(base, 'POST', '/oauth/token', {
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&scope=dossiers%3Aread',
    });
    assert.equal(byBasic.status, 200, byBasic.text);
    const granted = tokenResponseSchema.parse(byBasic.body);
    assert.equal(granted.scope, 'dossiers:read');
    assert.equal(granted.expires_in, 900);
    assert.equal(byBasic.headers.get('cache-control'), 'no-store');
    const byJson = await call(base, 'POST', '/oauth/token', { json: { grant_type: 'client_credentials', client_id: 'demo-desk', client_secret: 'demo-desk-secret' } });
    assert.equal(byJson.status, 200);
    assert.equal(byJson.body.scope, 'dossiers:read dossiers:receive dossiers:refuse dossiers:request-supplement');
  });

  test('token errors are problems that also speak OAuth', async () => {
    const wrong = await call(base, 'POST', '/oauth/token', { json: { grant_type: 'client_credentials', client_id: 'demo-staff', client_secret: 'guess' } });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.error, 'invalid_client');
    assert.equal(wrong.body.type, 'urn:egov-kit:problem:invalid-client');
    assert.match(wrong.headers.get('www-authenticate') ?? '', /^Basic/);
    const unknown = await call(base, 'POST', '/oauth/token', { json: { grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'guess' } });
    assert.equal(unknown.text, wrong.text, 'unknown client and wrong secret look the same');
    const grant = await call(base, 'POST', '/oauth/token', { json: { grant_type: 'password', client_id: 'demo-staff', client_secret: 'demo-staff-secret' } });
    assert.equal(grant.status, 400);
    assert.equal(grant.body.error, 'unsupported_grant_type');
    const scope = await call(base, 'POST', '/oauth/token', { json: { grant_type: 'client_credentials', client_id: 'demo-desk', client_secret: 'demo-desk-secret', scope: 'dossiers:decide' } });
    assert.equal(scope.status, 400);
    assert.equal(scope.body.error, 'invalid_scope');
    assert.deepEqual(scope.body.params, { scope: 'dossiers:decide' });
  });

  test('staff routes need a valid token with the operation’s scope', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    const none = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { json: {} });
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer realm=/);
    const garbage = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { headers: { authorization: 'Bearer abc.def.ghi' }, json: {} });
    assert.equal(garbage.status, 401);
    assert.match(garbage.headers.get('www-authenticate') ?? '', /invalid_token/);
    const key = await loadTokenKey(server.db);
    const expired = issueStaffToken(key, { id: 'demo-staff', name: 'x' }, ['dossiers:receive'], 60, Date.now() - 3_600_000).token;
    const late = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { headers: { authorization: `Bearer ${expired}` }, json: {} });
    assert.equal(late.status, 401);
    const desk = await staffToken(base, 'demo-desk');
    const received = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { headers: { authorization: `Bearer ${desk}` }, json: {} });
    assert.equal(received.status, 200);
    const process = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/process`, { headers: { authorization: `Bearer ${desk}`, 'accept-language': 'en' }, json: {} });
    assert.equal(process.status, 403);
    assert.equal(process.body.type, 'urn:egov-kit:problem:insufficient-scope');
    assert.match(process.headers.get('www-authenticate') ?? '', /insufficient_scope.*dossiers:process/);
    assert.equal(process.body.detail, 'This account may not do this (it needs the “dossiers:process” permission).');
    const readOnly = await staffToken(base, 'demo-staff', 'dossiers:read');
    const list = await call(base, 'GET', '/api/v1/staff/dossiers?limit=3', { headers: { authorization: `Bearer ${readOnly}` } });
    assert.equal(list.status, 200);
  });

  test('the whole workflow: receive, process, fees paid, decide with signed documents, return', async () => {
    const filed = await submit(base, absenceSubmission('Hà Thị Quy Trình'));
    const code = filed.body.code as string;
    const steps: [string, unknown, string][] = [
      ['receive', { officer: { id: 'cb-0099', name: 'Vũ Thị Tiếp Nhận' }, note: 'Hồ sơ đầy đủ.' }, 'received'],
      ['process', {}, 'processing'],
      ['request-fees', { fees: [{ name: { vi: 'Lệ phí', en: 'Charge' }, amount: 15_000 }, { name: { vi: 'Phí bưu chính', en: 'Postage' }, amount: 22_000 }] }, 'fee-requested'],
      ['process', { note: 'Đã nộp lệ phí.' }, 'processing'],
      ['decide', { outcome: 'approved', note: 'Đủ điều kiện.' }, 'decided'],
      ['return-result', { method: 'postal' }, 'returned'],
    ];
    let dossier = filed.body;
    for (const [operation, body, status] of steps) {
      const answer = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/${operation}`, { headers: auth(), json: body });
      assert.equal(answer.status, 200, `${operation}: ${answer.text}`);
      dossier = dossierSchema.parse(answer.body);
      assert.equal(dossier.status, status);
      assert.equal(answer.headers.get('etag'), `"${dossier.version}"`);
    }
    assert.equal(dossier.version, 7);
    assert.equal(dossier.history.length, 6);
    dossier.history.forEach((event: unknown) => dossierEventSchema.parse(event));
    assert.deepEqual(dossier.history[0]!.actor, {
      kind: 'staff', id: 'demo-staff', name: 'Cán bộ một cửa (demo)', officer: { id: 'cb-0099', name: 'Vũ Thị Tiếp Nhận' },
    }, 'the token\'s client is the actor; the officer it names is its claim');
    assert.deepEqual(dossier.history[1]!.actor, { kind: 'staff', id: 'demo-staff', name: 'Cán bộ một cửa (demo)' });
    assert.equal(dossier.history.at(-1)!.note, 'Trả kết quả qua dịch vụ bưu chính công ích.');
    assert.equal(dossier.feeRequests[0]!.status, 'paid');
    assert.equal(dossier.feeRequests[0]!.total, 37_000);
    assert.ok(dossier.feeRequests[0]!.paidAt);
    assert.equal(dossier.deadline.clock, 'ended');
    assert.equal(dossier.documents.length, 1);
    const document = dossier.documents[0]!;
    assert.equal(document.name.vi, 'Phiếu khai báo tạm vắng');
    assert.match(document.number, /^\d{4}\/KQ-TTPVHCC$/);

    const pdf = await fetch(`${base}${document.href}?access_token=${encodeURIComponent(filed.body.access.token)}`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const trustList = trustListSchema.parse((await call(base, 'GET', '/api/v1/trust-list')).body);
    const check = await checkPdfSignature(bytes, trustList);
    assert.equal(check.subFilter, 'ETSI.CAdES.detached');
    assert.ok(check.coversWholeFile);
    assert.ok(check.signatureValid, 'the CMS signature verifies');
    assert.ok(check.chainValid, 'the signer chains to the trust list’s root');
    assert.equal(check.digestAlgorithm, '2.16.840.1.101.3.4.2.1');
    assert.ok(check.signedAttributes.includes('1.2.840.113549.1.9.16.2.47'), 'signing-certificate-v2 is signed');
    assert.ok(!check.signedAttributes.includes('1.2.840.113549.1.9.5'), 'PAdES B-B has no signing-time attribute');
    assert.ok(check.signingCertificateV2Matches, 'signing-certificate-v2 names the signer’s certificate');
    // The dictionary's text is a PDF text string (UTF-16BE after a BOM), not UTF-16 bytes re-encoded as UTF-8.
    const reason = /\/Reason\s*<(FEFF[0-9A-F]*)>/i.exec(bytes.toString('latin1'));
    assert.ok(reason, 'the reason is a hex text string');
    assert.equal(Buffer.from(reason[1]!, 'hex').swap16().toString('utf16le').slice(1), 'Ký số văn bản kết quả giải quyết thủ tục hành chính');
    if (pdfsigAvailable()) {
      // poppler reads the file (the text was replaced in place, before signing) and the signature as valid.
      const printed = pdfsig(bytes);
      assert.match(printed, /Signature Validation: Signature is Valid\./, printed);
      assert.match(printed, /Total document signed/, printed);
    }
    assert.match(check.signerSubject, /Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên/);
    assert.match(check.signerSubject, /0\.9\.2342\.19200300\.100\.1\.1=MST:4600258311/);
    const again = Buffer.from(await (await fetch(`${base}${document.href}?access_token=${encodeURIComponent(filed.body.access.token)}`)).arrayBuffer());
    assert.ok(again.equals(bytes), 'a document is signed once and kept');
    const missing = await call(base, 'GET', `/api/v1/dossiers/${code}/documents/nope?access_token=${encodeURIComponent(filed.body.access.token)}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.type, 'urn:egov-kit:problem:document-not-found');
  });

  test('a rejection issues a signed written refusal; seeded result documents are signed on first download', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    for (const operation of ['receive', 'process']) await call(base, 'POST', `/api/v1/staff/dossiers/${code}/${operation}`, { headers: auth(), json: {} });
    const decided = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/decide`, { headers: auth(), json: { outcome: 'rejected', note: 'Không thuộc trường hợp khai báo tạm vắng.' } });
    assert.equal(decided.body.documents[0].name.vi, 'Văn bản trả lời không giải quyết hồ sơ');
    const trustList = (await call(base, 'GET', '/api/v1/trust-list')).body;
    const refusal = Buffer.from(await (await fetch(`${base}${decided.body.documents[0].href}?access_token=${encodeURIComponent(filed.body.access.token)}`)).arrayBuffer());
    assert.ok((await checkPdfSignature(refusal, trustList)).signatureValid);

    const returned = await call(base, 'GET', '/api/v1/staff/dossiers?status=returned&limit=1', { headers: auth() });
    const seeded = (await call(base, 'GET', `/api/v1/staff/dossiers/${returned.body.items[0].code}`, { headers: auth() })).body;
    assert.ok(seeded.documents.length > 0);
    const opened = await call(base, 'GET', `/api/v1/dossiers/${seeded.code}`, { headers: { 'x-dossier-verifier': seeded.applicant.idNumber } });
    const pdf = Buffer.from(await (await fetch(`${base}${seeded.documents[0].href}?access_token=${encodeURIComponent(opened.body.access.token)}`)).arrayBuffer());
    const check = await checkPdfSignature(pdf, trustList);
    assert.ok(check.signatureValid && check.chainValid);
    // Signed on the day it was issued (the signature dictionary's /M), not on the day it was first downloaded.
    const [, y, mo, d, h, mi, sec, zone = 'Z', zh = '00', zm = '00'] = /\/M\s*\(D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([Z+-])?(\d\d)?'?(\d\d)?/.exec(pdf.toString('latin1'))!;
    const signedAt = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${sec}${zone === 'Z' ? 'Z' : `${zone}${zh}:${zm}`}`);
    assert.equal(signedAt, Math.floor(Date.parse(seeded.documents[0].issuedAt) / 1000) * 1000);
  });

  test('any move the workflow does not allow is 409 transition-forbidden, and changes nothing', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    for (const operation of ['process', 'decide', 'return-result', 'request-fees']) {
      const body = operation === 'decide' ? { outcome: 'approved' } : operation === 'request-fees' ? { fees: [{ name: { vi: 'Phí', en: 'Fee' }, amount: 1 }] } : {};
      const answer = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/${operation}`, { headers: auth(), json: body });
      assert.equal(answer.status, 409, `${operation}: ${answer.text}`);
      assert.equal(answer.body.params.from, 'submitted');
    }
    const fees = await call(base, 'GET', `/api/v1/staff/dossiers/${code}`, { headers: auth() });
    assert.equal(fees.body.status, 'submitted');
    assert.equal(fees.body.version, 1);
    assert.deepEqual(fees.body.feeRequests, []);
    const refused = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/refuse`, { headers: auth(), json: { reason: 'Không thuộc thẩm quyền.' } });
    assert.equal(refused.body.status, 'refused');
    const receive = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { headers: auth(), json: {} });
    assert.equal(receive.status, 409);
    assert.deepEqual(receive.body.params, { from: 'refused', to: 'received' });
    assert.equal(receive.body.detail, 'Không thể chuyển hồ sơ từ trạng thái “Không được tiếp nhận” sang “Được tiếp nhận”.', 'status names nested');
    const missingReason = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/stop`, { headers: auth(), json: {} });
    assert.equal(missingReason.status, 422);
    const unknown = await call(base, 'POST', '/api/v1/staff/dossiers/000.36.01.H55-000101-0001/receive', { headers: auth(), json: {} });
    assert.equal(unknown.status, 404);
  });

  test('concurrent moves on one dossier: exactly one wins', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    const answers = await Promise.all(Array.from({ length: 6 }, () => call(base, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { headers: auth(), json: {} })));
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409, 409, 409, 409, 409]);
    const after = await call(base, 'GET', `/api/v1/staff/dossiers/${code}`, { headers: auth() });
    assert.equal(after.body.history.length, 1);
  });

  test('the staff list pages newest first and filters', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await call(base, 'GET', `/api/v1/staff/dossiers?status=processing&limit=4${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth() });
      assert.equal(page.status, 200);
      dossierSummaryPageSchema.parse(page.body);
      for (const item of page.body.items) {
        assert.equal(item.status, 'processing');
        seen.push(item.submittedAt);
      }
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    assert.ok(pages > 1);
    assert.deepEqual(seen, [...seen].sort().reverse());
  });
});
