import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { parseDossierCode } from '../src/contract.js';
import { LISTENER_APPLICATION_NAME } from '../src/db/postgres-notifications.js';
import { absenceSubmission, call, createStorage, postgresUrl, sleep, staffToken, startTestServer, submit, type TestServer, type TestStorage } from './helpers.js';

/** The status a lookup shows, polled until it is `expected` or `ms` have passed. */
async function statusSeen(base: string, code: string, expected: string, ms = 3000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const answer = await call(base, 'GET', `/api/v1/dossiers/${code}`, { headers: { 'x-dossier-verifier': '0912345678' } });
    const status = answer.body.status as string;
    if (status === expected || Date.now() > until) return status;
    await sleep(20);
  }
}

/**
 * Several server instances on one PostgreSQL: they share idempotency keys, counters, rate limits,
 * tokens and event fan-out. (PGlite is one process's database, so this runs with DATABASE_URL.)
 */
describe('several instances on one PostgreSQL', { skip: postgresUrl ? false : 'needs DATABASE_URL (scripts/with-postgres.sh)' }, () => {
  let storage: TestStorage;
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    storage = await createStorage();
    // Both start at once on the fresh database: migration, seed and PKI happen once, under a lock.
    [a, b] = await Promise.all([
      startTestServer({ lookupLimit: 6, lookupWindowSeconds: 60, sseKeepAliveSeconds: 30 }, storage),
      startTestServer({ lookupLimit: 6, lookupWindowSeconds: 60, sseKeepAliveSeconds: 30 }, storage),
    ]);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await storage?.remove();
  });

  test('they seeded once and share the PKI and the token key', async () => {
    assert.equal([a.seed.seeded, b.seed.seeded].filter(Boolean).length, 1);
    assert.equal([a.pkiCreated, b.pkiCreated].filter(Boolean).length, 1);
    assert.deepEqual((await call(a.url, 'GET', '/api/v1/trust-list')).body, (await call(b.url, 'GET', '/api/v1/trust-list')).body);
    const token = await staffToken(a.url);
    assert.equal((await call(b.url, 'GET', '/api/v1/staff/dossiers?limit=1', { headers: { authorization: `Bearer ${token}` } })).status, 200);
  });

  test('one key sent to both instances at once makes one dossier', async () => {
    for (let round = 0; round < 5; round++) {
      const key = randomUUID();
      const body = absenceSubmission(`Hai Máy ${round}`);
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => submit(i % 2 ? a.url : b.url, body, key)));
      assert.ok(answers.every((answer) => answer.status === 201), answers.map((x) => `${x.status} ${x.text.slice(0, 80)}`).join('\n'));
      assert.equal(new Set(answers.map((answer) => answer.body.code)).size, 1);
    }
  });

  test('dossier codes stay unique and gapless when instances file at the same time', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => submit(i % 2 ? a.url : b.url, absenceSubmission(`Đếm Số ${i}`))));
    assert.ok(answers.every((answer) => answer.status === 201));
    const sequences = answers.map((answer) => parseDossierCode(answer.body.code)!.sequence).sort((x, y) => x - y);
    assert.equal(new Set(sequences).size, 30);
    assert.equal(sequences.at(-1)! - sequences[0]!, 29, 'consecutive numbers');
  });

  test('a change made through one instance reaches an event stream on the other', async () => {
    const filed = await submit(a.url, absenceSubmission('Nghe Sự Kiện'));
    const code = filed.body.code as string;
    const controller = new AbortController();
    const response = await fetch(`${a.url}/api/v1/dossiers/${code}/events?access_token=${encodeURIComponent(filed.body.access.token)}`, { signal: controller.signal });
    const reader = response.body!.getReader();
    const received: string[] = [];
    const reading = (async () => {
      const decoder = new TextDecoder();
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        received.splice(0, received.length, ...[...text.matchAll(/^data: (.*)$/gm)].map((m) => m[1]!));
        if (received.length >= 2) return;
      }
    })();
    const staff = { authorization: `Bearer ${await staffToken(b.url)}` };
    await call(b.url, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { headers: staff, json: {} });
    await call(b.url, 'POST', `/api/v1/staff/dossiers/${code}/process`, { headers: staff, json: {} });
    await Promise.race([reading, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${received.length} events`)), 5000))]);
    controller.abort();
    assert.deepEqual(received.map((data) => JSON.parse(data).status), ['received', 'processing']);
  });

  // Before the rate-limit test below, which uses up this address's failed lookups.
  test('a lookup answered from one instance\'s memory shows a change made through the other', async () => {
    const filed = await submit(a.url, absenceSubmission('Bộ Nhớ Đệm'));
    const code = filed.body.code as string;
    // Looked up on a: a keeps it.
    assert.equal(await statusSeen(a.url, code, 'submitted'), 'submitted');
    const staff = { authorization: `Bearer ${await staffToken(b.url)}` };
    assert.equal((await call(b.url, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { headers: staff, json: {} })).status, 200);
    assert.equal(await statusSeen(a.url, code, 'received'), 'received');
  });

  test('while notifications are cut off, lookups read the database, so no change is missed', async () => {
    const filed = await submit(a.url, absenceSubmission('Mất Kết Nối'));
    const code = filed.body.code as string;
    assert.equal(await statusSeen(a.url, code, 'submitted'), 'submitted');
    // Cut every instance's notification connection (as a failover would) and move the dossier at once.
    const admin = new pg.Client({ connectionString: a.config.databaseUrl });
    await admin.connect();
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
        [LISTENER_APPLICATION_NAME]);
      const staff = { authorization: `Bearer ${await staffToken(b.url)}` };
      assert.equal((await call(b.url, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { headers: staff, json: {} })).status, 200);
      // Sooner than the reconnection (500 ms), which would empty the cache anyway.
      assert.equal(await statusSeen(a.url, code, 'received', 300), 'received');
      // Once reconnected, a further change still reaches a.
      await sleep(1000);
      assert.equal((await call(b.url, 'POST', `/api/v1/staff/dossiers/${code}/process`, { headers: staff, json: {} })).status, 200);
      assert.equal(await statusSeen(a.url, code, 'processing'), 'processing');
    } finally {
      await admin.end();
    }
  });
  test('failed lookups are counted across instances', async () => {
    const filed = await submit(a.url, absenceSubmission());
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const answer = await call(i % 2 ? a.url : b.url, 'GET', `/api/v1/dossiers/${filed.body.code}`, { headers: { 'x-dossier-verifier': '0900000001' } });
      statuses.push(answer.status);
    }
    assert.deepEqual(statuses, [404, 404, 404, 404, 404, 404, 429, 429]);
  });
});
