/**
 * What the SDK asks of the runtime, in one place: whether it runs in a browser, random ids and
 * digests. Only web-standard globals, so the same code runs in browsers and Node 20.
 */

/**
 * Whether this code runs in a browser page or worker, where anything the client holds is visible
 * to the visitor: a window with a document, or a worker global scope.
 */
export function isBrowserLike(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown; importScripts?: unknown; WorkerGlobalScope?: unknown };
  return (scope.window !== undefined && scope.document !== undefined)
    || typeof scope.importScripts === 'function' || scope.WorkerGlobalScope !== undefined;
}

/**
 * A random UUID (version 4): `crypto.randomUUID()` where it exists (secure contexts, Node), else
 * built from `crypto.getRandomValues()` (pages served over plain HTTP lack `randomUUID`).
 */
export function randomUuid(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The SHA-256 digest of `bytes`, or `undefined` where Web Crypto is missing (pages over plain HTTP). */
export async function sha256(bytes: BufferSource): Promise<Uint8Array | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  return new Uint8Array(await subtle.digest('SHA-256', bytes));
}

/** Base64 (RFC 4648, padded) of bytes. */
export function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Lower-case hex of bytes. */
export function hexOfBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
