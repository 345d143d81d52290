import { problemSchema, type ProblemName } from '../contract.js';
import { InvalidResponseError, ProblemError, type RequestTarget } from '../errors.js';
import { parseRetryAfter } from './retry.js';

/** A schema the SDK checks answers with: any zod (or zod/mini) schema, or anything with `safeParse`. */
export interface Schema<T> {
  safeParse(input: unknown):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** What the body of a successful answer is read as. */
export type Expect = 'json' | 'empty' | 'bytes';

/** The contract's problem that best fits an error status that came without a problem body. */
function problemForStatus(status: number): ProblemName {
  switch (status) {
    case 401: return 'unauthorized';
    case 403: return 'insufficient-scope';
    case 404: return 'not-found';
    case 405: return 'method-not-allowed';
    case 413: return 'payload-too-large';
    case 415: return 'unsupported-media-type';
    case 429: return 'rate-limited';
    case 502: case 503: case 504: return 'service-unavailable';
    default: return status >= 500 ? 'internal-error' : 'malformed-request';
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * The {@link ProblemError} of an error answer: from its problem body when it has one, else an
 * `about:blank` problem for its status. Reads the body (a failure reading it propagates).
 */
export async function problemOf(response: Response, target: RequestTarget): Promise<ProblemError> {
  const text = response.status === 204 || target.method === 'HEAD' ? '' : await response.text();
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const json = parseJson(text);
  const parsed = json.ok ? problemSchema.safeParse(json.value) : undefined;
  if (parsed?.success) {
    const problem = { ...(json.ok ? (json.value as object) : {}), ...parsed.data };
    return new ProblemError(target, response.status, {
      type: problem.type, title: problem.title, ...(problem.detail !== undefined ? { detail: problem.detail } : {}),
      messageKey: problem.messageKey, params: problem.params ?? {}, fieldErrors: problem.errors ?? [], problem,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), ...(requestId !== undefined ? { requestId } : {}),
    });
  }
  const name = problemForStatus(response.status);
  return new ProblemError(target, response.status, {
    type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, messageKey: `api.problem.${name}`,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), ...(requestId !== undefined ? { requestId } : {}),
  });
}

/**
 * The body of a successful answer: nothing (`HEAD`, 204, or `expect: 'empty'`), bytes, or JSON
 * checked against `schema` when `validate` is on.
 * @throws InvalidResponseError for a body that is not JSON or fails the schema.
 */
export async function bodyOf<T>(response: Response, target: RequestTarget, expect: Expect, schema: Schema<T> | undefined, validate: boolean): Promise<T> {
  if (target.method === 'HEAD' || response.status === 204 || expect === 'empty') {
    await response.body?.cancel();
    return undefined as T;
  }
  if (expect === 'bytes') return new Uint8Array(await response.arrayBuffer()) as T;
  const text = await response.text();
  const json = parseJson(text);
  if (!json.ok) {
    throw new InvalidResponseError(target, response.status, 'malformed-json', `not JSON (${text.length} characters: ${JSON.stringify(text.slice(0, 40))}…)`);
  }
  if (!schema || !validate) return json.value as T;
  const checked = schema.safeParse(json.value);
  if (checked.success) return checked.data;
  const issues = checked.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  const where = issues.slice(0, 3).map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`).join('; ');
  throw new InvalidResponseError(target, response.status, 'contract', `it does not match the contract (${where})`, issues);
}
