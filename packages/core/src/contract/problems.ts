import * as z from 'zod/mini';

/**
 * Every problem the API answers with, by name, with its HTTP status. The name is stable: it makes
 * the problem's `type` URI (`urn:egov-kit:problem:<name>`), its message key
 * (`api.problem.<name>`) and its title key (`api.title.<name>`). A new problem is a new name; a
 * name is never reused for another meaning.
 */
export const problemTypes = {
  /** No resource at this path. */
  'not-found': 404,
  /** The path exists, the method does not (`Allow` lists those that do). Params: `method`, `allowed`. */
  'method-not-allowed': 405,
  /** The body's media type is not one this endpoint reads. Params: `mediaType`, `accepted`. */
  'unsupported-media-type': 415,
  /** The body is not valid JSON (or not valid form data). */
  'malformed-request': 400,
  /** The request parsed but breaks the contract; `errors` lists each field and why. */
  'validation-failed': 422,
  /** The body is larger than this endpoint takes. Params: `maxBytes`, and `maxSizeMb` (the same limit in MB, for people). */
  'payload-too-large': 413,
  /** The request's path (or one segment of it) is longer than the server reads. */
  'uri-too-long': 414,
  /** The request's headers are larger than the server reads. */
  'headers-too-large': 431,
  /** The request (headers or body) did not arrive in time; send it again. */
  'request-timeout': 408,
  /** This client address has as many connections or event streams open as it may. Params: `limit`. */
  'too-many-connections': 429,
  /** Too many requests from this client; retry after `Retry-After` seconds. Params: `retryAfterSeconds`. */
  'rate-limited': 429,
  /** A bearer token is missing, malformed, expired or not valid for this endpoint. */
  'unauthorized': 401,
  /** The token is valid but lacks the scope this operation needs. Params: `scope`. */
  'insufficient-scope': 403,
  /** `POST /oauth/token`: unknown client or wrong secret (OAuth `invalid_client`). */
  'invalid-client': 401,
  /** `POST /oauth/token`: only `client_credentials` is supported (OAuth `unsupported_grant_type`). */
  'unsupported-grant-type': 400,
  /** `POST /oauth/token`: a scope the client may not have (OAuth `invalid_scope`). Params: `scope`. */
  'invalid-scope': 400,
  /** No procedure has this code. Params: `code`. */
  'procedure-not-found': 404,
  /** The procedure is information-only: it cannot be filed online. Params: `code`. */
  'procedure-not-online': 422,
  /** The answers were written for another version of the form. Params: `expected`, `received`. */
  'form-version-mismatch': 409,
  /** No dossier has this code, or the verifier or access token does not match it (the two are never told apart). */
  'dossier-not-found': 404,
  /** The dossier access token was valid but has expired: look the dossier up again with its verifier. */
  'dossier-access-expired': 401,
  /** `POST /dossiers` needs an `Idempotency-Key` header. */
  'idempotency-key-required': 400,
  /** This `Idempotency-Key` was used with another body. */
  'idempotency-key-reused': 409,
  /** The workflow does not allow this move from the dossier's current status. Params: `from`, `to`. */
  'transition-forbidden': 409,
  /** `If-Match` names another version of the dossier than the current one. Params: `current`. */
  'dossier-changed': 412,
  /** The supplement request named is not the one open on this dossier. Params: `requestId`. */
  'supplement-request-not-open': 409,
  /** The dossier has no result document with this id. */
  'document-not-found': 404,
  /** No upload has this id. */
  'upload-not-found': 404,
  /** The upload expired, was deleted or failed its final check; start a new one. */
  'upload-gone': 410,
  /** `Upload-Offset` is not where the upload stands. Params: `expected`, `received`. */
  'upload-offset-mismatch': 409,
  /** The chunk's (or the whole file's) checksum does not match its bytes (tus 460). */
  'upload-checksum-mismatch': 460,
  /** `Upload-Checksum` names an algorithm the server does not support. Params: `algorithm`, `supported`. */
  'upload-checksum-unsupported': 400,
  /** The file is larger than uploads may be, or the chunk goes past `Upload-Length`. Params: `maxBytes`, and `maxSizeMb` (the same limit in MB, for people). */
  'upload-too-large': 413,
  /** Files of this type are not accepted, or the bytes are not what the type says. Params: `mediaType`, `accepted`. */
  'upload-type-not-allowed': 415,
  /** The request's `Tus-Resumable` version is not supported. Params: `supported`. */
  'tus-version-unsupported': 412,
  /** The server is starting, shutting down or cannot reach its database. */
  'service-unavailable': 503,
  /** Something failed on the server; the request may be retried. */
  'internal-error': 500,
} as const satisfies Record<string, number>;

