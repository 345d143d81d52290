/**
 * The real reference server for the SDK's tests, on loopback over its embedded database: in this
 * process, or as a child process (the CLI, as `npm start` runs it) that a test can kill with
 * SIGKILL and start again on the same data folder and port.
 *
 * Seeding a database takes seconds, so a seeded folder is built once per source version of the
 * server and copied for each server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type ServerConfig } from '@egov-kit/reference-server';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const serverRoot = join(repoRoot, 'packages/reference-server');

/** Settings every test server shares: quiet, small, and generous with lookups and tokens. */
export const testServerConfig: Partial<ServerConfig> = {
  host: '127.0.0.1', port: 0, logLevel: 'silent', seedDossiers: 12, lookupLimit: 100_000, tokenLimit: 100_000, uploadLimit: 100_000, submissionLimit: 100_000,
};

function sourceVersion(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(serverRoot, 'src'));
  walk(join(repoRoot, 'packages/core/src'));
  return hash.update(JSON.stringify(testServerConfig)).digest('hex').slice(0, 16);
}

/** A seeded data folder to copy, built once per source version (atomically: parallel runs share it). */
async function seededTemplate(): Promise<string> {
  const template = join(tmpdir(), `egov-kit-sdk-test-template-${sourceVersion()}`);
  if (existsSync(join(template, 'pgdata'))) return template;
  for (const entry of readdirSync(tmpdir())) {
    if (entry.startsWith('egov-kit-sdk-test-template-') && join(tmpdir(), entry) !== template) rmSync(join(tmpdir(), entry), { recursive: true, force: true });
  }
  const building = mkdtempSync(join(tmpdir(), 'egov-kit-sdk-template-build-'));
  const server = await startServer({ ...testServerConfig, dataDir: building }, {});
  await server.close();
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

/** A fresh copy of the seeded data folder; remove it with `rmSync` when done. */
export async function seededDataFolder(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'egov-kit-sdk-test-'));
  cpSync(await seededTemplate(), folder, { recursive: true });
  rmSync(join(folder, 'server.lock'), { force: true });
  return folder;
}

/** A server running in this process. */
export interface InProcessServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a server in this process on a fresh seeded folder. */
export async function startInProcessServer(overrides: Partial<ServerConfig> = {}): Promise<InProcessServer> {
  const dataDir = await seededDataFolder();
  const server = await startServer({ ...testServerConfig, dataDir, ...overrides }, {});
  return {
    url: server.url,
    stop: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A free TCP port on loopback (so a restarted server can come back on the same one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Child servers still running: killed when the test process exits, whatever happened to the test. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** How long a child server may take to serve: generous, as CI machines are loaded. */
const START_TIMEOUT_MS = 120_000;

/** A server in a child process that a test can kill and start again on the same folder and port. */
export class ChildServer {
  readonly dataDir: string;
  readonly port: number;
  readonly url: string;
  readonly #env: Record<string, string>;
  #child: ChildProcess | undefined;
  #output = '';

  private constructor(dataDir: string, port: number, env: Record<string, string>) {
    this.dataDir = dataDir;
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.#env = env;
  }

  /** Starts a child server on a fresh seeded folder and a free port. `env` sets its configuration. */
  static async start(env: Record<string, string> = {}): Promise<ChildServer> {
    const server = new ChildServer(await seededDataFolder(), await freePort(), env);
    await server.restart();
    return server;
  }

  /** What the server printed, for failure messages. */
  get output(): string {
    return this.#output;
  }

  /** Starts the server (again) on its folder and port; resolves once it serves. */
  async restart(): Promise<void> {
    const child = spawn(process.execPath, ['--conditions=egov-source', '--import', 'tsx', join(serverRoot, 'src/cli.ts'), '--port', String(this.port), '--host', '127.0.0.1', '--data-dir', this.dataDir], {
      cwd: serverRoot,
      env: { ...process.env, LOG_LEVEL: 'warn', EGOV_LOOKUP_LIMIT: '100000', EGOV_TOKEN_LIMIT: '100000', EGOV_SUBMISSION_LIMIT: '100000', ...this.#env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    children.add(child);
    child.once('exit', () => children.delete(child));
    child.stdout!.on('data', (chunk: Buffer) => { this.#output += chunk.toString(); });
    child.stderr!.on('data', (chunk: Buffer) => { this.#output += chunk.toString(); });
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.off('exit', onExit);
        if (!error) return resolve();
        // A server that did not come up is not left running: its pipes would keep the test process alive.
        child.kill('SIGKILL');
        reject(error);
      };
      const timer = setTimeout(() => settle(new Error(`the server did not serve within ${START_TIMEOUT_MS / 1000} s:\n${this.#output}`)), START_TIMEOUT_MS);
      const onExit = (code: number | null) => settle(new Error(`the server exited (${code}) before serving:\n${this.#output}`));
      child.once('exit', onExit);
      const poll = async () => {
        try {
          const ready = await fetch(`${this.url}/ready`, { signal: AbortSignal.timeout(5_000) });
          await ready.arrayBuffer();
          if (ready.ok) return settle();
        } catch {
          // not listening yet
        }
        if (!settled) setTimeout(() => void poll(), 100);
      };
      void poll();
    });
  }

  /** Kills the server at once (SIGKILL: no shutdown, requests in flight are cut). */
  async kill(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Kills the server and removes its folder. */
  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
