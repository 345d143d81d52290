import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UPLOAD_MAX_BYTES_DEFAULT } from './contract.js';

/** Everything the server can be told; {@link loadConfig} reads it from the environment. */
export interface ServerConfig {
  /** Interface to listen on (`HOST`, default 127.0.0.1; 0.0.0.0 in containers). */
  host: string;
  /** Port (`PORT`, default 8080; 0 picks a free one). */
  port: number;
  /** PostgreSQL URL (`DATABASE_URL`); without it the embedded database is used. */
  databaseUrl?: string;
  /** The embedded database's folder (`EGOV_DATA_DIR`, default `.egov-data` at the repository root). */
  dataDir: string;
  /** PostgreSQL pool size per instance (`EGOV_DB_POOL`, default 10). */
  databasePoolSize: number;
  /** Origins allowed to call the API from browsers (`EGOV_CORS_ORIGINS`, comma-separated; `*` for any; default `*`). */
  corsOrigins: '*' | string[];
  /** Log level (`LOG_LEVEL`: fatal, error, warn, info, debug, trace, silent; default info). */
  logLevel: string;
  /**
   * Which proxies in front may set the client address with `X-Forwarded-For` (`EGOV_TRUST_PROXY`):
   * `false` (default) none; a number, that many hops (`true` means 1, the proxy in front); else the
   * proxies' addresses or CIDR ranges, comma-separated. Never every hop: the left-most address of
   * `X-Forwarded-For` is whatever the client wrote, and the rate limits are keyed on the address.
   */
  trustProxy: false | number | string[];
  /** Failed dossier lookups (wrong verifier or unknown code) allowed per client address per window (`EGOV_LOOKUP_LIMIT`, default 30). */
  lookupLimit: number;
  /** The lookup rate-limit window in seconds (`EGOV_LOOKUP_WINDOW_SECONDS`, default 60). */
  lookupWindowSeconds: number;
  /** Token requests allowed per client address per window (`EGOV_TOKEN_LIMIT`, default 20). */
  tokenLimit: number;
  /** Lifetime of staff access tokens in seconds (`EGOV_TOKEN_TTL_SECONDS`, default 900). */
  staffTokenTtlSeconds: number;
  /** Lifetime of dossier access tokens in seconds (`EGOV_ACCESS_TTL_SECONDS`, default 3600). */
  dossierAccessTtlSeconds: number;
  /** Largest upload in bytes (`EGOV_UPLOAD_MAX_BYTES`, default 20 MiB). */
  uploadMaxBytes: number;
  /**
   * Uploads a client address may start per hour (`EGOV_UPLOAD_LIMIT`, default 100). Uploads need
   * no login and are kept a day, so without it one client could fill the database.
   */
  uploadLimit: number;
  /** Hours an upload not attached to a dossier is kept (`EGOV_UPLOAD_TTL_HOURS`, default 24). */
  uploadTtlHours: number;
  /** Hours an idempotency key is remembered (`EGOV_IDEMPOTENCY_TTL_HOURS`, default 24). */
  idempotencyTtlHours: number;
  /** Seed the catalogue and demo dossiers into an empty database (`EGOV_SEED=false` to skip). */
  seed: boolean;
  /** How many demo dossiers to seed (`EGOV_SEED_DOSSIERS`, default 300). */
  seedDossiers: number;
  /** Seconds between keep-alive comments on event streams (`EGOV_SSE_KEEPALIVE_SECONDS`, default 15). */
  sseKeepAliveSeconds: number;
  /** Demo OAuth client secrets (`EGOV_DEMO_STAFF_SECRET`, `EGOV_DEMO_DESK_SECRET`). */
  demoStaffSecret: string;
  demoDeskSecret: string;
  /**
   * The password of the demo single sign-on (`EGOV_DEMO_CITIZEN_PASSWORD`, default `demo-citizen`):
   * with a personal ID number it gives an applicant's token (`POST /sso/demo/token`). Empty turns
   * the demo sign-on off, as a deployment behind a real national sign-on must.
   */
  demoCitizenPassword: string;
  /**
   * Seconds a whole request (headers and body) may take to arrive (`EGOV_REQUEST_TIMEOUT_SECONDS`,
   * default 120: a 20 MiB chunk at 2 Mbit/s): a body trickling in a byte at a time is cut off with 408.
   */
  requestTimeoutSeconds: number;
  /** Seconds the headers of a request may take to arrive (`EGOV_HEADERS_TIMEOUT_SECONDS`, default 20). */
  headersTimeoutSeconds: number;
  /** Seconds a connection may stay silent, mid-request or between requests (`EGOV_IDLE_TIMEOUT_SECONDS`, default 30). */
  idleTimeoutSeconds: number;
  /** Seconds an idle keep-alive connection is kept for the next request (`EGOV_KEEP_ALIVE_SECONDS`, default 5). */
  keepAliveSeconds: number;
  /**
   * Connections one client address may hold open at once (`EGOV_MAX_CONNECTIONS_PER_CLIENT`,
   * default 64; 0 for no cap). Counted on the socket's address, so it applies only when no proxy is
   * trusted (behind a proxy, cap connections there).
   */
  maxConnectionsPerClient: number;
  /** Event streams one client address may hold open at once (`EGOV_MAX_STREAMS_PER_CLIENT`, default 10). */
  maxStreamsPerClient: number;
  /** Dossiers one client address may submit per window (`EGOV_SUBMISSION_LIMIT`, default 20). */
  submissionLimit: number;
  /** The submission rate-limit window in seconds (`EGOV_SUBMISSION_WINDOW_SECONDS`, default 600). */
  submissionWindowSeconds: number;
  /** Seconds to let in-flight requests finish on shutdown before closing anyway (`EGOV_SHUTDOWN_GRACE_SECONDS`, default 10). */
  shutdownGraceSeconds: number;
  /** A built web portal to serve at `/` (`EGOV_PORTAL_DIR`; relative to where npm was run); none by default. */
  portalDir?: string;
  /**
   * Who may frame the portal's pages: the CSP `frame-ancestors` sources (`EGOV_PORTAL_FRAME_ANCESTORS`,
   * default `'self'`; e.g. `'self' https://*.thainguyen.gov.vn` for agencies that embed it).
   */
  portalFrameAncestors: string;
}

