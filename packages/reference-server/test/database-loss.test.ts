import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { audit, SubmissionLoad } from './chaos.js';
import { absenceSubmission, call, databaseKind, sleep, spawnServer, startTestServer, stopServer, submit, type ChildServer } from './helpers.js';
import { PostgresCluster, postgresClusterUnavailable } from './postgres-cluster.js';

// A private cluster: this test stops PostgreSQL, which other test files must not see.
describe('PostgreSQL goes away under load (private cluster)', () => {
  let cluster: PostgresCluster | undefined;
  let server: ChildServer | undefined;
  after(async () => {
    await stopServer(server);
    await cluster?.remove();
  });

  test('connections cut and a fast restart under 8 clients: the server stays up, answers 503 + Retry-After, then serves; 0 lost, 0 duplicated', { skip: postgresClusterUnavailable(), timeout: 90_000 }, async (t) => {
    cluster = await PostgresCluster.start();
    server = await spawnServer({ DATABASE_URL: cluster.url, EGOV_SEED_DOSSIERS: '12' });
    const prefix = 'Mất Kết Nối';
    const since = new Date(Date.now() - 1000).toISOString();
    const load = new SubmissionLoad(() => server!.url, prefix);
    load.start(8);
    try {
      await load.acknowledge(16, 20_000);
      for (let round = 0; round < 3; round++) {
        t.diagnostic(`pg_terminate_backend: ${await cluster!.terminateConnections()} connections`);
        await load.acknowledge(4, 20_000);
      }

      await cluster!.stop();
      // While the database is away: a clear, retryable problem, never a crash or a 500.
      const away = await submit(server!.url, absenceSubmission(`${prefix} vắng`), undefined, { 'accept-language': 'vi' });
      assert.equal(away.status, 503, away.text);
      assert.match(away.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.ok(Number(away.headers.get('retry-after')) > 0, 'Retry-After tells when to try again');
      assert.match(away.body.type, /service-unavailable$/);
      assert.match(away.body.detail, /tạm thời/);
      assert.equal((await call(server!.url, 'GET', '/ready')).status, 503);
      assert.equal((await call(server!.url, 'GET', '/health')).status, 200, 'the process answers');
      await sleep(1000);
      await cluster!.start();

      await load.acknowledge(16, 30_000);
    } finally {
      await load.stop();
    }
    assert.equal(server!.child.exitCode, null, `the server is still running:\n${server!.output().slice(-2000)}`);
    assert.equal((await call(server!.url, 'GET', '/ready')).status, 200);
    const found = await audit(server!.url, load, since, prefix);
    t.diagnostic(`${found.acknowledged} acknowledged of ${found.keys} keys; other answers ${JSON.stringify(load.answers)}`);
    assert.deepEqual(load.unexpected, [], 'no answer but 201 and 503');
    assert.deepEqual(load.badUnavailable, [], 'every 503 is problem+json with Retry-After');
    assert.ok((load.answers['503'] ?? 0) > 0, 'the clients saw the database away');
    assert.deepEqual(found.lost, [], 'lost acknowledged dossiers');
    assert.deepEqual(found.duplicated, [], 'duplicated dossiers');
  });
});

describe(`the embedded database failing (${databaseKind})`, () => {
  test('a database that fails, not the request, is 503 problem+json with Retry-After; /health still answers', { timeout: 60_000 }, async () => {
    const server = await startTestServer();
    try {
      const filed = await submit(server.url, absenceSubmission('Cơ Sở Dữ Liệu Hỏng'));
      assert.equal(filed.status, 201);
      // The database goes away under the running server (PGlite closed; the PostgreSQL pool ended).
      await server.db.close();
      const lookup = await call(server.url, 'GET', `/api/v1/dossiers/${filed.body.code}`, { headers: { 'x-dossier-verifier': '0912345678', 'accept-language': 'en' } });
      assert.equal(lookup.status, 503, lookup.text);
      assert.match(lookup.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.ok(Number(lookup.headers.get('retry-after')) > 0);
      assert.match(lookup.body.detail, /temporarily unavailable/);
      const again = await submit(server.url, absenceSubmission('Cơ Sở Dữ Liệu Hỏng'));
      assert.equal(again.status, 503, again.text);
      assert.equal((await call(server.url, 'GET', '/health')).status, 200);
    } finally {
      await server.app.close();
      await server.storage.remove();
    }
  });
});
