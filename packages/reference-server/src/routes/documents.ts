import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { openDossier } from '../dossiers/access.js';
import { ProblemError } from '../http/problem.js';

/** `GET /dossiers/{code}/documents/{id}`: a result document as a signed PDF (PAdES). */
export async function documentRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { db, config } = context;
  const accessContext = {
    db, tokenKey: context.tokenKey, accessTtlSeconds: config.dossierAccessTtlSeconds,
    lookupLimit: config.lookupLimit, lookupWindowSeconds: config.lookupWindowSeconds,
  };
  app.get<{ Params: { code: string; documentId: string } }>('/dossiers/:code/documents/:documentId', async (request, reply) => {
    const opened = await openDossier(accessContext, request, request.params.code);
    const document = opened.record.documents.find((d) => d.id === request.params.documentId);
    const pdf = document ? await context.documents.pdf(opened.record.code, document.id) : undefined;
    if (!document || !pdf) throw new ProblemError('document-not-found');
    const fileName = `${document.number.replace(/[^\w.-]+/g, '-')}.pdf`;
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`)
      .header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(pdf);
  });
}