/** A path as the person typed it: relative to where they ran npm (`INIT_CWD`), else to the working directory. */
export function resolveFromInvocation(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}

/** The folder of the monorepo (the one with `lerna.json`) above this package, or the working directory. */
export function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'lerna.json'))) return dir;
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { workspaces?: unknown }).workspaces) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return process.cwd();
}

function int(value: string | undefined, fallback: number, name: string, min = 0): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) throw new RangeError(`${name} must be a whole number ≥ ${min}, not ${JSON.stringify(value)}`);
  return parsed;
}

function proxies(value: string | undefined): ServerConfig['trustProxy'] {
  const text = (value ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(text)) return false;
  if (['true', 'yes', 'on'].includes(text)) return 1;
  if (/^\d+$/.test(text)) return Number(text);
  return text.split(',').map((address) => address.trim()).filter(Boolean);
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

/**
 * Reads the configuration from environment variables (see {@link ServerConfig} for each one),
 * then applies `overrides`.
 * @throws RangeError for a malformed number.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const origins = (env.EGOV_CORS_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean);
  const config: ServerConfig = {
    host: env.HOST ?? '127.0.0.1',
    port: int(env.PORT, 8080, 'PORT'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: resolve(env.EGOV_DATA_DIR ?? join(repositoryRoot(), '.egov-data')),
    databasePoolSize: int(env.EGOV_DB_POOL, 10, 'EGOV_DB_POOL', 1),
    corsOrigins: origins.length === 0 || origins.includes('*') ? '*' : origins,
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: proxies(env.EGOV_TRUST_PROXY),
    lookupLimit: int(env.EGOV_LOOKUP_LIMIT, 30, 'EGOV_LOOKUP_LIMIT', 1),
    lookupWindowSeconds: int(env.EGOV_LOOKUP_WINDOW_SECONDS, 60, 'EGOV_LOOKUP_WINDOW_SECONDS', 1),
    tokenLimit: int(env.EGOV_TOKEN_LIMIT, 20, 'EGOV_TOKEN_LIMIT', 1),
    staffTokenTtlSeconds: int(env.EGOV_TOKEN_TTL_SECONDS, 900, 'EGOV_TOKEN_TTL_SECONDS', 1),
    dossierAccessTtlSeconds: int(env.EGOV_ACCESS_TTL_SECONDS, 3600, 'EGOV_ACCESS_TTL_SECONDS', 1),
    uploadMaxBytes: int(env.EGOV_UPLOAD_MAX_BYTES, UPLOAD_MAX_BYTES_DEFAULT, 'EGOV_UPLOAD_MAX_BYTES', 1),
    uploadLimit: int(env.EGOV_UPLOAD_LIMIT, 100, 'EGOV_UPLOAD_LIMIT', 1),
    uploadTtlHours: int(env.EGOV_UPLOAD_TTL_HOURS, 24, 'EGOV_UPLOAD_TTL_HOURS', 1),
    idempotencyTtlHours: int(env.EGOV_IDEMPOTENCY_TTL_HOURS, 24, 'EGOV_IDEMPOTENCY_TTL_HOURS', 1),
    seed: bool(env.EGOV_SEED, true),
    seedDossiers: int(env.EGOV_SEED_DOSSIERS, 300, 'EGOV_SEED_DOSSIERS'),
    sseKeepAliveSeconds: int(env.EGOV_SSE_KEEPALIVE_SECONDS, 15, 'EGOV_SSE_KEEPALIVE_SECONDS', 1),
    demoStaffSecret: env.EGOV_DEMO_STAFF_SECRET ?? 'demo-staff-secret',
    demoDeskSecret: env.EGOV_DEMO_DESK_SECRET ?? 'demo-desk-secret',
    demoCitizenPassword: env.EGOV_DEMO_CITIZEN_PASSWORD ?? 'demo-citizen',
    requestTimeoutSeconds: int(env.EGOV_REQUEST_TIMEOUT_SECONDS, 120, 'EGOV_REQUEST_TIMEOUT_SECONDS', 1),
    headersTimeoutSeconds: int(env.EGOV_HEADERS_TIMEOUT_SECONDS, 20, 'EGOV_HEADERS_TIMEOUT_SECONDS', 1),
    idleTimeoutSeconds: int(env.EGOV_IDLE_TIMEOUT_SECONDS, 30, 'EGOV_IDLE_TIMEOUT_SECONDS', 1),
    keepAliveSeconds: int(env.EGOV_KEEP_ALIVE_SECONDS, 5, 'EGOV_KEEP_ALIVE_SECONDS', 1),
    maxConnectionsPerClient: int(env.EGOV_MAX_CONNECTIONS_PER_CLIENT, 64, 'EGOV_MAX_CONNECTIONS_PER_CLIENT'),
    maxStreamsPerClient: int(env.EGOV_MAX_STREAMS_PER_CLIENT, 10, 'EGOV_MAX_STREAMS_PER_CLIENT', 1),
    submissionLimit: int(env.EGOV_SUBMISSION_LIMIT, 20, 'EGOV_SUBMISSION_LIMIT', 1),
    submissionWindowSeconds: int(env.EGOV_SUBMISSION_WINDOW_SECONDS, 600, 'EGOV_SUBMISSION_WINDOW_SECONDS', 1),
    shutdownGraceSeconds: int(env.EGOV_SHUTDOWN_GRACE_SECONDS, 10, 'EGOV_SHUTDOWN_GRACE_SECONDS'),
    portalFrameAncestors: env.EGOV_PORTAL_FRAME_ANCESTORS?.trim() || "'self'",
    ...(env.EGOV_PORTAL_DIR ? { portalDir: resolveFromInvocation(env.EGOV_PORTAL_DIR, env) } : {}),
  };
  return { ...config, ...overrides };
}
