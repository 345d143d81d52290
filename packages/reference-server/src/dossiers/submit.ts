import { createHash } from 'node:crypto';
import { answerShapeErrors, nfcAnswers, validateAnswers, vietnamDateOf, formatIsoDate, type Locale } from '@egov-kit/core';
import { getUnit } from '@egov-kit/core/units/current';
import type { Database } from '../db/database.js';
import { fieldErrorsFromAnswers, formatDossierCode, type Dossier, type DossierSubmission } from '../contract.js';
import { ProblemError } from '../http/problem.js';
import { loadProcedure } from '../procedures/repository.js';
import { applyUploads, attachmentClaimsOfAnswers, checkUploads } from '../uploads/attach.js';
import { vietnamIso } from './access.js';
import { dossierView, type DossierRecord } from './repository.js';

/** JSON with object keys sorted, so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The outcome of a submission: the answer to send, and whether it replays an earlier one. */
export interface SubmissionOutcome {
  dossier: Dossier;
  replayed: boolean;
}

/** Thrown inside the transaction when the key already belongs to a committed submission. */
class KeyTaken extends Error {}

/** What {@link submitDossier} needs besides the body. */
export interface SubmissionContext {
  idempotencyKey: string;
  /** The body exactly as received (parsed JSON), hashed to tell "same body" from "other body". */
  rawBody: unknown;
  /**
   * Who sends it (the client address): hashed with the body, so a key replays only for the client
   * that first used it; another client sending the same key and body gets `idempotency-key-reused`,
   * never the first client's dossier and access token.
   */
  client: string;
  locale: Locale;
  /** Mints the access token the answer carries. */
  access: (code: string) => Dossier['access'];
  now?: Date;
}

/**
 * Files a dossier under an idempotency key. One transaction claims the key first
 * (`INSERT … ON CONFLICT DO NOTHING`: a second request with the same key, on any instance, waits
 * for the first to commit or roll back), takes the agency's counter for the day, writes the
 * dossier and its attachments, and stores the answer with the key. A request whose key is taken
 * gets the stored answer if it comes from the same client with a body that hashes the same, else
 * `idempotency-key-reused`.
 * @throws ProblemError for an unknown or offline procedure, a stale form version, answers that
 * fail the form, attachments that are not finished uploads, or a reused key.
 */
export async function submitDossier(db: Database, given: DossierSubmission, context: SubmissionContext): Promise<SubmissionOutcome> {
  const now = context.now ?? new Date();
  const requestHash = createHash('sha256').update(`${context.client}\n`).update(canonicalJson(context.rawBody)).digest('hex');
  const replay = async (): Promise<SubmissionOutcome> => {
    const [row] = await db.query<{ request_hash: string; response: string | null }>(
      'SELECT request_hash, response FROM idempotency_keys WHERE key = $1', [context.idempotencyKey],
    );
    if (!row?.response) throw new ProblemError('internal-error');
    if (row.request_hash !== requestHash) throw new ProblemError('idempotency-key-reused');
    return { dossier: JSON.parse(row.response) as Dossier, replayed: true };
  };

  // A key that is already settled answers without any work.
  const [settled] = await db.query<{ request_hash: string }>('SELECT request_hash FROM idempotency_keys WHERE key = $1', [context.idempotencyKey]);
  if (settled) return replay();

  const found = await loadProcedure(db, given.procedureCode);
  if (!found) throw new ProblemError('procedure-not-found', { params: { code: given.procedureCode } });
  const { procedure, form, agencyIdentifier } = found;
  if (procedure.onlineLevel.level === 'information' || !procedure.channels.includes('online')) {
    throw new ProblemError('procedure-not-online', { params: { code: procedure.code } });
  }
  if (given.formVersion !== undefined && given.formVersion !== form.version) {
    throw new ProblemError('form-version-mismatch', { params: { expected: form.version, received: given.formVersion } });
  }
  const shapeErrors = answerShapeErrors(form, given.answers);
  if (shapeErrors.length > 0) throw new ProblemError('validation-failed', { errors: fieldErrorsFromAnswers(shapeErrors, context.locale) });
  const submission = { ...given, answers: nfcAnswers(given.answers) };
  const checked = validateAnswers(form, submission.answers, { today: now, units: getUnit });
  if (!checked.ok) throw new ProblemError('validation-failed', { errors: fieldErrorsFromAnswers(checked.errors, context.locale) });
  const claims = attachmentClaimsOfAnswers(form, submission.answers);

  try {
    const dossier = await db.transaction(async (tx) => {
      const claimed = await tx.query(
        'INSERT INTO idempotency_keys (key, request_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING key',
        [context.idempotencyKey, requestHash, now.toISOString()],
      );
      if (claimed.length === 0) throw new KeyTaken();
      // Uploads are checked before the day's counter is taken: the counter row is a lock every
      // submission to this agency waits on, so it is held only for the last few statements.
      const { errors, accepted } = await checkUploads(tx, undefined, claims);
      if (errors.length > 0) throw new ProblemError('validation-failed', { errors });
      const day = formatIsoDate(vietnamDateOf(now));
      const [counter] = await tx.query<{ last: number }>(
        `INSERT INTO dossier_counters (agency, day, last) VALUES ($1, $2, 1)
         ON CONFLICT (agency, day) DO UPDATE SET last = dossier_counters.last + 1 RETURNING last`,
        [agencyIdentifier, day],
      );
      const code = formatDossierCode(agencyIdentifier, now, counter!.last);
      const at = now.toISOString();
      await tx.query(
        `INSERT INTO dossiers (code, procedure_code, status, version, form_version, channel, applicant, applicant_name, answers, submitted_at, updated_at)
         VALUES ($1, $2, 'submitted', 1, $3, 'online', $4::jsonb, $5, $6::jsonb, $7, $7)`,
        [code, procedure.code, form.version, JSON.stringify(submission.applicant), submission.applicant.fullName, JSON.stringify(submission.answers), at],
      );
      const filedAt = vietnamIso(now);
      // A new dossier's record is known without reading it back: no history, no requests yet.
      const record: DossierRecord = {
        code, procedureCode: procedure.code, procedureName: procedure.name, procedureAgency: procedure.agency,
        processingDays: procedure.processingTime.workingDays, status: 'submitted', version: 1, formVersion: form.version, channel: 'online',
        applicant: submission.applicant, answers: submission.answers, submittedAt: filedAt, updatedAt: filedAt, history: [],
        attachments: await applyUploads(tx, code, accepted, at, filedAt), supplementRequests: [], feeRequests: [], documents: [],
      };
      const view = dossierView(record, now, context.access(code));
      await tx.query('UPDATE dossiers SET record = $2::jsonb WHERE code = $1', [code, JSON.stringify(record)]);
      await tx.query('UPDATE idempotency_keys SET dossier_code = $2, response = $3 WHERE key = $1', [context.idempotencyKey, code, JSON.stringify(view)]);
      return view;
    });
    return { dossier, replayed: false };
  } catch (error) {
    if (error instanceof KeyTaken) return replay();
    // Two first requests with one key on PostgreSQL: the loser's insert waited, then conflicted.
    if ((error as { code?: string }).code === '23505') return replay();
    throw error;
  }
}
