import { DOSSIER_STREAM_EVENT, dossierStreamEventSchema, type DossierStreamEvent } from '../contract.js';
import { dossierPath, isVerifier, presentCredential, type DossierCredential } from '../dossier-access.js';
import { InvalidResponseError, ProblemError, TimeoutError } from '../errors.js';
import { backoffDelay } from '../transport/retry.js';
import { forwardAbort, sleep } from '../transport/signals.js';
import type { Transport } from '../transport/transport.js';
import { readEventStream, type ServerSentEvent } from './event-stream.js';
import { getDossierHistory, lookupDossier } from './lookup.js';
import { streamEventsOfHistory } from './stream-events.js';

/** Where a subscription stands. */
export type SubscriptionState =
  /** Opening the event stream. */
  | 'connecting'
  /** The event stream is open. */
  | 'live'
  /** The stream failed; waiting to open it again. */
  | 'reconnecting'
  /** Server-sent events are unavailable or keep failing: the dossier is polled instead. */
  | 'polling'
  /** Closed by the caller, or by an error that another try cannot fix. */
  | 'closed';

/** Options of {@link subscribeToDossier}. */
export interface SubscribeOptions {
  /**
   * Each status change, once, in order. With `onEvent`, iterating the subscription is optional;
   * events that came before a loop started are not kept for it.
   */
  onEvent?: (event: DossierStreamEvent) => void;
  /** Each change of {@link SubscriptionState}. */
  onStateChange?: (state: SubscriptionState) => void;
  /** The error that ended the subscription (`dossier-not-found`, an expired token without a verifier…). */
  onError?: (error: unknown) => void;
  /** Closes the subscription when aborted. */
  signal?: AbortSignal;
  /** The `seq` of the last event the caller already has; only later ones are delivered (default 0: the whole history). */
  after?: number;
  /** How often the dossier is polled when the stream is unavailable, in ms (default 15 000). */
  pollIntervalMs?: number;
  /** The first reconnection delay's upper bound, in ms (default: the server's `retry:`, else 1 000); it doubles per failure. */
  reconnectDelayMs?: number;
  /** The largest reconnection delay, in ms (default 30 000). */
  maxReconnectDelayMs?: number;
  /**
   * Failed connections in a row after which the dossier is polled instead (default 3). A stream
   * that delivered data and then dropped is the first failure of a new row; one that ended before
   * any byte came (a buffering proxy) is a failure too.
   */
  failuresBeforePolling?: number;
  /** A stream silent for this long (no event, no keep-alive) is taken as dead and reopened, in ms (default 45 000). */
  heartbeatTimeoutMs?: number;
  /** While polling, how long before the stream is tried again, in ms (default 60 000). */
  streamRetryIntervalMs?: number;
}

/**
 * A live view of one dossier's status changes. Iterate it (`for await`), or pass `onEvent`; either
 * way each event arrives once and in order (`seq` 1, 2, 3…), across reconnections and polling.
 * Breaking out of the loop, `close()` or the signal ends it.
 */
export interface DossierSubscription extends AsyncIterable<DossierStreamEvent> {
  /** Where it stands. */
  readonly state: SubscriptionState;
  /** The `seq` of the last event delivered (0 before the first). */
  readonly lastSeq: number;
  /** Stops listening. */
  close(): void;
  /** Settles when the subscription ends: resolves when closed, rejects with the error that ended it. */
  readonly done: Promise<void>;
}

/** Raised inside the subscription when the answer is not an event stream (a proxy, an older server). */
class StreamUnavailable extends Error {}

/** Raised inside the subscription when a stream ended before any byte came (a buffering proxy): a failure. */
class StreamEndedEmpty extends Error {}

/** The reason a silent stream is aborted. */
const SILENT = Symbol('egov-kit silent stream');

/** Whether an error means the dossier cannot be followed at all (another try would fail the same way). */
function isFinal(error: unknown): boolean {
  if (error instanceof ProblemError) return error.status !== 429 && error.status < 500 && !(error.status === 404 && !error.is('dossier-not-found'));
  return error instanceof InvalidResponseError && error.reason === 'contract';
}

/** Whether an error says this server (or a proxy before it) does not offer the event stream. */
function streamIsUnavailable(error: unknown): boolean {
  if (error instanceof StreamUnavailable) return true;
  return error instanceof ProblemError && ((error.status === 404 && !error.is('dossier-not-found')) || [405, 406, 501].includes(error.status));
}

class Subscription implements DossierSubscription {
  readonly #api: Transport;
  readonly #code: string;
  readonly #options: SubscribeOptions;
  /** The verifier, if one was given: it opens the dossier again when the token expires. */
  readonly #verifier: DossierCredential | undefined;
  #credential: DossierCredential;
  #token: string | undefined;
  readonly #controller = new AbortController();
  #unlink: () => void = () => {};
  #state: SubscriptionState = 'connecting';
  #lastSeq: number;
  #serverRetryMs: number | undefined;
  #closed = false;
  #error: unknown;
  /** Events waiting for the iterator; kept only when someone iterates or nobody listens otherwise. */
  readonly #queue: DossierStreamEvent[] = [];
  #iterating = false;
  readonly #waiters: { resolve: (result: IteratorResult<DossierStreamEvent>) => void; reject: (error: unknown) => void }[] = [];
  #settle!: { resolve: () => void; reject: (error: unknown) => void };
  readonly done: Promise<void>;