/** The name of a problem type. */
export type ProblemName = keyof typeof problemTypes;

/** The names of all problem types. */
export const problemNames = Object.keys(problemTypes) as ProblemName[];

/** The prefix of every problem `type` URI. */
export const PROBLEM_TYPE_PREFIX = 'urn:egov-kit:problem:';

/** The stable `type` URI of a problem (`urn:egov-kit:problem:dossier-not-found`). */
export function problemTypeUri(name: ProblemName): string {
  return `${PROBLEM_TYPE_PREFIX}${name}`;
}

/** The problem name in a `type` URI, or `undefined` for a type this contract does not define. */
export function problemNameOf(type: string): ProblemName | undefined {
  if (!type.startsWith(PROBLEM_TYPE_PREFIX)) return undefined;
  const name = type.slice(PROBLEM_TYPE_PREFIX.length);
  return Object.hasOwn(problemTypes, name) ? (name as ProblemName) : undefined;
}

/** The message key of a problem's sentence (`api.problem.<name>`). */
export function problemMessageKey(name: ProblemName): `api.problem.${ProblemName}` {
  return `api.problem.${name}`;
}

/** The message key of a problem's short title (`api.title.<name>`). */
export function problemTitleKey(name: ProblemName): `api.title.${ProblemName}` {
  return `api.title.${name}`;
}

/** Values that fill a message's `{{placeholders}}`. */
export const messageParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** Values that fill a message's `{{placeholders}}`. */
export type MessageParams = z.infer<typeof messageParamsSchema>;

/**
 * One field that broke the contract: `field` is its path in the request, dot-separated
 * (`applicant.phone`, `answers.birthDate`, `attachments.0.id`); `messageKey` and `params` say why,
 * for translation; `message` is that text in the request's language.
 */
export const problemFieldErrorSchema = z.object({
  field: z.string(),
  messageKey: z.string(),
  params: z.optional(messageParamsSchema),
  message: z.optional(z.string()),
});

/** One field that broke the contract. */
export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;

/**
 * An RFC 9457 problem (`application/problem+json`): `type`, `title`, `status`, `detail`,
 * `instance` as the RFC defines them, plus `messageKey`/`params` to translate `detail`,
 * `errors` for field errors. `title` and `detail` are written in the language the request asked
 * for (`Accept-Language`, vi or en). (The server's `X-Request-Id` header names the request in its
 * logs, so two answers of the same problem have the same body.)
 */
export const problemSchema = z.object({
  type: z.string().check(z.minLength(1)),
  title: z.string(),
  status: z.int().check(z.gte(100), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  messageKey: z.string(),
  params: z.optional(messageParamsSchema),
  errors: z.optional(z.array(problemFieldErrorSchema)),
});

/** An RFC 9457 problem as the API writes it. */
export type Problem = z.infer<typeof problemSchema>;

/** The media type of problems. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Whether `value` looks like a problem of this contract (an object with a known `type`). */
export function isProblem(value: unknown): value is Problem {
  return problemSchema.safeParse(value).success && problemNameOf((value as Problem).type) !== undefined;
}
