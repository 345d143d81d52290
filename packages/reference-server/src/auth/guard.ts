import type { FastifyRequest } from 'fastify';
import type { StaffScope } from '../contract.js';
import { ProblemError } from '../http/problem.js';
import { verifyStaffToken, type StaffClaims } from './tokens.js';

const REALM = 'Bearer realm="egov-kit-staff"';

/** The token of an `Authorization: Bearer …` header (the scheme in any case, RFC 9110 §11.1), if any. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  return /^bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')?.[1];
}

/**
 * The staff token of a request, if it carries `scope`. No token, a bad or expired one:
 * `unauthorized` (401); a valid one without the scope: `insufficient-scope` (403).
 */
export function requireScope(tokenKey: Buffer, request: FastifyRequest, scope: StaffScope): StaffClaims {
  const token = bearerTokenOf(request.headers.authorization);
  if (token === undefined) throw new ProblemError('unauthorized', { headers: { 'www-authenticate': REALM } });
  const claims = verifyStaffToken(tokenKey, token);
  if (typeof claims === 'string') {
    const description = claims === 'expired' ? 'The access token expired' : 'The access token is not valid';
    throw new ProblemError('unauthorized', { headers: { 'www-authenticate': `${REALM}, error="invalid_token", error_description="${description}"` } });
  }
  if (!claims.scope.split(' ').includes(scope)) {
    throw new ProblemError('insufficient-scope', {
      params: { scope },
      headers: { 'www-authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"` },
    });
  }
  return claims;
}
