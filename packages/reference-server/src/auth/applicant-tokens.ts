import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem.js';
import { base64url, sameSignature, sign, type TokenRejection } from './tokens.js';

const AUDIENCE = 'egov-kit-applicant';
const REALM = 'Bearer realm="egov-kit-applicant"';

/** The claims of an applicant's token, as a national single sign-on would vouch for them. */
export interface ApplicantClaims {
  /** The person's personal ID number (CCCD), canonical. */
  sub: string;
  /** Their name, when the identity system has it. */
  name?: string;
  iat: number;
  exp: number;
  jti: string;
  aud: typeof AUDIENCE;
}

/** Issues an applicant's token: a JWT (HS256) signed with the shared token key, for `idNumber`. */
export function issueApplicantToken(key: Buffer, person: { idNumber: string; name?: string }, ttlSeconds: number, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const claims: ApplicantClaims = {
    sub: person.idNumber, ...(person.name ? { name: person.name } : {}), iat, exp: iat + ttlSeconds, jti: randomUUID(), aud: AUDIENCE,
  };
  const body = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${body}.${sign(key, `applicant:${body}`)}`;
}

/** Verifies an applicant's token; its claims, or why it is refused. Staff and dossier tokens are refused. */
export function verifyApplicantToken(key: Buffer, token: string, now = Date.now()): ApplicantClaims | TokenRejection {
  const parts = token.split('.');
  if (parts.length !== 3) return 'malformed';
  const [header, payload, signature] = parts as [string, string, string];
  if (!sameSignature(signature, sign(key, `applicant:${header}.${payload}`))) return 'bad-signature';
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Partial<ApplicantClaims>;
    if (claims.aud !== AUDIENCE || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return 'malformed';
    return claims.exp * 1000 <= now ? 'expired' : claims as ApplicantClaims;
  } catch {
    return 'malformed';
  }
}

/** The signed-in applicant of a request (`Authorization: Bearer`, any case); else `unauthorized` (401). */
export function requireApplicant(key: Buffer, request: FastifyRequest): ApplicantClaims {
  const match = /^bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match) throw new ProblemError('unauthorized', { headers: { 'www-authenticate': REALM } });
  const claims = verifyApplicantToken(key, match[1]!);
  if (typeof claims === 'string') {
    const description = claims === 'expired' ? 'The access token expired' : 'The access token is not valid';
    throw new ProblemError('unauthorized', { headers: { 'www-authenticate': `${REALM}, error="invalid_token", error_description="${description}"` } });
  }
  return claims;
}
