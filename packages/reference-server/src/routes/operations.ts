import type { FastifyInstance } from 'fastify';
import { createApiOpenApiDocument } from '../contract.js';
import type { ServerContext } from '../context.js';
import { sendProblem } from '../http/problem.js';

/** `/health` (the process answers), `/ready` (the database answers, not shutting down), the OpenAPI document, the trust list. */
export async function operationsRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const openApi = JSON.stringify(createApiOpenApiDocument());

  app.get('/health', async () => ({ status: 'ok' }));

  app.get('/ready', async (request, reply) => {
    if (context.state.shuttingDown) return sendProblem(request, reply, 'service-unavailable');
    try {
      await context.db.query('SELECT 1');
      return { status: 'ok', checks: { database: context.db.kind } };
    } catch (error) {
      request.log.warn({ err: error }, 'database not ready');
      return sendProblem(request, reply, 'service-unavailable');
    }
  });

  app.get('/api/v1/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openApi));

  app.get('/api/v1/trust-list', async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(context.trustList));
}
