import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Queryable } from '../db/database.js';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;

/**
 * The key that signs tokens, shared by every server instance: made on first start and kept in the
 * database (`server_settings`). Restarting does not invalidate tokens.
 */
export async function loadTokenKey(db: Queryable): Promise<Buffer> {
  await db.query("INSERT INTO server_settings (key, value) VALUES ('token-key', $1) ON CONFLICT (key) DO NOTHING", [randomBytes(32).toString('base64')]);
  const [row] = await db.query<{ value: string }>("SELECT value FROM server_settings WHERE key = 'token-key'");
  return Buffer.from(row!.value, 'base64');
}

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;

/** Hashes a client secret with scrypt: `scrypt$N$r$p$salt$hash` (base64). */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(secret, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether `secret` matches a {@link hashSecret} hash, in constant time. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(secret, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
