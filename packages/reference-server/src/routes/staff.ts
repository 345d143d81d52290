import { codeOf, dossierDeadline, type Actor, type DossierEvent, type DossierStatus, type LocalizedText } from '@egov-kit/core';
import type { FastifyInstance } from 'fastify';
import {
  staffDossierQuerySchema, staffOperationBodySchemas, staffOperationNames, staffOperations, type DossierSummary,
  type StaffOperation, type StaffOperationBody,
} from '../contract.js';
import type { ServerContext } from '../context.js';
import { requireScope } from '../auth/guard.js';
import { dossierView, loadDossier } from '../dossiers/repository.js';
import { cursorAfter, positionOf } from '../dossiers/summary-page.js';
import { moveDossier, type Move } from '../dossiers/transitions.js';
import { ProblemError } from '../http/problem.js';
import { parseWith } from '../http/validation.js';
import { expectedVersion, sendDossier } from './dossiers.js';

const RETURN_METHODS = { 'in-person': 'trực tiếp tại Bộ phận Một cửa', online: 'trực tuyến', postal: 'qua dịch vụ bưu chính công ích' } as const;

/**
 * The staff API, behind OAuth 2.0 client-credentials tokens: list and read dossiers
 * (`dossiers:read`), and one route per operation of the one-stop workflow, each needing its scope.
 * Every operation is a move core's transition table must allow; any other is `transition-forbidden`.
 */
