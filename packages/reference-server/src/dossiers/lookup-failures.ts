import type { Queryable } from '../db/database.js';
import { RATE_LIMIT_UPSERT_SQL, WINDOW_RESET_SQL } from '../http/rate-limit.js';

/** The channel on which every count of a failed lookup is announced (payload: see {@link parseFailureNotice}). */
export const LOOKUP_FAILURES_CHANNEL = 'lookup_failures';

/** The rate-limit key of a client's failed lookups. */
export const lookupFailureKey = (ip: string) => `lookup:${ip}`;

/**
 * Counts one failed lookup under `$1` in a window of `$2` seconds, in the database (the count every
 * instance shares); returns `hits`, `reset` (seconds left), `windowStart` (µs since the epoch on
 * the database's clock, which identifies the window) and `ageMs` (the window's age), and announces
 * the same to every instance on `$3`, in the same statement.
 */
export const COUNT_LOOKUP_FAILURE_SQL = `WITH counted AS (${RATE_LIMIT_UPSERT_SQL}
    RETURNING hits, ${WINDOW_RESET_SQL} AS reset, (EXTRACT(EPOCH FROM window_start) * 1000000)::float8 AS "windowStart",
      (EXTRACT(EPOCH FROM (now() - window_start)) * 1000)::float8 AS "ageMs")
  SELECT hits, reset, "windowStart", "ageMs", pg_notify($3, concat_ws(' ', hits, "windowStart", "ageMs", $1::text))::text AS notified
  FROM counted`;

/** The counts of failed lookups as the database has them, for a fresh start (kept a day, as maintenance does). */
const SNAPSHOT_SQL = `SELECT key, hits, (EXTRACT(EPOCH FROM window_start) * 1000000)::float8 AS "windowStart",
    (EXTRACT(EPOCH FROM (now() - window_start)) * 1000)::float8 AS "ageMs"
  FROM rate_limits WHERE key LIKE 'lookup:%' AND window_start > now() - interval '1 day'`;

/** What one count says: `hits` in the window that started at `windowStart` (µs, the database's clock) `ageMs` ago. */
export interface FailureCount {
  key: string;
  hits: number;
  windowStart: number;
  ageMs: number;
}

/** Reads a notice sent by {@link COUNT_LOOKUP_FAILURE_SQL}; `undefined` if it is not one. */
export function parseFailureNotice(payload: string): FailureCount | undefined {
  const [hits, windowStart, ageMs, ...key] = payload.split(' ');
  const count = { key: key.join(' '), hits: Number(hits), windowStart: Number(windowStart), ageMs: Number(ageMs) };
  return count.key.startsWith('lookup:') && [count.hits, count.windowStart, count.ageMs].every(Number.isFinite) ? count : undefined;
}

interface KnownCount {
  hits: number;
  windowStart: number;
  /** When the window started, on this process's clock (`Date.now()`). */
  startedAt: number;
}

/** Entries beyond which windows that are over are swept out (at most once a second). */
const SWEEP_ABOVE = 1_000;

/**
 * This instance's copy of the failed-lookup counts, so a lookup that succeeds needs no database
 * round trip to know whether its client is over the limit. Every count is made in the database
 * (the authority) and announced to every instance with NOTIFY; this copy is filled from a
 * snapshot, then from those notices. While notifications may be missed (the connection was lost
 * and the snapshot not yet re-read) it vouches for nothing, and lookups ask the database.
 */
export class LookupFailures {
  readonly #counts = new Map<string, KnownCount>();
  /** Verifier tests under way on this instance whose outcome is not counted yet, by key. */
  readonly #testing = new Map<string, number>();
  #trusted = false;
  /** Bumped when notifications may have been missed, so a snapshot read before that is not trusted. */
  #epoch = 0;
  #windowMs = 86_400_000;
  #lastSweep = 0;

  /** Takes in a count the database returned (this instance's own, a notice, or the snapshot). Counts only grow within a window. */
  record(count: FailureCount, now = Date.now()): void {
    const known = this.#counts.get(count.key);
    if (!known || count.windowStart > known.windowStart) {
      this.#counts.set(count.key, { hits: count.hits, windowStart: count.windowStart, startedAt: now - count.ageMs });
    } else if (count.windowStart === known.windowStart && count.hits > known.hits) {
      known.hits = count.hits;
    }
    if (this.#counts.size > SWEEP_ABOVE && now - this.#lastSweep > 1000) this.#sweep(now);
  }

  /**
   * The failures of `key` in the current window of `windowSeconds` and the seconds until it
   * resets, or `undefined` when this copy cannot vouch for them (ask the database).
   */
  state(key: string, windowSeconds: number, now = Date.now()): { hits: number; reset: number } | undefined {
    if (!this.#trusted) return undefined;
    this.#windowMs = windowSeconds * 1000;
    const known = this.#counts.get(key);
    const left = known ? known.startedAt + this.#windowMs - now : 0;
    if (!known || left <= 0) return { hits: 0, reset: windowSeconds };
    return { hits: known.hits, reset: Math.max(1, Math.ceil(left / 1000)) };
  }

  /** Verifier tests of `key` under way on this instance, not counted yet. */
  testing(key: string): number {
    return this.#testing.get(key) ?? 0;
  }

  /**
   * Marks a verifier test of `key` as under way until the returned function is called (once its
   * outcome is counted): guesses sent together must not all pass a check made before any is counted.
   */
  startTest(key: string): () => void {
    this.#testing.set(key, this.testing(key) + 1);
    return () => {
      const left = this.testing(key) - 1;
      if (left > 0) this.#testing.set(key, left);
      else this.#testing.delete(key);
    };
  }

  /** Notifications may be missed from now on: vouch for nothing until {@link load} has run again. */
  suspend(): void {
    this.#trusted = false;
    this.#epoch++;
  }

  /** Reads every current count from the database (after listening), then vouches for the counts again. */
  async load(db: Queryable): Promise<void> {
    const epoch = this.#epoch;
    const rows = await db.query<FailureCount>(SNAPSHOT_SQL);
    const now = Date.now();
    for (const row of rows) this.record(row, now);
    if (epoch === this.#epoch) this.#trusted = true;
  }

  #sweep(now: number): void {
    this.#lastSweep = now;
    for (const [key, known] of this.#counts) if (known.startedAt + this.#windowMs <= now) this.#counts.delete(key);
  }
}
