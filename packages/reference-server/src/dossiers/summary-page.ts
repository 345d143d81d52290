import { codeOf, dossierDeadline, type DossierEvent, type DossierStatus, type LocalizedText } from '@egov-kit/core';
import type { DossierSummary } from '../contract.js';
import { ProblemError } from '../http/problem.js';

/** The columns a summary reads, from `dossiers d JOIN procedures p`. */
export const SUMMARY_COLUMNS = `d.code, d.procedure_code AS "procedureCode", p.procedure -> 'name' AS "procedureName", d.applicant_name AS "applicantName",
  d.status, vn_instant(d.submitted_at) AS "submittedAt", vn_instant(d.updated_at) AS "updatedAt",
  to_char(d.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "submittedRaw", p.processing_days::float8 AS "processingDays",
  (SELECT coalesce(json_agg(json_build_object('to', e.to_status, 'at', vn_instant(e.at)) ORDER BY e.seq), '[]'::json)
     FROM dossier_events e WHERE e.dossier_code = d.code) AS events`;

/** A row of {@link SUMMARY_COLUMNS}. */
export interface SummaryRow {
  code: string;
  procedureCode: string;
  procedureName: LocalizedText;
  applicantName: string;
  status: DossierStatus;
  submittedAt: string;
  updatedAt: string;
  submittedRaw: string;
  processingDays: number;
  events: Pick<DossierEvent, 'to' | 'at'>[];
}

/** A dossier as a list shows it, with its deadline as of `now`. */
export function summaryOf(row: SummaryRow, now: Date): DossierSummary {
  const deadline = dossierDeadline({ status: row.status, events: row.events, processingDays: row.processingDays, now });
  return {
    code: row.code, procedureCode: row.procedureCode, procedureName: row.procedureName, applicantName: row.applicantName,
    status: row.status, statusCode: codeOf(row.status), submittedAt: row.submittedAt, updatedAt: row.updatedAt,
    ...(deadline.dueDate ? { dueDate: deadline.dueDate } : {}), overdue: deadline.overdue,
  };
}

/** Where a page of a list newest filing first ends: its last row's filing instant and code. */
export interface PagePosition {
  submittedAt: string;
  code: string;
}

/** The cursor of the page after `row`. */
export function cursorAfter(row: Pick<SummaryRow, 'submittedRaw' | 'code'>): string {
  return Buffer.from(JSON.stringify({ t: row.submittedRaw, c: row.code })).toString('base64url');
}

/**
 * The position a cursor names. A cursor not made by {@link cursorAfter} (edited, truncated, an
 * instant the database cannot hold) is a `validation-failed` on `query.cursor`, never a 500.
 */
export function positionOf(cursor: string): PagePosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { t?: unknown; c?: unknown };
    const { t, c } = value;
    if (typeof t === 'string' && typeof c === 'string' && /^2[01]\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(t) && !Number.isNaN(Date.parse(t))
      && /^[A-Za-z0-9._-]{1,50}$/.test(c)) {
      return { submittedAt: t, code: c };
    }
  } catch {
    // not JSON: refused below
  }
  throw new ProblemError('validation-failed', { errors: [{ field: 'query.cursor', messageKey: 'api.field.invalid' }] });
}
