import { isStorableText } from '@egov-kit/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { staffScopes, tokenRequestSchema, type StaffScope, type TokenResponse } from '../contract.js';
import type { ServerContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import { enforceRateLimit } from '../http/rate-limit.js';
import { parseWith } from '../http/validation.js';
import { authenticateClient } from './clients.js';
import { issueStaffToken } from './tokens.js';

/** The client credentials of a token request: HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or the body. */
function credentialsOf(request: FastifyRequest, body: { client_id?: string; client_secret?: string }): { id: string; secret: string; basic: boolean } | undefined {
  const header = request.headers.authorization;
  if (/^basic /i.test(header ?? '') && header) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    try {
      const id = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
      // An id no client can have (NUL, lone surrogates) must not reach the database as a query parameter.
      if (!isStorableText(id)) return undefined;
      return { id, secret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')), basic: true };
    } catch {
      return undefined;
    }
  }
  return body.client_id && body.client_secret ? { id: body.client_id, secret: body.client_secret, basic: false } : undefined;
}

/** `POST /oauth/token`: OAuth 2.0 client credentials grant. Errors are problems with OAuth's `error` member too. */
export async function authRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { db, config } = context;
  app.post('/oauth/token', async (request, reply) => {
    await enforceRateLimit(db, `token:${request.ip}`, config.tokenLimit, 60);
    const body = parseWith(tokenRequestSchema, request.body ?? {});
    if (body.grant_type !== 'client_credentials') {
      throw new ProblemError('unsupported-grant-type', { extensions: { error: 'unsupported_grant_type' } });
    }
    const credentials = credentialsOf(request, body);
    const client = credentials ? await authenticateClient(db, credentials.id, credentials.secret) : undefined;
    if (!client) {
      throw new ProblemError('invalid-client', {
        extensions: { error: 'invalid_client' },
        headers: { 'www-authenticate': 'Basic realm="egov-kit-staff"' },
      });
    }
    const requested = body.scope?.split(' ').filter(Boolean) ?? client.scopes;
    const refused = requested.find((scope) => !(staffScopes as readonly string[]).includes(scope) || !client.scopes.includes(scope as StaffScope));
    if (refused !== undefined) throw new ProblemError('invalid-scope', { params: { scope: refused.slice(0, 100) }, extensions: { error: 'invalid_scope' } });
    const { token } = issueStaffToken(context.tokenKey, client, requested, config.staffTokenTtlSeconds);
    const answer: TokenResponse = { access_token: token, token_type: 'Bearer', expires_in: config.staffTokenTtlSeconds, scope: requested.join(' ') };
    return reply.header('cache-control', 'no-store').header('pragma', 'no-cache').send(answer);
  });
}
