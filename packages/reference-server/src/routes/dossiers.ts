import { answerShapeErrors, nfcAnswers, validateAnswers } from '@egov-kit/core';
import { getUnit } from '@egov-kit/core/units/current';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  API_BASE_PATH, apiHeaders, fieldErrorsFromAnswers, idempotencyKeySchema, statusAfterSupplement, supplementAnswerSchema,
  withdrawalSchema, dossierSubmissionSchema, type Dossier, type DossierHistory,
} from '../contract.js';
import type { ServerContext } from '../context.js';
import { accessFor, dossierAccessOf, openDossier, type OpenedDossier } from '../dossiers/access.js';
import { applicantActor, dossierView, type DossierRecord } from '../dossiers/repository.js';
import { submitDossier } from '../dossiers/submit.js';
import { moveDossier } from '../dossiers/transitions.js';
import { localeOf, ProblemError } from '../http/problem.js';
import { enforceRateLimit, rateLimitHeaders } from '../http/rate-limit.js';
import { parseWith } from '../http/validation.js';
import { loadProcedure } from '../procedures/repository.js';
import { attachmentClaimsOfAnswers, attachUploads, type AttachmentClaim } from '../uploads/attach.js';

/** The version an `If-Match` header names (`"3"` or `W/"3"`), if any. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(String(header));
  if (!match) throw new ProblemError('validation-failed', { errors: [{ field: 'headers.if-match', messageKey: 'api.field.invalid' }] });
  return Number(match[1]);
}

/** Sends a dossier with its ETag, uncached. */
export function sendDossier(reply: FastifyReply, dossier: Dossier, status = 200): FastifyReply {
  return reply.code(status).header('etag', `"${dossier.version}"`).header('cache-control', 'private, no-store').send(dossier);
}

/**
 * The applicant's side of dossiers: submit (idempotent), look up by code + verifier or token,
 * history, answer a request for supplements, withdraw.
 */
