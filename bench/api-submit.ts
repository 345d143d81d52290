/**
 * Dossier submissions (`POST /api/v1/dossiers`, each with its own `Idempotency-Key`) per second and
 * their p99 latency under 20 connections, then replays (the same keys again, answered from the
 * stored first answer). On the embedded database (PGlite) always, and on PostgreSQL when
 * DATABASE_URL is set. The server runs in its own process; autocannon drives it from this one.
 *   node --conditions=egov-source --import tsx bench/api-submit.ts [seconds]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { header, result, round } from './lib/report.js';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

interface Autocannon {
  (options: Record<string, unknown>): Promise<{ requests: { average: number; total: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number; timeouts: number; statusCodeStats: Record<string, { count: number }> }>;
}
const autocannon = require('autocannon') as Autocannon;

const CONNECTIONS = 20;

/** A valid "Khai báo tạm vắng" (1.003677) application; the name varies so every dossier differs. */
function application(n: number): string {
  return JSON.stringify({
    procedureCode: '1.003677',
    formVersion: 1,
    applicant: { kind: 'citizen', fullName: `Nguyễn Văn Đo Tải ${n}`, idNumber: '019090012345', phone: '0912345678' },
    answers: {
      destination: { provinceCode: '19', communeCode: '05443', street: 'Số 12, đường Hoàng Văn Thụ' },
      fromDate: '2026-12-01', toDate: '2027-01-15', reason: 'Đi công tác tại tỉnh khác.',
    },
  });
}

function spawnServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=egov-source', '--import', 'tsx', 'packages/reference-server/src/cli.ts'], {
    cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', EGOV_SEED_DOSSIERS: '300', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API:\s+(http:\/\/[^\s/]+)\/api\/v1/.exec(output);
      if (match) resolve({ url: match[1]!, child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

async function freshPostgresDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import('pg');
  const name = `egov_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Drives submissions for `seconds`; returns the figures and the keys used with their bodies. */
async function submissions(url: string, seconds: number, replayOf?: { key: string; body: string }[]) {
  const used: { key: string; body: string }[] = [];
  let counter = 0;
  const measured = await autocannon({
    url, connections: CONNECTIONS, duration: seconds,
    requests: [{
      method: 'POST', path: '/api/v1/dossiers', headers: { 'content-type': 'application/json' },
      setupRequest: (request: { headers: Record<string, string>; body?: string }) => {
        const n = counter++;
        const sent = replayOf ? replayOf[n % replayOf.length]! : { key: randomUUID(), body: application(n) };
        if (!replayOf) used.push(sent);
        request.headers = { ...request.headers, 'idempotency-key': sent.key };
        request.body = sent.body;
        return request;
      },
    }],
  });
  const created = measured.statusCodeStats['201']?.count ?? 0;
  return {
    figures: { perSecond: round(measured.requests.average), p50Ms: measured.latency.p50, p99Ms: measured.latency.p99, answered201: created, non2xx: measured.non2xx, errors: measured.errors + measured.timeouts },
    used,
  };
}

const seconds = Number(process.argv[2] ?? 10);
header('api-submit');
const targets: { database: string; env: Record<string, string>; cleanup: () => Promise<void> }[] = [];
const folder = mkdtempSync(join(tmpdir(), 'egov-bench-'));
targets.push({ database: 'pglite', env: { EGOV_DATA_DIR: folder }, cleanup: async () => rmSync(folder, { recursive: true, force: true }) });
if (process.env.DATABASE_URL) {
  const database = await freshPostgresDatabase(process.env.DATABASE_URL);
  targets.push({ database: 'postgres', env: { DATABASE_URL: database.url, EGOV_DB_POOL: '20' }, cleanup: database.drop });
}
for (const target of targets) {
  const server = await spawnServer(target.env);
  const first = await submissions(server.url, seconds);
  const replay = await submissions(server.url, Math.max(3, Math.round(seconds / 2)), first.used.slice(0, 2000));
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
  await target.cleanup();
  result({ database: target.database, route: 'POST /api/v1/dossiers, new Idempotency-Key each', connections: CONNECTIONS, seconds, ...first.figures });
  result({ database: target.database, route: 'POST /api/v1/dossiers, replayed keys', connections: CONNECTIONS, seconds: Math.max(3, Math.round(seconds / 2)), ...replay.figures });
}
