import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../src/config.js';
import { createApiOpenApiDocument, problemSchema } from '../src/contract.js';
import { absenceSubmission, call, databaseKind, repoRoot, startTestServer, submit, type TestServer } from './helpers.js';

describe(`HTTP behaviour (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startTestServer({ corsOrigins: ['https://dichvucong.thainguyen.gov.vn'] });
    base = server.url;
  });
  after(() => server.stop());

  test('unknown paths are 404 and wrong methods 405 with Allow, as problems', async () => {
    const missing = await call(base, 'GET', '/api/v1/nothing', { headers: { 'accept-language': 'en' } });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    problemSchema.parse(missing.body);
    assert.deepEqual([missing.body.type, missing.body.instance], ['urn:egov-kit:problem:not-found', '/api/v1/nothing']);
    const wrong = await call(base, 'PUT', '/api/v1/dossiers');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'POST');
    assert.equal(wrong.body.params.allowed, 'POST');
    const staffWrong = await call(base, 'GET', '/api/v1/staff/dossiers/X/decide');
    assert.equal(staffWrong.status, 405);
    const plainOptions = await call(base, 'OPTIONS', '/api/v1/procedures');
    assert.equal(plainOptions.status, 405, 'OPTIONS without a preflight is not CORS');
  });

  test('bodies: wrong media type 415, broken JSON 400, too large 413', async () => {
    const text = await call(base, 'POST', '/api/v1/dossiers', { headers: { 'idempotency-key': 'k'.repeat(20), 'content-type': 'text/plain' }, body: 'hello' });
    assert.equal(text.status, 415);
    assert.equal(text.body.type, 'urn:egov-kit:problem:unsupported-media-type');
    assert.equal(text.body.params.mediaType, 'text/plain');
    const broken = await call(base, 'POST', '/api/v1/dossiers', { headers: { 'idempotency-key': 'k'.repeat(20), 'content-type': 'application/json' }, body: '{"procedureCode":' });
    assert.equal(broken.status, 400);
    assert.equal(broken.body.type, 'urn:egov-kit:problem:malformed-request');
    const huge = await call(base, 'POST', '/api/v1/dossiers', { headers: { 'idempotency-key': 'k'.repeat(20) }, json: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.type, 'urn:egov-kit:problem:payload-too-large');
    assert.deepEqual(huge.body.params, { maxBytes: 1024 * 1024, maxSizeMb: 1 });
    assert.equal(huge.body.detail, 'Dữ liệu gửi lên vượt quá dung lượng cho phép (1 MB).');
  });

  test('every answer names its request; a given X-Request-Id is kept', async () => {
    const answer = await call(base, 'GET', '/health', { headers: { 'x-request-id': 'trace-1234' } });
    assert.equal(answer.headers.get('x-request-id'), 'trace-1234');
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff', 'API answers are never sniffed');
    const generated = await call(base, 'GET', '/health');
    assert.match(generated.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  test('CORS: allowed origins get the headers and preflight; others do not', async () => {
    const origin = 'https://dichvucong.thainguyen.gov.vn';
    const preflight = await call(base, 'OPTIONS', '/api/v1/dossiers', {
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'idempotency-key,content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PATCH/);
    const simple = await call(base, 'GET', '/api/v1/procedures?limit=1', { headers: { origin } });
    assert.equal(simple.headers.get('access-control-allow-origin'), origin);
    assert.match(simple.headers.get('access-control-expose-headers') ?? '', /Upload-Offset/);
    const stranger = await call(base, 'GET', '/api/v1/procedures?limit=1', { headers: { origin: 'https://evil.example' } });
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
    // A same-origin request (no Origin) gets no CORS headers, and caches keep the two apart, problems included.
    const sameOrigin = await call(base, 'GET', '/api/v1/procedures?limit=1');
    assert.equal(sameOrigin.headers.get('access-control-allow-origin'), null);
    assert.equal(sameOrigin.headers.get('vary'), 'Origin');
    const missing = await call(base, 'GET', '/api/v1/nothing', { headers: { origin } });
    assert.equal(missing.headers.get('access-control-allow-origin'), origin);
    assert.equal(missing.headers.get('vary'), 'Origin, Accept-Language');
  });

  test('CORS: with every origin allowed (the default), any site embedding the API reads it', async () => {
    const open = await startTestServer();
    try {
      const answer = await call(open.url, 'GET', '/api/v1/procedures?limit=1', { headers: { origin: 'https://xa-phuc-xuan.example' } });
      assert.equal(answer.headers.get('access-control-allow-origin'), '*');
      assert.match(answer.headers.get('access-control-expose-headers') ?? '', /RateLimit-Remaining/);
    } finally {
      await open.stop();
    }
  });

  test('behind a proxy, a client cannot pick its own address with X-Forwarded-For and so escape the lookup limit', async () => {
    const proxied = await startTestServer({ trustProxy: loadConfig({ EGOV_TRUST_PROXY: 'true' }).trustProxy, lookupLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        // The proxy in front appends the address it saw; what comes before is the client's own writing.
        const answer = await call(proxied.url, 'GET', '/api/v1/dossiers/000.36.01.H55-000101-0001', {
          headers: { 'x-dossier-verifier': '0900000000', 'x-forwarded-for': `10.9.${i}.1, 203.0.113.7` },
        });
        statuses.push(answer.status);
      }
      assert.deepEqual(statuses, [404, 404, 404, 429, 429]);
    } finally {
      await proxied.stop();
    }
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ EGOV_TRUST_PROXY: '2' }).trustProxy, 2);
    assert.deepEqual(loadConfig({ EGOV_TRUST_PROXY: '10.0.0.0/8, 192.168.1.5' }).trustProxy, ['10.0.0.0/8', '192.168.1.5']);
  });

  test('/health answers while the process lives; /ready checks the database', async () => {
    assert.deepEqual((await call(base, 'GET', '/health')).body, { status: 'ok' });
    const ready = await call(base, 'GET', '/ready');
    assert.equal(ready.status, 200);
    assert.deepEqual(ready.body, { status: 'ok', checks: { database: databaseKind } });
  });

  test('the OpenAPI document served is the one generated from the contract and committed in docs/', async () => {
    const served = await call(base, 'GET', '/api/v1/openapi.json');
    assert.equal(served.status, 200);
    assert.deepEqual(served.body, JSON.parse(JSON.stringify(createApiOpenApiDocument())));
    assert.deepEqual(served.body, JSON.parse(readFileSync(join(repoRoot, 'docs/openapi.json'), 'utf8')));
    // Every route the server has is in the document, and the reverse.
    const documented = new Set(Object.entries(served.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)));
    const routes = server.app.printRoutes({ commonPrefix: false });
    for (const entry of documented) {
      const [method, path] = entry.split(' ') as [string, string];
      const probe = path.replace(/:\w+/g, 'x');
      const answer = await call(base, method, probe, method === 'HEAD' || method === 'OPTIONS' ? {} : { headers: { 'tus-resumable': '1.0.0' } });
      assert.notEqual(answer.status, 405, `${entry} is served (${routes.length} chars of routes)`);
    }
  });

  test('an unexpected failure is a 500 problem that does not leak internals', async () => {
    const filed = await submit(base, absenceSubmission());
    // A transaction the database refuses: a code longer than the column allows is not possible,
    // so simulate the database going away for this one request.
    const original = server.db.query;
    server.db.query = async () => {
      throw new Error('connection terminated: secret internals');
    };
    try {
      const answer = await call(base, 'GET', `/api/v1/dossiers/${filed.body.code}`, { headers: { authorization: `Bearer ${filed.body.access.token}` } });
      assert.equal(answer.status, 500);
      assert.equal(answer.body.type, 'urn:egov-kit:problem:internal-error');
      assert.ok(!answer.text.includes('secret'), answer.text);
      const ready = await call(base, 'GET', '/ready');
      assert.equal(ready.status, 503);
      assert.equal(ready.body.type, 'urn:egov-kit:problem:service-unavailable');
    } finally {
      server.db.query = original;
    }
  });
});
