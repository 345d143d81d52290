import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { dossierAccessOf, openDossier } from '../dossiers/access.js';
import { ProblemError } from '../http/problem.js';

/** `GET /dossiers/{code}/documents/{id}`: a result document as a signed PDF (PAdES). */
export async function documentRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const accessContext = dossierAccessOf(context);
  app.get<{ Params: { code: string; documentId: string } }>('/dossiers/:code/documents/:documentId', async (request, reply) => {
    const { record } = (await openDossier(accessContext, request, request.params.code)).dossier;
    const document = record.documents.find((d) => d.id === request.params.documentId);
    const pdf = document ? await context.documents.pdf(record.code, document.id) : undefined;
    if (!document || !pdf) throw new ProblemError('document-not-found');
    const fileName = `${document.number.replace(/[^\w.-]+/g, '-')}.pdf`;
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${fileName}"`)
      .header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(pdf);
  });
}
