import {
  codeOf, dossierDeadline, portalStateOf, type Actor, type DossierEvent, type DossierStatus, type LocalizedText,
} from '@egov-kit/core';
import type { Queryable } from '../db/database.js';
import {
  API_BASE_PATH, type Applicant, type Dossier, type DossierAccess, type DossierAttachment, type FeeRequest, type IssuedDocument,
  type SupplementRequest,
} from '../contract.js';

/** A dossier as stored, with its related rows aggregated, before the deadline is computed. */
export interface DossierRecord {
  code: string;
  procedureCode: string;
  procedureName: LocalizedText;
  procedureAgency: { code: string; name: LocalizedText };
  processingDays: number;
  status: DossierStatus;
  version: number;
  formVersion: number;
  channel: Dossier['channel'];
  applicant: Applicant;
  answers: Record<string, unknown>;
  submittedAt: string;
  updatedAt: string;
  history: DossierEvent[];
  attachments: DossierAttachment[];
  supplementRequests: SupplementRequest[];
  feeRequests: FeeRequest[];
  documents: Omit<IssuedDocument, 'href' | 'mediaType'>[];
}

const DOSSIER_SQL = /* sql */ `
  SELECT d.code, d.procedure_code AS "procedureCode", p.procedure -> 'name' AS "procedureName",
    p.procedure -> 'agency' AS "procedureAgency", p.processing_days::float8 AS "processingDays",
    d.status, d.version, d.form_version AS "formVersion", d.channel, d.applicant, d.answers,
    vn_instant(d.submitted_at) AS "submittedAt", vn_instant(d.updated_at) AS "updatedAt",
    (SELECT coalesce(json_agg(json_strip_nulls(json_build_object(
        'from', e.from_status, 'to', e.to_status, 'actor', e.actor, 'at', vn_instant(e.at), 'note', e.note)) ORDER BY e.seq), '[]'::json)
      FROM dossier_events e WHERE e.dossier_code = d.code) AS history,
    (SELECT coalesce(json_agg(json_strip_nulls(json_build_object(
        'id', a.id, 'name', a.name, 'size', a.size, 'mediaType', a.media_type, 'sha256', a.sha256, 'field', a.field,
        'supplementRequestId', a.supplement_request_id, 'addedAt', vn_instant(a.added_at))) ORDER BY a.added_at, a.id), '[]'::json)
      FROM dossier_attachments a WHERE a.dossier_code = d.code) AS attachments,
    (SELECT coalesce(json_agg(json_strip_nulls(json_build_object(
        'id', s.id, 'status', s.status, 'requestedAt', vn_instant(s.requested_at), 'requestedBy', s.requested_by, 'items', s.items,
        'note', s.note, 'dueDate', to_char(s.due_date, 'YYYY-MM-DD'), 'answeredAt', vn_instant(s.answered_at), 'answer', s.answer))
        ORDER BY s.requested_at, s.id), '[]'::json)
      FROM supplement_requests s WHERE s.dossier_code = d.code) AS "supplementRequests",
    (SELECT coalesce(json_agg(json_strip_nulls(json_build_object(
        'id', f.id, 'status', f.status, 'requestedAt', vn_instant(f.requested_at), 'requestedBy', f.requested_by, 'fees', f.fees,
        'total', f.total, 'note', f.note, 'dueDate', to_char(f.due_date, 'YYYY-MM-DD'), 'paidAt', vn_instant(f.paid_at)))
        ORDER BY f.requested_at, f.id), '[]'::json)
      FROM fee_requests f WHERE f.dossier_code = d.code) AS "feeRequests",
    (SELECT coalesce(json_agg(json_build_object(
        'id', r.id, 'name', r.name, 'number', r.number, 'issuedAt', vn_instant(r.issued_at)) ORDER BY r.issued_at, r.id), '[]'::json)
      FROM result_documents r WHERE r.dossier_code = d.code) AS documents
  FROM dossiers d JOIN procedures p ON p.code = d.procedure_code
  WHERE d.code = $1`;

/**
 * Assembles a dossier from its row and everything related to it, stores it as the row's `record`
 * and returns it. Call it in the transaction of every change, after the change.
 * @throws Error when there is no such dossier.
 */
export async function refreshDossier(tx: Queryable, code: string): Promise<DossierRecord> {
  const [row] = await tx.query<DossierRecord>(DOSSIER_SQL, [code]);
  if (!row) throw new Error(`No dossier ${code}`);
  for (const fee of row.feeRequests) fee.total = Number(fee.total);
  await tx.query('UPDATE dossiers SET record = $2::jsonb WHERE code = $1', [code, JSON.stringify(row)]);
  return row;
}

/** Reads one dossier as last assembled; `undefined` if there is none. */
export async function loadDossier(db: Queryable, code: string): Promise<DossierRecord | undefined> {
  const [row] = await db.query<{ record: DossierRecord }>('SELECT record FROM dossiers WHERE code = $1', [code]);
  return row?.record;
}

/** The URL of a result document, relative to the API's origin. */
export function documentHref(code: string, documentId: string): string {
  return `${API_BASE_PATH}/dossiers/${encodeURIComponent(code)}/documents/${encodeURIComponent(documentId)}`;
}

/**
 * The dossier as the API shows it: the stored record plus its official status code and portal
 * state, its deadline computed by core as of `now`, and (when given) an access token.
 */
export function dossierView(record: DossierRecord, now: Date, access?: DossierAccess): Dossier {
  return dossierViewWith(record, deadlineOf(record, now), access);
}

/** The dossier as the API shows it, with its deadline as given. */
export function dossierViewWith(record: DossierRecord, deadline: Dossier['deadline'], access?: DossierAccess): Dossier {
  return {
    code: record.code,
    procedure: { code: record.procedureCode, name: record.procedureName, agency: record.procedureAgency },
    formVersion: record.formVersion,
    channel: record.channel,
    status: record.status,
    statusCode: codeOf(record.status),
    portalState: portalStateOf(record.status),
    applicant: record.applicant,
    answers: record.answers,
    attachments: record.attachments,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    version: record.version,
    history: record.history,
    deadline,
    supplementRequests: record.supplementRequests,
    feeRequests: record.feeRequests,
    documents: record.documents.map((document) => ({ ...document, mediaType: 'application/pdf', href: documentHref(record.code, document.id) })),
    ...(access ? { access } : {}),
  };
}

/** The dossier's deadline as core computes it as of `now` (it depends only on the day of `now`). */
export function deadlineOf(record: DossierRecord, now: Date): Dossier['deadline'] {
  const deadline = dossierDeadline({ status: record.status, events: record.history, processingDays: record.processingDays, now });
  return { ...deadline, overdueReasons: [...deadline.overdueReasons] };
}

/** The actor recorded when the applicant acts on their own dossier. */
export function applicantActor(record: Pick<DossierRecord, 'code' | 'applicant'>): Actor {
  return { kind: 'applicant', id: `applicant:${record.code}`, name: record.applicant.fullName };
}
