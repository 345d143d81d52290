import type { Queryable } from '../db/database.js';
import { ProblemError } from './problem.js';

/** The outcome of counting one request against a limit. */
export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/**
 * Counts one request under `$1` in a fixed window of `$2` seconds: an upsert on an unlogged table,
 * shared by every instance. Add a `RETURNING` clause.
 */
export const RATE_LIMIT_UPSERT_SQL = `INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, now(), 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE rate_limits.hits + 1 END,
    window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2) THEN now() ELSE rate_limits.window_start END`;

/** Seconds (at least 1) until the window that started at `window_start` ends, for a window of `$2` seconds. */
export const WINDOW_RESET_SQL = 'GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now()))))::int';

/** The statement that counts one request under `$1` in a window of `$2` seconds and returns `hits` and `reset` (seconds left). */
export const COUNT_REQUEST_SQL = `${RATE_LIMIT_UPSERT_SQL}
  RETURNING hits, ${WINDOW_RESET_SQL} AS reset`;

/** The state after a count of `hits` with `reset` seconds left. */
export function rateLimitState(row: { hits: number; reset: number } | undefined, limit: number, windowSeconds: number): RateLimitState {
  const hits = row?.hits ?? 1;
  return { allowed: hits <= limit, limit, remaining: Math.max(0, limit - hits), resetSeconds: row?.reset ?? windowSeconds };
}

/** Counts one request under `key` in a fixed window of `windowSeconds`, in the database. */
export async function countRequest(db: Queryable, key: string, limit: number, windowSeconds: number): Promise<RateLimitState> {
  const [row] = await db.query<{ hits: number; reset: number }>(COUNT_REQUEST_SQL, [key, windowSeconds]);
  return rateLimitState(row, limit, windowSeconds);
}

/** The `rate-limited` problem for a state over its limit. */
export function rateLimited(state: RateLimitState): ProblemError {
  return new ProblemError('rate-limited', {
    params: { retryAfterSeconds: state.resetSeconds },
    headers: { 'retry-after': String(state.resetSeconds), ...rateLimitHeaders(state) },
  });
}

/** The `RateLimit-*` headers (IETF draft) describing a state. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return { 'ratelimit-limit': String(state.limit), 'ratelimit-remaining': String(state.remaining), 'ratelimit-reset': String(state.resetSeconds) };
}

/** Counts the request and throws `rate-limited` (429, `Retry-After`) when over the limit. */
export async function enforceRateLimit(db: Queryable, key: string, limit: number, windowSeconds: number): Promise<RateLimitState> {
  const state = await countRequest(db, key, limit, windowSeconds);
  if (!state.allowed) throw rateLimited(state);
  return state;
}
