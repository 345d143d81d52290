import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PORTAL_CSP } from '../src/portal.js';
import { call, databaseKind, startTestServer, type TestServer } from './helpers.js';

/** Serving a built portal beside the API (`--portal DIR`): files, client-side routes, and what is never the portal's. */
describe(`the portal at / (${databaseKind})`, () => {
  let server: TestServer;
  let portal: string;
  const page = { accept: 'text/html,application/xhtml+xml' };
  before(async () => {
    const work = mkdtempSync(join(tmpdir(), 'egov-portal-test-'));
    portal = join(work, 'portal');
    mkdirSync(join(portal, 'assets'), { recursive: true });
    writeFileSync(join(portal, 'index.html'), '<!doctype html><title>Cổng</title><portal-app></portal-app>');
    writeFileSync(join(portal, 'assets/index-abc123.js'), 'export {};');
    writeFileSync(join(work, 'secret.txt'), 'not for the web');
    server = await startTestServer({ portalDir: portal });
  });
  after(async () => {
    await server.stop();
    rmSync(join(portal, '..'), { recursive: true, force: true });
  });

  test('the page and its files carry the strict policy; hashed assets are cached, the page revalidated', async () => {
    const home = await call(server.url, 'GET', '/', { headers: page });
    assert.equal(home.status, 200);
    assert.match(home.text, /<portal-app>/);
    assert.equal(home.headers.get('content-security-policy'), PORTAL_CSP);
    assert.equal(home.headers.get('cache-control'), 'no-cache');
    const script = await call(server.url, 'GET', '/assets/index-abc123.js');
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  test('the portal may be framed only by its own origin, unless configured for agencies that embed it', async () => {
    const home = await call(server.url, 'GET', '/', { headers: page });
    assert.match(home.headers.get('content-security-policy') ?? '', /; frame-ancestors 'self'$/);
    const embedding = await startTestServer({ portalDir: portal, portalFrameAncestors: "'self' https://*.thainguyen.gov.vn" });
    try {
      const embedded = await call(embedding.url, 'GET', '/', { headers: page });
      assert.match(embedded.headers.get('content-security-policy') ?? '', /; frame-ancestors 'self' https:\/\/\*\.thainguyen\.gov\.vn$/);
    } finally {
      await embedding.stop();
    }
  });

  test('a client-side route reloads as the page itself, procedure codes with dots included', async () => {
    for (const path of ['/thu-tuc/1.000466', '/nop-ho-so/1.003677/nguoi-nop', '/tra-cuu?ma=000.36.01.H55-261124-0001']) {
      const answer = await call(server.url, 'GET', path, { headers: page });
      assert.equal(answer.status, 200, path);
      assert.match(answer.text, /<portal-app>/, path);
    }
  });

  test('a missing asset is a 404, not the page; nothing outside the folder is served', async () => {
    assert.equal((await call(server.url, 'GET', '/assets/gone-000.js')).status, 404);
    assert.equal((await call(server.url, 'GET', '/assets/gone-000.js', { headers: page })).status, 404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const answer = await call(server.url, 'GET', path);
      assert.doesNotMatch(answer.text, /not for the web/, path);
    }
  });

  test('the API, OAuth and health paths stay the server\'s: problems, never the page', async () => {
    const missing = await call(server.url, 'GET', '/api/v1/nothing', { headers: page });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.type, 'urn:egov-kit:problem:not-found');
    assert.equal((await call(server.url, 'GET', '/health')).status, 200);
    assert.equal((await call(server.url, 'GET', '/oauth/nothing', { headers: page })).status, 404);
  });
});
