import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { audit, SubmissionLoad } from './chaos.js';
import { absenceSubmission, call, createStorage, databaseKind, spawnServer, stopServer, submit, type ChildServer, type TestStorage } from './helpers.js';

describe(`the server as a process (${databaseKind})`, () => {
  let storage: TestStorage;
  before(async () => {
    storage = await createStorage();
  });
  after(() => storage.remove());

  // The chaos suite's kill -9 run, small enough for CI: the server is killed three times while 6
  // clients file dossiers (retrying each key through refused connections, as the SDK does), and
  // started again on the same data each time. `bench/chaos.ts` runs a bigger one.
  test('kill -9 under load, three times: every acknowledged dossier survives, none is duplicated', { timeout: 150_000 }, async (t) => {
    const prefix = 'Chịu Tải';
    const since = new Date(Date.now() - 1000).toISOString();
    let server: ChildServer | undefined = await spawnServer(storage.env);
    const load = new SubmissionLoad(() => server!.url, prefix);
    try {
      load.start(6);
      for (let kill = 0; kill < 3; kill++) {
        await load.acknowledge(8, 30_000);
        const killed: ChildServer = server;
        killed.child.kill('SIGKILL');
        const exit = await killed.exited;
        assert.equal(exit.signal, 'SIGKILL');
        server = await spawnServer(storage.env);
      }
      await load.acknowledge(8, 30_000);
      await load.stop();
      const found = await audit(server.url, load, since, prefix);
      t.diagnostic(`${found.acknowledged} acknowledged of ${found.keys} keys across 3 kills; other answers ${JSON.stringify(load.answers)}`);
      assert.deepEqual(load.unexpected, [], 'no answer but 201, 503 or a refused connection');
      assert.deepEqual(found.lost, [], 'lost acknowledged dossiers');
      assert.deepEqual(found.duplicated, [], 'duplicated dossiers');
    } finally {
      await load.stop();
      await stopServer(server);
    }
  });

  test('SIGTERM: requests in flight finish, new ones are refused, the process exits 0; logs are JSON without secrets', { timeout: 120_000 }, async (t) => {
    const server = await spawnServer({ ...storage.env, LOG_LEVEL: 'info' });
    t.after(() => stopServer(server, 1000));
    const filed = await submit(server.url, absenceSubmission('Tắt Máy Êm'));
    const token = filed.body.access.token as string;
    await call(server.url, 'GET', `/api/v1/dossiers/${filed.body.code}?access_token=${encodeURIComponent(token)}`);
    await call(server.url, 'GET', `/api/v1/dossiers/${filed.body.code}`, { headers: { 'x-dossier-verifier': '0912345678' } });

    // An upload chunk still arriving when the signal comes.
    const created = await call(server.url, 'POST', '/api/v1/uploads', {
      headers: { 'tus-resumable': '1.0.0', 'upload-length': '200000', 'upload-metadata': `filename ${Buffer.from('a.pdf').toString('base64')},filetype ${Buffer.from('application/pdf').toString('base64')}` },
    });
    const location = created.headers.get('location')!;
    const { request } = await import('node:http');
    const agent = new Agent({ keepAlive: false });
    const inFlight = new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}${location}`, {
        method: 'PATCH', agent,
        headers: { 'tus-resumable': '1.0.0', 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', 'content-length': '100000' },
      }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(50_000 - 9)]));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => {
          // A new request while shutting down is refused: the listener is closed (or, racing it, a 503 problem).
          newcomer = fetch(`${server.url}/ready`).then((answer) => answer.status, () => 'refused');
          setTimeout(() => req.end(Buffer.alloc(50_000)), 200);
        }, 100);
      }, 200);
    });
    let newcomer: Promise<number | string> = Promise.resolve('not sent');
    assert.equal(await inFlight, 204, 'the chunk in flight was accepted');
    assert.ok(['refused', 503].includes(await newcomer), String(await newcomer));
    const exit = await server.exited;
    assert.equal(exit.code, 0, server.output());
    const lines = server.output().split('\n').filter((line) => line.startsWith('{'));
    assert.ok(lines.length > 3);
    const entries = lines.map((line) => JSON.parse(line) as { msg?: string; req?: { url?: string } });
    assert.ok(entries.some((entry) => entry.msg === 'shutting down'));
    const output = server.output();
    assert.ok(!output.includes(token), 'access tokens are not logged');
    assert.ok(!output.includes('0912345678'), 'verifiers are not logged');
    assert.ok(entries.some((entry) => entry.req?.url?.includes('access_token=[redacted]')));
    await fetch(`${server.url}/health`).then(() => assert.fail('the server still answers'), () => undefined);
  });
});
