/**
 * Uploads under load: N parallel tus uploads of 20 MiB (each in 1 MiB PATCHes, the SDK's default
 * chunk, or one PATCH with `--whole`), while a prober asks `/health` and looks a dossier up every
 * 10 ms. Prints upload throughput, p50/p99/max latency of each probe, and the server's peak
 * resident memory (sampled from /proc every 50 ms). The peer, in the same run: a bare `node:http`
 * server that streams each body to a file (no tus, no database), the floor for this machine; the
 * ratio is ours over it. On PGlite always, on PostgreSQL too when DATABASE_URL is set.
 *   node --conditions=egov-source --import tsx bench/uploads.ts [uploads=40] [--whole]
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { encodeUploadMetadata } from '@egov-kit/core/contract';
import { header, quantile, result, round } from './lib/report.js';
import { benchDatabases, spawnReferenceServer, stop } from './lib/servers.js';

const UPLOADS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 40);
const WHOLE = process.argv.includes('--whole');
const SIZE = 20 * 1024 * 1024;
const CHUNK = WHOLE ? SIZE : 1024 * 1024;
const MiB = 1024 * 1024;

function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

/** Samples `pid`'s resident memory until stopped; returns the peak. */
function memoryPeak(pid: number): () => number {
  let peak = residentBytes(pid);
  const timer = setInterval(() => { peak = Math.max(peak, residentBytes(pid)); }, 50);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** Probes `paths` in turn every 10 ms until `done` resolves; returns their latencies in ms, by path. */
async function probe(base: string, paths: { path: string; headers?: Record<string, string> }[], done: Promise<unknown>): Promise<number[][]> {
  const latencies: number[][] = paths.map(() => []);
  let running = true;
  void done.finally(() => { running = false; });
  while (running) {
    for (const [index, { path, headers }] of paths.entries()) {
      const started = performance.now();
      const answer = await fetch(`${base}${path}`, { headers: headers ?? {} });
      await answer.arrayBuffer();
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
      latencies[index]!.push(performance.now() - started);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

/**
 * The clients, in a worker thread so that sending 800 MiB does not delay the prober's own event
 * loop: `count` uploads of `size` bytes in `chunk`-byte PATCHes, all at once. With `tus`, each is
 * created first (POST) and sent with Upload-Offset; else bodies go to `/upload` as they are.
 */
const SENDER = `
const { workerData, parentPort } = require('node:worker_threads');
const { base, count, size, chunk, tus, metadata } = workerData;
const file = Buffer.alloc(size, 7);
file.write('%PDF-1.7\\n', 0, 'latin1');
const TUS = { 'tus-resumable': '1.0.0' };
async function one() {
  let location = base + '/upload';
  if (tus) {
    const created = await fetch(base + '/api/v1/uploads', { method: 'POST', headers: { ...TUS, 'upload-length': String(size), 'upload-metadata': metadata } });
    if (created.status !== 201) throw new Error('create: ' + created.status + ' ' + await created.text());
    location = base + created.headers.get('location');
  }
  for (let offset = 0; offset < size; offset += chunk) {
    const answer = await fetch(location, {
      method: 'PATCH', headers: { ...TUS, 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset) },
      body: file.subarray(offset, Math.min(size, offset + chunk)),
    });
    if (answer.status !== 204) throw new Error('PATCH at ' + offset + ': ' + answer.status + ' ' + await answer.text());
  }
}
Promise.all(Array.from({ length: count }, one)).then(() => parentPort.postMessage('done'), (error) => parentPort.postMessage(String(error)));
`;

function send(base: string, tus: boolean): Promise<void> {
  const metadata = encodeUploadMetadata({ filename: 'ban-ve.pdf', filetype: 'application/pdf' });
  const worker = new Worker(SENDER, { eval: true, workerData: { base, count: UPLOADS, size: SIZE, chunk: CHUNK, tus, metadata } });
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => {
      void worker.terminate();
      if (message === 'done') resolve();
      else reject(new Error(String(message)));
    });
    worker.once('error', reject);
  });
}

/** Runs the uploads against `base` (server process `pid`) and prints the figures. */
async function measure(name: string, base: string, pid: number, tus: boolean, probes: { path: string; headers?: Record<string, string> }[]) {
  const peak = memoryPeak(pid);
  const started = performance.now();
  const uploads = send(base, tus);
  const latencies = await probe(base, probes, uploads.catch(() => undefined));
  await uploads;
  const seconds = (performance.now() - started) / 1000;
  const fields = {
    server: name, uploads: UPLOADS, sizeMiB: SIZE / MiB, chunkMiB: CHUNK / MiB, seconds: round(seconds),
    throughputMBps: round((UPLOADS * SIZE) / 1e6 / seconds),
    healthP50Ms: round(quantile(latencies[0]!, 0.5)), healthP99Ms: round(quantile(latencies[0]!, 0.99)), healthMaxMs: round(Math.max(...latencies[0]!)),
    ...(latencies[1] ? { lookupP50Ms: round(quantile(latencies[1], 0.5)), lookupP99Ms: round(quantile(latencies[1], 0.99)), lookupMaxMs: round(Math.max(...latencies[1])) } : {}),
    probes: latencies.flat().length,
    peakRssMiB: round(peak() / MiB),
  };
  result(fields);
  return fields;
}

/** The peer: a bare node:http server (in this process) streaming each body to a file. */
async function peer(): Promise<{ throughputMBps: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'egov-bench-peer-'));
  let n = 0;
  const server = createServer((request, response) => {
    if (request.method !== 'PATCH') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    pipeline(request, createWriteStream(join(folder, String(n++)))).then(() => response.writeHead(204).end(), () => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    return await measure('node:http → file (peer)', base, process.pid, false, [{ path: '/health' }]);
  } finally {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

header('uploads');
const floor = await peer();
for (const database of await benchDatabases()) {
  const server = await spawnReferenceServer({ ...database.env, EGOV_UPLOAD_LIMIT: '100000', EGOV_LOOKUP_LIMIT: '100000' });
  try {
    const answer = await fetch(`${server.url}/api/v1/dossiers`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({
        procedureCode: '1.003677', formVersion: 1, applicant: { kind: 'citizen', fullName: 'Nguyễn Văn Đo Tải', idNumber: '019090012345', phone: '0912345678' },
        answers: { destination: { provinceCode: '19', communeCode: '05443', street: 'Số 12' }, fromDate: '2026-12-01', toDate: '2027-01-15', reason: 'Đi công tác.' },
      }),
    });
    const { code } = await answer.json() as { code: string };
    const ours = await measure(`reference server (${database.database})`, server.url, server.child.pid!, true, [
      { path: '/health' }, { path: `/api/v1/dossiers/${code}`, headers: { 'x-dossier-verifier': '0912345678' } },
    ]);
    result({ server: `reference server (${database.database})`, throughputRatioToPeer: round(ours.throughputMBps / floor.throughputMBps) });
  } finally {
    await stop(server.child);
    await database.cleanup();
  }
}
