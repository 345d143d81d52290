/**
 * What the person reads when a call fails: the server's problem in their language (a wrong
 * verifier and an unknown code are the same problem, so they read the same), a rate limit as when
 * to try again, anything that is not an answer as "cannot reach the service".
 */
import { formatDateTime } from '@egov-kit/core';
import { ProblemError } from '@egov-kit/sdk/transport';

/** Where the texts come from: the element's own (`t`) and core's catalogue (`core`). */
export interface Texts {
  t(key: string, params?: Record<string, unknown>): string;
  core(key: string, params?: Record<string, unknown>): string;
}

/** A failure as the tracker reports it (the `egov-lookup-error` event's fields and the text shown). */
export interface Failure {
  /** The contract's problem name (`dossier-not-found`, `rate-limited`…), or `network` when no answer came. */
  problem: string;
  /** For a rate limit: how long to wait before trying again, in ms. */
  retryAfterMs?: number;
  /** The sentence shown, in the element's language now. */
  text: string;
}

/** The failure `error` is, in the element's language. */
export function failureOf(texts: Texts, error: unknown, now = Date.now()): Failure {
  if (!(error instanceof ProblemError)) return { problem: 'network', text: texts.t('tracker.lookup.offline') };
  const problem = error.problemName ?? `http-${error.status}`;
  if (error.is('rate-limited')) {
    const retryAfterMs = error.retryAfterMs ?? Number(error.params['retryAfterSeconds'] ?? 60) * 1000;
    const text = retryAfterMs < 60_000
      ? texts.t('tracker.lookup.rateLimitedSoon', { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) })
      // The minute it may be tried again, rounded up, so "in 3 minutes (from 09:03)" agree.
      : texts.t('tracker.lookup.rateLimited', {
        minutes: Math.ceil(retryAfterMs / 60_000), time: formatDateTime(new Date(Math.ceil((now + retryAfterMs) / 60_000) * 60_000)).slice(0, 5),
      });
    return { problem, retryAfterMs, text };
  }
  return { problem, text: texts.core(error.messageKey, error.params) };
}
