import type { Readable } from 'node:stream';
import { unsafeTextReason } from '@egov-kit/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  isUploadMediaType, parseUploadMetadata, sha256HexSchema, TUS_CHUNK_MEDIA_TYPE, TUS_VERSION, tusExtensions, uploadChecksumAlgorithms,
  uploadMediaTypes, uploadMetadataKeys,
} from '../contract.js';
import type { ServerContext } from '../context.js';
import { ProblemError, sizeLimitParams } from '../http/problem.js';
import { enforceRateLimit } from '../http/rate-limit.js';
import { uploadByteStore } from './bytes.js';
import { DatabaseLeases, MemoryLeases } from './leases.js';
import { createUpload, deleteUpload, findUpload, isGone, receiveChunk, uploadHref, uploadView, type UploadRecord } from './store.js';

const ACCEPTED = Object.keys(uploadMediaTypes).join(', ');

function requireTus(request: FastifyRequest): void {
  const version = request.headers['tus-resumable'];
  if (version !== TUS_VERSION) {
    throw new ProblemError('tus-version-unsupported', { params: { supported: TUS_VERSION }, headers: { 'tus-version': TUS_VERSION, 'tus-resumable': TUS_VERSION } });
  }
}

/** A non-negative whole number header, or a `malformed-request` problem. */
function integerHeader(request: FastifyRequest, name: string): number {
  const value = request.headers[name];
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) throw new ProblemError('malformed-request', { headers: { 'tus-resumable': TUS_VERSION } });
  return Number(value);
}

function httpDate(date: Date): string {
  return date.toUTCString();
}

/** Reads `Upload-Checksum: <algorithm> <base64>`; `undefined` when absent. */
function checksumOf(request: FastifyRequest): { algorithm: 'sha1' | 'sha256'; digest: string } | undefined {
  const header = request.headers['upload-checksum'];
  if (header === undefined) return undefined;
  const [algorithm = '', digest = ''] = String(header).trim().split(/\s+/);
  if (!(uploadChecksumAlgorithms as readonly string[]).includes(algorithm)) {
    throw new ProblemError('upload-checksum-unsupported', {
      params: { algorithm: algorithm.slice(0, 20), supported: uploadChecksumAlgorithms.join(', ') }, headers: { 'tus-resumable': TUS_VERSION },
    });
  }
  return { algorithm: algorithm as 'sha1' | 'sha256', digest };
}

/** Ends a request whose client went away mid-body: nobody is there to read an answer. */
function abandon(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.hijack();
  request.raw.socket?.destroy();
  return reply;
}

function tusHeaders(reply: FastifyReply, upload: UploadRecord): FastifyReply {
  reply.header('tus-resumable', TUS_VERSION).header('upload-offset', String(upload.received)).header('upload-length', String(upload.size))
    .header('cache-control', 'no-store');
  if (upload.dossierCode === null) reply.header('upload-expires', httpDate(upload.expiresAt));
  return reply;
}

/**
 * tus 1.0 uploads (core + creation, checksum, expiration, termination): `OPTIONS`/`POST /uploads`,
 * `HEAD`/`PATCH`/`DELETE`/`GET /uploads/{id}`. Chunks are streamed, never held whole: into files
 * beside the embedded database (whose one thread then never carries them), or into PostgreSQL,
 * where every instance can take the next chunk.
 */
