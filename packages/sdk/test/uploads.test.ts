import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  attachmentReferenceOf, createClient, ProblemError, webStorageResumeStore, type KeyValueStorage, type UploadProgress,
} from '../src/index.js';
import { FaultProxy, on, type LoggedRequest } from './helpers/fault-proxy.js';
import { birthRegistration, pdfBytes, uniqueName } from './helpers/fixtures.js';
import { startInProcessServer, type InProcessServer } from './helpers/reference-server.js';

const CHUNK = 64 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const patches = on('PATCH', '/api/v1/uploads/');
const heads = on('HEAD', '/api/v1/uploads/');
const creations = on('POST', '/api/v1/uploads');
const offsetsOf = (entries: LoggedRequest[]) => entries.filter((entry) => patches(entry)).map((entry) => Number(entry.headers['upload-offset']));

function memoryStorage(): KeyValueStorage & { keys(): string[] } {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value), removeItem: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}

describe('uploads (tus) against the reference server', () => {
  let server: InProcessServer;
  let proxy: FaultProxy;
  before(async () => {
    server = await startInProcessServer();
    proxy = await FaultProxy.start(server.url);
  });
  after(async () => {
    await proxy.close();
    await server.stop();
  });
  const client = () => createClient({ baseUrl: proxy.url, retry: { limit: 4, baseDelayMs: 20, maxDelayMs: 100 } });
  const since = () => proxy.log.length;

  test('sends chunks with checksums, reports progress per chunk, and the file arrives whole', async () => {
    const bytes = pdfBytes(300_000);
    const progress: UploadProgress[] = [];
    const start = since();
    const upload = await client().upload(bytes, { name: 'giấy chứng sinh.pdf', mediaType: 'application/pdf', chunkSize: CHUNK, onProgress: (p) => progress.push(p) });
    assert.equal(upload.status, 'complete');
    assert.equal(upload.size, bytes.length);
    assert.equal(upload.sha256, sha256(bytes));
    assert.equal(upload.name, 'giấy chứng sinh.pdf');
    assert.deepEqual(progress.map((p) => p.uploadedBytes), [0, 65_536, 131_072, 196_608, 262_144, 300_000]);
    assert.equal(progress.at(-1)!.fraction, 1);
    const log = proxy.log.slice(start);
    assert.deepEqual(offsetsOf(log), [0, 65_536, 131_072, 196_608, 262_144]);
    assert.ok(log.filter(patches).every((entry) => /^sha256 [A-Za-z0-9+/]+=*$/.test(String(entry.headers['upload-checksum']))));
    const created = log.find(creations)!;
    assert.match(String(created.headers['upload-metadata']), /(^|,)sha256 /, 'the whole file’s digest is given at creation');
  });

  test('after a lost answer it asks the server where it stands and continues from there, sending no byte twice', async () => {
    const bytes = pdfBytes(300_000);
    proxy.inject(patches, { kind: 'reset' });
    proxy.inject(patches, { kind: 'lose-response' }); // the second PATCH: stored by the server, its answer lost
    const start = since();
    // The first PATCH is cut before the server sees it, so the chunk is sent again at 0.
    const upload = await client().upload(bytes, { name: 'a.pdf', mediaType: 'application/pdf', chunkSize: CHUNK });
    assert.equal(upload.sha256, sha256(bytes));
    const log = proxy.log.slice(start);
    assert.deepEqual(offsetsOf(log), [0, 0, 65_536, 131_072, 196_608, 262_144], 'the lost chunk (65 536) was not sent again');
    assert.equal(log.filter(heads).length, 2, 'one HEAD after each failure');
  });

  test('after a connection dropped mid-chunk it resumes from the bytes the server kept', async () => {
    const bytes = pdfBytes(200_000);
    proxy.inject(patches, { kind: 'cut-request-body', afterBytes: 10_000 }); // the first PATCH
    proxy.inject(heads, { kind: 'delay', ms: 300 }); // let the server store what arrived before we ask
    const start = since();
    const upload = await client().upload(bytes, { name: 'b.pdf', mediaType: 'application/pdf', chunkSize: CHUNK, checksum: false });
    assert.equal(upload.sha256, sha256(bytes));
    assert.deepEqual(offsetsOf(proxy.log.slice(start)), [0, 10_000, 75_536, 141_072], 'tus keeps the bytes of an interrupted chunk');
  });

  test('a chunk damaged on the way is refused by its checksum and sent again', async () => {
    const bytes = pdfBytes(150_000);
    proxy.inject(patches, { kind: 'corrupt-request-body' });
    const start = since();
    const upload = await client().upload(bytes, { name: 'c.pdf', mediaType: 'application/pdf', chunkSize: CHUNK });
    assert.equal(upload.sha256, sha256(bytes));
    assert.deepEqual(offsetsOf(proxy.log.slice(start)), [0, 0, 65_536, 131_072]);
  });

  test('on an uplink too slow for a chunk within the timeout, it sends smaller chunks and the file arrives', async () => {
    const bytes = pdfBytes(512 * 1024);
    // 240 KiB/s: a 512 KiB chunk needs 2.1 s, past the 1.5 s timeout; a 256 KiB one 1.1 s.
    proxy.inject(patches, { kind: 'throttle-request-body', bytesPerSecond: 240 * 1024 }, 10);
    const start = since();
    try {
      const upload = await client().upload(bytes, { name: 'g.pdf', mediaType: 'application/pdf', chunkSize: 512 * 1024, timeoutMs: 1500 });
      assert.equal(upload.sha256, sha256(bytes));
      // The server may still hold the timed-out chunk's write when the first half arrives (409, then
      // the client asks where the upload stands and sends it again): one more PATCH at 0, no more.
      const offsets = offsetsOf(proxy.log.slice(start));
      assert.deepEqual(offsets.slice(-2), [0, 262_144], 'the timed-out chunk was sent again in halves');
      assert.ok(offsets.length <= 4 && offsets.slice(0, -1).every((o) => o === 0), `offsets ${offsets.join(', ')}`);
    } finally {
      proxy.clear();
    }
  });

  test('a chunk the server stopped waiting for (408) is sent again in smaller chunks', async () => {
    const bytes = pdfBytes(512 * 1024);
    proxy.inject(patches, { kind: 'respond', status: 408, body: JSON.stringify({ type: 'about:blank', title: 'Request Timeout', status: 408 }) });
    const start = since();
    try {
      const upload = await client().upload(bytes, { name: 'h.pdf', mediaType: 'application/pdf', chunkSize: 512 * 1024 });
      assert.equal(upload.sha256, sha256(bytes));
      assert.deepEqual(offsetsOf(proxy.log.slice(start)), [0, 0, 262_144], 'the refused chunk was sent again in halves');
    } finally {
      proxy.clear();
    }
  });

  test('a server asking to wait longer than maxRetryAfterMs gets its error passed on at once', async () => {
    proxy.inject(patches, { kind: 'respond', status: 503, headers: { 'retry-after': '120' }, body: JSON.stringify({ type: 'about:blank', title: 'Bảo trì', status: 503 }) });
    const controller = new AbortController();
    const giveUp = setTimeout(() => controller.abort(), 3000); // only so that a wrong wait of 2 minutes ends
    const started = performance.now();
    const api = createClient({ baseUrl: proxy.url, retry: { limit: 4, baseDelayMs: 20, maxDelayMs: 100, maxRetryAfterMs: 1000 } });
    const error = await api.upload(pdfBytes(100_000), { name: 'f.pdf', mediaType: 'application/pdf', chunkSize: CHUNK, signal: controller.signal }).catch((e: unknown) => e);
    clearTimeout(giveUp);
    assert.ok(error instanceof ProblemError && error.status === 503, String(error));
    assert.equal(error.retryAfterMs, 120_000);
    assert.ok(performance.now() - started < 2000, 'it did not wait');
  });

  test('an upload stopped by the page continues after a reload from where the server stands', async () => {
    const bytes = pdfBytes(400_000);
    const storage = memoryStorage();
    const controller = new AbortController();
    const first = since();
    const stopped = await client().upload(bytes, {
      name: 'd.pdf', mediaType: 'application/pdf', chunkSize: CHUNK, resumeStore: webStorageResumeStore(storage), signal: controller.signal,
      onProgress: (p) => { if (p.uploadedBytes >= 2 * CHUNK) controller.abort(); },
    }).catch((e: unknown) => e);
    assert.equal((stopped as Error).name, 'AbortError');
    assert.equal(proxy.log.slice(first).filter(creations).length, 1);
    assert.equal(storage.keys().length, 1, 'the unfinished upload is remembered');

    // Reloaded: a new client, the same file, the same storage.
    const progress: number[] = [];
    const second = since();
    const upload = await client().upload(bytes, {
      name: 'd.pdf', mediaType: 'application/pdf', chunkSize: CHUNK, resumeStore: webStorageResumeStore(storage), onProgress: (p) => progress.push(p.uploadedBytes),
    });
    assert.equal(upload.sha256, sha256(bytes));
    const log = proxy.log.slice(second);
    assert.equal(log.filter(creations).length, 0, 'no new upload was created');
    assert.ok(heads(log[0]!), 'it first asked where the upload stands');
    assert.equal(progress[0], 2 * CHUNK, 'and continued from there');
    assert.equal(offsetsOf(log)[0], 2 * CHUNK);
    assert.deepEqual(storage.keys(), [], 'a finished upload is forgotten');
  });

  test('another file of the same name, type and size does not continue an unfinished upload it cannot be told from', async () => {
    // Without the whole file's digest, bytes carry nothing that tells two files apart (no lastModified).
    const options = { name: 'scan.pdf', mediaType: 'application/pdf', chunkSize: CHUNK, wholeFileChecksum: false, resumeStore: webStorageResumeStore(memoryStorage()) };
    const first = pdfBytes(200_000);
    const controller = new AbortController();
    const stopped = await client().upload(first, {
      ...options, signal: controller.signal, onProgress: (p) => { if (p.uploadedBytes >= CHUNK) controller.abort(); },
    }).catch((e: unknown) => e);
    assert.equal((stopped as Error).name, 'AbortError');

    const second = pdfBytes(200_000);
    const start = since();
    const upload = await client().upload(second, options);
    assert.equal(upload.sha256, sha256(second), 'the server holds the second file, not a mix of both');
    assert.equal(proxy.log.slice(start).filter(creations).length, 1, 'a new upload was created');
  });

  test('a File without the whole file’s digest still continues from where it stopped (by its lastModified)', async () => {
    const file = new File([pdfBytes(200_000)], 'scan.pdf', { type: 'application/pdf', lastModified: Date.now() });
    const options = { chunkSize: CHUNK, wholeFileChecksum: false, resumeStore: webStorageResumeStore(memoryStorage()) };
    const controller = new AbortController();
    await client().upload(file, { ...options, signal: controller.signal, onProgress: (p) => { if (p.uploadedBytes >= CHUNK) controller.abort(); } })
      .catch(() => undefined);
    const start = since();
    const upload = await client().upload(file, options);
    assert.equal(upload.sha256, sha256(new Uint8Array(await file.arrayBuffer())));
    assert.equal(proxy.log.slice(start).filter(creations).length, 0, 'no new upload was created');
    assert.equal(offsetsOf(proxy.log.slice(start))[0], CHUNK);
  });

  test('bytes that are not of the declared type are refused when the file is complete', async () => {
    const bytes = new TextEncoder().encode('not a pdf at all, just text'.repeat(100));
    const error = await client().upload(bytes, { name: 'e.pdf', mediaType: 'application/pdf', chunkSize: 1024 }).catch((e: unknown) => e);
    assert.ok(error instanceof ProblemError && error.is('upload-type-not-allowed'), String(error));
    const refused = await client().upload(bytes, { name: 'e.exe', mediaType: 'application/x-msdownload' }).catch((e: unknown) => e);
    assert.ok(refused instanceof ProblemError && refused.is('upload-type-not-allowed'));
  });

  test('a finished upload is attached to a dossier by reference', async () => {
    const bytes = pdfBytes(120_000);
    const api = client();
    const upload = await api.uploads.upload(new Blob([bytes], { type: 'application/pdf' }), { name: 'giay-chung-sinh.pdf' });
    const { dossier } = await api.dossiers.submit(birthRegistration(uniqueName('khai sinh'), attachmentReferenceOf(upload)));
    assert.deepEqual(dossier.attachments.map((a) => [a.id, a.sha256, a.field]), [[upload.id, sha256(bytes), 'birthCertificate']]);
  });
});
