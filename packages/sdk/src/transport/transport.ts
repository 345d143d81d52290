import type { Locale } from '@egov-kit/core';
import { API_BASE_PATH } from '../contract.js';
import { NetworkError, SdkError, TimeoutError, UnsupportedEnvironmentError, type RequestTarget } from '../errors.js';
import type { TokenSource } from '../auth/strategy.js';
import { bodyOf, problemOf, type Expect, type Schema } from './response.js';
import { defaultRetryPolicy, retryDelay, retryPolicy, type RetryOptions, type RetryPolicy } from './retry.js';
import { forwardAbort, sleep, throwIfAborted, untilAborted } from './signals.js';
import type { RetryNotice, TransportOptions } from './options.js';

/** An HTTP method. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** Methods that are safe to send twice (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** What a request sends as its `Authorization`. */
export type RequestAuth =
  /** The client's `auth` (the default). */
  | 'client'
  /** Nothing. */
  | 'none'
  /** This bearer token (a dossier access token). */
  | { bearer: string };

/** A call's own cancellation, timeout and retry settings. */
export interface CallOptions {
  /** Cancels the call; it then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How long each try may take, in ms (default: the client's `timeoutMs`). */
  timeoutMs?: number;
  /** This call's retry settings over the client's; `false` never retries. */
  retry?: RetryOptions | false;
}

/** One request to the API. */
export interface ApiRequest<T> extends CallOptions {
  method: HttpMethod;
  /** A path under the API's base (`/procedures/1.000466`). */
  path?: string;
  /** Instead of `path`: an absolute URL, or one relative to the server's root (a tus `Location`). */
  url?: string | URL;
  /** Query parameters; `undefined` ones are left out. */
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  headers?: Readonly<Record<string, string>>;
  /** A body sent as JSON. */
  json?: unknown;
  /** A body sent as is (bytes, form data). */
  body?: BodyInit;
  /** Whether the request may be sent again after a failure (default: by its method). */
  idempotent?: boolean;
  auth?: RequestAuth;
  /** How to read a successful answer (default `json`). */
  expect?: Expect;
  /** The contract's schema of a successful JSON answer. */
  schema?: Schema<T>;
}

/** An answer, with its body read. */
export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  data: T;
  url: string;
}

/**
 * The part of a client every SDK function needs: where the API is, and how to send a request with
 * authentication, timeouts, retries, typed errors and contract checks. Functions of the subpath
 * entries (`@egov-kit/sdk/tracking`, `/uploads`…) take one, so a page ships only what it calls.
 */
export interface Transport {
  /** The server's root URL (ends with `/`). */
  readonly serverUrl: URL;
  /** Whether answers are checked against the contract. */
  readonly validateResponses: boolean;
  /** The client's retry policy. */
  readonly retryPolicy: RetryPolicy;
  /** The URL a request goes to. */
  urlOf(request: Pick<ApiRequest<unknown>, 'path' | 'url' | 'query'>): URL;
  /**
   * Sends a request, retrying where it is safe, and reads its answer.
   * @throws ProblemError, NetworkError, TimeoutError, InvalidResponseError; the signal's reason when cancelled.
   */
  request<T>(request: ApiRequest<T>): Promise<ApiResponse<T>>;
  /**
   * Sends a request and returns the successful `Response` unread, for streams (server-sent
   * events). `timeoutMs` bounds the wait for the headers only; the body stays tied to `signal`.
   */
  open(request: ApiRequest<unknown>): Promise<Response>;
}

/** The reason the transport aborts a try whose time is up. */
const TIMED_OUT = Symbol('egov-kit timeout');

/** Whether a failed `fetch` surely never reached the server (the connection was refused). */
function connectionRefused(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === 'ECONNREFUSED';
}

/** The server's root URL from `baseUrl`: resolved against the page in browsers, without a trailing `/api/v1`. */
export function serverUrlOf(baseUrl: string | URL): URL {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  const url = new URL(String(baseUrl), page);
  url.search = '';
  url.hash = '';
  url.pathname = `${url.pathname.replace(/\/+$/, '').replace(new RegExp(`${API_BASE_PATH}$`), '')}/`;
  return url;
}

