import { InvalidResponseError, NetworkError, ProblemError, TimeoutError } from '../errors.js';

/**
 * When and how a request is sent again. Only requests that are safe to repeat are ever retried:
 * idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS), tus `PATCH` (its `Upload-Offset` check
 * refuses a chunk sent twice) and dossier submission (its `Idempotency-Key` makes the server
 * answer a repeat with the first dossier). A non-idempotent request is sent again only when the
 * connection was refused, i.e. it surely never reached the server.
 */
export interface RetryOptions {
  /** How many times a request may be sent again after the first try (default 3; 0 turns retries off). */
  limit?: number;
  /** The first backoff's upper bound, in ms (default 300); it doubles with each retry. */
  baseDelayMs?: number;
  /** The largest backoff, in ms (default 10 000). */
  maxDelayMs?: number;
  /**
   * The longest `Retry-After` the client waits for, in ms (default 30 000). A server asking for
   * longer gets its error passed on at once, with `retryAfterMs` set.
   */
  maxRetryAfterMs?: number;
  /** The HTTP statuses that are retried (default 429 and 503). */
  statuses?: readonly number[];
}

/** A retry policy with every option filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** The defaults of {@link RetryOptions}. */
export const defaultRetryPolicy: RetryPolicy = Object.freeze({
  limit: 3, baseDelayMs: 300, maxDelayMs: 10_000, maxRetryAfterMs: 30_000, statuses: Object.freeze([429, 503]),
});

/** The policy of `options` over `base`; `false` is a policy that never retries. */
export function retryPolicy(base: RetryPolicy, options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { ...base, limit: 0 };
  return options === undefined ? base : { ...base, ...options };
}

/**
 * The backoff before retry number `retry` (0 for the first): "full jitter", a uniform random
 * delay between 0 and `min(maxDelayMs, baseDelayMs · 2^retry)`, so many clients failing at once
 * do not come back at once.
 */
export function backoffDelay(policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/**
 * Reads `Retry-After` (RFC 9110 §10.2.3): seconds, or an HTTP-date. Returns milliseconds from `now`
 * (never negative), or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP-date names its weekday and month (`Tue, 24 Nov 2026 09:00:05 GMT`).
  const at = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Whether an error is worth another try, leaving aside whether the request may be repeated. */
function isTransient(error: unknown, policy: RetryPolicy): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  // A body cut off or mangled on the way; the same request is likely to come back whole.
  if (error instanceof InvalidResponseError) return error.reason === 'malformed-json';
  if (error instanceof ProblemError) return policy.statuses.includes(error.status);
  return false;
}

/**
 * Whether to retry after `error` on retry number `retry`, and after how long: `undefined` for no.
 * `Retry-After` is honoured exactly; without it the backoff is {@link backoffDelay}.
 */
export function retryDelay(error: unknown, context: { retry: number; idempotent: boolean; policy: RetryPolicy; random?: () => number }): number | undefined {
  const { retry, idempotent, policy } = context;
  if (retry >= policy.limit || !isTransient(error, policy)) return undefined;
  const repeatable = idempotent || (error instanceof NetworkError && !error.sent);
  if (!repeatable) return undefined;
  if (error instanceof ProblemError && error.retryAfterMs !== undefined) {
    return error.retryAfterMs <= policy.maxRetryAfterMs ? error.retryAfterMs : undefined;
  }
  return backoffDelay(policy, retry, context.random);
}
