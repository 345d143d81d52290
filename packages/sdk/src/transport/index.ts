/**
 * `@egov-kit/sdk/transport`: the smallest start — a transport (authentication, timeouts,
 * retries, typed errors, contract checks) for the functions of the other subpath entries.
 * @module
 */
export { createTransport } from './create.js';
export type { Transport, ApiRequest, ApiResponse, CallOptions, HttpMethod, RequestAuth } from './transport.js';
export type { TransportOptions, TransportAuth, BearerTokenProvider, RetryNotice } from './options.js';
export type { TokenSource } from '../auth/strategy.js';
export { defaultRetryPolicy, parseRetryAfter, backoffDelay, type RetryOptions, type RetryPolicy } from './retry.js';
export type { Schema, Expect } from './response.js';
export { SdkError, NetworkError, TimeoutError, InvalidResponseError, ProblemError, UnsupportedEnvironmentError, type InvalidResponseReason, type RequestTarget } from '../errors.js';
export { paginate, type Page, type Paginated } from '../pagination.js';
export type { DossierCredential } from '../dossier-access.js';
