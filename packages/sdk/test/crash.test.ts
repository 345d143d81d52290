import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createClient, type SubmissionResult } from '../src/index.js';
import { FaultProxy, on } from './helpers/fault-proxy.js';
import { absenceSubmission, pdfBytes, uniqueName } from './helpers/fixtures.js';
import { ChildServer } from './helpers/reference-server.js';
import { waitFor } from './helpers/wait.js';

const patience = { limit: 40, baseDelayMs: 100, maxDelayMs: 600 };

describe('the server killed (SIGKILL) mid-request and started again on the same data', () => {
  let server: ChildServer;
  let proxy: FaultProxy;
  before(async () => {
    server = await ChildServer.start();
    proxy = await FaultProxy.start(server.url);
  });
  after(async () => {
    await proxy?.close();
    await server?.stop();
  });

  // A deadline of its own: a server that never comes back fails the test instead of hanging the run.
  test('no acknowledged dossier is lost, none is duplicated, the upload resumes and the live view misses nothing', { timeout: 180_000 }, async (t) => {
    const client = createClient({ baseUrl: proxy.url, timeoutMs: 3000, retry: patience });
    const staff = createClient({ baseUrl: server.url, timeoutMs: 3000, retry: patience, auth: { clientId: 'demo-staff', clientSecret: 'demo-staff-secret' } });
    const since = new Date(Date.now() - 1000).toISOString();

    // A dossier followed live across the crash.
    const watched = (await client.dossiers.submit(absenceSubmission(uniqueName('watched')))).dossier;
    const seen: number[] = [];
    const subscription = client.subscribe(watched.code, watched.access!, {
      reconnectDelayMs: 100, pollIntervalMs: 300, streamRetryIntervalMs: 1000, onEvent: (event) => seen.push(event.seq),
    });
    // Its reconnect timers would otherwise keep the test process alive after a failure.
    t.after(() => subscription.close());
    await staff.staff.run(watched.code, 'receive', {});
    await waitFor(() => seen.length === 1, 'the first event');

    // The crash comes while an upload is a third done and a wave of submissions has just left.
    const prefix = uniqueName('crash');
    const names = Array.from({ length: 24 }, (_, i) => `${prefix} ${String(i).padStart(2, '0')}`);
    let wave: Promise<PromiseSettledResult<SubmissionResult>[]> | undefined;
    let crash: Promise<void> | undefined;
    const bytes = pdfBytes(2_000_000);
    const killAt = performance.now();
    const upload = client.upload(bytes, {
      name: 'ho-so.pdf', mediaType: 'application/pdf', chunkSize: 64 * 1024,
      onProgress: ({ uploadedBytes }) => {
        if (crash || uploadedBytes < 700_000) return;
        wave = Promise.allSettled(names.map((name) => client.dossiers.submit(absenceSubmission(name))));
        crash = (async () => {
          await new Promise((resolve) => setTimeout(resolve, 15));
          await server.kill();
          await new Promise((resolve) => setTimeout(resolve, 500));
          await server.restart();
        })();
      },
    });
    const finished = await upload;
    await crash;
    assert.ok(wave && crash, 'the crash happened mid-upload');
    const outcomes = await wave;
    assert.deepEqual(outcomes.filter((o) => o.status === 'rejected'), [], 'every submission got its dossier');
    const results = outcomes.map((o) => (o as PromiseFulfilledResult<SubmissionResult>).value);

    // Every dossier the client was told about is on the server, once.
    const filed = new Map<string, string[]>();
    for await (const summary of staff.staff.list({ since, limit: 100 })) {
      if (summary.applicantName.startsWith(prefix)) filed.set(summary.applicantName, [...(filed.get(summary.applicantName) ?? []), summary.code]);
    }
    for (const [index, name] of names.entries()) assert.deepEqual(filed.get(name), [results[index]!.dossier.code], name);
    assert.equal(filed.size, names.length);

    // The upload finished whole, created once, resumed from where the server stood.
    assert.equal(finished.status, 'complete');
    assert.equal(finished.sha256, createHash('sha256').update(bytes).digest('hex'));
    const uploadLog = proxy.log.filter((entry) => entry.at >= killAt && entry.url.startsWith('/api/v1/uploads'));
    assert.equal(uploadLog.filter(on('POST', '/api/v1/uploads')).length, 1, 'one upload created');
    assert.ok(uploadLog.some(on('HEAD', '/api/v1/uploads/')), 'asked the server where it stood');
    const offsets = uploadLog.filter(on('PATCH', '/api/v1/uploads/')).map((entry) => Number(entry.headers['upload-offset']));
    assert.ok(offsets.every((offset, i) => i === 0 || offset >= offsets[i - 1]!), `never went back: ${offsets.join(' ')}`);

    // The live view comes back and misses nothing.
    await staff.staff.run(watched.code, 'process', {});
    await staff.staff.run(watched.code, 'request-fees', { fees: [{ name: { vi: 'Lệ phí', en: 'Fee' }, amount: 20_000 }] });
    await waitFor(() => seen.length >= 3, 'the events after the restart', 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    subscription.close();
    assert.deepEqual(seen, [1, 2, 3]);
  });
});
