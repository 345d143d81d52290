import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { dossierEventSchema } from '@egov-kit/core/contract';
import { dossierHistorySchema, dossierSchema, parseDossierCode, problemSchema } from '../src/contract.js';
import { loadTokenKey } from '../src/auth/secrets.js';
import { loadDossier, refreshDossier } from '../src/dossiers/repository.js';
import { issueDossierToken } from '../src/auth/tokens.js';
import { absenceSubmission, call, databaseKind, staffToken, startTestServer, submit, type TestServer } from './helpers.js';

/**
 * Sends raw HTTP/1.1 requests on their own connections so that they arrive at once: each waits
 * with its last byte held back until all are sent. Returns their status codes, in order.
 */
async function sentTogether(base: string, requests: readonly string[]): Promise<number[]> {
  const { hostname, port } = new URL(base);
  const sockets = await Promise.all(requests.map(() => new Promise<Socket>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.on('error', reject);
  })));
  const answers = sockets.map((socket, i) => {
    socket.write(requests[i]!.slice(0, -1));
    return new Promise<number>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(Number(text.slice(9, 12))));
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const socket of sockets) socket.write('\n');
  return Promise.all(answers);
}

describe(`dossiers (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startTestServer();
    base = server.url;
  });
  after(() => server.stop());

  test('submitting files a dossier with an agency-day code, a Location and an access token', async () => {
    const answer = await submit(base, absenceSubmission());
    assert.equal(answer.status, 201, answer.text);
    const dossier = dossierSchema.parse(answer.body);
    const parts = parseDossierCode(dossier.code);
    assert.equal(parts?.agency, '000.36.01.H55');
    assert.equal(answer.headers.get('location'), `/api/v1/dossiers/${dossier.code}`);
    assert.equal(answer.headers.get('etag'), '"1"');
    assert.equal(dossier.status, 'submitted');
    assert.equal(dossier.statusCode, 1);
    assert.equal(dossier.portalState, 'receiving');
    assert.deepEqual(dossier.history, []);
    assert.equal(dossier.applicant.phone, '+84912345678', 'stored canonical');
    assert.equal(dossier.deadline.clock, 'not-started');
    assert.ok(dossier.access?.token);
    const next = await submit(base, absenceSubmission());
    const nextParts = parseDossierCode(next.body.code);
    assert.equal(nextParts?.date, parts?.date);
    assert.equal(nextParts!.sequence, parts!.sequence + 1, 'the agency’s counter for the day goes up by one');
  });

  test('the read model: what a lookup reads is what assembling the dossier from its tables gives', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    const stored = await loadDossier(server.db, code);
    const assembled = await server.db.transaction((tx) => refreshDossier(tx, code));
    assert.deepEqual(stored, assembled);
  });

  test('an address must name a current province and one of its communes', async () => {
    const body = absenceSubmission();
    // Phường Bến Thành (26743) is in Hồ Chí Minh City, not Hà Nội (01).
    const wrong = await submit(base, { ...body, answers: { ...body.answers, destination: { provinceCode: '01', communeCode: '26743', street: 'Số 1' } } });
    assert.equal(wrong.status, 422);
    assert.deepEqual(wrong.body.errors.map((e: { field: string; messageKey: string }) => [e.field, e.messageKey]),
      [['answers.destination', 'form.error.address-commune-invalid']]);
    // Bắc Kạn (06) no longer exists since 1 July 2025.
    const gone = await submit(base, { ...body, answers: { ...body.answers, destination: { provinceCode: '06', communeCode: '05443', street: 'Số 1' } } });
    assert.equal(gone.body.errors[0].messageKey, 'form.error.address-province-invalid');
  });

  test('a submission without an Idempotency-Key is refused; a malformed key is a field error', async () => {
    const none = await call(base, 'POST', '/api/v1/dossiers', { json: absenceSubmission() });
    assert.equal(none.status, 400);
    assert.equal(none.body.type, 'urn:egov-kit:problem:idempotency-key-required');
    const bad = await submit(base, absenceSubmission(), 'tiny');
    assert.equal(bad.status, 422);
    assert.equal(bad.body.errors[0].field, 'headers.idempotency-key');
  });

  test('the same key with the same body returns the first answer; with another body it is 409', async () => {
    const key = randomUUID();
    const body = absenceSubmission('Phạm Thị Lặp Lại');
    const first = await submit(base, body, key);
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotency-replayed'), null);
    // Same content, keys in another order: still the same body.
    const reordered = { answers: body.answers, applicant: body.applicant, formVersion: 1, procedureCode: body.procedureCode };
    const again = await submit(base, reordered, key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotency-replayed'), 'true');
    assert.equal(again.text, first.text, 'the stored answer, byte for byte');
    const other = await submit(base, { ...body, answers: { ...body.answers, reason: 'Lý do khác.' } }, key, { 'accept-language': 'en' });
    assert.equal(other.status, 409);
    assert.equal(other.body.type, 'urn:egov-kit:problem:idempotency-key-reused');
    assert.equal(other.body.title, 'Idempotency key already used');
  });

  test('many concurrent requests with one key make exactly one dossier', async () => {
    const key = randomUUID();
    const body = absenceSubmission(`Đồng Thời ${key.slice(0, 6)}`);
    const since = new Date(Date.now() - 1000).toISOString();
    const answers = await Promise.all(Array.from({ length: 12 }, () => submit(base, body, key)));
    assert.ok(answers.every((a) => a.status === 201), answers.map((a) => a.status).join());
    assert.equal(new Set(answers.map((a) => a.body.code)).size, 1);
    assert.equal(answers.filter((a) => a.headers.get('idempotency-replayed') !== 'true').length, 1, 'one first answer, the rest replays');
    const token = await staffToken(base);
    const listed = await call(base, 'GET', `/api/v1/staff/dossiers?since=${encodeURIComponent(since)}&limit=100`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(listed.body.items.filter((d: { applicantName: string }) => d.applicantName === body.applicant.fullName).length, 1);
  });

  test('answers are checked against the procedure’s form and the applicant’s identifiers, in the asked language', async () => {
    const body = absenceSubmission();
    const invalid = {
      ...body,
      applicant: { ...body.applicant, phone: '0123 456' },
      answers: { destination: { provinceCode: '19', communeCode: '999', street: 'x' }, fromDate: '2026-13-01' },
    };
    const vi = await submit(base, invalid);
    assert.equal(vi.status, 422);
    problemSchema.parse(vi.body);
    const fields = vi.body.errors.map((e: { field: string }) => e.field);
    assert.deepEqual(fields, ['applicant.phone'], 'the applicant is checked first');
    assert.ok(vi.body.errors[0].messageKey.startsWith('identifier.phone.'));
    const answersOnly = await submit(base, { ...invalid, applicant: body.applicant }, randomUUID(), { 'accept-language': 'en-GB,en;q=0.9' });
    assert.equal(answersOnly.status, 422);
    assert.deepEqual(answersOnly.body.errors.map((e: { field: string; messageKey: string }) => [e.field, e.messageKey]), [
      ['answers.destination', 'form.error.address-commune-invalid'],
      ['answers.fromDate', 'form.error.invalid-date'],
      ['answers.toDate', 'form.error.required'],
      ['answers.reason', 'form.error.required'],
    ]);
    assert.equal(answersOnly.body.errors[2].message, 'Please enter this information.');
    assert.equal(answersOnly.body.detail, 'Some information is not valid. Please check the fields listed.');
  });

  test('an information-only procedure, an unknown procedure and a stale form version are refused', async () => {
    const information = await submit(base, { ...absenceSubmission(), procedureCode: '2.000884', answers: { documentName: 'Hợp đồng' } });
    assert.equal(information.status, 422);
    assert.equal(information.body.type, 'urn:egov-kit:problem:procedure-not-online');
    const unknown = await submit(base, { ...absenceSubmission(), procedureCode: '9.999999' });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.type, 'urn:egov-kit:problem:procedure-not-found');
    const stale = await submit(base, { ...absenceSubmission(), formVersion: 7 });
    assert.equal(stale.status, 409);
    assert.deepEqual(stale.body.params, { expected: 1, received: 7 });
  });

  test('a dossier opens with the applicant’s phone or ID number, in any spelling', async () => {
    const filed = await submit(base, absenceSubmission('Lê Văn Tra Cứu', '0987 654 321', '019085004321'));
    const code = filed.body.code as string;
    for (const verifier of ['0987654321', '+84 987 654 321', '019 085 004 321']) {
      const answer = await call(base, 'GET', `/api/v1/dossiers/${code}`, { headers: { 'x-dossier-verifier': verifier } });
      assert.equal(answer.status, 200, verifier);
      assert.equal(answer.body.code, code);
      assert.ok(answer.body.access.token);
      assert.equal(answer.headers.get('cache-control'), 'private, no-store');
      assert.ok(answer.headers.get('ratelimit-remaining'));
    }
  });

  test('a wrong verifier answers exactly as an unknown code does (status, body), in similar time', async () => {
    const filed = await submit(base, absenceSubmission('Đoàn Thị Bí Mật', '0976 111 222', '019187000111'));
    const code = filed.body.code as string;
    const known = String(code);
    const unknownCode = known.replace(/-\d+$/, '-9999');
    const wrong = await call(base, 'GET', `/api/v1/dossiers/${known}`, { headers: { 'x-dossier-verifier': '0976111223' } });
    const unknown = await call(base, 'GET', `/api/v1/dossiers/${unknownCode}`, { headers: { 'x-dossier-verifier': '0976111223' } });
    assert.equal(wrong.status, 404);
    assert.equal(unknown.status, 404);
    assert.equal(wrong.text.replace(known, 'CODE'), unknown.text.replace(unknownCode, 'CODE'));
    for (const header of ['content-type', 'content-language', 'cache-control']) assert.equal(wrong.headers.get(header), unknown.headers.get(header), header);
    const garbage = await call(base, 'GET', `/api/v1/dossiers/${known}`, { headers: { 'x-dossier-verifier': 'not a number' } });
    assert.equal(garbage.text, wrong.text);
    // Timing: medians of alternating lookups stay close (no early exit for unknown codes).
    const time = async (path: string) => {
      const start = process.hrtime.bigint();
      await call(base, 'GET', path, { headers: { 'x-dossier-verifier': '0976111223' } });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const wrongTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < 40; i++) {
      wrongTimes.push(await time(`/api/v1/dossiers/${known}`));
      unknownTimes.push(await time(`/api/v1/dossiers/${unknownCode}`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const [a, b] = [median(wrongTimes), median(unknownTimes)];
    assert.ok(Math.abs(a - b) < Math.max(3, 0.5 * Math.max(a, b)), `wrong verifier ${a.toFixed(2)} ms vs unknown code ${b.toFixed(2)} ms`);
  });

  test('without a verifier or token the answer is 401 whatever the code; a bad token is 404; an expired one 401', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    const none = await call(base, 'GET', `/api/v1/dossiers/${code}`);
    const noneUnknown = await call(base, 'GET', '/api/v1/dossiers/000.36.01.H55-000101-0001');
    assert.equal(none.status, 401);
    assert.equal(none.text.replace(code, 'X'), noneUnknown.text.replace('000.36.01.H55-000101-0001', 'X'));
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    const forged = await call(base, 'GET', `/api/v1/dossiers/${code}?access_token=d1.AAAA.9999999999.forged`);
    assert.equal(forged.status, 404);
    const other = await submit(base, absenceSubmission());
    const borrowed = await call(base, 'GET', `/api/v1/dossiers/${code}`, { headers: { authorization: `Bearer ${other.body.access.token}` } });
    assert.equal(borrowed.status, 404, 'a token opens only its own dossier');
    const key = await loadTokenKey(server.db);
    const expired = issueDossierToken(key, code, 60, Date.now() - 3_600_000).token;
    const late = await call(base, 'GET', `/api/v1/dossiers/${code}`, { headers: { authorization: `Bearer ${expired}` } });
    assert.equal(late.status, 401);
    assert.equal(late.body.type, 'urn:egov-kit:problem:dossier-access-expired');
    const fine = await call(base, 'GET', `/api/v1/dossiers/${code}/history?access_token=${encodeURIComponent(filed.body.access.token)}`);
    assert.equal(fine.status, 200);
    dossierHistorySchema.parse(fine.body);
  });

  test('a token opens its dossier until it expires and never renews itself; only the verifier gives a fresh one', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    const key = await loadTokenKey(server.db);
    // Issued 50 minutes ago (the default lifetime is an hour).
    const old = issueDossierToken(key, code, 3600, Date.now() - 50 * 60_000);
    const byToken = await call(base, 'GET', `/api/v1/dossiers/${code}`, { headers: { authorization: `Bearer ${old.token}` } });
    assert.equal(byToken.status, 200);
    assert.equal(byToken.body.access.token, old.token, 'the same token is answered back');
    assert.equal(Date.parse(byToken.body.access.expiresAt), old.expiresAt.getTime());
    const withdrawn = await call(base, 'POST', `/api/v1/dossiers/${code}/withdraw`, { headers: { authorization: `Bearer ${old.token}` }, json: { reason: 'Nộp nhầm.' } });
    assert.equal(withdrawn.status, 200, withdrawn.text);
    assert.equal(withdrawn.body.access.token, old.token, 'an action by token does not renew it either');
    const byVerifier = await call(base, 'GET', `/api/v1/dossiers/${code}`, { headers: { 'x-dossier-verifier': '0912345678' } });
    assert.ok(Date.parse(byVerifier.body.access.expiresAt) > Date.now() + 59 * 60_000, 'the verifier mints a token for a full hour');
  });

  test('failed verifier lookups are rate-limited per client with Retry-After; then every verifier lookup is refused', async () => {
    const limited = await startTestServer({ lookupLimit: 5, lookupWindowSeconds: 60 });
    try {
      const filed = await submit(limited.url, absenceSubmission());
      const code = filed.body.code as string;
      const lookup = (verifier: string, path = code) => call(limited.url, 'GET', `/api/v1/dossiers/${path}`, { headers: { 'x-dossier-verifier': verifier, 'accept-language': 'en' } });
      const right = await lookup('0912345678');
      assert.equal(right.status, 200);
      assert.equal(right.headers.get('ratelimit-remaining'), '5', 'a successful lookup is not a failure');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await lookup('0900000000', i % 2 ? code : code.replace(/-\d+$/, '-9999'))).status);
      assert.deepEqual(statuses, [404, 404, 404, 404, 404], 'wrong verifiers and unknown codes count alike');
      const refused = await lookup('0912345678');
      assert.equal(refused.status, 429, 'over the limit, even the right verifier waits');
      assert.equal(refused.body.type, 'urn:egov-kit:problem:rate-limited');
      const retryAfter = Number(refused.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
      assert.equal(refused.body.params.retryAfterSeconds, retryAfter);
      assert.match(refused.body.detail, /try again in \d+ s\./);
      assert.equal(refused.headers.get('ratelimit-remaining'), '0');
      // The access token keeps working: only verifier lookups are limited.
      const byToken = await call(limited.url, 'GET', `/api/v1/dossiers/${code}`, { headers: { authorization: `Bearer ${filed.body.access.token}` } });
      assert.equal(byToken.status, 200);
    } finally {
      await limited.stop();
    }
  });

  test('guesses sent all at once are held to the limit: none beyond it is tested, the right one among them included', async () => {
    const limited = await startTestServer({ lookupLimit: 5, lookupWindowSeconds: 60 });
    try {
      const filed = await submit(limited.url, absenceSubmission());
      const code = filed.body.code as string;
      const right = await call(limited.url, 'GET', `/api/v1/dossiers/${code}`, { headers: { 'x-dossier-verifier': '0912345678' } });
      assert.equal(right.status, 200);
      const guesses = Array.from({ length: 40 }, (_, i) => `09000000${String(i).padStart(2, '0')}`);
      guesses[39] = '0912345678';
      const statuses = await sentTogether(limited.url, guesses.map((verifier) => `GET /api/v1/dossiers/${code} HTTP/1.1\r\nHost: x\r\nX-Dossier-Verifier: ${verifier}\r\nConnection: close\r\n\r\n`));
      const tested = statuses.filter((status) => status !== 429).length;
      assert.ok(tested <= 5, `${tested} guesses were tested: ${statuses.join(' ')}`);
      assert.equal(statuses[39], 429, 'the right verifier beyond the limit is refused too');
    } finally {
      await limited.stop();
    }
  });

  test('the applicant withdraws; withdrawing again is a forbidden transition; If-Match guards versions', async () => {
    const filed = await submit(base, absenceSubmission());
    const auth = { authorization: `Bearer ${filed.body.access.token}` };
    const code = filed.body.code as string;
    const stale = await call(base, 'POST', `/api/v1/dossiers/${code}/withdraw`, { headers: { ...auth, 'if-match': '"7"' }, json: { reason: 'Nộp nhầm.' } });
    assert.equal(stale.status, 412);
    assert.deepEqual(stale.body.params, { current: 1 });
    const empty = await call(base, 'POST', `/api/v1/dossiers/${code}/withdraw`, { headers: auth, json: {} });
    assert.equal(empty.status, 422);
    assert.equal(empty.body.errors[0].field, 'reason');
    const done = await call(base, 'POST', `/api/v1/dossiers/${code}/withdraw`, { headers: { ...auth, 'if-match': '"1"' }, json: { reason: 'Nộp nhầm thủ tục.' } });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.status, 'withdrawn');
    assert.equal(done.body.version, 2);
    const event = dossierEventSchema.parse(done.body.history[0]);
    assert.deepEqual([event.from, event.to, event.actor.kind, event.note], ['submitted', 'withdrawn', 'applicant', 'Nộp nhầm thủ tục.']);
    const twice = await call(base, 'POST', `/api/v1/dossiers/${code}/withdraw`, { headers: { ...auth, 'accept-language': 'en' }, json: { reason: 'Lần nữa.' } });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.detail, 'The application cannot move from “Withdrawn by the applicant” to “Withdrawn by the applicant”.');
  });

  test('a supplement request is answered in place and the dossier returns to processing', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    const staff = { authorization: `Bearer ${await staffToken(base)}` };
    for (const [operation, body] of [['receive', {}], ['process', {}], ['request-supplement', { items: ['Bổ sung giấy xác nhận nơi đến.'], dueDate: '2026-12-31' }]] as const) {
      const moved = await call(base, 'POST', `/api/v1/staff/dossiers/${code}/${operation}`, { headers: staff, json: body });
      assert.equal(moved.status, 200, `${operation}: ${moved.text}`);
    }
    const auth = { authorization: `Bearer ${filed.body.access.token}` };
    const waiting = await call(base, 'GET', `/api/v1/dossiers/${code}`, { headers: auth });
    assert.equal(waiting.body.status, 'supplement-requested');
    assert.equal(waiting.body.deadline.clock, 'paused');
    const request = waiting.body.supplementRequests[0];
    assert.equal(request.status, 'open');
    const wrongId = await call(base, 'POST', `/api/v1/dossiers/${code}/supplement-requests/nope/answer`, { headers: auth, json: { note: 'x' } });
    assert.equal(wrongId.status, 409);
    assert.equal(wrongId.body.type, 'urn:egov-kit:problem:supplement-request-not-open');
    const invalid = await call(base, 'POST', `/api/v1/dossiers/${code}/supplement-requests/${request.id}/answer`, { headers: auth, json: { answers: { toDate: 'later' } } });
    assert.equal(invalid.status, 422);
    assert.equal(invalid.body.errors[0].field, 'answers.toDate');
    const answered = await call(base, 'POST', `/api/v1/dossiers/${code}/supplement-requests/${request.id}/answer`, {
      headers: auth, json: { note: 'Đã bổ sung nơi đến.', answers: { toDate: '2027-02-01' } },
    });
    assert.equal(answered.status, 200, answered.text);
    assert.equal(answered.body.status, 'processing');
    assert.equal(answered.body.answers.toDate, '2027-02-01');
    assert.equal(answered.body.supplementRequests[0].status, 'answered');
    assert.deepEqual(answered.body.supplementRequests[0].answer.changedFields, ['toDate']);
    assert.equal(answered.body.history.at(-1).actor.kind, 'applicant');
    const again = await call(base, 'POST', `/api/v1/dossiers/${code}/supplement-requests/${request.id}/answer`, { headers: auth, json: { note: 'x' } });
    assert.equal(again.status, 409);
  });
});
