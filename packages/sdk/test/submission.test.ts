import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createClient, NetworkError, ProblemError, rememberedIdempotencyKey, type Client, type KeyValueStorage, type SubmissionResult,
} from '../src/index.js';
import { FaultProxy, on, type Fault } from './helpers/fault-proxy.js';
import { absenceSubmission, uniqueName } from './helpers/fixtures.js';
import { startInProcessServer, type InProcessServer } from './helpers/reference-server.js';

const submissions = on('POST', '/api/v1/dossiers');

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function memoryStorage(): KeyValueStorage & { size(): number } {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    size: () => values.size,
  };
}

/** Runs `work` over `items`, at most `concurrency` at a time. */
async function inParallel<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!).then((value) => ({ status: 'fulfilled', value }), (reason: unknown) => ({ status: 'rejected', reason }));
    }
  }));
  return results;
}

describe('dossier submission under faults', () => {
  let server: InProcessServer;
  let proxy: FaultProxy;
  let staff: Client;
  before(async () => {
    server = await startInProcessServer();
    proxy = await FaultProxy.start(server.url);
    staff = createClient({ baseUrl: server.url, auth: { clientId: 'demo-staff', clientSecret: 'demo-staff-secret' } });
  });
  after(async () => {
    await proxy.close();
    await server.stop();
  });

  /** The server's dossiers filed since `since` by applicants whose name starts with `prefix`, by name. */
  async function filedSince(since: string, prefix: string): Promise<Map<string, string[]>> {
    const byName = new Map<string, string[]>();
    for await (const summary of staff.staff.list({ since, limit: 100 })) {
      if (!summary.applicantName.startsWith(prefix)) continue;
      byName.set(summary.applicantName, [...(byName.get(summary.applicantName) ?? []), summary.code]);
    }
    return byName;
  }

  test('a storm of 503, 429, lost answers, resets, mangled bodies and slow answers loses no dossier and duplicates none', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const prefix = uniqueName('storm');
    const names = Array.from({ length: 30 }, (_, i) => `${prefix} ${String(i).padStart(2, '0')}`);
    const faults: Fault[] = shuffled([
      ...Array<Fault>(6).fill({ kind: 'respond', status: 503, body: '{}' }),
      ...Array<Fault>(2).fill({ kind: 'respond', status: 503, headers: { 'retry-after': '1' }, body: '{}' }),
      ...Array<Fault>(2).fill({ kind: 'respond', status: 429, headers: { 'retry-after': '1' }, body: '{}' }),
      ...Array<Fault>(6).fill({ kind: 'lose-response' }),
      ...Array<Fault>(4).fill({ kind: 'reset' }),
      ...Array<Fault>(4).fill({ kind: 'corrupt-body' }),
      ...Array<Fault>(3).fill({ kind: 'delay', ms: 1600 }),
    ]);
    for (const fault of faults) proxy.inject(submissions, fault);
    const logStart = proxy.log.length;
    const client = createClient({ baseUrl: proxy.url, timeoutMs: 1000, retry: { limit: 12, baseDelayMs: 50, maxDelayMs: 400, maxRetryAfterMs: 5000 } });

    const outcomes = await inParallel(names, 6, (name) => client.dossiers.submit(absenceSubmission(name)));
    const failures = outcomes.filter((outcome) => outcome.status === 'rejected');
    assert.deepEqual(failures, [], 'every submission got its dossier');
    const results = outcomes.map((outcome) => (outcome as PromiseFulfilledResult<SubmissionResult>).value);

    const attempts = proxy.log.slice(logStart).filter((entry) => submissions(entry));
    assert.ok(attempts.filter((entry) => entry.fault).length >= faults.length - 2, 'the faults were applied');
    const byKey = new Set(attempts.map((entry) => String(entry.headers['idempotency-key'])));
    assert.equal(byKey.size, names.length, 'one key per logical submission, reused by its retries');
    assert.ok(attempts.length > names.length + 20, `${attempts.length} requests for ${names.length} submissions`);

    const filed = await filedSince(since, prefix);
    assert.equal(filed.size, names.length, 'no dossier lost');
    for (const [index, name] of names.entries()) {
      assert.deepEqual(filed.get(name), [results[index]!.dossier.code], `${name}: filed once, with the code the client was given`);
      assert.equal(results[index]!.dossier.applicant.fullName, name);
    }
    assert.ok(results.some((result) => result.replayed), 'some answers were replays of a dossier filed by a try whose answer was lost');

    for (const [index, entry] of attempts.entries()) {
      if (entry.fault?.kind !== 'respond' || entry.fault.headers?.['retry-after'] !== '1') continue;
      const next = attempts.slice(index + 1).find((later) => later.headers['idempotency-key'] === entry.headers['idempotency-key']);
      assert.ok(next, 'retried');
      assert.ok(next.at - entry.at >= 995, `Retry-After: 1 honoured (${Math.round(next.at - entry.at)} ms)`);
    }
  });

  test('a page reload re-sends the remembered key and gets the same dossier back', async () => {
    const storage = memoryStorage();
    const submission = absenceSubmission(uniqueName('reload'));
    const since = new Date(Date.now() - 1000).toISOString();
    const first = rememberedIdempotencyKey(storage, 'draft-42');
    proxy.inject(submissions, { kind: 'lose-response' });
    const lost = await createClient({ baseUrl: proxy.url, retry: false }).dossiers.submit(submission, { idempotencyKey: first.key }).catch((e: unknown) => e);
    assert.ok(lost instanceof NetworkError, 'the answer was lost and the page gave up');

    // The page is reloaded: a new client, the key read back from storage.
    const again = rememberedIdempotencyKey(storage, 'draft-42');
    assert.equal(again.key, first.key);
    const result = await createClient({ baseUrl: proxy.url }).dossiers.submit(submission, { idempotencyKey: again.key });
    assert.equal(result.replayed, true);
    assert.equal(result.idempotencyKey, first.key);
    assert.deepEqual((await filedSince(since, submission.applicant.fullName)).get(submission.applicant.fullName), [result.dossier.code]);
    again.forget();
    assert.equal(storage.size(), 0);
    assert.notEqual(rememberedIdempotencyKey(storage, 'draft-42').key, first.key, 'the next application gets a new key');
  });

  test('a key reused with another body is refused (409), not retried', async () => {
    const client = createClient({ baseUrl: proxy.url });
    const { idempotencyKey } = await client.dossiers.submit(absenceSubmission(uniqueName('first')));
    const before = proxy.requests(submissions).length;
    const error = await client.dossiers.submit(absenceSubmission(uniqueName('other')), { idempotencyKey }).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError && error.is('idempotency-key-reused'));
    assert.equal(error.status, 409);
    assert.equal(proxy.requests(submissions).length - before, 1);
  });
});
