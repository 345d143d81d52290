import { createHash } from 'node:crypto';
import pg from 'pg';
import { DatabaseUnavailableError, isConnectionFailure, type Database, type Queryable } from './database.js';
import { PostgresNotifications } from './postgres-notifications.js';

/** The URL without its password, for logs. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

/** Statement names by SQL text: each statement is parsed and planned once per connection. */
const statementNames = new Map<string, string>();

function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `egov_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** A lost connection becomes a {@link DatabaseUnavailableError}; other errors pass unchanged. */
function translate(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError || !isConnectionFailure(error)) return error;
  return new DatabaseUnavailableError(error);
}

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await target.query({ name: statementName(sql), text: sql, values: params as unknown[] });
        return result.rows as R[];
      } catch (error) {
        throw translate(error);
      }
    },
    async exec(sql: string) {
      try {
        await target.query(sql);
      } catch (error) {
        throw translate(error);
      }
    },
  };
}

/** How long a request waits for a free connection (or a new one) before it is told to retry. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Options of {@link openPostgres}. */
export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** Called when the notification connection fails and is being re-established. */
  onListenError?: (error: Error) => void;
}

/**
 * Connects to PostgreSQL. Several server instances may share it: everything they must agree on
 * (idempotency keys, dossier counters, rate limits, event fan-out through LISTEN/NOTIFY) is in the
 * database. Notifications use one dedicated connection ({@link PostgresNotifications}), watched
 * and re-established when it drops.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on('error', () => {
    // An idle client died (server restart); the pool replaces it on next use.
  });
  await pool.query('SELECT 1');
  const notifications = new PostgresNotifications(url, (error) => options.onListenError?.(error));

  const root = wrap(pool);
  return {
    kind: 'postgres',
    location: redact(url),
    query: root.query,
    exec: root.exec,
    async transaction(work) {
      const client = await pool.connect().catch((error: unknown) => { throw translate(error); });
      // A checked-out client has no listener of the pool's: without this one, a connection cut
      // mid-transaction (failover, pg_terminate_backend) is an unhandled 'error' that ends the process.
      let lost: Error | undefined;
      const onError = (error: Error) => { lost = error; };
      client.on('error', onError);
      const tx = wrap(client);
      try {
        await tx.exec('BEGIN');
        const result = await work(tx);
        await tx.exec('COMMIT');
        return result;
      } catch (error) {
        if (!lost && isConnectionFailure(error)) lost = error as Error;
        if (!lost) await client.query('ROLLBACK').catch(() => undefined);
        throw lost ? (lost instanceof DatabaseUnavailableError ? lost : new DatabaseUnavailableError(lost)) : error;
      } finally {
        client.off('error', onError);
        // A client whose connection failed is destroyed, not handed to the next request.
        client.release(lost);
      }
    },
    listen: (channel, onMessage, onLost) => notifications.listen(channel, onMessage, onLost),
    async close() {
      await notifications.close();
      await pool.end();
    },
  };
}
