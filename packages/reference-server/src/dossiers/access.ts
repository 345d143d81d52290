import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { apiHeaders, verifierCandidates, type DossierAccess } from '../contract.js';
import type { ServerContext } from '../context.js';
import { dossierTokenExpiry, issueDossierToken, verifyDossierToken } from '../auth/tokens.js';
import { bearerTokenOf } from '../auth/guard.js';
import { ProblemError } from '../http/problem.js';
import { rateLimited, rateLimitHeaders, rateLimitState, WINDOW_RESET_SQL, type RateLimitState } from '../http/rate-limit.js';
import type { DossierCache } from './cache.js';
import { verifierKey, type CachedDossier, type VerifierKeys } from './cached-dossier.js';
import { COUNT_LOOKUP_FAILURE_SQL, LOOKUP_FAILURES_CHANNEL, lookupFailureKey, type LookupFailures } from './lookup-failures.js';

/** What dossier access needs from the server. */
export interface DossierAccessContext {
  db: Database;
  dossiers: DossierCache;
  lookupFailures: LookupFailures;
  tokenKey: Buffer;
  accessTtlSeconds: number;
  lookupLimit: number;
  lookupWindowSeconds: number;
}

/** The dossier access context of a server. */
export function dossierAccessOf(context: ServerContext): DossierAccessContext {
  const { config, events } = context;
  return {
    db: context.db, dossiers: events.dossiers, lookupFailures: events.lookupFailures, tokenKey: context.tokenKey,
    accessTtlSeconds: config.dossierAccessTtlSeconds, lookupLimit: config.lookupLimit, lookupWindowSeconds: config.lookupWindowSeconds,
  };
}

/** What an unknown code is compared against, so it takes the same work as a known one. */
const NOBODY: VerifierKeys = { phone: verifierKey('+84000000000'), idNumber: verifierKey('000000000000') };

/**
 * Whether a verifier (as the keys of the phone and ID number it spells) opens a dossier. Both
 * comparisons always run, in constant time, against stand-ins when there is no dossier.
 */
function opens(verifier: VerifierKeys, dossier: { verifiers: VerifierKeys } | undefined): boolean {
  const applicant = dossier?.verifiers ?? NOBODY;
  const phone = timingSafeEqual(verifier.phone, applicant.phone);
  const id = timingSafeEqual(verifier.idNumber, applicant.idNumber);
  return dossier !== undefined && (phone || id);
}

/**
 * The verifier keys of dossier `code` as stored, `undefined` if there is none: one indexed read
 * of two values, the same work whether the code is known or not (reading the whole dossier, and
 * caching it, only for a wrong verifier would make the failure slower for known codes).
 */
async function storedVerifiers(db: Database, code: string): Promise<{ verifiers: VerifierKeys } | undefined> {
  const [row] = await db.query<{ phone: string | null; idNumber: string | null }>(
    `SELECT applicant ->> 'phone' AS phone, applicant ->> 'idNumber' AS "idNumber" FROM dossiers WHERE code = $1`, [code],
  );
  return row ? { verifiers: { phone: verifierKey(row.phone ?? undefined), idNumber: verifierKey(row.idNumber ?? undefined) } } : undefined;
}

function verifierKeys(verifier: string): VerifierKeys {
  const candidates = verifierCandidates(verifier);
  return { phone: verifierKey(candidates.phone), idNumber: verifierKey(candidates.idNumber) };
}

/** The access token a request carries: `Authorization: Bearer`, or `?access_token=`. */
function accessTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const token = bearerTokenOf(header);
  if (token !== undefined) return token;
  const query = (request.query as Record<string, unknown> | undefined)?.[apiHeaders.accessTokenQuery];
  return typeof query === 'string' ? query : undefined;
}

/** An opened dossier, and the rate-limit state when a verifier was used. */
export interface OpenedDossier {
  dossier: CachedDossier;
  rateLimit?: RateLimitState;
  /** Whether it was opened with the verifier (the answer then carries a fresh token). */
  byVerifier: boolean;
  /**
   * The token it was opened with, answered back as it is: a token never renews itself, or whoever
   * holds one (a leaked link) would keep access forever. Only the verifier mints a fresh one.
   */
  presented?: DossierAccess;
}

/**
 * The failed lookups a client has to its name: from this instance's copy of the counts, or, when
 * that cannot vouch for them (notifications interrupted), from the database.
 */
