import {
  PROBLEM_TYPE_PREFIX, problemNameOf,
  type MessageParams, type Problem, type ProblemFieldError, type ProblemName,
} from './contract.js';

/**
 * The base class of every error the SDK throws, so one `instanceof SdkError` tells them from
 * programming errors. Cancellation is not one of them: a request whose `signal` is aborted rejects
 * with the signal's `reason`, exactly as `fetch` does (a `DOMException` named `AbortError` unless the
 * caller gave another reason).
 */
export class SdkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Where a failed request was going. */
export interface RequestTarget {
  /** The HTTP method. */
  method: string;
  /** The absolute URL (without a dossier access token). */
  url: string;
}

/**
 * The request did not get an answer: no connection, the connection dropped, or the body was cut
 * off. `cause` is what `fetch` threw. `sent` is `false` when the request surely never reached the
 * server (the connection was refused), so even a non-idempotent request may be sent again.
 */
export class NetworkError extends SdkError {
  readonly method: string;
  readonly url: string;
  readonly sent: boolean;

  constructor(target: RequestTarget, cause: unknown, sent = true) {
    super(`${target.method} ${target.url}: the network failed (${describe(cause)})`, { cause });
    this.method = target.method;
    this.url = target.url;
    this.sent = sent;
  }
}

/** No answer came within `timeoutMs` (the client's or the call's `timeoutMs`). */
export class TimeoutError extends SdkError {
  readonly method: string;
  readonly url: string;
  readonly timeoutMs: number;

  constructor(target: RequestTarget, timeoutMs: number) {
    super(`${target.method} ${target.url}: no answer within ${timeoutMs} ms`);
    this.method = target.method;
    this.url = target.url;
    this.timeoutMs = timeoutMs;
  }
}

/** Why an answer was not usable. */
export type InvalidResponseReason =
  /** The body is not JSON (or was cut off mid-way). */
  | 'malformed-json'
  /** The body is JSON but does not match the contract's schema. */
  | 'contract'
  /** A header or status the contract requires is missing or wrong. */
  | 'protocol';

/**
 * The server answered, but not as the contract says: a body that is not JSON, does not match the
 * schema (`issues` lists why, as zod reports it), or lacks a required header. Turn the check off
 * with `validateResponses: false` (then only unreadable bodies raise it).
 */
export class InvalidResponseError extends SdkError {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly reason: InvalidResponseReason;
  /** The schema's complaints, for `reason: 'contract'`. */
  readonly issues: readonly { path: readonly PropertyKey[]; message: string }[];

  constructor(target: RequestTarget, status: number, reason: InvalidResponseReason, detail: string, issues: InvalidResponseError['issues'] = []) {
    super(`${target.method} ${target.url}: the answer (${status}) is not valid: ${detail}`);
    this.method = target.method;
    this.url = target.url;
    this.status = status;
    this.reason = reason;
    this.issues = issues;
  }
}

/**
 * The server answered with an error: an RFC 9457 problem (`application/problem+json`). `messageKey`
 * and `params` translate it (`api.problem.<name>` in core's `apiMessages`); `title` and `detail`
 * are already in the language the client asked for; `fieldErrors` say which field is wrong and why.
 *
 * An error answer without a problem body (a proxy's HTML page) becomes a problem of type
 * `about:blank` (RFC 9457 §4.2.1) with the message key that best fits its status.
 */
export class ProblemError extends SdkError {
  readonly method: string;
  readonly url: string;
  /** The HTTP status. */
  readonly status: number;
  /** The problem's `type` URI (`urn:egov-kit:problem:dossier-not-found`), or `about:blank`. */
  readonly type: string;
  /** The contract's name of the problem (`dossier-not-found`), when `type` is one of the contract's. */
  readonly problemName: ProblemName | undefined;
  readonly title: string;
  readonly detail: string | undefined;
  /** The key of the problem's sentence, e.g. `api.problem.dossier-not-found`. */
  readonly messageKey: string;
  /** Values for the sentence's placeholders. */
  readonly params: MessageParams;
  /** The fields that broke the contract (for `validation-failed`), each with its own message key. */
  readonly fieldErrors: readonly ProblemFieldError[];
  /** The problem body as received (with any extension members), or `undefined` when there was none. */
  readonly problem: (Problem & Record<string, unknown>) | undefined;
  /** How long the server asked to wait before trying again (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The server's id of the request (`X-Request-Id`), to quote to its operators. */
  readonly requestId: string | undefined;

  constructor(target: RequestTarget, status: number, fields: {
    type: string; title: string; detail?: string; messageKey: string; params?: MessageParams; fieldErrors?: readonly ProblemFieldError[];
    problem?: Problem & Record<string, unknown>; retryAfterMs?: number; requestId?: string;
  }) {
    super(`${target.method} ${target.url}: ${status} ${fields.title}${fields.detail ? ` — ${fields.detail}` : ''}`);
    this.method = target.method;
    this.url = target.url;
    this.status = status;
    this.type = fields.type;
    this.problemName = fields.type.startsWith(PROBLEM_TYPE_PREFIX) ? problemNameOf(fields.type) : undefined;
    this.title = fields.title;
    this.detail = fields.detail;
    this.messageKey = fields.messageKey;
    this.params = fields.params ?? {};
    this.fieldErrors = fields.fieldErrors ?? [];
    this.problem = fields.problem;
    this.retryAfterMs = fields.retryAfterMs;
    this.requestId = fields.requestId;
  }

  /** Whether this is the contract's problem `name`. */
  is(name: ProblemName): boolean {
    return this.problemName === name;
  }
}

/**
 * The client was asked to do something this environment must not do: OAuth client credentials in
 * a browser (the secret would ship to every visitor), or a feature the runtime lacks.
 */
export class UnsupportedEnvironmentError extends SdkError {
  /** What was refused. */
  readonly feature: 'client-credentials-in-browser' | 'fetch';

  constructor(feature: UnsupportedEnvironmentError['feature'], message: string) {
    super(message);
    this.feature = feature;
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause.cause as { code?: unknown } | undefined)?.code ?? (cause as { code?: unknown }).code;
    return typeof code === 'string' ? `${cause.message}: ${code}` : cause.message;
  }
  return String(cause);
}