/** Builds a {@link Transport}. Most code calls {@link createClient}, which builds one. @internal */
export function buildTransport(options: TransportOptions, auth: TokenSource | undefined): Transport {
  const serverUrl = serverUrlOf(options.baseUrl);
  const apiUrl = `${serverUrl.href}${API_BASE_PATH.slice(1)}`;
  const clientPolicy = retryPolicy(defaultRetryPolicy, options.retry);
  const validateResponses = options.validateResponses ?? true;
  const defaultTimeoutMs = options.timeoutMs ?? 30_000;
  const send: typeof fetch = options.fetch ?? ((input, init) => {
    if (typeof globalThis.fetch !== 'function') throw new UnsupportedEnvironmentError('fetch', 'This runtime has no fetch(); pass one as the `fetch` option.');
    return globalThis.fetch(input, init);
  });
  const localeOf = (): Locale => (typeof options.locale === 'function' ? options.locale() : options.locale ?? 'vi');

  const urlOf: Transport['urlOf'] = (request) => {
    const url = request.url !== undefined ? new URL(String(request.url), serverUrl) : new URL(`${apiUrl}${request.path ?? ''}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  };

  const headersOf = (request: ApiRequest<unknown>, token: string | undefined): Headers => {
    const headers = new Headers(options.headers);
    headers.set('accept', request.expect === 'bytes' ? '*/*' : 'application/json, application/problem+json');
    headers.set('accept-language', localeOf());
    if (request.json !== undefined) headers.set('content-type', 'application/json');
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
    if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
    return headers;
  };

  const tokenOf = async (request: ApiRequest<unknown>): Promise<string | undefined> => {
    const mode = request.auth ?? 'client';
    if (mode === 'none') return undefined;
    if (mode !== 'client') return mode.bearer;
    // A cancelled call stops waiting for a slow token; a shared token request goes on for the others.
    return auth ? untilAborted(auth.token(transport, request.signal), request.signal) : undefined;
  };

  /** One try: sends, checks the status, and (unless `open`) reads the body, all under one timeout. */
  async function attempt<T>(request: ApiRequest<T>, token: string | undefined, open: boolean): Promise<ApiResponse<T> | Response> {
    const url = urlOf(request);
    const target: RequestTarget = { method: request.method, url: `${url.origin}${url.pathname}` };
    const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
    const controller = new AbortController();
    const release = forwardAbort(request.signal, controller);
    const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
    let keepLinked = false;
    try {
      const body = request.json !== undefined ? JSON.stringify(request.json) : request.body;
      const response = await send(url, { method: request.method, headers: headersOf(request, token), signal: controller.signal, ...(body !== undefined ? { body } : {}) });
      if (!response.ok) throw await problemOf(response, target);
      if (open) {
        keepLinked = true;
        return response;
      }
      const data = await bodyOf(response, target, request.expect ?? 'json', request.schema, validateResponses);
      return { status: response.status, headers: response.headers, data, url: url.href };
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (controller.signal.aborted && controller.signal.reason === TIMED_OUT) throw new TimeoutError(target, timeoutMs);
      if (error instanceof SdkError) throw error;
      throw new NetworkError(target, error, !connectionRefused(error));
    } finally {
      clearTimeout(timer);
      if (!keepLinked) release();
    }
  }

  async function withRetries<R>(request: ApiRequest<unknown>, run: (token: string | undefined) => Promise<R>): Promise<R> {
    const policy = retryPolicy(clientPolicy, request.retry);
    const idempotent = request.idempotent ?? IDEMPOTENT_METHODS.has(request.method);
    let renewed = false;
    for (let retry = 0; ;) {
      throwIfAborted(request.signal);
      const token = await tokenOf(request);
      try {
        return await run(token);
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason;
        // A refused token is renewed once: the server rejects it before doing anything, so this is safe for any method.
        const status = (error as { status?: unknown }).status;
        if (status === 401 && token !== undefined && (request.auth ?? 'client') === 'client' && !renewed && auth?.renew?.(token)) {
          renewed = true;
          continue;
        }
        const delayMs = retryDelay(error, { retry, idempotent, policy });
        if (delayMs === undefined) throw error;
        retry += 1;
        options.onRetry?.({ method: request.method, url: urlOf(request).href, retry, delayMs, error } satisfies RetryNotice);
        await sleep(delayMs, request.signal);
      }
    }
  }

  const transport: Transport = {
    serverUrl,
    validateResponses,
    retryPolicy: clientPolicy,
    urlOf,
    request: <T>(request: ApiRequest<T>) => withRetries(request, (token) => attempt(request, token, false) as Promise<ApiResponse<T>>),
    open: (request) => withRetries(request, (token) => attempt(request, token, true) as Promise<Response>),
  };
  return transport;
}