  constructor(api: Transport, code: string, credential: DossierCredential, options: SubscribeOptions) {
    this.#api = api;
    this.#code = code;
    this.#options = options;
    this.#credential = credential;
    this.#verifier = isVerifier(credential) ? credential : undefined;
    this.#token = isVerifier(credential) ? undefined : credential.token;
    this.#lastSeq = options.after ?? 0;
    this.done = new Promise<void>((resolve, reject) => {
      this.#settle = { resolve, reject };
    });
    this.done.catch(() => {});
    this.#controller.signal.addEventListener('abort', () => this.close(), { once: true });
    this.#unlink = forwardAbort(options.signal, this.#controller);
    if (!this.#closed) void this.#run().catch((error: unknown) => this.#fail(error));
  }

  get state(): SubscriptionState {
    return this.#state;
  }

  get lastSeq(): number {
    return this.#lastSeq;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#controller.abort();
    this.#unlink();
    this.#setState('closed');
    this.#settle.resolve();
    for (const waiter of this.#waiters.splice(0)) waiter.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): AsyncIterator<DossierStreamEvent> {
    this.#iterating = true;
    return {
      next: () => {
        const value = this.#queue.shift();
        if (value) return Promise.resolve({ done: false, value });
        if (this.#error !== undefined) return Promise.reject(this.#error);
        if (this.#closed) return Promise.resolve({ done: true, value: undefined });
        return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
      },
      return: () => {
        this.close();
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  #fail(error: unknown): void {
    if (this.#closed) return;
    this.#error = error;
    this.#closed = true;
    this.#controller.abort();
    this.#unlink();
    this.#setState('closed');
    this.#options.onError?.(error);
    this.#settle.reject(error);
    for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
  }

  #setState(state: SubscriptionState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#options.onStateChange?.(state);
  }

  #deliver(event: DossierStreamEvent): void {
    if (this.#closed || event.seq <= this.#lastSeq) return;
    this.#lastSeq = event.seq;
    const waiter = this.#waiters.shift();
    if (waiter) waiter.resolve({ done: false, value: event });
    else if (this.#iterating || !this.#options.onEvent) this.#queue.push(event);
    try {
      this.#options.onEvent?.(event);
    } catch (error) {
      // The listener's own bug: report it as an event listener's would be, and keep going.
      setTimeout(() => {
        throw error;
      });
    }
  }

  /** Delivers an event from the stream, first fetching any events it skipped over. */
  async #accept(event: DossierStreamEvent): Promise<void> {
    if (event.seq > this.#lastSeq + 1) {
      const history = await getDossierHistory(this.#api, this.#code, this.#credential, { signal: this.#controller.signal });
      for (const missed of streamEventsOfHistory(this.#code, history.items, this.#lastSeq).filter((e) => e.seq < event.seq)) this.#deliver(missed);
    }
    this.#deliver(event);
  }

  /** Makes sure a token (not the rate-limited verifier) opens the dossier, looking it up once if needed. */
  async #authorize(): Promise<void> {
    if (this.#token !== undefined) return;
    const dossier = await lookupDossier(this.#api, this.#code, this.#verifier!, { signal: this.#controller.signal });
    this.#token = dossier.access?.token;
    this.#credential = this.#token !== undefined ? { token: this.#token } : this.#verifier!;
    for (const event of streamEventsOfHistory(this.#code, dossier.history, this.#lastSeq)) this.#deliver(event);
  }

  #reconnectDelay(failures: number, error?: unknown): number {
    if (error instanceof ProblemError && error.retryAfterMs !== undefined) return error.retryAfterMs;
    const base = this.#options.reconnectDelayMs ?? this.#serverRetryMs ?? 1000;
    return backoffDelay({ baseDelayMs: base, maxDelayMs: this.#options.maxReconnectDelayMs ?? 30_000 }, Math.max(0, failures - 1));
  }

  async #run(): Promise<void> {
    const signal = this.#controller.signal;
    const failuresBeforePolling = this.#options.failuresBeforePolling ?? 3;
    let mode: 'stream' | 'poll' = 'stream';
    let failures = 0;
    let pollingSince = 0;
    while (!this.#closed) {
      /** Whether this try's stream delivered bytes: then it worked, and only its own end counts. */
      let opened = false;
      try {
        await this.#authorize();
        if (mode === 'stream') {
          this.#setState(failures === 0 ? 'connecting' : 'reconnecting');
          await this.#streamOnce(() => {
            opened = true;
          });
          if (!opened) throw new StreamEndedEmpty();
          failures = 0;
          // The server ended the stream (a restart, a deploy): come back after its `retry:` delay.
          await sleep(this.#reconnectDelay(1), signal);
        } else {
          this.#setState('polling');
          await this.#pollOnce();
          failures = 0;
          await sleep(this.#options.pollIntervalMs ?? 15_000, signal);
          if (Date.now() - pollingSince >= (this.#options.streamRetryIntervalMs ?? 60_000)) {
            mode = 'stream';
            failures = failuresBeforePolling - 1;
          }
        }
      } catch (error) {
        if (this.#closed) return;
        const expired = error instanceof ProblemError && error.status === 401 && this.#token !== undefined;
        if (expired && this.#verifier !== undefined) {
          this.#token = undefined;
          continue;
        }
        if (mode === 'stream' && streamIsUnavailable(error)) {
          mode = 'poll';
          pollingSince = Date.now();
          continue;
        }
        if (isFinal(error)) throw error;
        // A stream that delivered data worked: its drop is the first failure, not one more in a row.
        failures = opened ? 1 : failures + 1;
        if (mode === 'stream' && failures >= failuresBeforePolling) {
          mode = 'poll';
          pollingSince = Date.now();
          continue;
        }
        if (mode === 'stream') this.#setState('reconnecting');
        await sleep(this.#reconnectDelay(failures, error), signal);
      }
    }
  }

  /** One connection to the event stream, read to its end; `onOpen` is told when the first bytes come. */
  async #streamOnce(onOpen: () => void): Promise<void> {
    const connection = new AbortController();
    const unlink = forwardAbort(this.#controller.signal, connection);
    const heartbeatMs = this.#options.heartbeatTimeoutMs ?? 45_000;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => connection.abort(SILENT), heartbeatMs);
    };
    let opened = false;
    const path = `${dossierPath(this.#code)}/events`;
    try {
      const access = presentCredential(this.#credential);
      const response = await this.#api.open({
        method: 'GET', path, signal: connection.signal, retry: false, timeoutMs: heartbeatMs, auth: access.auth,
        headers: { ...access.headers, accept: 'text/event-stream', ...(this.#lastSeq > 0 ? { 'last-event-id': String(this.#lastSeq) } : {}) },
      });
      if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream') || !response.body) {
        await response.body?.cancel();
        throw new StreamUnavailable();
      }
      arm();
      await readEventStream(response.body, {
        onBytes: () => {
          if (!opened) {
            this.#setState('live');
            onOpen();
          }
          opened = true;
          arm();
        },
        onRetry: (delayMs) => {
          this.#serverRetryMs = delayMs;
        },
        onEvent: (message) => this.#onMessage(message, path),
      }, String(this.#lastSeq));
    } catch (error) {
      if (connection.signal.reason === SILENT) throw new TimeoutError({ method: 'GET', url: this.#api.urlOf({ path }).href }, heartbeatMs);
      throw error;
    } finally {
      clearTimeout(watchdog);
      unlink();
      connection.abort();
    }
  }

  async #onMessage(message: ServerSentEvent, path: string): Promise<void> {
    if (message.type !== DOSSIER_STREAM_EVENT) return;
    const target = { method: 'GET', url: this.#api.urlOf({ path }).href };
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      throw new InvalidResponseError(target, 200, 'malformed-json', `event ${message.lastEventId} is not JSON`);
    }
    if (this.#api.validateResponses) {
      const checked = dossierStreamEventSchema.safeParse(data);
      if (!checked.success) {
        throw new InvalidResponseError(target, 200, 'contract', `event ${message.lastEventId} does not match the contract`,
          checked.error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
      }
      data = checked.data;
    }
    await this.#accept(data as DossierStreamEvent);
  }

  /** Reads the dossier once and delivers the events its history has beyond the last one delivered. */
  async #pollOnce(): Promise<void> {
    const dossier = await lookupDossier(this.#api, this.#code, this.#credential, { signal: this.#controller.signal });
    if (dossier.access) {
      this.#token = dossier.access.token;
      this.#credential = { token: this.#token };
    }
    for (const event of streamEventsOfHistory(this.#code, dossier.history, this.#lastSeq)) this.#deliver(event);
  }
}

/**
 * Follows a dossier's status changes live: server-sent events read from `fetch` (so it sends the
 * access token as a header, in Node and browsers), reopened after a failure with backoff and
 * `Last-Event-ID` so nothing is missed or repeated, and — when the stream is unavailable or keeps
 * failing — polling the dossier instead, trying the stream again now and then.
 *
 * Given a verifier, it looks the dossier up once for an access token and uses that afterwards
 * (verifier lookups are rate-limited), looking up again when the token expires.
 *
 * ```ts
 * const subscription = subscribeToDossier(api, code, phone, { signal });
 * for await (const change of subscription) show(change.status);
 * ```
 */
export function subscribeToDossier(api: Transport, code: string, credential: DossierCredential, options: SubscribeOptions = {}): DossierSubscription {
  return new Subscription(api, code, credential, options);
}
