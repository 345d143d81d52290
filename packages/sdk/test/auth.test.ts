import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { clientCredentials, createClient, createTransport, ProblemError, UnsupportedEnvironmentError, isBrowserLike } from '../src/index.js';
import { FaultProxy, on } from './helpers/fault-proxy.js';
import { absenceSubmission, uniqueName } from './helpers/fixtures.js';
import { startInProcessServer, type InProcessServer } from './helpers/reference-server.js';

const staffCredentials = { clientId: 'demo-staff', clientSecret: 'demo-staff-secret' };
const unauthorized = JSON.stringify({ type: 'urn:egov-kit:problem:unauthorized', title: 'Chưa được xác thực', status: 401, messageKey: 'api.problem.unauthorized' });

describe('authentication', () => {
  let server: InProcessServer;
  let proxy: FaultProxy;
  before(async () => {
    // Staff tokens live 2 s here, so refreshing before expiry can be watched.
    server = await startInProcessServer({ staffTokenTtlSeconds: 2 });
    proxy = await FaultProxy.start(server.url);
  });
  after(async () => {
    await proxy.close();
    await server.stop();
  });
  const tokenRequests = () => proxy.requests(on('POST', '/oauth/token'));

  test('client credentials: one token for many calls, shared by concurrent ones, replaced before it expires', async () => {
    const client = createClient({ baseUrl: proxy.url, auth: staffCredentials });
    const before = tokenRequests().length;
    const lists = await Promise.all([1, 2, 3].map(() => client.staff.list({ limit: 2 }).toArray(2)));
    assert.ok(lists.every((items) => items.length === 2));
    await client.staff.get(lists[0]![0]!.code);
    assert.equal(tokenRequests().length - before, 1, 'concurrent first calls share one token request');
    const tokenCall = tokenRequests().at(-1)!;
    assert.match(String(tokenCall.headers.authorization), /^Basic /, 'the client authenticates with HTTP Basic');
    assert.equal(tokenCall.headers['content-type'], 'application/x-www-form-urlencoded;charset=UTF-8');
    const used = proxy.requests(on('GET', '/api/v1/staff/dossiers')).at(-1)!.headers.authorization;
    await new Promise((resolve) => setTimeout(resolve, 1900));
    await client.staff.list({ limit: 1 }).toArray(1);
    assert.equal(tokenRequests().length - before, 2, 'a token near its expiry is replaced before use');
    assert.notEqual(proxy.requests(on('GET', '/api/v1/staff/dossiers')).at(-1)!.headers.authorization, used);
  });

  test('client credentials: a refused token is renewed once, for any method; a second refusal is passed on', async () => {
    const client = createClient({ baseUrl: proxy.url, auth: staffCredentials, retry: false });
    const [summary] = await client.staff.list({ status: 'submitted', limit: 1 }).toArray(1);
    assert.ok(summary);
    const before = tokenRequests().length;
    const receive = on('POST', `/api/v1/staff/dossiers/${summary.code}/receive`);
    proxy.inject(receive, { kind: 'respond', status: 401, body: unauthorized });
    const received = await client.staff.run(summary.code, 'receive', { note: 'Đủ thành phần hồ sơ' });
    assert.equal(received.status, 'received');
    assert.equal(tokenRequests().length - before, 1, 'one new token');
    assert.equal(proxy.requests(receive).length, 2, 'sent once more with it (the server refused the first before acting)');

    proxy.inject(on('GET', '/api/v1/staff/dossiers'), { kind: 'respond', status: 401, body: unauthorized }, 2);
    const error = await client.staff.list({ limit: 1 }).toArray(1).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError && error.is('unauthorized'));
  });

  test('client credentials: a wrong secret is a ProblemError from the token endpoint', async () => {
    const client = createClient({ baseUrl: proxy.url, auth: { clientId: 'demo-staff', clientSecret: 'wrong' } });
    const error = await client.staff.list().toArray(1).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError);
    assert.ok(error.is('invalid-client'));
    assert.equal(error.problem?.error, 'invalid_client', 'OAuth’s own error member is kept');
  });

  test('client credentials: a narrower scope is asked for and enforced', async () => {
    const client = createClient({ baseUrl: proxy.url, auth: { ...staffCredentials, scope: ['dossiers:read'] } });
    const [summary] = await client.staff.list({ status: 'received', limit: 1 }).toArray(1);
    assert.ok(summary);
    const error = await client.staff.run(summary.code, 'process', {}).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError && error.is('insufficient-scope'));
    assert.equal(error.params.scope, 'dossiers:process');
  });

  test('client credentials: a cancelled call stops waiting for a slow token request, which still serves the others', async () => {
    const api = createTransport({ baseUrl: proxy.url, auth: clientCredentials(staffCredentials) });
    const list = (signal?: AbortSignal) => api.request<{ items: unknown[] }>({ method: 'GET', path: '/staff/dossiers', query: { limit: 1 }, ...(signal ? { signal } : {}) });
    const before = tokenRequests().length;
    proxy.inject(on('POST', '/oauth/token'), { kind: 'delay', ms: 2000 });
    const controller = new AbortController();
    const patient = list();
    const cancelled = list(controller.signal).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const abortedAt = performance.now();
    controller.abort();
    const error = await cancelled;
    assert.equal((error as Error).name, 'AbortError');
    assert.ok(performance.now() - abortedAt < 500, 'the cancelled call ended at once');
    const { data } = await patient;
    assert.equal(data.items.length, 1, 'the other call got the token');
    assert.equal(tokenRequests().length - before, 1, 'one token request, shared');
  });

  test('a transport takes client credentials as a token source, not as a plain object', async () => {
    const api = createTransport({ baseUrl: proxy.url, auth: clientCredentials(staffCredentials) });
    const { data } = await api.request<{ items: unknown[] }>({ method: 'GET', path: '/staff/dossiers', query: { limit: 1 } });
    assert.equal(data.items.length, 1);
    assert.throws(() => createTransport({ baseUrl: proxy.url, auth: staffCredentials as never }), TypeError);
  });

  test('a bearer-token provider is asked before every request and its token sent', async () => {
    const staff = createClient({ baseUrl: proxy.url, auth: staffCredentials });
    let calls = 0;
    const token = await (async () => {
      const response = await fetch(`${server.url}/oauth/token`, {
        method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'demo-staff', client_secret: 'demo-staff-secret' }),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    })();
    const client = createClient({ baseUrl: proxy.url, auth: async () => { calls += 1; return token; } });
    await client.staff.list({ limit: 1 }).toArray(1);
    await client.procedures.get('1.001193');
    assert.equal(calls, 2);
    assert.equal(proxy.log.at(-1)!.headers.authorization, `Bearer ${token}`);
    // A dossier's own access token replaces the site's token on that dossier's calls.
    const { dossier } = await staff.dossiers.submit(absenceSubmission(uniqueName('bearer')));
    await client.dossiers.lookup(dossier.code, dossier.access!);
    assert.equal(proxy.log.at(-1)!.headers.authorization, `Bearer ${dossier.access!.token}`);
  });

  test('refuses client credentials in a browser, with a typed error', () => {
    const scope = globalThis as { window?: unknown; document?: unknown };
    assert.equal(isBrowserLike(), false);
    scope.window = globalThis;
    scope.document = {};
    try {
      assert.equal(isBrowserLike(), true);
      assert.throws(() => createClient({ baseUrl: server.url, auth: staffCredentials }), (error: unknown) => {
        assert.ok(error instanceof UnsupportedEnvironmentError);
        assert.equal(error.feature, 'client-credentials-in-browser');
        return true;
      });
      assert.throws(() => clientCredentials(staffCredentials), UnsupportedEnvironmentError);
      assert.doesNotThrow(() => createClient({ baseUrl: server.url, auth: () => 'site-token' }), 'a bearer provider is fine in a browser');
    } finally {
      delete scope.window;
      delete scope.document;
    }
  });
});
