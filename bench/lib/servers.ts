/**
 * What the API benches share: server processes, the databases they run on, and autocannon.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The parts of autocannon's answer the benches read. */
export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
export const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

/** A process running a script (through tsx, from sources), with its origin once it prints its `API:` line. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/** Spawns `args` (a script and its arguments) and resolves once it prints its API line. */
export function spawnProcess(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=egov-source', '--import', 'tsx', ...args], {
    cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
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

/** The reference server (`src/cli.ts`) on a free loopback port, quiet, seeded with 300 dossiers. */
export function spawnReferenceServer(env: Record<string, string>): Promise<ServerProcess> {
  return spawnProcess(['packages/reference-server/src/cli.ts'], {
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', EGOV_SEED_DOSSIERS: '300', ...env,
  });
}

/** Stops a spawned process with SIGTERM and waits for it to exit. */
export async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A database a server is benched on: the environment that points it there, and how to remove it. */
export interface BenchDatabase {
  database: 'pglite' | 'postgres';
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

async function freshPostgresDatabase(url: string): Promise<BenchDatabase> {
  const { default: pg } = await import('pg');
  const name = `egov_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    database: 'postgres',
    env: { DATABASE_URL: target.toString(), EGOV_DB_POOL: '20' },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A fresh PGlite folder always; a fresh PostgreSQL database too when DATABASE_URL is set. */
export async function benchDatabases(): Promise<BenchDatabase[]> {
  const folder = mkdtempSync(join(tmpdir(), 'egov-bench-'));
  const databases: BenchDatabase[] = [
    { database: 'pglite', env: { EGOV_DATA_DIR: folder }, cleanup: async () => rmSync(folder, { recursive: true, force: true }) },
  ];
  if (process.env.DATABASE_URL) databases.push(await freshPostgresDatabase(process.env.DATABASE_URL));
  return databases;
}