async function failuresOf(context: DossierAccessContext, key: string): Promise<RateLimitState> {
  const known = context.lookupFailures.state(key, context.lookupWindowSeconds);
  const counted = known ?? (await context.db.query<{ hits: number; reset: number }>(
    `SELECT hits, ${WINDOW_RESET_SQL} AS reset FROM rate_limits WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
    [key, context.lookupWindowSeconds],
  ))[0] ?? { hits: 0, reset: context.lookupWindowSeconds };
  return rateLimitState(counted, context.lookupLimit, context.lookupWindowSeconds);
}

/** Counts a failed lookup in the database (announcing it to every instance) and in this instance's copy at once. */
async function countFailure(context: DossierAccessContext, key: string): Promise<RateLimitState> {
  const [row] = await context.db.query<{ hits: number; reset: number; windowStart: number; ageMs: number }>(
    COUNT_LOOKUP_FAILURE_SQL, [key, context.lookupWindowSeconds, LOOKUP_FAILURES_CHANNEL],
  );
  if (row) context.lookupFailures.record({ key, hits: row.hits, windowStart: row.windowStart, ageMs: row.ageMs });
  return rateLimitState(row, context.lookupLimit, context.lookupWindowSeconds);
}

/**
 * Opens dossier `code` with a verifier. A client over the limit of failed lookups is refused with
 * `rate-limited`, whatever it sends. A verifier that opens the cached dossier answers from memory.
 * Anything else is decided by the database: the dossier is read again, and if the verifier does
 * not open it either, the failure is counted there (shared by every instance) and the answer is
 * `dossier-not-found`, exactly as for an unknown code. So every failure, whether the code is
 * unknown or the verifier wrong, cached or not, costs the same work: one read, one count.
 */
async function openWithVerifier(context: DossierAccessContext, ip: string, code: string, verifier: string): Promise<OpenedDossier> {
  const key = lookupFailureKey(ip);
  const before = await failuresOf(context, key);
  // Guesses sent all at once would each pass a check made before any of them is counted: a test
  // under way holds one of the failures left until its outcome is known.
  if (before.remaining - context.lookupFailures.testing(key) <= 0) throw rateLimited({ ...before, remaining: 0, allowed: false });
  const keys = verifierKeys(verifier.trim());
  const cached = context.dossiers.peek(code);
  if (opens(keys, cached)) return { dossier: cached!, rateLimit: before, byVerifier: true };
  const done = context.lookupFailures.startTest(key);
  try {
    if (opens(keys, await storedVerifiers(context.db, code))) {
      const stored = await context.dossiers.read(code);
      if (stored && opens(keys, stored)) return { dossier: stored, rateLimit: before, byVerifier: true };
    }
    const after = await countFailure(context, key);
    // Over the limit already (another instance's failures had not reached this one): refused.
    if (!after.allowed) throw rateLimited(after);
    throw new ProblemError('dossier-not-found', { headers: rateLimitHeaders(after) });
  } finally {
    done();
  }
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
  if (typeof verifier === 'string') return openWithVerifier(context, request.ip, code, verifier);
  const token = accessTokenOf(request);
  if (token === undefined) throw new ProblemError('unauthorized', { headers: { 'www-authenticate': 'Bearer realm="egov-kit-dossier"' } });
  const verdict = verifyDossierToken(context.tokenKey, token, code, now.getTime());
  if (verdict === 'expired') throw new ProblemError('dossier-access-expired', { headers: { 'www-authenticate': 'Bearer realm="egov-kit-dossier", error="invalid_token"' } });
  if (verdict !== 'valid') throw new ProblemError('dossier-not-found');
  const dossier = context.dossiers.peek(code) ?? await context.dossiers.read(code);
  if (!dossier) throw new ProblemError('dossier-not-found');
  return { dossier, byVerifier: false, presented: { token, expiresAt: vietnamIso(dossierTokenExpiry(token)) } };
}

/** A fresh access token for a dossier, as the API answers it. It depends only on the second of `now`. */
export function accessFor(context: Pick<DossierAccessContext, 'tokenKey' | 'accessTtlSeconds'>, code: string, now = new Date()): DossierAccess {
  const { token, expiresAt } = issueDossierToken(context.tokenKey, code, context.accessTtlSeconds, now.getTime());
  return { token, expiresAt: vietnamIso(expiresAt) };
}

/** An instant written in Vietnam's offset, as the API writes instants. */
export function vietnamIso(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().replace('Z', '+07:00');
}
