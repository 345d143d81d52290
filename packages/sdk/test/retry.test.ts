import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InvalidResponseError, NetworkError, ProblemError, TimeoutError } from '../src/index.js';
import { backoffDelay, defaultRetryPolicy, parseRetryAfter, retryDelay, retryPolicy } from '../src/transport/retry.js';

const target = { method: 'GET', url: 'http://127.0.0.1/api/v1/procedures' };
const problem = (status: number, retryAfterMs?: number) => new ProblemError(target, status, {
  type: 'about:blank', title: 'x', messageKey: 'api.problem.service-unavailable', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
});

describe('Retry-After', () => {
  test('reads delta-seconds', () => {
    assert.equal(parseRetryAfter('0'), 0);
    assert.equal(parseRetryAfter(' 120 '), 120_000);
  });

  test('reads an HTTP-date relative to now, never negative', () => {
    const now = Date.parse('2026-11-24T09:00:00Z');
    assert.equal(parseRetryAfter('Tue, 24 Nov 2026 09:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('Tue, 24 Nov 2026 08:59:00 GMT', now), 0);
  });

  test('ignores what it cannot read', () => {
    assert.equal(parseRetryAfter(null), undefined);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter('-5'), undefined);
  });
});

describe('backoff', () => {
  test('is full jitter: uniform between 0 and the doubling ceiling, capped', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(backoffDelay(policy, 0, () => 0), 0);
    assert.equal(backoffDelay(policy, 0, () => 0.999_999), 99);
    assert.equal(backoffDelay(policy, 2, () => 0.5), 200);
    assert.equal(backoffDelay(policy, 10, () => 0.999_999), 999, 'never above maxDelayMs');
    const seen = new Set(Array.from({ length: 200 }, () => backoffDelay(policy, 3)));
    assert.ok([...seen].every((ms) => ms >= 0 && ms < 800));
    assert.ok(seen.size > 50, 'spread out, not one fixed delay');
  });
});

describe('whether to retry', () => {
  const policy = retryPolicy(defaultRetryPolicy, { limit: 2, maxRetryAfterMs: 5000 });
  const decide = (error: unknown, idempotent: boolean, retry = 0) => retryDelay(error, { retry, idempotent, policy, random: () => 0.5 });

  test('retries network errors, timeouts, 429, 503 and mangled bodies of idempotent requests', () => {
    assert.equal(decide(new NetworkError(target, new TypeError('fetch failed')), true), 150);
    assert.equal(decide(new TimeoutError(target, 100), true), 150);
    assert.equal(decide(problem(503), true), 150);
    assert.equal(decide(problem(429), true), 150);
    assert.equal(decide(new InvalidResponseError(target, 200, 'malformed-json', 'cut'), true), 150);
  });

  test('does not retry what another try cannot fix', () => {
    assert.equal(decide(problem(500), true), undefined);
    assert.equal(decide(problem(404), true), undefined);
    assert.equal(decide(new InvalidResponseError(target, 200, 'contract', 'shape'), true), undefined);
    assert.equal(decide(new TypeError('a bug'), true), undefined);
  });

  test('never retries a non-idempotent request that may have reached the server', () => {
    assert.equal(decide(problem(503), false), undefined);
    assert.equal(decide(new TimeoutError(target, 100), false), undefined);
    assert.equal(decide(new NetworkError(target, new TypeError('other side closed')), false), undefined);
  });

  test('retries any request whose connection was refused: it never reached the server', () => {
    assert.equal(decide(new NetworkError(target, new TypeError('fetch failed'), false), false), 150);
  });

  test('honours Retry-After exactly, and gives up when it is longer than allowed', () => {
    assert.equal(decide(problem(503, 1200), true), 1200);
    assert.equal(decide(problem(429, 6000), true), undefined);
  });

  test('stops after the limit', () => {
    assert.equal(decide(problem(503), true, 1), 300);
    assert.equal(decide(problem(503), true, 2), undefined);
    assert.equal(retryDelay(problem(503), { retry: 0, idempotent: true, policy: retryPolicy(policy, false) }), undefined);
  });
});
