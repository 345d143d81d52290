import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createClient, InvalidResponseError, NetworkError, ProblemError, TimeoutError, type RetryNotice,
} from '../src/index.js';
import { FaultProxy, on } from './helpers/fault-proxy.js';
import { absenceSubmission, uniqueName } from './helpers/fixtures.js';
import { freePort, startInProcessServer, type InProcessServer } from './helpers/reference-server.js';

const fast = { limit: 3, baseDelayMs: 20, maxDelayMs: 100 };

describe('transport against the reference server', () => {
  let server: InProcessServer;
  let proxy: FaultProxy;
  before(async () => {
    server = await startInProcessServer();
    proxy = await FaultProxy.start(server.url);
  });
  after(async () => {
    await proxy.close();
    await server.stop();
  });

  test('iterates cursor pages lazily: one request per page, none after the loop breaks', async () => {
    const client = createClient({ baseUrl: proxy.url, retry: fast });
    const pageRequests = () => proxy.requests(on('GET', /^\/api\/v1\/procedures\?/)).length;
    const before = pageRequests();
    const codes: string[] = [];
    for await (const procedure of client.procedures.search({ limit: 5 })) codes.push(procedure.code);
    assert.ok(codes.length > 20, `the seeded catalogue has more than 20 procedures (${codes.length})`);
    assert.equal(new Set(codes).size, codes.length, 'no procedure twice');
    assert.deepEqual(codes, [...codes].sort(), 'in code order across pages');
    assert.equal(pageRequests() - before, Math.ceil(codes.length / 5));
    const start = pageRequests();
    for await (const procedure of client.procedures.search({ limit: 5 })) {
      assert.ok(procedure.code);
      break;
    }
    assert.equal(pageRequests() - start, 1, 'breaking out fetches no further page');
    const found = await client.procedures.search({ text: 'khai sinh' }).toArray();
    assert.ok(found.some((procedure) => procedure.code === '1.001193'), 'search ignores diacritics');
    const [firstPage] = await client.procedures.search({ limit: 3 }).pages().next().then((r) => [r.value]);
    assert.equal(firstPage?.items.length, 3);
    assert.ok(firstPage?.nextCursor);
  });

  test('turns problems into ProblemError with type, message key, params and localized title', async () => {
    const vi = createClient({ baseUrl: proxy.url });
    const error = await vi.procedures.get('9.999999').catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 404);
    assert.equal(error.type, 'urn:egov-kit:problem:procedure-not-found');
    assert.equal(error.problemName, 'procedure-not-found');
    assert.ok(error.is('procedure-not-found'));
    assert.equal(error.messageKey, 'api.problem.procedure-not-found');
    assert.deepEqual(error.params, { code: '9.999999' });
    assert.equal(error.title, 'Không tìm thấy thủ tục');
    assert.ok(error.requestId, 'the server’s request id, to quote');
    const en = createClient({ baseUrl: proxy.url, locale: () => 'en' });
    const english = await en.procedures.get('9.999999').catch((e: unknown) => e);
    assert.ok(english instanceof ProblemError);
    assert.notEqual(english.title, error.title);
    assert.match(english.detail ?? '', /9\.999999/);
  });

  test('reports field errors of a refused submission', async () => {
    const client = createClient({ baseUrl: proxy.url });
    const submission = absenceSubmission(uniqueName('field errors'), '123');
    const error = await client.dossiers.submit(submission).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 422);
    assert.ok(error.is('validation-failed'));
    const phone = error.fieldErrors.find((fieldError) => fieldError.field === 'applicant.phone');
    assert.ok(phone, JSON.stringify(error.fieldErrors));
    assert.match(phone.messageKey, /^identifier\.phone\./);
    assert.ok(phone.message, 'with its text in the asked language');
  });

  test('an error page without a problem body becomes an about:blank problem for its status', async () => {
    const client = createClient({ baseUrl: proxy.url, retry: fast });
    proxy.inject(on('GET', '/api/v1/procedures/1.001193'), { kind: 'respond', status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>Bad Gateway</h1>' });
    const before = proxy.log.length;
    const error = await client.procedures.get('1.001193').catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError);
    assert.equal(error.type, 'about:blank');
    assert.equal(error.status, 502);
    assert.equal(error.problemName, undefined);
    assert.equal(error.messageKey, 'api.problem.service-unavailable');
    assert.equal(proxy.log.length - before, 1, '502 is not among the retried statuses by default');
  });

  test('retries 503 bursts and honours Retry-After in seconds', async () => {
    const notices: RetryNotice[] = [];
    const client = createClient({ baseUrl: proxy.url, retry: fast, onRetry: (notice) => notices.push(notice) });
    const path = on('GET', '/api/v1/procedures/1.003677');
    proxy.inject(path, { kind: 'respond', status: 503, headers: { 'retry-after': '1' }, body: '{}' });
    proxy.inject(path, { kind: 'respond', status: 503, body: '{}' });
    const before = proxy.requests(path).length;
    const detail = await client.procedures.get('1.003677');
    assert.equal(detail.procedure.code, '1.003677');
    const tries = proxy.requests(path).slice(before);
    assert.equal(tries.length, 3);
    assert.ok(tries[1]!.at - tries[0]!.at >= 995, `waited ${Math.round(tries[1]!.at - tries[0]!.at)} ms after Retry-After: 1`);
    assert.ok(tries[2]!.at - tries[1]!.at < 500, 'without Retry-After, the short backoff');
    assert.deepEqual(notices.map((notice) => notice.retry), [1, 2]);
    assert.equal(notices[0]!.delayMs, 1000);
  });

  test('honours Retry-After as an HTTP-date on 429, and passes on a wait longer than allowed', async () => {
    const client = createClient({ baseUrl: proxy.url, retry: { ...fast, maxRetryAfterMs: 5000 } });
    const path = on('GET', '/api/v1/procedures/1.001445');
    const at = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000);
    proxy.inject(path, { kind: 'respond', status: 429, headers: { 'retry-after': at.toUTCString() }, body: '{}' });
    const before = proxy.requests(path).length;
    await client.procedures.get('1.001445');
    const tries = proxy.requests(path).slice(before);
    assert.equal(tries.length, 2);
    assert.ok(performance.timeOrigin + tries[1]!.at >= at.getTime() - 5, 'not before the date given');

    proxy.inject(path, { kind: 'respond', status: 429, headers: { 'retry-after': '60' }, body: '{}' });
    const error = await client.procedures.get('1.001445').catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterMs, 60_000, 'the caller learns how long to wait');
  });

  test('times out a slow answer, and retries it when the request is idempotent', async () => {
    const client = createClient({ baseUrl: proxy.url, timeoutMs: 400, retry: fast });
    const path = on('GET', '/api/v1/procedures/1.002755');
    proxy.inject(path, { kind: 'delay', ms: 1200 });
    const before = proxy.requests(path).length;
    const detail = await client.procedures.get('1.002755');
    assert.equal(detail.procedure.code, '1.002755');
    assert.equal(proxy.requests(path).length - before, 2);

    proxy.inject(path, { kind: 'delay', ms: 1200 });
    const started = performance.now();
    const error = await client.procedures.get('1.002755', { retry: false, timeoutMs: 300 }).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeoutMs, 300);
    assert.ok(performance.now() - started < 1000, 'gave up at the timeout, not when the answer came');
  });

  test('cancels with the caller’s AbortSignal: the call rejects with its reason, at once', async () => {
    const client = createClient({ baseUrl: proxy.url, retry: fast });
    proxy.inject(on('GET', '/api/v1/procedures/1.004194'), { kind: 'stall' });
    const controller = new AbortController();
    const started = performance.now();
    const pending = client.procedures.get('1.004194', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await pending.catch((e: unknown) => e);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.ok(performance.now() - started < 1000);
    const reason = new Error('left the page');
    await assert.rejects(client.procedures.get('1.004194', { signal: AbortSignal.abort(reason) }), reason);
    // Aborting also interrupts the wait between retries.
    proxy.inject(on('GET', '/api/v1/procedures/1.004222'), { kind: 'respond', status: 503, headers: { 'retry-after': '20' }, body: '{}' });
    const waiting = new AbortController();
    const slow = createClient({ baseUrl: proxy.url, retry: { ...fast, maxRetryAfterMs: 30_000 } }).procedures.get('1.004222', { signal: waiting.signal });
    setTimeout(() => waiting.abort(), 200);
    await assert.rejects(slow, { name: 'AbortError' });
  });

  test('retries a body mangled on the way; reports one that stays mangled as InvalidResponseError', async () => {
    const client = createClient({ baseUrl: proxy.url, retry: { ...fast, limit: 1 } });
    const path = on('GET', '/api/v1/procedures/1.010028');
    proxy.inject(path, { kind: 'corrupt-body' });
    assert.equal((await client.procedures.get('1.010028')).procedure.code, '1.010028');
    proxy.inject(path, { kind: 'corrupt-body' }, 2);
    const error = await client.procedures.get('1.010028').catch((e: unknown) => e);
    assert.ok(error instanceof InvalidResponseError);
    assert.equal(error.reason, 'malformed-json');
    assert.equal(error.status, 200);
  });

  test('checks answers against the contract, unless told not to', async () => {
    const path = on('GET', '/api/v1/procedures/1.013227');
    const rename = (body: unknown) => {
      const { procedure, ...rest } = body as { procedure: unknown };
      return { ...rest, procedur: procedure };
    };
    proxy.inject(path, { kind: 'rewrite-json', rewrite: rename });
    const checked = createClient({ baseUrl: proxy.url });
    const error = await checked.procedures.get('1.013227').catch((e: unknown) => e);
    assert.ok(error instanceof InvalidResponseError);
    assert.equal(error.reason, 'contract');
    assert.deepEqual(error.issues[0]?.path, ['procedure']);
    proxy.inject(path, { kind: 'rewrite-json', rewrite: rename });
    const unchecked = createClient({ baseUrl: proxy.url, validateResponses: false });
    const raw = await unchecked.procedures.get('1.013227') as unknown as { procedur: { code: string } };
    assert.equal(raw.procedur.code, '1.013227');
  });

  test('never retries a non-idempotent request that reached the server', async () => {
    const client = createClient({ baseUrl: proxy.url, retry: fast });
    const { dossier } = await client.dossiers.submit(absenceSubmission(uniqueName('withdraw')));
    const path = on('POST', `/api/v1/dossiers/${dossier.code}/withdraw`);
    proxy.inject(path, { kind: 'respond', status: 503, body: '{}' });
    const refused = await client.dossiers.withdraw(dossier.code, dossier.access!, 'Nộp nhầm thủ tục').catch((e: unknown) => e);
    assert.ok(refused instanceof ProblemError && refused.status === 503);
    assert.equal(proxy.requests(path).length, 1, 'a 503 is passed on, not retried');

    proxy.inject(path, { kind: 'lose-response' });
    const lost = await client.dossiers.withdraw(dossier.code, dossier.access!, 'Nộp nhầm thủ tục', { ifVersion: dossier.version }).catch((e: unknown) => e);
    assert.ok(lost instanceof NetworkError && lost.sent);
    assert.equal(proxy.requests(path).length, 2, 'a lost answer is passed on, not retried');
    const now = await client.dossiers.lookup(dossier.code, dossier.access!);
    assert.equal(now.status, 'withdrawn', 'the server did act on the request whose answer was lost');
    // Sent again with the version it saw, the change is refused instead of applied twice.
    const again = await client.dossiers.withdraw(dossier.code, dossier.access!, 'Nộp nhầm thủ tục', { ifVersion: dossier.version }).catch((e: unknown) => e);
    assert.ok(again instanceof ProblemError && again.is('dossier-changed'));
  });

  test('sends even a non-idempotent request again when the connection was refused', async () => {
    const closed = await freePort();
    const notices: RetryNotice[] = [];
    const client = createClient({ baseUrl: `http://127.0.0.1:${closed}`, retry: { ...fast, limit: 2 }, onRetry: (notice) => notices.push(notice) });
    const error = await client.dossiers.withdraw('000.31.01.H55-261124-0001', '0912345678', 'x').catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(error.sent, false);
    assert.equal(notices.length, 2);
  });

  test('accepts the base URL with or without /api/v1', async () => {
    const client = createClient({ baseUrl: `${proxy.url}/api/v1/` });
    assert.equal(client.urlOf({ path: '/procedures' }).href, `${proxy.url}/api/v1/procedures`);
    assert.equal((await client.procedures.get('1.001193')).procedure.code, '1.001193');
  });
});
