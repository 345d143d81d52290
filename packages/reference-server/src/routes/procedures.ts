import type { FastifyInstance } from 'fastify';
import { procedureSearchQuerySchema, type ProcedureDetail, type ProcedurePage } from '../contract.js';
import type { ServerContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import { parseWith } from '../http/validation.js';
import { loadProcedure, positionOfCursor, procedureCursor, searchProcedures } from '../procedures/repository.js';

/** `GET /procedures` (search, cursor pages) and `GET /procedures/{code}` (with its form). */
export async function procedureRoutes(app: FastifyInstance, { db }: ServerContext): Promise<void> {
  app.get('/procedures', async (request, reply) => {
    const query = parseWith(procedureSearchQuerySchema, request.query, 'query');
    const after = query.cursor === undefined ? undefined : positionOfCursor(query.cursor);
    if (query.cursor !== undefined && after === undefined) {
      throw new ProblemError('validation-failed', { errors: [{ field: 'query.cursor', messageKey: 'api.field.invalid' }] });
    }
    const page = await searchProcedures(db, query, after);
    const body: ProcedurePage = { items: page.items, ...(page.more && page.lastPosition !== undefined ? { nextCursor: procedureCursor(page.lastPosition) } : {}) };
    return reply.header('cache-control', 'public, max-age=60').send(body);
  });

  app.get<{ Params: { code: string } }>('/procedures/:code', async (request, reply) => {
    const found = await loadProcedure(db, request.params.code);
    if (!found) throw new ProblemError('procedure-not-found', { params: { code: request.params.code.slice(0, 60) } });
    const body: ProcedureDetail = { procedure: found.procedure, form: found.form };
    return reply.header('cache-control', 'public, max-age=60').send(body);
  });
}
