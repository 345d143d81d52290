/**
 * A private PostgreSQL cluster for tests that stop, restart or cut the database: initdb in a
 * temporary folder, on a free loopback port, with the binaries `scripts/with-postgres.sh` exports
 * (`PGBIN`) or Debian's newest. As root, the cluster runs as the `postgres` user. Other test files
 * keep using the shared cluster undisturbed.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

function binaries(): string | undefined {
  if (process.env.PGBIN && existsSync(join(process.env.PGBIN, 'pg_ctl'))) return process.env.PGBIN;
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.length > 0 ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : undefined;
  return bin && existsSync(join(bin, 'pg_ctl')) ? bin : undefined;
}

/** Why the chaos tests on PostgreSQL cannot run here, or `undefined` when they can. */
export function postgresClusterUnavailable(): string | undefined {
  if (!process.env.DATABASE_URL) return 'needs PostgreSQL: run it with scripts/with-postgres.sh (DATABASE_URL is not set)';
  if (!binaries()) return 'needs the PostgreSQL server binaries (PGBIN)';
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A throwaway cluster that a test may stop, restart and cut. */
export class PostgresCluster {
  readonly url: string;
  readonly #bin: string;
  readonly #folder: string;
  readonly #port: number;
  readonly #asPostgres: boolean;

  private constructor(bin: string, folder: string, port: number, asPostgres: boolean) {
    this.#bin = bin;
    this.#folder = folder;
    this.#port = port;
    this.#asPostgres = asPostgres;
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  static async start(): Promise<PostgresCluster> {
    const bin = binaries();
    if (!bin) throw new Error(postgresClusterUnavailable());
    const folder = mkdtempSync(join(tmpdir(), 'egov-pg-chaos-'));
    const asPostgres = process.getuid?.() === 0;
    if (asPostgres) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: group } = await run('id', ['-g', 'postgres']);
      chownSync(folder, Number(stdout.trim()), Number(group.trim()));
    }
    const cluster = new PostgresCluster(bin, folder, await freePort(), asPostgres);
    await cluster.#ctl('initdb', ['-D', cluster.#data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    await cluster.#pgCtl('start');
    return cluster;
  }

  get #data(): string {
    return join(this.#folder, 'data');
  }

  async #ctl(program: string, args: string[]): Promise<void> {
    const [command, all] = this.#asPostgres ? ['runuser', ['-u', 'postgres', '--', join(this.#bin, program), ...args]] : [join(this.#bin, program), args];
    await run(command, all, { timeout: 60_000 });
  }

  async #pgCtl(action: 'start' | 'stop'): Promise<void> {
    const args = action === 'start'
      ? ['-D', this.#data, '-l', join(this.#folder, 'postgres.log'), '-w', '-t', '60', '-o', `-p ${this.#port} -k ${this.#folder} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'start']
      : ['-D', this.#data, '-m', 'fast', '-w', '-t', '60', 'stop'];
    await this.#ctl('pg_ctl', args);
  }

  /** Ends every other connection to the cluster's databases (`pg_terminate_backend`); returns how many. */
  async terminateConnections(): Promise<number> {
    const admin = new pg.Client({ connectionString: this.url });
    admin.on('error', () => undefined);
    await admin.connect();
    try {
      const rows = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = \'client backend\'');
      return rows.rowCount ?? 0;
    } finally {
      await admin.end().catch(() => undefined);
    }
  }

  /** A fast shutdown (every connection cut, in-flight transactions rolled back). */
  stop(): Promise<void> {
    return this.#pgCtl('stop');
  }

  start(): Promise<void> {
    return this.#pgCtl('start');
  }

  /** Stops the cluster (if it runs) and deletes its folder. */
  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.#folder, { recursive: true, force: true });
  }
}
