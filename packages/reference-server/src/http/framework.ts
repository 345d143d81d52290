import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { defaultLocale } from '@egov-kit/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_MEDIA_TYPE, type ProblemName } from '../contract.js';
import { problemBody, ProblemError, sendProblem } from './problem.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The `charset` parameter of a media type, lower case, if any. */
function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType)?.[1]?.toLowerCase();
}

/**
 * Reads JSON bodies strictly: UTF-8 only (any other `charset` is `unsupported-media-type`, not
 * misread as UTF-8), bytes that are not UTF-8 and text that is not JSON are
 * `malformed-request`. Parsing does not recurse; the depth is checked after (`guardBody`).
 */
export function useStrictJson(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const contentType = String(request.headers['content-type'] ?? '');
    const charset = charsetOf(contentType);
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      done(new ProblemError('unsupported-media-type', { params: { mediaType: contentType.slice(0, 100), accepted: 'application/json; charset=utf-8' } }));
      return;
    }
    try {
      done(null, JSON.parse(UTF8.decode(body as Buffer)));
    } catch {
      done(new ProblemError('malformed-request'));
    }
  });
}

/**
 * Fastify's router errors as problems: a path that does not decode is `malformed-request`, a
 * path segment longer than the router reads is `uri-too-long` (the URL itself is not echoed).
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  void sendProblem(request, reply, tooLong ? 'uri-too-long' : 'malformed-request', { instance: `urn:egov-kit:request:${request.id}` });
}

/**
 * A whole HTTP/1.1 answer carrying a problem, for a socket no request object exists for. In
 * Vietnamese: the request's `Accept-Language` has not been read.
 */
function rawProblem(name: ProblemName, params: Record<string, number> = {}, extraHeaders = ''): string {
  const problem = problemBody(name, defaultLocale, '/', { params });
  const body = JSON.stringify(problem);
  return `HTTP/1.1 ${problem.status} ${name}\r\nContent-Type: ${PROBLEM_MEDIA_TYPE}; charset=utf-8\r\nContent-Language: ${defaultLocale}\r\n`
    + `X-Content-Type-Options: nosniff\r\n${extraHeaders}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

const CLIENT_ERRORS: Record<string, ProblemName> = {
  HPE_HEADER_OVERFLOW: 'headers-too-large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request-timeout',
  HPE_URI_TOO_LONG: 'uri-too-long',
};

/**
 * Answers what Node's HTTP parser refuses before Fastify sees a request (headers too large, a
 * request too slow, bytes that are not HTTP) with a problem, in Vietnamese: the request's
 * `Accept-Language` could not be read.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) return void socket.destroy();
  // Closing at once with the client's bytes unread makes the kernel reset the connection, and the
  // client never reads the answer: end after the answer, drain what still arrives, destroy later.
  socket.end(rawProblem(CLIENT_ERRORS[error.code ?? ''] ?? 'malformed-request'));
  socket.on('data', () => {}).resume();
  setTimeout(() => socket.destroy(), 2_000).unref();
}

/**
 * Refuses a connection beyond `max` open from one address with a `too-many-connections` problem
 * (in Vietnamese: nothing of the request has been read yet) and closes it.
 */
export function capConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
    if (count > max) socket.end(rawProblem('too-many-connections', { limit: max }, 'Retry-After: 5\r\n'));
  });
}
