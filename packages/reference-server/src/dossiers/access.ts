import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { apiHeaders, verifierCandidates } from '../contract.js';
import { issueDossierToken, verifyDossierToken } from '../auth/tokens.js';
import { ProblemError } from '../http/problem.js';
import { COUNT_REQUEST_SQL, rateLimited, rateLimitHeaders, rateLimitState, type RateLimitState } from '../http/rate-limit.js';
import { loadDossier, type DossierRecord } from './repository.js';

/** What dossier access needs from the server. */
export interface DossierAccessContext {
  db: Database;
  tokenKey: Buffer;
  accessTtlSeconds: number;
  lookupLimit: number;
  lookupWindowSeconds: number;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares two texts in constant time (through their digests). */
function sameText(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** The stand-ins an unknown code is compared against, so it takes as long as a known one. */
const NOBODY = { phone: '+84000000000', idNumber: '000000000000' };

/**
 * Whether a verifier opens a dossier: it spells the applicant's phone or ID number. Both
 * comparisons always run, in constant time, against stand-ins when there is no dossier.
 */
function verifierMatches(verifier: string, record: DossierRecord | undefined): boolean {
  const candidates = verifierCandidates(verifier);
  const applicant = record?.applicant ?? NOBODY;
  const phone = sameText(candidates.phone ?? '', applicant.phone);
  const id = sameText(candidates.idNumber ?? '', applicant.idNumber);
  return record !== undefined && (phone || id);
}

/** The access token a request carries: `Authorization: Bearer`, or `?access_token=`. */
function accessTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const query = (request.query as Record<string, unknown> | undefined)?.[apiHeaders.accessTokenQuery];
  return typeof query === 'string' ? query : undefined;
}

/** An opened dossier, and the rate-limit state when a verifier was used. */
export interface OpenedDossier {
  record: DossierRecord;
  rateLimit?: RateLimitState;
  /** Whether it was opened with the verifier (the answer then carries a fresh token). */
  byVerifier: boolean;
}

/**
 * Opens dossier `code` for the applicant: with the verifier header (a wrong verifier is exactly
 * `dossier-not-found`, like an unknown code; failures are counted per client address and a client
 * over the limit is refused with `rate-limited` whatever it sends), or with an
 * access token (a bad token is `dossier-not-found` too; an expired one `dossier-access-expired`).
 * Without either, `unauthorized`, whatever the code.
 */
export async function openDossier(context: DossierAccessContext, request: FastifyRequest, code: string, now = new Date()): Promise<OpenedDossier> {
  const verifier = request.headers[apiHeaders.dossierVerifier.toLowerCase()];
  if (typeof verifier === 'string') {
    // Failed verifications are what the limit counts (they are what guessing produces). One read
    // gets the dossier and this client's count; only a failure writes.
    const key = `lookup:${request.ip}`;
    const [row] = await context.db.query<{ hits: number | null; reset: number | null; record: DossierRecord | null }>(
      `SELECT d.record, r.hits, GREATEST(1, CEIL(EXTRACT(EPOCH FROM (r.window_start + make_interval(secs => $3) - now()))))::int AS reset
       FROM (VALUES (1)) AS one
       LEFT JOIN dossiers d ON d.code = $1
       LEFT JOIN rate_limits r ON r.key = $2 AND r.window_start > now() - make_interval(secs => $3)`,
      [code, key, context.lookupWindowSeconds],
    );
    const before = rateLimitState({ hits: row?.hits ?? 0, reset: row?.reset ?? context.lookupWindowSeconds }, context.lookupLimit, context.lookupWindowSeconds);
    if (before.remaining === 0) throw rateLimited({ ...before, allowed: false });
    const record = row?.record ?? undefined;
    if (!verifierMatches(verifier.trim(), record)) {
      const after = rateLimitState((await context.db.query<{ hits: number; reset: number }>(COUNT_REQUEST_SQL, [key, context.lookupWindowSeconds]))[0],
        context.lookupLimit, context.lookupWindowSeconds);
      throw new ProblemError('dossier-not-found', { headers: rateLimitHeaders(after) });
    }
    const rateLimit = before;
    return { record: record!, rateLimit, byVerifier: true };
  }
  const token = accessTokenOf(request);
  if (token === undefined) throw new ProblemError('unauthorized', { headers: { 'www-authenticate': 'Bearer realm="egov-kit-dossier"' } });
  const verdict = verifyDossierToken(context.tokenKey, token, code, now.getTime());
  if (verdict === 'expired') throw new ProblemError('dossier-access-expired', { headers: { 'www-authenticate': 'Bearer realm="egov-kit-dossier", error="invalid_token"' } });
  if (verdict !== 'valid') throw new ProblemError('dossier-not-found');
  const record = await loadDossier(context.db, code);
  if (!record) throw new ProblemError('dossier-not-found');
  return { record, byVerifier: false };
}

/** A fresh access token for a dossier, as the API answers it. */
export function accessFor(context: Pick<DossierAccessContext, 'tokenKey' | 'accessTtlSeconds'>, code: string, now = new Date()): { token: string; expiresAt: string } {
  const { token, expiresAt } = issueDossierToken(context.tokenKey, code, context.accessTtlSeconds, now.getTime());
  return { token, expiresAt: vietnamIso(expiresAt) };
}

/** An instant written in Vietnam's offset, as the API writes instants. */
export function vietnamIso(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().replace('Z', '+07:00');
}
