import type { Database } from '../db/database.js';

/**
 * The right to write an upload's next chunk: one request at a time, on any instance. A lease not
 * renewed within {@link LEASE_SECONDS} may be taken over (a client retrying after a connection
 * that died silently); the old holder finds out at its next renewal and stops.
 */
export interface UploadLeases {
  /** Takes the lease of upload `id` for `holder`; `false` when another holder has it. */
  take(id: string, holder: string): Promise<boolean>;
  /** Extends the lease; `false` when `holder` lost it (or the upload stopped uploading). */
  renew(id: string, holder: string): Promise<boolean>;
  release(id: string, holder: string): Promise<void>;
}

/** How long a lease lasts without being renewed. */
export const LEASE_SECONDS = 10;

/** Leases in this process's memory: for the embedded database, where one process owns the data. */
export class MemoryLeases implements UploadLeases {
  readonly #held = new Map<string, { holder: string; expires: number }>();

  async take(id: string, holder: string): Promise<boolean> {
    const lease = this.#held.get(id);
    if (lease && lease.expires > Date.now()) return false;
    this.#held.set(id, { holder, expires: Date.now() + LEASE_SECONDS * 1000 });
    return true;
  }

  async renew(id: string, holder: string): Promise<boolean> {
    const lease = this.#held.get(id);
    if (lease?.holder !== holder) return false;
    lease.expires = Date.now() + LEASE_SECONDS * 1000;
    return true;
  }

  async release(id: string, holder: string): Promise<void> {
    if (this.#held.get(id)?.holder === holder) this.#held.delete(id);
  }
}

/** Leases in the `uploads` row: for PostgreSQL, where several instances take chunks of one upload. */
export class DatabaseLeases implements UploadLeases {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async take(id: string, holder: string): Promise<boolean> {
    const rows = await this.#db.query(
      `UPDATE uploads SET lease_holder = $2, lease_expires = now() + make_interval(secs => $3)
       WHERE id = $1 AND status = 'uploading' AND (lease_holder IS NULL OR lease_expires < now()) RETURNING id`,
      [id, holder, LEASE_SECONDS],
    );
    return rows.length === 1;
  }

  async renew(id: string, holder: string): Promise<boolean> {
    const rows = await this.#db.query(
      "UPDATE uploads SET lease_expires = now() + make_interval(secs => $3) WHERE id = $1 AND lease_holder = $2 AND status = 'uploading' RETURNING id",
      [id, holder, LEASE_SECONDS],
    );
    return rows.length === 1;
  }

  async release(id: string, holder: string): Promise<void> {
    await this.#db.query('UPDATE uploads SET lease_holder = NULL, lease_expires = NULL WHERE id = $1 AND lease_holder = $2', [id, holder]);
  }
}
