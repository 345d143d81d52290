/**
 * Message digests. The engine hashes through a {@link HasherFactory} so that Node can plug in a
 * streaming hash (no copy of the signed bytes) while browsers use WebCrypto.
 */
import { OID } from './oids.js';

/** The digest algorithms WebCrypto offers. */
export type DigestAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/** An incremental hash. `update` may keep a reference to the bytes until `digest` is called. */
export interface Hasher {
  update(bytes: Uint8Array): void;
  digest(): Promise<Uint8Array>;
}

/** Creates a {@link Hasher} for an algorithm. */
export type HasherFactory = (algorithm: DigestAlgorithm) => Hasher;

/**
 * Hashing with WebCrypto (`globalThis.crypto.subtle`). WebCrypto cannot hash in pieces, so the
 * pieces are joined once when there is more than one.
 */
export const webCryptoHasher: HasherFactory = (algorithm) => {
  const parts: Uint8Array[] = [];
  return {
    update(bytes) {
      parts.push(bytes);
    },
    async digest() {
      let data: Uint8Array;
      if (parts.length === 1) {
        data = parts[0]!;
      } else {
        let length = 0;
        for (const p of parts) length += p.length;
        data = new Uint8Array(length);
        let at = 0;
        for (const p of parts) {
          data.set(p, at);
          at += p.length;
        }
      }
      parts.length = 0;
      return new Uint8Array(await globalThis.crypto.subtle.digest(algorithm, data as Uint8Array<ArrayBuffer>));
    },
  };
};

/**
 * WebCrypto hashing for callers that own the bytes (the Web Worker, which works on its own copy):
 * when the two pieces of a signed range are slices of one buffer with the unsigned gap between
 * them at least as long as the second piece — as in every PDF signature, where the gap is the
 * signature value — the second piece is moved into the gap, the contiguous bytes are hashed
 * without any copy of the large first piece, and the gap is put back. Never use it on bytes that
 * something else reads at the same time.
 */
export const inPlaceWebCryptoHasher: HasherFactory = (algorithm) => {
  const parts: Uint8Array[] = [];
  const fallback = webCryptoHasher(algorithm);
  return {
    update(bytes) {
      parts.push(bytes);
    },
    async digest() {
      const [first, second] = parts;
      const adjacentGap = parts.length === 2 && first && second && first.buffer === second.buffer
        && second.byteOffset >= first.byteOffset + first.length + second.length;
      if (!adjacentGap) {
        for (const p of parts) fallback.update(p);
        return fallback.digest();
      }
      const whole = new Uint8Array(first.buffer, first.byteOffset, first.length + second.length);
      const saved = whole.slice(first.length);
      whole.set(second, first.length);
      try {
        return new Uint8Array(await globalThis.crypto.subtle.digest(algorithm, whole as Uint8Array<ArrayBuffer>));
      } finally {
        whole.set(saved, first.length);
      }
    },
  };
};

/** Hashes `parts` in order with `factory`. */
export async function digestParts(algorithm: DigestAlgorithm, parts: readonly Uint8Array[], factory: HasherFactory = webCryptoHasher): Promise<Uint8Array> {
  const hasher = factory(algorithm);
  for (const part of parts) hasher.update(part);
  return hasher.digest();
}

const BY_OID: Record<string, DigestAlgorithm> = {
  [OID.sha1]: 'SHA-1',
  [OID.sha256]: 'SHA-256',
  [OID.sha384]: 'SHA-384',
  [OID.sha512]: 'SHA-512',
};

const NAMES: Record<string, string> = {
  [OID.sha1]: 'SHA-1',
  [OID.sha224]: 'SHA-224',
  [OID.sha256]: 'SHA-256',
  [OID.sha384]: 'SHA-384',
  [OID.sha512]: 'SHA-512',
  [OID.sha3_256]: 'SHA3-256',
  [OID.sha3_384]: 'SHA3-384',
  [OID.sha3_512]: 'SHA3-512',
  [OID.md5]: 'MD5',
  [OID.md2]: 'MD2',
};

/** The digest algorithm an OID names, when WebCrypto supports it. */
export function digestAlgorithmFromOid(oid: string): DigestAlgorithm | undefined {
  return BY_OID[oid];
}

/** A display name for a digest OID (`'SHA-256'`, `'MD5'`, or the OID itself). */
export function digestName(oid: string): string {
  return NAMES[oid] ?? oid;
}

/** The OID of a digest algorithm. */
export function digestOid(algorithm: DigestAlgorithm): string {
  return { 'SHA-1': OID.sha1, 'SHA-256': OID.sha256, 'SHA-384': OID.sha384, 'SHA-512': OID.sha512 }[algorithm];
}
