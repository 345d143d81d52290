/**
 * The one database interface the server uses, over PGlite (embedded PostgreSQL) or node-postgres:
 * the same SQL runs on both. Values go in as parameters (`$1`…); JSON as text cast with `::jsonb`,
 * instants as ISO text, bytes as `Uint8Array`. Rows come back as objects; `bytea` as `Buffer`.
 */
export interface Queryable {
  /** Runs one statement with parameters and returns its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A database the server can run on. */
export interface Database extends Queryable {
  /** `pglite` (embedded, one process) or `postgres` (shared by several server instances). */
  readonly kind: 'pglite' | 'postgres';
  /** Where it lives, for logs: the data folder, or the PostgreSQL URL without its password. */
  readonly location: string;
  /**
   * Runs `work` in a transaction (READ COMMITTED): committed when it resolves, rolled back when it
   * throws. Statements outside it never interleave with it on PGlite (one connection).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onMessage` with the payload of every `NOTIFY channel` (from any instance). When the
   * notification connection is lost, `onLost` is called at once: notifications may be missed from
   * then on. Once it is back (and listening again), `onMessage('')`, so listeners can catch up.
   */
  listen(channel: string, onMessage: (payload: string) => void, onLost?: () => void): Promise<() => Promise<void>>;
  /** Closes connections (and, for PGlite, flushes and releases the data folder). */
  close(): Promise<void>;
}

/** Turns a `bytea` value as either driver returns it into a `Buffer` (without copying). */
export function asBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('Not bytes');
}

/** A PostgreSQL error's SQLSTATE, if `error` is one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The database cannot be reached or failed in a way that is not the request's fault (a dropped
 * connection, a server shutting down or starting up, the embedded engine failing). The API answers
 * it with `503 service-unavailable` and `Retry-After`: the same request may succeed once it is back.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The database is unavailable: ${(cause as Error | undefined)?.message ?? String(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** SQLSTATE classes and codes that say "the database is away", not "the statement is wrong". */
const UNAVAILABLE_STATES = /^(08|53|57P|58)/;
/** Socket errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/**
 * Whether a node-postgres error means the connection or the server is unavailable: a socket
 * error, a connection-class SQLSTATE (08…, 53…, 57P…, 58…), or the driver's own messages for a
 * connection that ended or a pool that timed out.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = sqlState(error);
  if (code !== undefined && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
  const message = (error as Error | null)?.message ?? '';
  return /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Client was closed|Connection ended|after calling end on the pool/i.test(message);
}
