import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** Base64url without padding, as JWTs write their parts. */
export const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** The HMAC-SHA256 of `data` under `key`, base64url. */
export function sign(key: Buffer, data: string): string {
  return createHmac('sha256', key).update(data).digest('base64url');
}

/** Whether two signatures are equal, in constant time. */
export function sameSignature(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The claims of a staff access token. */
export interface StaffClaims {
  /** The OAuth client id. */
  sub: string;
  /** The client's display name. */
  name: string;
  /** Granted scopes, space-separated. */
  scope: string;
  iat: number;
  exp: number;
  jti: string;
  aud: 'egov-kit-staff';
}

/** Issues a staff access token: a JWT (HS256) signed with the shared token key. */
export function issueStaffToken(key: Buffer, client: { id: string; name: string }, scopes: readonly string[], ttlSeconds: number, now = Date.now()): { token: string; claims: StaffClaims } {
  const iat = Math.floor(now / 1000);
  const claims: StaffClaims = { sub: client.id, name: client.name, scope: scopes.join(' '), iat, exp: iat + ttlSeconds, jti: randomUUID(), aud: 'egov-kit-staff' };
  const body = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return { token: `${body}.${sign(key, body)}`, claims };
}

/** Why a token was not accepted. */
export type TokenRejection = 'malformed' | 'bad-signature' | 'expired';

/** Verifies a staff token; returns its claims or why it is rejected. */
export function verifyStaffToken(key: Buffer, token: string, now = Date.now()): StaffClaims | TokenRejection {
  const parts = token.split('.');
  if (parts.length !== 3) return 'malformed';
  const [header, payload, signature] = parts as [string, string, string];
  if (!sameSignature(signature, sign(key, `${header}.${payload}`))) return 'bad-signature';
  let claims: StaffClaims;
  try {
    const decodedHeader = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: unknown };
    if (decodedHeader.alg !== 'HS256') return 'malformed';
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as StaffClaims;
  } catch {
    return 'malformed';
  }
  if (claims.aud !== 'egov-kit-staff' || typeof claims.exp !== 'number' || typeof claims.scope !== 'string') return 'malformed';
  return claims.exp * 1000 <= now ? 'expired' : claims;
}

/**
 * Issues a dossier access token: `d1.<code>.<expiry>.<signature>` (code base64url, expiry in epoch
 * seconds, HMAC-SHA256). It opens only that dossier, until it expires.
 */
export function issueDossierToken(key: Buffer, code: string, ttlSeconds: number, now = Date.now()): { token: string; expiresAt: Date } {
  const exp = Math.floor(now / 1000) + ttlSeconds;
  const body = `d1.${base64url(code)}.${exp}`;
  return { token: `${body}.${sign(key, `dossier:${body}`)}`, expiresAt: new Date(exp * 1000) };
}

/** When a dossier access token (already verified) expires. */
export function dossierTokenExpiry(token: string): Date {
  return new Date(Number(token.split('.')[2]) * 1000);
}

/** Verifies a dossier access token for `code`. A token for another dossier is a bad signature as far as callers can tell. */
export function verifyDossierToken(key: Buffer, token: string, code: string, now = Date.now()): 'valid' | TokenRejection {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'd1') return 'malformed';
  const [, encodedCode, exp, signature] = parts as [string, string, string, string];
  if (!sameSignature(signature, sign(key, `dossier:d1.${encodedCode}.${exp}`))) return 'bad-signature';
  if (Buffer.from(encodedCode, 'base64url').toString() !== code) return 'bad-signature';
  return Number(exp) * 1000 <= now ? 'expired' : 'valid';
}