export async function uploadRoutes(app: FastifyInstance, { db, config }: ServerContext): Promise<void> {
  const bytes = uploadByteStore(db, config.dataDir);
  // One process owns an embedded database's folder: its leases live in memory, and die with it.
  const leases = db.kind === 'pglite' ? new MemoryLeases() : new DatabaseLeases(db);
  app.options('/uploads', async (_request, reply) => reply.code(204)
    .header('tus-resumable', TUS_VERSION)
    .header('tus-version', TUS_VERSION)
    .header('tus-extension', tusExtensions.join(','))
    .header('tus-max-size', String(config.uploadMaxBytes))
    .header('tus-checksum-algorithm', uploadChecksumAlgorithms.join(','))
    .send());

  app.post('/uploads', async (request, reply) => {
    requireTus(request);
    const size = integerHeader(request, 'upload-length');
    if (size > config.uploadMaxBytes) {
      throw new ProblemError('upload-too-large', { params: sizeLimitParams(config.uploadMaxBytes), headers: { 'tus-resumable': TUS_VERSION } });
    }
    const metadata = parseUploadMetadata(String(request.headers['upload-metadata'] ?? ''));
    const name = metadata?.[uploadMetadataKeys.name]?.trim();
    const mediaType = metadata?.[uploadMetadataKeys.mediaType]?.trim().toLowerCase();
    const expectedSha256 = metadata?.[uploadMetadataKeys.sha256]?.trim().toLowerCase();
    const nameReason = name ? unsafeTextReason(name) : undefined;
    const errors = [
      ...(nameReason ? [{ field: 'headers.upload-metadata.filename', messageKey: `form.error.${nameReason}` }]
        : !name || name.length > 255 || /[/\\]/.test(name) ? [{ field: 'headers.upload-metadata.filename', messageKey: 'api.field.invalid' }] : []),
      ...(!mediaType ? [{ field: 'headers.upload-metadata.filetype', messageKey: 'form.error.required' }] : []),
      ...(expectedSha256 !== undefined && !sha256HexSchema.safeParse(expectedSha256).success ? [{ field: 'headers.upload-metadata.sha256', messageKey: 'api.field.invalid' }] : []),
      ...(size === 0 ? [{ field: 'headers.upload-length', messageKey: 'form.error.below-min', params: { min: 1 } }] : []),
    ];
    if (errors.length > 0) throw new ProblemError('validation-failed', { errors, headers: { 'tus-resumable': TUS_VERSION } });
    if (!isUploadMediaType(mediaType!)) {
      throw new ProblemError('upload-type-not-allowed', { params: { mediaType: mediaType!.slice(0, 100), accepted: ACCEPTED }, headers: { 'tus-resumable': TUS_VERSION } });
    }
    await enforceRateLimit(db, `upload:${request.ip}`, config.uploadLimit, 3600);
    const upload = await createUpload(db, { name: name!, mediaType: mediaType!, size, ...(expectedSha256 ? { expectedSha256 } : {}) }, config.uploadTtlHours);
    return reply.code(201).header('location', uploadHref(upload.id)).header('tus-resumable', TUS_VERSION)
      .header('upload-expires', httpDate(upload.expiresAt)).send();
  });

  app.route<{ Params: { id: string } }>({
    method: 'HEAD',
    url: '/uploads/:id',
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      requireTus(request);
      const upload = await findUpload(db, request.params.id);
      if (!upload) return reply.code(404).header('tus-resumable', TUS_VERSION).header('cache-control', 'no-store').send();
      if (isGone(upload)) return reply.code(410).header('tus-resumable', TUS_VERSION).header('cache-control', 'no-store').send();
      return tusHeaders(reply, upload).code(200).send();
    },
  });

  app.get<{ Params: { id: string } }>('/uploads/:id', { exposeHeadRoute: false }, async (request, reply) => {
    const upload = await findUpload(db, request.params.id);
    if (!upload) throw new ProblemError('upload-not-found');
    if (isGone(upload)) throw new ProblemError('upload-gone');
    return reply.header('cache-control', 'no-store').send(uploadView(upload));
  });

  app.patch<{ Params: { id: string } }>('/uploads/:id', async (request, reply) => {
    requireTus(request);
    const tusOnly = { headers: { 'tus-resumable': TUS_VERSION } };
    const contentType = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== TUS_CHUNK_MEDIA_TYPE) {
      throw new ProblemError('unsupported-media-type', { params: { mediaType: contentType, accepted: TUS_CHUNK_MEDIA_TYPE }, ...tusOnly });
    }
    const offset = integerHeader(request, 'upload-offset');
    const checksum = checksumOf(request);
    const current = await findUpload(db, request.params.id);
    if (!current) throw new ProblemError('upload-not-found', tusOnly);
    if (isGone(current)) throw new ProblemError('upload-gone', tusOnly);
    if (offset !== current.received) {
      throw new ProblemError('upload-offset-mismatch', { params: { expected: current.received, received: offset }, ...tusOnly });
    }
    // A chunk past the declared Upload-Length is refused before (Content-Length) or as soon as (no
    // length given) it goes past; the rest is not read and the connection closes.
    const tooLargeProblem = new ProblemError('upload-too-large', { params: sizeLimitParams(current.size), headers: { ...tusOnly.headers, connection: 'close' } });
    if (Number(request.headers['content-length'] ?? 0) > current.size - offset) throw tooLargeProblem;
    const outcome = await receiveChunk(db, { bytes, leases }, current, offset, {
      // Not destroyed when the reading stops early, so the 413 still reaches the client.
      body: (request.body as Readable).iterator({ destroyOnReturn: false }), limit: current.size - offset, ...(checksum ? { checksum } : {}),
    });
    switch (outcome.kind) {
      case 'appended':
        return tusHeaders(reply, outcome.upload).code(204).send();
      case 'not-found':
        throw new ProblemError('upload-not-found', tusOnly);
      case 'gone':
        throw new ProblemError('upload-gone', tusOnly);
      case 'offset-mismatch':
        throw new ProblemError('upload-offset-mismatch', { params: { expected: outcome.expected, received: offset }, ...tusOnly });
      case 'too-large':
        throw tooLargeProblem;
      case 'checksum-mismatch':
        throw new ProblemError('upload-checksum-mismatch', tusOnly);
      case 'type-mismatch':
        throw new ProblemError('upload-type-not-allowed', { params: { mediaType: current.mediaType, accepted: ACCEPTED }, ...tusOnly });
      case 'interrupted':
        request.log.info({ upload: current.id, kept: outcome.kept }, 'upload chunk interrupted; kept what arrived');
        return abandon(request, reply);
    }
  });

  app.delete<{ Params: { id: string } }>('/uploads/:id', async (request, reply) => {
    requireTus(request);
    if (!(await deleteUpload(db, bytes, request.params.id))) throw new ProblemError('upload-not-found', { headers: { 'tus-resumable': TUS_VERSION } });
    return reply.code(204).header('tus-resumable', TUS_VERSION).send();
  });
}
