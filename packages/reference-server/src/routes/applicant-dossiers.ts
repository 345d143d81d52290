import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { applicantDossierQuerySchema, dossierCodeSchema, PAGE_LIMIT_DEFAULT } from '../contract.js';
import type { ServerContext } from '../context.js';
import { requireApplicant } from '../auth/applicant-tokens.js';
import { accessFor, dossierAccessOf } from '../dossiers/access.js';
import { verifierKey } from '../dossiers/cached-dossier.js';
import { dossierView } from '../dossiers/repository.js';
import { cursorAfter, positionOf, SUMMARY_COLUMNS, summaryOf, type SummaryRow } from '../dossiers/summary-page.js';
import { ProblemError } from '../http/problem.js';
import { parseWith } from '../http/validation.js';
import { sendDossier } from './dossiers.js';

/** The instant a Vietnamese day starts. */
const startOfDay = (day: string) => `${day}T00:00:00+07:00`;
/** The instant the Vietnamese day after `day` starts. */
const endOfDay = (day: string) => new Date(Date.parse(startOfDay(day)) + 86_400_000).toISOString();

/**
 * The signed-in applicant's side (a bearer token from the national single sign-on; the demo's is
 * `POST /sso/demo/token`): their dossiers, newest filing first, filtered by status and days of
 * filing and paged with a cursor; and one of them, with a fresh dossier access token for what
 * follows (live events, answers, documents). A dossier of someone else is `dossier-not-found`,
 * as an unknown code is.
 */
export async function applicantDossierRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { db, tokenKey } = context;
  const accessContext = dossierAccessOf(context);

  app.get('/me/dossiers', async (request, reply) => {
    const applicant = requireApplicant(tokenKey, request);
    const query = parseWith(applicantDossierQuerySchema, request.query, 'query');
    const after = query.cursor === undefined ? undefined : positionOf(query.cursor);
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const rows = await db.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS}
       FROM dossiers d JOIN procedures p ON p.code = d.procedure_code
       WHERE d.applicant ->> 'idNumber' = $1 AND ($2::text IS NULL OR d.status = $2)
         AND ($3::timestamptz IS NULL OR d.submitted_at >= $3) AND ($4::timestamptz IS NULL OR d.submitted_at < $4)
         AND ($5::timestamptz IS NULL OR (d.submitted_at, d.code) < ($5::timestamptz, $6::text))
       ORDER BY d.submitted_at DESC, d.code DESC LIMIT $7`,
      [applicant.sub, query.status ?? null, query.from ? startOfDay(query.from) : null, query.to ? endOfDay(query.to) : null,
        after?.submittedAt ?? null, after?.code ?? null, limit + 1],
    );
    const now = new Date();
    const last = rows[limit - 1];
    return reply.header('cache-control', 'private, no-store').send({
      items: rows.slice(0, limit).map((row) => summaryOf(row, now)),
      ...(rows.length > limit && last ? { nextCursor: cursorAfter(last) } : {}),
    });
  });

  app.get<{ Params: { code: string } }>('/me/dossiers/:code', async (request, reply) => {
    const applicant = requireApplicant(tokenKey, request);
    const { code } = request.params;
    const wellFormed = dossierCodeSchema.safeParse(code).success;
    const dossier = wellFormed ? context.events.dossiers.peek(code) ?? await context.events.dossiers.read(code) : undefined;
    const owner = dossier?.verifiers.idNumber ?? verifierKey(undefined);
    if (!timingSafeEqual(verifierKey(applicant.sub), owner) || !dossier) throw new ProblemError('dossier-not-found');
    const now = new Date();
    return sendDossier(reply, dossierView(dossier.record, now, accessFor(accessContext, dossier.record.code, now)));
  });
}
