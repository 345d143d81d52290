import { formVisibility, type FormDefinition } from '@egov-kit/core';
import type { Queryable } from '../db/database.js';
import type { AttachmentReference, DossierAttachment, ProblemFieldError } from '../contract.js';

/** An uploaded file a request hands in, and where in the request it was named. */
export interface AttachmentClaim {
  reference: Partial<AttachmentReference> & Pick<AttachmentReference, 'name'>;
  /** The field error path (`answers.birthCertificate.0`, `attachments.1`). */
  path: string;
  /** The form field it answers, if any. */
  field?: string;
  supplementRequestId?: string;
}

/** The file references in the shown file fields of `answers`. */
export function attachmentClaimsOfAnswers(form: FormDefinition, answers: Record<string, unknown>, onlyFields?: ReadonlySet<string>): AttachmentClaim[] {
  const shown = formVisibility(form, answers).fields;
  const claims: AttachmentClaim[] = [];
  for (const step of form.steps) {
    for (const field of step.fields) {
      if (field.kind !== 'file' || !shown.has(field.id) || (onlyFields && !onlyFields.has(field.id))) continue;
      const files = answers[field.id];
      if (!Array.isArray(files)) continue;
      files.forEach((file: AttachmentClaim['reference'], index) => {
        claims.push({ reference: file, path: `answers.${field.id}.${index}`, field: field.id });
      });
    }
  }
  return claims;
}

/** An upload that passed its checks, ready to attach. */
export interface CheckedUpload {
  claim: AttachmentClaim;
  id: string;
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
}

/**
 * Checks, in the caller's transaction, that each claimed upload exists (unattached, not expired),
 * is complete, matches the name, size and type given, and belongs to no other dossier than `code`
 * (none yet, for a new dossier). Locks the uploads. Returns the field errors, or the uploads to attach.
 */
export async function checkUploads(tx: Queryable, code: string | undefined, claims: readonly AttachmentClaim[]): Promise<{ errors: ProblemFieldError[]; accepted: CheckedUpload[] }> {
  const errors: ProblemFieldError[] = [];
  const accepted: CheckedUpload[] = [];
  for (const claim of claims) {
    const { id, name } = claim.reference;
    const params = { name: String(name) };
    const [upload] = id === undefined ? [] : await tx.query<{ id: string; name: string; size: number; media_type: string; status: string; sha256: string | null; dossier_code: string | null; expired: boolean }>(
      'SELECT id, name, size, media_type, status, sha256, dossier_code, expires_at <= now() AS expired FROM uploads WHERE id = $1 FOR UPDATE', [id],
    );
    // An unattached upload past its expiry is gone, whether or not maintenance has deleted it yet.
    if (!upload || upload.status === 'deleted' || upload.status === 'failed' || (upload.dossier_code === null && upload.expired)) {
      errors.push({ field: claim.path, messageKey: 'api.field.upload-unknown', params });
    } else if (upload.status !== 'complete' || !upload.sha256) {
      errors.push({ field: claim.path, messageKey: 'api.field.upload-incomplete', params });
    } else if (upload.name !== name || upload.size !== claim.reference.size || upload.media_type !== claim.reference.mediaType) {
      errors.push({ field: claim.path, messageKey: 'api.field.upload-mismatch', params });
    } else if (upload.dossier_code !== null && upload.dossier_code !== code) {
      errors.push({ field: claim.path, messageKey: 'api.field.upload-attached', params });
    } else {
      accepted.push({ claim, sha256: upload.sha256, size: upload.size, mediaType: upload.media_type, name: upload.name, id: upload.id });
    }
  }
  return { errors, accepted: errors.length > 0 ? [] : accepted };
}

/** Attaches checked uploads to dossier `code` (its row must exist), in the caller's transaction; returns the attachments as the dossier lists them. */
export async function applyUploads(tx: Queryable, code: string, accepted: readonly CheckedUpload[], at: string, addedAt: string): Promise<DossierAttachment[]> {
  const attachments: DossierAttachment[] = [];
  for (const file of accepted) {
    await tx.query('UPDATE uploads SET dossier_code = $2 WHERE id = $1', [file.id, code]);
    const inserted = await tx.query(
      `INSERT INTO dossier_attachments (dossier_code, id, name, size, media_type, sha256, field, supplement_request_id, added_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (dossier_code, id) DO NOTHING RETURNING id`,
      [code, file.id, file.name, file.size, file.mediaType, file.sha256, file.claim.field ?? null, file.claim.supplementRequestId ?? null, at],
    );
    if (inserted.length === 0) continue;
    attachments.push({
      id: file.id, name: file.name, size: file.size, mediaType: file.mediaType, sha256: file.sha256,
      ...(file.claim.field ? { field: file.claim.field } : {}),
      ...(file.claim.supplementRequestId ? { supplementRequestId: file.claim.supplementRequestId } : {}),
      addedAt,
    });
  }
  return attachments;
}

/**
 * Attaches finished uploads to an existing dossier, in the caller's transaction. Returns the field
 * errors (and attaches nothing) when any upload does not pass {@link checkUploads}.
 */
export async function attachUploads(tx: Queryable, code: string, claims: readonly AttachmentClaim[], at: string): Promise<ProblemFieldError[]> {
  const { errors, accepted } = await checkUploads(tx, code, claims);
  if (errors.length === 0) await applyUploads(tx, code, accepted, at, at);
  return errors;
}
