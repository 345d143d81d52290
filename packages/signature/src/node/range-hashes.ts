/// <reference types="node" />
/**
 * Hashing signed ranges while a file is read, in the same pass. As the bytes arrive, every
 * `/ByteRange [0 a b c]` in them is noted; a running SHA-256 of the file's prefix is forked at each
 * `a`, and the fork is fed `[b, b + c)` as it goes by. When the engine later asks to hash exactly
 * those two ranges of the same buffer with SHA-256, the digest is ready; anything else (another
 * algorithm, a range announced after its start was read, other data) is hashed as usual. The
 * digests are of the very bytes the engine reads, so nothing is taken on trust.
 */
import { createHash, type Hash } from 'node:crypto';
import type { HasherFactory } from '../crypto/digest.js';
import { nodeHasher } from './hasher.js';

interface Job {
  readonly start2: number;
  readonly end: number;
  /** The running hash forked at the end of the first range; absent until then. */
  hash?: Hash;
  digest?: Uint8Array;
}

const BYTE_RANGE = Buffer.from('/ByteRange');
/** How far back a `/ByteRange` array may start before the chunk that completes it. */
const OVERLAP = 128;
const MAX_JOBS = 64;
/**
 * The bytes all second ranges may add, as a multiple of the file: a signature's second range is
 * the short tail of its revision, so this only stops a file that announces many long fake ranges
 * from making the read hash it over and over.
 */
const EXTRA_HASHING = 2;

/** The signed ranges of one file, hashed as the file is read. */
export class RangeHashes {
  private readonly running = createHash('sha256');
  /** Jobs by `"a b c"`, the first range being `[0, a)`. */
  private readonly jobs = new Map<string, Job>();
  private fed = 0;
  private scheduled = 0;
  /** Bytes given to a hash so far, all hashes together (the read's hashing work). */
  hashed = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Takes in `bytes[from, to)`, which must follow what was fed before. */
  feed(from: number, to: number): void {
    this.notice(Math.max(0, from - OVERLAP), to);
    const pending = [...this.jobs.entries()].filter(([, job]) => !job.hash).map(([key, job]) => ({ a: Number(key.split(' ')[0]), job }))
      .filter(({ a }) => a >= from && a < to).sort((x, y) => x.a - y.a);
    let at = from;
    for (const { a, job } of pending) {
      this.running.update(this.bytes.subarray(at, a));
      job.hash = this.running.copy();
      at = a;
    }
    this.running.update(this.bytes.subarray(at, to));
    this.hashed += to - from;
    for (const job of this.jobs.values()) {
      const start = Math.max(job.start2, from);
      const end = Math.min(job.end, to);
      if (job.hash && !job.digest && start < end) {
        job.hash.update(this.bytes.subarray(start, end));
        this.hashed += end - start;
      }
      if (job.hash && !job.digest && job.end <= to) job.digest = new Uint8Array(job.hash.digest());
    }
    this.fed = to;
  }

  /** Registers the byte ranges announced in `bytes[from, to)` whose first range has not ended yet. */
  private notice(from: number, to: number): void {
    const view = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, to);
    for (let at = view.indexOf(BYTE_RANGE, from); at >= 0 && this.jobs.size < MAX_JOBS; at = view.indexOf(BYTE_RANGE, at + 1)) {
      const text = view.toString('latin1', at + BYTE_RANGE.length, Math.min(to, at + BYTE_RANGE.length + 80));
      const match = /^\s*\[\s*0\s+(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s*\]/.exec(text);
      if (!match) continue;
      const [a, b, c] = match.slice(1).map(Number) as [number, number, number];
      const key = `${a} ${b} ${c}`;
      if (a < this.fed || b < a || b + c > this.bytes.length || this.jobs.has(key)) continue;
      if (this.scheduled + c > EXTRA_HASHING * this.bytes.length) continue;
      this.scheduled += c;
      this.jobs.set(key, { start2: b, end: b + c });
    }
  }

  /**
   * A hasher for the engine: the digest of ranges hashed while reading, else `nodeHasher`'s. Only
   * once the whole file has been fed.
   */
  readonly hasher: HasherFactory = (algorithm) => {
    const parts: Uint8Array[] = [];
    return {
      update: (bytes) => {
        parts.push(bytes);
      },
      digest: async () => {
        const ready = algorithm === 'SHA-256' ? this.ready(parts) : undefined;
        if (ready) return ready;
        const fallback = nodeHasher(algorithm);
        for (const part of parts) fallback.update(part);
        return fallback.digest();
      },
    };
  };

  private ready(parts: readonly Uint8Array[]): Uint8Array | undefined {
    const [first, second] = parts;
    if (parts.length !== 2 || !first || !second || first.buffer !== this.bytes.buffer || second.buffer !== this.bytes.buffer) return undefined;
    const base = this.bytes.byteOffset;
    if (first.byteOffset !== base) return undefined;
    const digest = this.jobs.get(`${first.length} ${second.byteOffset - base} ${second.length}`)?.digest;
    return digest ? digest.slice() : undefined;
  }
}
