import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { TUS_CHUNK_MEDIA_TYPE } from './contract.js';
import type { ServerContext } from './context.js';
import type { ServerConfig } from './config.js';
import { DatabaseUnavailableError } from './db/database.js';
import { ProblemError, sendProblem, sizeLimitParams } from './http/problem.js';
import { capConnectionsPerAddress, clientErrorHandler, frameworkErrors, useStrictJson } from './http/framework.js';
import { guardBody, guardUrl, isInputDatabaseError } from './http/input-guard.js';
import { authRoutes } from './auth/routes.js';
import { demoSsoRoutes } from './auth/demo-sso.js';
import { applicantDossierRoutes } from './routes/applicant-dossiers.js';
import { dossierRoutes } from './routes/dossiers.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './events/routes.js';
import { operationsRoutes } from './routes/operations.js';
import { portalRoutes } from './portal.js';
import { procedureRoutes } from './routes/procedures.js';
import { staffRoutes } from './routes/staff.js';
import { uploadRoutes } from './uploads/routes.js';

/** Request headers browsers may send to the API. */
const ALLOWED_HEADERS = [
  'Accept', 'Accept-Language', 'Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'Last-Event-ID', 'X-Dossier-Verifier',
  'X-Request-Id', 'Tus-Resumable', 'Upload-Length', 'Upload-Metadata', 'Upload-Offset', 'Upload-Checksum',
];
/** Response headers scripts on embedding sites may read. */
const EXPOSED_HEADERS = [
  'Location', 'ETag', 'Retry-After', 'Content-Language', 'Idempotency-Replayed', 'X-Request-Id', 'RateLimit-Limit', 'RateLimit-Remaining',
  'RateLimit-Reset', 'Tus-Resumable', 'Tus-Version', 'Tus-Extension', 'Tus-Max-Size', 'Tus-Checksum-Algorithm', 'Upload-Offset',
  'Upload-Length', 'Upload-Expires', 'Upload-Metadata', 'WWW-Authenticate', 'Allow',
];

/** Seconds a client is asked to wait when the database is away (a restart or failover takes a few). */
const DATABASE_RETRY_AFTER_SECONDS = 2;

/** A URL for logs: the access token in a query is not written down. */
function redactUrl(url: string): string {
  return url.replace(/([?&]access_token=)[^&]*/g, '$1[redacted]');
}

/** Route patterns as regular expressions, to tell a wrong method (405) from a wrong path (404). */
class RouteTable {
  readonly #routes: { pattern: RegExp; method: string }[] = [];

  add(url: string, methods: string | string[]): void {
    if (url.includes('*')) return;
    const pattern = new RegExp(`^${url.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('/')}/?$`);
    for (const method of [methods].flat()) this.#routes.push({ pattern, method });
  }

  methodsFor(path: string): string[] {
    return [...new Set(this.#routes.filter((route) => route.pattern.test(path)).map((route) => route.method))].sort();
  }
}

/**
 * Builds the Fastify application: JSON logs (credentials redacted), request ids, CORS for
 * embedding sites, problems (RFC 9457) for every error including 404, 405, 413 and 415, and the
 * API's routes. Does not listen.
 */
/** Fastify's `trustProxy` for the configured proxies: a hop count becomes "the nearest n hops". */
function trustedProxies(proxies: ServerConfig['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof proxies === 'number' ? (_address, hop) => hop < proxies : proxies;
}

export async function buildApp(context: ServerContext): Promise<FastifyInstance> {
  const { config } = context;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers["x-dossier-verifier"]'],
      serializers: {
        req: (request) => ({ method: request.method, url: redactUrl(request.url), id: request.id, remoteAddress: request.ip }),
      },
    },
    trustProxy: trustedProxies(config.trustProxy),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    forceCloseConnections: 'idle',
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler,
    requestTimeout: config.requestTimeoutSeconds * 1000,
    // An event stream is silent between keep-alive comments: it must never look idle.
    connectionTimeout: Math.max(config.idleTimeoutSeconds, 2 * config.sseKeepAliveSeconds) * 1000,
    keepAliveTimeout: config.keepAliveSeconds * 1000,
    // Timeouts are checked every second (Node's default, 30 s, would let a slow request run that much over).
    http: { headersTimeout: Math.min(config.headersTimeoutSeconds, config.requestTimeoutSeconds) * 1000, connectionsCheckingInterval: 1000 },
  });
  if (config.maxConnectionsPerClient > 0 && config.trustProxy === false) capConnectionsPerAddress(app.server, config.maxConnectionsPerClient);
  const routes = new RouteTable();
  app.addHook('onRoute', (route) => routes.add(route.url, route.method));

