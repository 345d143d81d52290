/**
 * Filing and acting on dossiers as the applicant: submit (safe to retry through its idempotency
 * key), answer a request for supplements, withdraw.
 * @module
 */
import {
  apiHeaders, dossierSchema,
  type Dossier, type DossierSubmission, type SupplementAnswer,
} from './contract.js';
import { dossierPath, ifMatchHeader, presentCredential, type DossierCredential } from './dossier-access.js';
import { randomUuid } from './environment.js';
import type { CallOptions, Transport } from './transport/transport.js';

/** Options of {@link submitDossier}. */
export interface SubmitOptions extends CallOptions {
  /**
   * The key of this one logical submission (8–255 visible ASCII characters). Every retry, and a
   * submission sent again after a page reload, must carry the same key: the server then answers
   * with the first dossier instead of filing a second. Generated (a random UUID) when absent; keep
   * it with the draft, e.g. with {@link rememberedIdempotencyKey}.
   */
  idempotencyKey?: string;
}

/** The outcome of a submission. */
export interface SubmissionResult {
  /** The dossier filed, with its code and an access token to follow it. */
  dossier: Dossier;
  /** Whether the server replayed an earlier answer to the same key (the dossier was filed before). */
  replayed: boolean;
  /** The key the submission was sent with. */
  idempotencyKey: string;
}

/**
 * Files a dossier. Sent with an `Idempotency-Key`, so it is retried on network errors, timeouts,
 * 429 and 503 like a read: a lost answer never makes two dossiers.
 * @throws ProblemError `validation-failed` (see `fieldErrors`), `procedure-not-found`,
 * `procedure-not-online`, `form-version-mismatch`, or `idempotency-key-reused` when the key was
 * used with another body.
 */
export async function submitDossier(api: Transport, submission: DossierSubmission, options: SubmitOptions = {}): Promise<SubmissionResult> {
  const { idempotencyKey = randomUuid(), ...call } = options;
  const response = await api.request({
    ...call, method: 'POST', path: '/dossiers', json: submission, schema: dossierSchema, idempotent: true,
    headers: { [apiHeaders.idempotencyKey]: idempotencyKey },
  });
  return { dossier: response.data, replayed: response.headers.get(apiHeaders.idempotencyReplayed) === 'true', idempotencyKey };
}

/** The part of Web Storage (`localStorage`, `sessionStorage`) an idempotency key is kept in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An idempotency key kept in storage for one draft. */
export interface RememberedKey {
  readonly key: string;
  /** Forgets the key: call it once the dossier is filed, so the next application gets a new one. */
  forget(): void;
}

const KEY_FORMAT = /^[\x21-\x7e]{8,255}$/;

/**
 * The idempotency key of draft `draftId`, kept in `storage` so that a submission sent again after a
 * reload (its answer lost) carries the same key and gets the same dossier back:
 *
 * ```ts
 * const remembered = rememberedIdempotencyKey(localStorage, draft.id);
 * const { dossier } = await submitDossier(api, draft.submission, { idempotencyKey: remembered.key });
 * remembered.forget();
 * ```
 */
export function rememberedIdempotencyKey(storage: KeyValueStorage, draftId: string): RememberedKey {
  const name = `egov-kit:idempotency-key:${draftId}`;
  let key = storage.getItem(name);
  if (key === null || !KEY_FORMAT.test(key)) {
    key = randomUuid();
    storage.setItem(name, key);
  }
  return { key, forget: () => storage.removeItem(name) };
}

/** Options of the applicant's changes to a dossier. */
export interface DossierChangeOptions extends CallOptions {
  /** The dossier version the applicant saw; if it changed meanwhile the server refuses (`dossier-changed`, 412). */
  ifVersion?: number;
}

/**
 * Answers the open request for supplements `requestId` with a note, changed answers and/or
 * documents (attachment references of finished uploads). Not retried: it is not idempotent.
 * @throws ProblemError `supplement-request-not-open`, `validation-failed`, `dossier-changed`.
 */
export async function answerSupplementRequest(
  api: Transport, code: string, credential: DossierCredential, requestId: string, answer: SupplementAnswer, options: DossierChangeOptions = {},
): Promise<Dossier> {
  const { ifVersion, ...call } = options;
  const access = presentCredential(credential);
  const { data } = await api.request({
    ...call, method: 'POST', path: `${dossierPath(code)}/supplement-requests/${encodeURIComponent(requestId)}/answer`, json: answer,
    schema: dossierSchema, auth: access.auth, headers: { ...access.headers, ...ifMatchHeader(ifVersion) },
  });
  return data;
}

/**
 * Withdraws a dossier, giving the reason. Not retried: it is not idempotent (pass `ifVersion` so a
 * repeat after a lost answer is refused rather than applied twice).
 * @throws ProblemError `transition-forbidden` when the dossier can no longer be withdrawn.
 */
export async function withdrawDossier(api: Transport, code: string, credential: DossierCredential, reason: string, options: DossierChangeOptions = {}): Promise<Dossier> {
  const { ifVersion, ...call } = options;
  const access = presentCredential(credential);
  const { data } = await api.request({
    ...call, method: 'POST', path: `${dossierPath(code)}/withdraw`, json: { reason }, schema: dossierSchema,
    auth: access.auth, headers: { ...access.headers, ...ifMatchHeader(ifVersion) },
  });
  return data;
}
