import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { absenceSubmission, call, createStorage, databaseKind, sleep, spawnServer, staffToken, submit, type TestStorage } from './helpers.js';

describe(`the server as a process (${databaseKind})`, () => {
  let storage: TestStorage;
  before(async () => {
    storage = await createStorage();
  });
  after(() => storage.remove());

  test('kill -9 under load: every acknowledged dossier survives, none is duplicated', async (t) => {
    const first = await spawnServer(storage.env);
    const since = new Date().toISOString();
    const submissions = new Map<string, { body: ReturnType<typeof absenceSubmission>; code?: string }>();
    let stop = false;
    const worker = async (n: number) => {
      let i = 0;
      while (!stop) {
        const key = randomUUID();
        const body = absenceSubmission(`Chịu Tải ${n}-${i++}`, `09${String(10_000_000 + n * 100_000 + i).slice(-8)}`);
        submissions.set(key, { body });
        try {
          const answer = await submit(first.url, body, key);
          if (answer.status === 201) submissions.get(key)!.code = answer.body.code;
          else throw new Error(`${answer.status} ${answer.text}`);
        } catch (error) {
          if (!stop) throw error;
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, n) => worker(n));
    await sleep(2500);
    stop = true;
    first.child.kill('SIGKILL');
    const exit = await first.exited;
    assert.equal(exit.signal, 'SIGKILL');
    await Promise.allSettled(workers);
    const acknowledged = [...submissions.entries()].filter(([, s]) => s.code);
    assert.ok(acknowledged.length >= 20, `${acknowledged.length} dossiers acknowledged before the kill`);
    t.diagnostic(`${acknowledged.length} submissions acknowledged, ${submissions.size - acknowledged.length} cut off by the kill`);

    const second = await spawnServer(storage.env);
    try {
      const token = await staffToken(second.url);
      // Every acknowledged dossier is there, intact.
      for (const [, { body, code }] of acknowledged) {
        const found = await call(second.url, 'GET', `/api/v1/dossiers/${code}`, { headers: { 'x-dossier-verifier': body.applicant.phone } });
        assert.equal(found.status, 200, `${code} survived`);
        assert.equal(found.body.applicant.fullName, body.applicant.fullName);
        assert.deepEqual(found.body.answers, body.answers);
      }
      // Replaying every key (answered or cut off) gives one dossier per key.
      const codeOfKey = new Map<string, string>();
      for (const [key, { body, code }] of submissions) {
        const replay = await submit(second.url, body, key);
        assert.equal(replay.status, 201, replay.text);
        if (code) {
          assert.equal(replay.body.code, code, 'an acknowledged key replays its dossier');
          assert.equal(replay.headers.get('idempotency-replayed'), 'true');
        }
        codeOfKey.set(key, replay.body.code);
      }
      assert.equal(new Set(codeOfKey.values()).size, codeOfKey.size, 'no two keys share a dossier');
      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await call(second.url, 'GET', `/api/v1/staff/dossiers?procedure=1.003677&since=${encodeURIComponent(since)}&limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
        listed.push(...page.body.items.filter((d: { applicantName: string }) => d.applicantName.startsWith('Chịu Tải')).map((d: { code: string }) => d.code));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.deepEqual([...listed].sort(), [...codeOfKey.values()].sort(), 'the dossiers are exactly one per key');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  test('SIGTERM: requests in flight finish, new ones are refused, the process exits 0; logs are JSON without secrets', async () => {
    const server = await spawnServer({ ...storage.env, LOG_LEVEL: 'info' });
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