export async function dossierRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { db } = context;
  const accessContext = dossierAccessOf(context);
  const moves = { db, dossiers: context.events.dossiers };
  const open = (request: FastifyRequest<{ Params: { code: string } }>) => openDossier(accessContext, request, request.params.code);
  const answer = (reply: FastifyReply, opened: OpenedDossier, record: DossierRecord) => {
    if (opened.rateLimit) reply.headers(rateLimitHeaders(opened.rateLimit));
    return sendDossier(reply, dossierView(record, new Date(), opened.presented ?? accessFor(accessContext, record.code)));
  };

  app.post('/dossiers', async (request, reply) => {
    const key = request.headers[apiHeaders.idempotencyKey.toLowerCase()];
    if (key === undefined) throw new ProblemError('idempotency-key-required');
    if (typeof key !== 'string' || !idempotencyKeySchema.safeParse(key).success) {
      throw new ProblemError('validation-failed', { errors: [{ field: 'headers.idempotency-key', messageKey: 'api.field.invalid' }] });
    }
    const submission = parseWith(dossierSubmissionSchema, request.body);
    // Anyone may submit without signing in: per client address, a bounded number per window.
    const limit = await enforceRateLimit(db, `submit:${request.ip}`, context.config.submissionLimit, context.config.submissionWindowSeconds);
    reply.headers(rateLimitHeaders(limit));
    const outcome = await submitDossier(db, submission, {
      idempotencyKey: key, rawBody: request.body, client: request.ip, locale: localeOf(request), access: (code) => accessFor(accessContext, code),
    });
    reply.header('location', `${API_BASE_PATH}/dossiers/${encodeURIComponent(outcome.dossier.code)}`);
    if (outcome.replayed) reply.header(apiHeaders.idempotencyReplayed, 'true');
    return sendDossier(reply, outcome.dossier, 201);
  });

  // The lookup answers from this instance's cache: its JSON is made once a second per dossier.
  app.get<{ Params: { code: string } }>('/dossiers/:code', async (request, reply) => {
    const opened = await open(request);
    const { dossier } = opened;
    if (opened.rateLimit) reply.headers(rateLimitHeaders(opened.rateLimit));
    const body = opened.presented ? dossier.json(new Date(), opened.presented)
      : dossier.answerAt(Date.now(), (now) => accessFor(accessContext, dossier.record.code, now));
    return reply.header('etag', `"${dossier.record.version}"`).header('cache-control', 'private, no-store')
      .header('content-type', 'application/json; charset=utf-8').send(body);
  });

  app.get<{ Params: { code: string } }>('/dossiers/:code/history', async (request, reply) => {
    const opened = await open(request);
    if (opened.rateLimit) reply.headers(rateLimitHeaders(opened.rateLimit));
    const { record } = opened.dossier;
    const body: DossierHistory = { code: record.code, status: record.status, items: record.history };
    return reply.header('cache-control', 'private, no-store').send(body);
  });

  app.post<{ Params: { code: string } }>('/dossiers/:code/withdraw', async (request, reply) => {
    const opened = await open(request);
    const { reason } = parseWith(withdrawalSchema, request.body);
    const ifMatch = expectedVersion(request);
    const record = await moveDossier(moves, {
      code: opened.dossier.record.code, to: 'withdrawn', actor: applicantActor(opened.dossier.record), note: reason,
      ...(ifMatch !== undefined ? { expectedVersion: ifMatch } : {}),
    });
    return answer(reply, opened, record);
  });

  app.post<{ Params: { code: string; requestId: string } }>('/dossiers/:code/supplement-requests/:requestId/answer', async (request, reply) => {
    const opened = await open(request);
    const body = parseWith(supplementAnswerSchema, request.body);
    const ifMatch = expectedVersion(request);
    const { form } = (await loadProcedure(db, opened.dossier.record.procedureCode))!;
    const { requestId } = request.params;
    const record = await moveDossier(moves, {
      code: opened.dossier.record.code,
      actor: applicantActor(opened.dossier.record),
      ...(body.note ? { note: body.note } : {}),
      ...(ifMatch !== undefined ? { expectedVersion: ifMatch } : {}),
      to: (locked) => {
        const to = locked.lastEvent ? statusAfterSupplement([locked.lastEvent]) : undefined;
        if (locked.status !== 'supplement-requested' || !to) throw new ProblemError('supplement-request-not-open', { params: { requestId } });
        return to;
      },
      alongside: async (tx, locked, event) => {
        const [open] = await tx.query<{ status: string }>(
          'SELECT status FROM supplement_requests WHERE id = $1 AND dossier_code = $2 FOR UPDATE', [requestId, locked.code],
        );
        if (open?.status !== 'open') throw new ProblemError('supplement-request-not-open', { params: { requestId } });
        const shapeErrors = answerShapeErrors(form, body.answers ?? {});
        if (shapeErrors.length > 0) throw new ProblemError('validation-failed', { errors: fieldErrorsFromAnswers(shapeErrors, localeOf(request)) });
        const changed = nfcAnswers(body.answers ?? {});
        const answers = { ...locked.answers, ...changed };
        const checked = validateAnswers(form, answers, { units: getUnit });
        if (!checked.ok) throw new ProblemError('validation-failed', { errors: fieldErrorsFromAnswers(checked.errors, localeOf(request)) });
        const claims: AttachmentClaim[] = [
          ...attachmentClaimsOfAnswers(form, answers, new Set(Object.keys(changed))).map((claim) => ({ ...claim, supplementRequestId: requestId })),
          ...(body.attachments ?? []).map((reference, index) => ({ reference, path: `attachments.${index}`, supplementRequestId: requestId })),
        ];
        const errors = await attachUploads(tx, locked.code, claims, event.at);
        if (errors.length > 0) throw new ProblemError('validation-failed', { errors });
        await tx.query('UPDATE dossiers SET answers = $2::jsonb WHERE code = $1', [locked.code, JSON.stringify(answers)]);
        const attachmentIds = claims.map((claim) => claim.reference.id).filter((id): id is string => typeof id === 'string');
        await tx.query(
          "UPDATE supplement_requests SET status = 'answered', answered_at = $2, answer = $3::jsonb WHERE id = $1",
          [requestId, event.at, JSON.stringify({ ...(body.note ? { note: body.note } : {}), changedFields: Object.keys(changed), attachmentIds })],
        );
      },
    });
    return answer(reply, opened, record);
  });
}
