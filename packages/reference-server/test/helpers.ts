/**
 * Test harness: real servers on loopback over a real database. PGlite by default (each server on
 * its own copy of a seeded template folder, built once per machine and source version), or, when
 * DATABASE_URL is set, PostgreSQL (each server on its own fresh database).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startServer, type RunningServer, type ServerConfig } from '../src/index.js';

export const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));
export const repoRoot = dirname(dirname(packageRoot));
export const postgresUrl = process.env.DATABASE_URL;
export const databaseKind = postgresUrl ? 'postgres' : 'pglite';

/** Seeded dossiers in test databases: enough for every status many times over. */
const SEED_DOSSIERS = 120;

/** Quiet, fast settings every test server shares (tests override what they exercise). */
export const testConfig: Partial<ServerConfig> = {
  host: '127.0.0.1', port: 0, logLevel: 'silent', seedDossiers: SEED_DOSSIERS, lookupLimit: 1000, tokenLimit: 1000, uploadLimit: 1000, submissionLimit: 100_000, sseKeepAliveSeconds: 15,
};

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(packageRoot, 'src'));
  walk(join(repoRoot, 'packages/core/src/contract'));
  return hash.update(String(SEED_DOSSIERS)).digest('hex').slice(0, 16);
}

/** A seeded PGlite folder to copy: built once (atomically, so parallel test files share it). */
async function pgliteTemplate(): Promise<string> {
  const template = join(tmpdir(), `egov-kit-test-template-${sourceHash()}`);
  if (existsSync(join(template, 'pgdata'))) return template;
  // Templates of older sources are of no use any more.
  for (const entry of readdirSync(tmpdir())) {
    if (entry.startsWith('egov-kit-test-template-') && join(tmpdir(), entry) !== template) rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
  const building = mkdtempSync(join(tmpdir(), 'egov-kit-template-build-'));
  const server = await startServer({ ...testConfig, dataDir: building }, {});
  await server.close();
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another process won the race
  }
  return template;
}

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `egov_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Where a server keeps its data: a PGlite folder, or a PostgreSQL database. */
export interface TestStorage {
  /** Settings that point a server at it. */
  config: Partial<ServerConfig>;
  /** Environment variables that point a child-process server at it. */
  env: Record<string, string>;
  remove(): Promise<void>;
}

/** Fresh, seeded storage for one test server (or several instances sharing one PostgreSQL database). */
export async function createStorage(): Promise<TestStorage> {
  if (postgresUrl) {
    const database = await createDatabase();
    return { config: { databaseUrl: database.url }, env: { DATABASE_URL: database.url }, remove: database.drop };
  }
  const folder = mkdtempSync(join(tmpdir(), 'egov-kit-test-'));
  cpSync(await pgliteTemplate(), folder, { recursive: true });
  rmSync(join(folder, 'server.lock'), { force: true });
  return { config: { dataDir: folder }, env: { EGOV_DATA_DIR: folder }, remove: async () => rmSync(folder, { recursive: true, force: true }) };
}

/** A server in this process, with its storage. */
export interface TestServer extends RunningServer {
  storage: TestStorage;
  /** Closes the server and removes its storage. */
  stop(): Promise<void>;
}

/** Starts a server on fresh seeded storage (or on `storage`, to share it). */
export async function startTestServer(overrides: Partial<ServerConfig> = {}, storage?: TestStorage): Promise<TestServer> {
  const own = storage ?? await createStorage();
  const server = await startServer({ ...testConfig, ...own.config, ...overrides }, {});
  return Object.assign(server, {
    storage: own,
    stop: async () => {
      await server.close();
      if (!storage) await own.remove();
    },
  });
}

/** An HTTP answer, its body parsed when it is JSON (read loosely; tests parse with the contract's schemas where it matters). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Sends a request and reads the whole answer. `json` sets a JSON body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(base: string, method: string, path: string, options: { headers?: Record<string, string>; json?: unknown; body?: BodyInit; signal?: AbortSignal } = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, text, body: (type.includes('json') && text ? JSON.parse(text) : text) as T };
}

/** A staff token for a demo client. */
export async function staffToken(base: string, client: 'demo-staff' | 'demo-desk' = 'demo-staff', scope?: string): Promise<string> {
  const secret = client === 'demo-staff' ? 'demo-staff-secret' : 'demo-desk-secret';
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: client, client_secret: secret, ...(scope ? { scope } : {}) });
  const answer = await call(base, 'POST', '/oauth/token', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  if (answer.status !== 200) throw new Error(`token: ${answer.status} ${answer.text}`);
  return answer.body.access_token as string;
}

/** A valid submission of "Khai báo tạm vắng" (1.003677), which needs no attachments. */
export function absenceSubmission(name = 'Nguyễn Văn Kiểm Thử', phone = '0912345678', idNumber = '019090012345') {
  return {
    procedureCode: '1.003677',
    formVersion: 1,
    applicant: { kind: 'citizen', fullName: name, idNumber, phone },
    answers: {
      destination: { provinceCode: '19', communeCode: '05443', street: 'Số 12, đường Hoàng Văn Thụ' },
      fromDate: '2026-12-01',
      toDate: '2027-01-15',
      reason: 'Đi công tác tại tỉnh khác.',
    },
  };
}

/** Submits `body` with a fresh (or given) idempotency key. */
export function submit(base: string, body: unknown, key: string = randomUUID(), headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Answer> {
  return call(base, 'POST', '/api/v1/dossiers', { headers: { 'idempotency-key': key, ...headers }, json: body, ...(signal ? { signal } : {}) });
}

/** A child-process server (`src/cli.ts`), as `npm start` runs it. */
export interface ChildServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Every child server still running: killed when the test process exits, whatever happened to the test. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** How long a child server may take to start: generous, as CI machines are loaded. */
const START_TIMEOUT_MS = 120_000;

/** Spawns the CLI with `env` and waits (up to two minutes) until it prints its API URL; kills it if it does not. */
export async function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--conditions=egov-source', '--import', 'tsx', join(packageRoot, 'src/cli.ts')], {
    cwd: packageRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', EGOV_SEED_DOSSIERS: String(SEED_DOSSIERS), EGOV_LOOKUP_LIMIT: '100000', EGOV_SUBMISSION_LIMIT: '100000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => {
    children.delete(child);
    resolve({ code, signal });
  }));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    const check = () => {
      const match = /API:\s+(http:\/\/[^\s/]+)\/api\/v1/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before starting:\n${output}`));
    });
  });
  return { url, child, output: () => output, exited };
}

/** Waits `ms`. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops a child server: SIGTERM, then SIGKILL if it has not exited within `graceMs`. Safe to call twice. */
export async function stopServer(server: ChildServer | undefined, graceMs = 15_000): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  await server.exited;
  clearTimeout(timer);
}
