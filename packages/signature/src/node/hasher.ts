/// <reference types="node" />
/** A streaming hash for Node: the signed bytes are hashed in place, never copied. */
import { createHash } from 'node:crypto';
import type { HasherFactory } from '../crypto/digest.js';

const NAMES = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const;

/** Hashing with `node:crypto`, incrementally. */
export const nodeHasher: HasherFactory = (algorithm) => {
  const hash = createHash(NAMES[algorithm]);
  return {
    update(bytes) {
      hash.update(bytes);
    },
    async digest() {
      return new Uint8Array(hash.digest());
    },
  };
};