  // Every request passes this one hook: its id; CORS headers for allowed origins (a few lines: a
  // plugin merging its options on every request cost more than the rule itself); a browser's preflight (Origin +
  // Access-Control-Request-Method) answered here, so a plain OPTIONS reaches the routes (tus
  // discovery on /uploads) or gets a 404/405 problem; and 503 while shutting down.
  const exposedHeaders = EXPOSED_HEADERS.join(', ');
  const allowedOrigins = config.corsOrigins === '*' ? undefined : new Set(config.corsOrigins);
  const preflightHeaders = {
    'access-control-allow-methods': 'GET, HEAD, POST, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
    'access-control-max-age': '600',
    vary: 'Origin, Access-Control-Request-Headers',
  };
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
    // Only cross-origin requests carry Origin and need the CORS headers (half the bytes of a
    // lookup's headers); caches are told the answer depends on it.
    const { origin } = request.headers;
    reply.header('vary', 'Origin');
    if (origin !== undefined && (allowedOrigins === undefined || allowedOrigins.has(origin))) {
      reply.header('access-control-allow-origin', allowedOrigins === undefined ? '*' : origin).header('access-control-expose-headers', exposedHeaders);
    }
    if (request.method === 'OPTIONS' && origin !== undefined && request.headers['access-control-request-method'] !== undefined) {
      reply.code(204).headers(preflightHeaders).header('content-length', '0').send();
    } else if (context.state.shuttingDown) {
      reply.header('connection', 'close').header('retry-after', '5');
      sendProblem(request, reply, 'service-unavailable');
    } else {
      done();
    }
  });

  // Bodies are JSON (and forms for OAuth, chunks for tus): anything else is 415, not a string.
  app.removeContentTypeParser('text/plain');
  useStrictJson(app);
  // What no handler should see, refused before any does: odd text in the URL, bodies too deep or with unstorable text.
  app.addHook('preValidation', (request, _reply, done) => {
    try {
      guardUrl(request);
      guardBody(request.body);
      done();
    } catch (error) {
      done(error as ProblemError);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  // tus chunks are read by the handler as a stream, whatever their size.
  app.addContentTypeParser(TUS_CHUNK_MEDIA_TYPE, (_request, payload, done) => done(null, payload));

  app.setErrorHandler((error: FastifyError | ProblemError, request, reply) => {
    if (error instanceof ProblemError) {
      if (error.status >= 500) request.log.error({ err: error }, 'problem');
      return sendProblem(request, reply, error.problem, error.options);
    }
    if (error instanceof DatabaseUnavailableError) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendProblem(request, reply, 'service-unavailable', { headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(request, reply, 'unsupported-media-type', {
          params: { mediaType: String(request.headers['content-type'] ?? ''), accepted: 'application/json' },
        });
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, 'payload-too-large', { params: sizeLimitParams(app.initialConfig.bodyLimit ?? 0) });
      default:
        if (isInputDatabaseError(error)) {
          request.log.warn({ err: error }, 'database refused a value sent by the client');
          return sendProblem(request, reply, 'malformed-request');
        }
        if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
          return sendProblem(request, reply, 'malformed-request');
        }
        request.log.error({ err: error }, 'unexpected error');
        return sendProblem(request, reply, 'internal-error');
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = routes.methodsFor(path);
    if (allowed.length > 0) {
      return sendProblem(request, reply, 'method-not-allowed', {
        params: { method: request.method, allowed: allowed.join(', ') },
        headers: { allow: allowed.join(', ') },
      });
    }
    return sendProblem(request, reply, 'not-found');
  });

  await app.register(async (api) => {
    await procedureRoutes(api, context);
    await uploadRoutes(api, context);
    await dossierRoutes(api, context);
    await eventRoutes(api, context);
    await documentRoutes(api, context);
    await staffRoutes(api, context);
    await applicantDossierRoutes(api, context);
  }, { prefix: '/api/v1' });
  await authRoutes(app, context);
  await demoSsoRoutes(app, context);
  await operationsRoutes(app, context);
  if (config.portalDir) await portalRoutes(app, config.portalDir, config.portalFrameAncestors);
  return app;
}