export async function staffRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { db, tokenKey } = context;

  app.get('/staff/dossiers', async (request, reply) => {
    requireScope(tokenKey, request, 'dossiers:read');
    const query = parseWith(staffDossierQuerySchema, request.query, 'query');
    const after = query.cursor === undefined ? undefined : positionOf(query.cursor);
    const limit = query.limit ?? 20;
    const rows = await db.query<{
      code: string; procedureCode: string; procedureName: LocalizedText; applicantName: string; status: DossierStatus;
      submittedAt: string; updatedAt: string; submittedRaw: string; processingDays: number; events: Pick<DossierEvent, 'to' | 'at'>[];
    }>(
      `SELECT d.code, d.procedure_code AS "procedureCode", p.procedure -> 'name' AS "procedureName", d.applicant_name AS "applicantName",
         d.status, vn_instant(d.submitted_at) AS "submittedAt", vn_instant(d.updated_at) AS "updatedAt",
         to_char(d.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "submittedRaw", p.processing_days::float8 AS "processingDays",
         (SELECT coalesce(json_agg(json_build_object('to', e.to_status, 'at', vn_instant(e.at)) ORDER BY e.seq), '[]'::json)
            FROM dossier_events e WHERE e.dossier_code = d.code) AS events
       FROM dossiers d JOIN procedures p ON p.code = d.procedure_code
       WHERE ($1::text IS NULL OR d.status = $1) AND ($2::text IS NULL OR d.procedure_code = $2)
         AND ($3::timestamptz IS NULL OR d.submitted_at >= $3)
         AND ($4::timestamptz IS NULL OR (d.submitted_at, d.code) < ($4::timestamptz, $5::text))
       ORDER BY d.submitted_at DESC, d.code DESC LIMIT $6`,
      [query.status ?? null, query.procedure ?? null, query.since ?? null, after?.submittedAt ?? null, after?.code ?? null, limit + 1],
    );
    const now = new Date();
    const items: DossierSummary[] = rows.slice(0, limit).map((row) => {
      const deadline = dossierDeadline({ status: row.status, events: row.events, processingDays: row.processingDays, now });
      return {
        code: row.code, procedureCode: row.procedureCode, procedureName: row.procedureName, applicantName: row.applicantName,
        status: row.status, statusCode: codeOf(row.status), submittedAt: row.submittedAt, updatedAt: row.updatedAt,
        ...(deadline.dueDate ? { dueDate: deadline.dueDate } : {}), overdue: deadline.overdue,
      };
    });
    const last = rows[limit - 1];
    return reply.header('cache-control', 'private, no-store').send({
      items, ...(rows.length > limit && last ? { nextCursor: cursorAfter(last) } : {}),
    });
  });

  app.get<{ Params: { code: string } }>('/staff/dossiers/:code', async (request, reply) => {
    requireScope(tokenKey, request, 'dossiers:read');
    const record = await loadDossier(db, request.params.code);
    if (!record) throw new ProblemError('dossier-not-found');
    return sendDossier(reply, dossierView(record, new Date()));
  });

  for (const operation of staffOperationNames) {
    app.post<{ Params: { code: string } }>(`/staff/dossiers/:code/${operation}`, async (request, reply) => {
      const claims = requireScope(tokenKey, request, staffOperations[operation].scope);
      const body = parseWith(staffOperationBodySchemas[operation], request.body ?? {}) as StaffOperationBody<StaffOperation>;
      // The token says which client acts; the officer it names is its claim, kept beside it.
      const actor: Actor = { kind: 'staff', id: claims.sub, name: claims.name, ...(body.officer ? { officer: body.officer } : {}) };
      const ifMatch = expectedVersion(request);
      const issued: string[] = [];
      const move: Move = {
        code: request.params.code,
        to: staffOperations[operation].to,
        actor,
        ...noteOf(operation, body),
        ...(ifMatch !== undefined ? { expectedVersion: ifMatch } : {}),
        alongside: async (tx, locked, event) => {
          if (operation === 'request-supplement') {
            const { items, dueDate } = body as StaffOperationBody<'request-supplement'>;
            const [count] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM supplement_requests WHERE dossier_code = $1', [locked.code]);
            await tx.query(
              `INSERT INTO supplement_requests (id, dossier_code, status, requested_at, requested_by, items, note, due_date)
               VALUES ($1, $2, 'open', $3, $4::jsonb, $5::jsonb, $6, $7)`,
              [`${locked.code}-BS${count!.n + 1}`, locked.code, event.at, JSON.stringify(actor), JSON.stringify(items), event.note ?? null, dueDate ?? null],
            );
          } else if (operation === 'request-fees') {
            const { fees, dueDate } = body as StaffOperationBody<'request-fees'>;
            const [count] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM fee_requests WHERE dossier_code = $1', [locked.code]);
            await tx.query(
              `INSERT INTO fee_requests (id, dossier_code, status, requested_at, requested_by, fees, total, note, due_date)
               VALUES ($1, $2, 'open', $3, $4::jsonb, $5::jsonb, $6, $7, $8)`,
              [`${locked.code}-LP${count!.n + 1}`, locked.code, event.at, JSON.stringify(actor), JSON.stringify(fees),
                fees.reduce((sum, fee) => sum + fee.amount, 0), event.note ?? null, dueDate ?? null],
            );
          } else if (operation === 'decide') {
            const { outcome } = body as StaffOperationBody<'decide'>;
            issued.push(...await context.documents.issue(tx, { code: locked.code, procedureCode: locked.procedureCode }, outcome, event.at));
          }
        },
      };
      const record = await moveDossier({ db, dossiers: context.events.dossiers }, move);
      // Sign the result documents now, so they exist as signed PDFs from the moment of decision.
      await Promise.all(issued.map((id) => context.documents.pdf(record.code, id)));
      return sendDossier(reply, dossierView(record, new Date()));
    });
  }
}

/** The note an operation records in the history: its note, its reason, or how the result was handed over. */
function noteOf(operation: StaffOperation, body: StaffOperationBody<StaffOperation>): { note?: string } {
  const given = 'reason' in body ? body.reason : 'note' in body ? body.note : undefined;
  if (operation === 'return-result' && 'method' in body && body.method) {
    const how = `Trả kết quả ${RETURN_METHODS[body.method]}.`;
    return { note: given ? `${given} ${how}` : how };
  }
  return given ? { note: given } : {};
}
