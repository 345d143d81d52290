import type { Locale } from '@egov-kit/core';
import type { TokenSource } from '../auth/strategy.js';
import type { RetryOptions } from './retry.js';

/**
 * The host site's login: returns the bearer token to send (`Authorization: Bearer …`), or
 * `undefined` to send none. Called before every request, so it may refresh the token itself.
 */
export type BearerTokenProvider = () => string | undefined | Promise<string | undefined>;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) for back-office systems calling the staff API.
 * **Node only**: a client secret in a browser is public, so the client refuses it there.
 */
export interface ClientCredentialsOptions {
  clientId: string;
  clientSecret: string;
  /** The scopes to ask for (space-separated or a list); all of the client's scopes when absent. */
  scope?: string | readonly string[];
  /** The token endpoint, absolute or relative to the server's root (default `oauth/token`). */
  tokenUrl?: string | URL;
  /**
   * How long before its expiry a token is replaced, in ms (default: a tenth of its lifetime, at
   * most 60 000), so no request leaves with a token about to expire.
   */
  refreshMarginMs?: number;
}

/**
 * How a transport authenticates: a bearer-token provider (the host site's login), or a
 * {@link TokenSource} such as `clientCredentials()` from `@egov-kit/sdk/client-credentials`.
 */
export type TransportAuth = BearerTokenProvider | TokenSource;

/** How a client authenticates: as a transport does, or with client credentials given directly (Node only). */
export type AuthOption = TransportAuth | ClientCredentialsOptions;

/** Told before each retry, for logs and metrics. */
export interface RetryNotice {
  method: string;
  url: string;
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  error: unknown;
}

/** What {@link createTransport} takes. */
export interface TransportOptions {
  /**
   * The API server's root URL, e.g. `https://dichvucong.example.gov.vn`; the API is under its
   * `/api/v1` (a trailing `/api/v1` is accepted too). In a page it may be relative to the page.
   */
  baseUrl: string | URL;
  /** How to authenticate; unauthenticated when absent (the applicant's endpoints need no login). */
  auth?: TransportAuth;
  /** The `fetch` to use (default: the global one, looked up at call time so it can be replaced). */
  fetch?: typeof fetch;
  /** How long one try may wait for its answer, body included, in ms (default 30 000). */
  timeoutMs?: number;
  /** When to retry (see {@link RetryOptions}); `false` never retries. */
  retry?: RetryOptions | false;
  /** The language of problem texts (`Accept-Language`): `vi` (default) or `en`, or a function read per request. */
  locale?: Locale | (() => Locale);
  /** Check every answer against the contract's schemas (default `true`). */
  validateResponses?: boolean;
  /** Headers sent with every request. */
  headers?: Readonly<Record<string, string>>;
  /** Called before each retry. */
  onRetry?: (notice: RetryNotice) => void;
}

/** What {@link createClient} takes: a transport's options, where `auth` may also be client credentials (Node only). */
export interface ClientOptions extends Omit<TransportOptions, 'auth'> {
  /** How to authenticate: a bearer-token provider, a token source, or client credentials (Node only; refused in browsers). */
  auth?: AuthOption;
}
