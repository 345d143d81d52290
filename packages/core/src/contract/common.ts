import * as z from 'zod/mini';
import { nfcText } from '../schemas/common.js';

/** The API's base path; every contract path below is relative to it. */
export const API_BASE_PATH = '/api/v1';

/** The HTTP headers the contract names, spelled as the server sends and reads them. */
export const apiHeaders = {
  /** Required on `POST /dossiers`: the client's key for one logical submission. */
  idempotencyKey: 'Idempotency-Key',
  /** Sent back with a replayed answer: `true`. */
  idempotencyReplayed: 'Idempotency-Replayed',
  /** The second factor of a dossier lookup: the applicant's phone or ID number. */
  dossierVerifier: 'X-Dossier-Verifier',
  /** The query parameter that carries a dossier access token where headers cannot (EventSource, links). */
  accessTokenQuery: 'access_token',
} as const;

/**
 * A non-blank text of at most `max` characters, trimmed and stored in NFC; control characters
 * (except tab and line breaks in `multiline` text) and lone surrogates are refused with a field
 * error (`form.error.control-character`, `form.error.invalid-character`).
 */
export function nfcTextSchema(max: number, options: { multiline?: boolean } = {}) {
  return nfcText(max, options);
}

/** An instant, ISO 8601 with its offset (`2026-11-24T09:30:00.000+07:00`). */
export const instantSchema = z.iso.datetime({ offset: true });

/**
 * An opaque pagination cursor. Pass it back unchanged as `cursor` to get the next page; a page
 * without `nextCursor` is the last one.
 */
export const cursorSchema = z.string().check(z.minLength(1), z.maxLength(512), z.regex(/^[A-Za-z0-9_-]+$/));

/** How many items a page holds when `limit` is not given, and the most it may ask for. */
export const PAGE_LIMIT_DEFAULT = 20;
export const PAGE_LIMIT_MAX = 100;

/** The `limit` query parameter: a whole number from 1 to {@link PAGE_LIMIT_MAX} (query text is coerced). */
export const pageLimitSchema = z.coerce.number().check(z.gte(1), z.lte(PAGE_LIMIT_MAX), z.multipleOf(1));

/** A page of items and, unless it is the last, the cursor of the next one. */
export function pageSchema<T extends z.core.SomeType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.optional(cursorSchema) });
}

/**
 * An `Idempotency-Key`: 8 to 255 visible ASCII characters (a UUID is a good key). The same key with
 * the same body returns the first answer; with another body it is refused.
 */
export const idempotencyKeySchema = z.string().check(z.minLength(8), z.maxLength(255), z.regex(/^[\x21-\x7e]+$/));

/** A media type such as `application/pdf`, lower case, without parameters. */
export const plainMediaTypeSchema = z.string().check(
  z.maxLength(255), z.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/),
);

/** A SHA-256 digest in lower-case hex. */
export const sha256HexSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/));
