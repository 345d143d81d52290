import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createClient, ProblemError, type Client, type Dossier, type DossierStreamEvent, type SubscriptionState,
} from '../src/index.js';
import { codeOf } from '@egov-kit/core';
import { FaultProxy, on } from './helpers/fault-proxy.js';
import { absenceSubmission, uniqueName } from './helpers/fixtures.js';
import { startInProcessServer, type InProcessServer } from './helpers/reference-server.js';
import { waitFor } from './helpers/wait.js';

const quick = { reconnectDelayMs: 50, pollIntervalMs: 150, heartbeatTimeoutMs: 5000 };

describe('live dossier status (server-sent events)', () => {
  let server: InProcessServer;
  let proxy: FaultProxy;
  let client: Client;
  let staff: Client;
  before(async () => {
    server = await startInProcessServer();
    proxy = await FaultProxy.start(server.url);
    client = createClient({ baseUrl: proxy.url, retry: { limit: 3, baseDelayMs: 20, maxDelayMs: 100 } });
    staff = createClient({ baseUrl: server.url, auth: { clientId: 'demo-staff', clientSecret: 'demo-staff-secret' } });
  });
  after(async () => {
    await proxy.close();
    await server.stop();
  });

  const file = async (label: string): Promise<{ dossier: Dossier; phone: string }> => {
    const submission = absenceSubmission(uniqueName(label));
    const { dossier } = await client.dossiers.submit(submission);
    return { dossier, phone: submission.applicant.phone };
  };
  const events = (code: string) => on('GET', `/api/v1/dossiers/${code}/events`);

  test('delivers each change once, in order, and ends when the loop breaks', async () => {
    const { dossier, phone } = await file('live');
    const states: SubscriptionState[] = [];
    const subscription = client.subscribe(dossier.code, phone, { ...quick, onStateChange: (state) => states.push(state) });
    const moves = (async () => {
      await waitFor(() => subscription.state === 'live', 'the stream to open');
      await staff.staff.run(dossier.code, 'receive', {});
      await staff.staff.run(dossier.code, 'process', {});
      await staff.staff.run(dossier.code, 'decide', { outcome: 'approved' });
      await staff.staff.run(dossier.code, 'return-result', { method: 'online' });
    })();
    const seen: DossierStreamEvent[] = [];
    for await (const change of subscription) {
      seen.push(change);
      if (change.status === 'returned') break;
    }
    await moves;
    assert.deepEqual(seen.map((e) => [e.seq, e.status, e.version]), [[1, 'received', 2], [2, 'processing', 3], [3, 'decided', 4], [4, 'returned', 5]]);
    assert.ok(seen.every((e) => e.statusCode === codeOf(e.status) && e.code === dossier.code));
    assert.equal(subscription.state, 'closed');
    await subscription.done;
    assert.ok(states.includes('live') && states.at(-1) === 'closed');
    const lookups = proxy.requests(on('GET', `/api/v1/dossiers/${dossier.code}`)).filter((r) => !r.url.includes('/events'));
    assert.equal(lookups.filter((r) => r.headers['x-dossier-verifier']).length, 1, 'the rate-limited verifier is used once');
    const stream = proxy.requests(events(dossier.code))[0]!;
    assert.match(String(stream.headers.authorization), /^Bearer d1\./, 'the stream is opened with the dossier’s access token');
    assert.equal(stream.headers['x-dossier-verifier'], undefined);

    const decided = await client.dossiers.lookup(dossier.code, phone);
    const [document] = decided.documents;
    assert.ok(document, 'the decision issued a result document');
    const pdf = await client.documents.download(dossier.code, document, decided.access!);
    assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');
  });

  test('resumes a cut stream with Last-Event-ID, missing and repeating nothing', async () => {
    const { dossier } = await file('resume');
    await staff.staff.run(dossier.code, 'receive', {});
    await staff.staff.run(dossier.code, 'process', {});
    proxy.inject(events(dossier.code), { kind: 'cut-stream', afterMs: 300 });
    // The next connection reaches the server without its Last-Event-ID: the server replays the whole history.
    proxy.inject(events(dossier.code), { kind: 'drop-request-header', name: 'last-event-id' });
    const seen: number[] = [];
    const subscription = client.subscribe(dossier.code, dossier.access!, { ...quick, onEvent: (e) => seen.push(e.seq) });
    await waitFor(() => proxy.requests(events(dossier.code)).length >= 2 && subscription.state === 'live', 'the reconnection');
    const [first, second] = proxy.requests(events(dossier.code));
    assert.equal(first!.headers['last-event-id'], undefined, 'the first connection asks for the whole history');
    assert.equal(second!.headers['last-event-id'], '2', 'the reconnection resumes after the last event seen');
    await staff.staff.run(dossier.code, 'request-fees', { fees: [{ name: { vi: 'Lệ phí', en: 'Fee' }, amount: 50_000 }] });
    await staff.staff.run(dossier.code, 'process', {});
    await waitFor(() => seen.length >= 4, 'the live events');
    await new Promise((resolve) => setTimeout(resolve, 200));
    subscription.close();
    assert.deepEqual(seen, [1, 2, 3, 4], 'every event once, in order, though the server sent 1 and 2 twice');
    assert.equal(subscription.lastSeq, 4);
  });

  test('falls back to polling when the stream is unavailable, and tries the stream again later', async () => {
    const { dossier, phone } = await file('polling');
    proxy.inject(events(dossier.code), { kind: 'respond', status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not Found</h1>' });
    const states: SubscriptionState[] = [];
    const seen: number[] = [];
    const subscription = client.subscribe(dossier.code, phone, { ...quick, streamRetryIntervalMs: 600, onEvent: (e) => seen.push(e.seq), onStateChange: (s) => states.push(s) });
    await waitFor(() => subscription.state === 'polling', 'polling');
    await staff.staff.run(dossier.code, 'receive', {});
    await staff.staff.run(dossier.code, 'refuse', { reason: 'Hồ sơ không thuộc thẩm quyền' }).catch(() => undefined);
    await staff.staff.run(dossier.code, 'process', {}).catch(() => undefined);
    await waitFor(() => seen.length >= 2, 'events by polling');
    await waitFor(() => subscription.state === 'live', 'the stream again');
    await staff.staff.run(dossier.code, 'request-supplement', { items: ['Bản sao giấy tờ tùy thân'] });
    await waitFor(() => seen.length >= 3, 'the live event after polling');
    subscription.close();
    assert.deepEqual(seen, [1, 2, 3]);
    assert.deepEqual(states.filter((s, i) => s !== states[i - 1]).filter((s) => s === 'polling' || s === 'live'), ['polling', 'live']);
  });

  test('falls back to polling when the stream keeps failing', async () => {
    const { dossier } = await file('failing');
    proxy.inject(events(dossier.code), { kind: 'reset' }, 100);
    const seen: number[] = [];
    const subscription = client.subscribe(dossier.code, dossier.access!, { ...quick, failuresBeforePolling: 2, onEvent: (e) => seen.push(e.seq) });
    await waitFor(() => subscription.state === 'polling', 'polling after repeated failures');
    assert.equal(proxy.requests(events(dossier.code)).length, 2);
    await staff.staff.run(dossier.code, 'receive', {});
    await waitFor(() => seen.length === 1, 'the event by polling');
    subscription.close();
    proxy.clear();
  });

  test('a stream that worked and then dropped is not one more failure in a row: it keeps streaming, not polling', async () => {
    const { dossier } = await file('drops');
    proxy.inject(events(dossier.code), { kind: 'cut-stream', afterMs: 200 }, 4);
    const states: SubscriptionState[] = [];
    const seen: number[] = [];
    const subscription = client.subscribe(dossier.code, dossier.access!, { ...quick, failuresBeforePolling: 2, onEvent: (e) => seen.push(e.seq), onStateChange: (s) => states.push(s) });
    try {
      await waitFor(() => states.includes('polling') || (proxy.requests(events(dossier.code)).length >= 5 && subscription.state === 'live'), 'the fifth stream');
      assert.ok(!states.includes('polling'), `states: ${states.join(', ')}`);
      await staff.staff.run(dossier.code, 'receive', {});
      await waitFor(() => seen.length === 1, 'the live event');
    } finally {
      subscription.close();
    }
  });

  test('a stream that closes before any byte (a buffering proxy) counts as a failure and ends in polling', async () => {
    const { dossier } = await file('buffered');
    proxy.inject(events(dossier.code), { kind: 'respond', status: 200, headers: { 'content-type': 'text/event-stream' }, body: '' }, 100);
    const seen: number[] = [];
    const subscription = client.subscribe(dossier.code, dossier.access!, { ...quick, failuresBeforePolling: 2, onEvent: (e) => seen.push(e.seq) });
    try {
      await waitFor(() => subscription.state === 'polling', 'polling after empty streams', 5000);
      assert.equal(proxy.requests(events(dossier.code)).length, 2);
      await staff.staff.run(dossier.code, 'receive', {});
      await waitFor(() => seen.length === 1, 'the event by polling');
    } finally {
      subscription.close();
      proxy.clear();
    }
  });

  test('an unknown dossier ends the subscription with its problem', async () => {
    const errors: unknown[] = [];
    const subscription = client.subscribe('000.36.01.H55-000101-9999', '0912345678', { ...quick, onError: (e) => errors.push(e) });
    const ended = await subscription.done.catch((e: unknown) => e);
    assert.ok(ended instanceof ProblemError && ended.is('dossier-not-found'));
    assert.deepEqual(errors, [ended]);
    assert.equal(subscription.state, 'closed');
    await assert.rejects(subscription[Symbol.asyncIterator]().next(), ended, 'a loop over it throws the same');
  });

  test('the caller’s signal closes it', async () => {
    const { dossier } = await file('signal');
    const controller = new AbortController();
    const subscription = client.subscribe(dossier.code, dossier.access!, { ...quick, signal: controller.signal });
    await waitFor(() => subscription.state === 'live', 'the stream to open');
    controller.abort();
    await subscription.done;
    assert.equal(subscription.state, 'closed');
    assert.deepEqual(await subscription[Symbol.asyncIterator]().next(), { done: true, value: undefined });
  });
});

describe('live dossier status when the access token expires', () => {
  let server: InProcessServer;
  let proxy: FaultProxy;
  before(async () => {
    server = await startInProcessServer({ dossierAccessTtlSeconds: 1 });
    proxy = await FaultProxy.start(server.url);
  });
  after(async () => {
    await proxy.close();
    await server.stop();
  });

  test('looks the dossier up again with the verifier; without one, the expiry ends the subscription', async () => {
    const client = createClient({ baseUrl: proxy.url });
    const staff = createClient({ baseUrl: server.url, auth: { clientId: 'demo-staff', clientSecret: 'demo-staff-secret' } });
    const submission = absenceSubmission(uniqueName('expiry'));
    const { dossier } = await client.dossiers.submit(submission);
    const stream = on('GET', `/api/v1/dossiers/${dossier.code}/events`);
    proxy.inject(stream, { kind: 'cut-stream', afterMs: 1500 });
    const seen: number[] = [];
    const subscription = client.subscribe(dossier.code, submission.applicant.phone, { ...quick, onEvent: (e) => seen.push(e.seq) });
    await waitFor(() => proxy.requests(stream).length >= 3 && subscription.state === 'live', 'a stream opened with a fresh token', 8000);
    const verifierLookups = proxy.requests(on('GET', `/api/v1/dossiers/${dossier.code}`)).filter((r) => r.headers['x-dossier-verifier']);
    assert.equal(verifierLookups.length, 2, 'looked up once at the start and once after the token expired');
    await staff.staff.run(dossier.code, 'receive', {});
    await waitFor(() => seen.length === 1, 'the event');
    subscription.close();

    const tokenOnly = client.subscribe(dossier.code, dossier.access!, quick);
    const ended = await tokenOnly.done.catch((e: unknown) => e);
    assert.ok(ended instanceof ProblemError && ended.is('dossier-access-expired'), String(ended));
  });
});
