/// <reference types="node" />
/**
 * Reading a PDF for verification: the file is read in large pieces, two at a time, so the disk
 * and the copy work while the previous piece is hashed (see {@link RangeHashes}); the signed ranges
 * are hashed in that same pass. Memory: the file once.
 */
import { open } from 'node:fs/promises';
import type { HasherFactory } from '../crypto/digest.js';
import { nodeHasher } from './hasher.js';
import { RangeHashes } from './range-hashes.js';

const PIECE = 4 << 20;

/** A file's bytes and a hasher that already knows the digests of its signed ranges. */
export interface ReadPdf {
  readonly bytes: Uint8Array;
  readonly hasher: HasherFactory;
}

/**
 * Reads `path` whole, hashing its signed ranges on the way. Rejects if it cannot be read or changes
 * size. A pipe or device (`/dev/stdin`) is read to its end and hashed afterwards.
 */
export async function readPdfFile(path: string): Promise<ReadPdf> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { bytes: new Uint8Array(await handle.readFile()), hasher: nodeHasher };
    const { size } = stat;
    const bytes = new Uint8Array(size);
    const hashes = new RangeHashes(bytes);
    const readPiece = async (offset: number): Promise<number> => {
      const end = Math.min(size, offset + PIECE);
      for (let at = offset; at < end;) {
        const { bytesRead } = await handle.read(bytes, at, end - at, at);
        if (bytesRead === 0) throw new Error(`${path}: the file changed while it was read`);
        at += bytesRead;
      }
      return end;
    };
    let next = size > 0 ? readPiece(0) : undefined;
    for (let offset = 0; next;) {
      const end = await next;
      next = end < size ? readPiece(end) : undefined;
      hashes.feed(offset, end);
      offset = end;
    }
    return { bytes, hasher: hashes.hasher };
  } finally {
    await handle.close();
  }
}
