import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { validateIdentifier } from '@egov-kit/core';
import { applicantTokenRequestSchema, type TokenResponse } from '../contract.js';
import type { ServerContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import { enforceRateLimit } from '../http/rate-limit.js';
import { parseWith } from '../http/validation.js';
import { issueApplicantToken } from './applicant-tokens.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `POST /sso/demo/token`: stands in for the national single sign-on (VNeID) in a demo. A personal
 * ID number and the demo password (`EGOV_DEMO_CITIZEN_PASSWORD`) give that person's bearer token
 * (OAuth 2.0 password grant, form-encoded or JSON), which `GET /api/v1/me/dossiers` takes. Rate
 * limited per client address like the staff tokens. With an empty demo password the route is
 * not there at all.
 */
export async function demoSsoRoutes(app: FastifyInstance, context: ServerContext): Promise<void> {
  const { db, config } = context;
  if (!config.demoCitizenPassword) return;
  const expected = digest(config.demoCitizenPassword);
  app.post('/sso/demo/token', async (request, reply) => {
    await enforceRateLimit(db, `token:${request.ip}`, config.tokenLimit, 60);
    const body = parseWith(applicantTokenRequestSchema, request.body ?? {});
    const person = validateIdentifier('cccd', body.username);
    // Both checks always run, so a wrong password and an unknown person take the same time.
    const passwordMatches = timingSafeEqual(digest(body.password), expected);
    if (!person.ok || !passwordMatches) {
      throw new ProblemError('unauthorized', { extensions: { error: 'invalid_grant' }, headers: { 'www-authenticate': 'Basic realm="egov-kit-demo-sso"' } });
    }
    const [known] = await db.query<{ name: string }>(
      `SELECT applicant_name AS name FROM dossiers WHERE applicant ->> 'idNumber' = $1 ORDER BY submitted_at DESC LIMIT 1`, [person.value],
    );
    const ttl = config.dossierAccessTtlSeconds;
    const token = issueApplicantToken(context.tokenKey, { idNumber: person.value, ...(known ? { name: known.name } : {}) }, ttl);
    const answer: TokenResponse = { access_token: token, token_type: 'Bearer', expires_in: ttl, scope: 'applicant' };
    return reply.header('cache-control', 'no-store').header('pragma', 'no-cache').send(answer);
  });
}
