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
