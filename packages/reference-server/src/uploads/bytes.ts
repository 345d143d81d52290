import { createHash } from 'node:crypto';
import { constants, mkdirSync } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Database } from '../db/database.js';
import { asBuffer } from '../db/database.js';

/** Where a chunk's bytes go while it arrives; nothing counts until the upload's offset moves. */
export interface UploadWriter {
  /** Writes `parts`, in order, after what this writer wrote so far. */
  write(parts: readonly Buffer[]): Promise<void>;
  /** Makes what was written durable, and lets go of the file. */
  finish(): Promise<void>;
}

/**
 * Where upload bytes are kept, apart from their metadata (the `uploads` row, whose `received`
 * says how many bytes count). Bytes past `received` are left over from a chunk that failed or a
 * process that died; a writer drops them before writing.
 */
export interface UploadByteStore {
  /** `files` (a folder beside the embedded database) or `database` (PostgreSQL, shared by every instance). */
  readonly kind: 'files' | 'database';
  /** Starts writing upload `id` at `offset`, dropping any bytes at or past it. */
  open(id: string, offset: number): Promise<UploadWriter>;
  /** The SHA-256 (hex) of the upload's first `size` bytes, and their first 16 (to sniff the type). */
  digest(id: string, size: number): Promise<UploadDigest>;
  /** Deletes the bytes of these uploads. */
  remove(ids: readonly string[]): Promise<void>;
}

/** What {@link UploadByteStore.digest} gives. */
export interface UploadDigest {
  sha256: string;
  head: Buffer;
}

/** Bytes are written, read and stored in pieces of this size: the memory one upload holds. */
export const UPLOAD_PIECE_BYTES = 1024 * 1024;

/** Upload ids are random base64url: anything else never names a file. */
function fileName(id: string): string {
  if (!/^[\w-]{1,64}$/.test(id)) throw new RangeError('Not an upload id');
  return id;
}

/**
 * Upload bytes as files in `<dataDir>/uploads`, one per upload, for the embedded database: its one
 * thread then never carries them. Written in place at their offset and `fsync`ed before the
 * offset moves, so the offset a restarted server reports is always backed by bytes on disk.
 */
export class FileUploadBytes implements UploadByteStore {
  readonly kind = 'files';
  readonly folder: string;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'uploads');
    mkdirSync(this.folder, { recursive: true });
  }

  async open(id: string, offset: number): Promise<UploadWriter> {
    const file: FileHandle = await open(join(this.folder, fileName(id)), constants.O_RDWR | constants.O_CREAT, 0o600);
    let position = offset;
    try {
      await file.truncate(offset);
    } catch (error) {
      await file.close();
      throw error;
    }
    const folder = this.folder;
    return {
      async write(parts) {
        const length = parts.reduce((sum, part) => sum + part.length, 0);
        const { bytesWritten } = await file.writev(parts, position);
        if (bytesWritten !== length) throw new Error(`short write to upload ${id}: ${bytesWritten} of ${length} bytes (disk full?)`);
        position += length;
      },
      async finish() {
        try {
          await file.sync();
        } finally {
          await file.close();
        }
        // A file's first bytes also need its name made durable.
        if (offset === 0) await syncFolder(folder);
      },
    };
  }

  digest(id: string, size: number): Promise<UploadDigest> {
    return hashFile(join(this.folder, fileName(id)), size);
  }

  async remove(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => rm(join(this.folder, fileName(id)), { force: true })));
  }
}

/**
 * Hashes files in a worker thread: 20 MiB of SHA-256 is tens of milliseconds of CPU that the
 * event loop, answering everyone else, should not spend. Plain JavaScript (evaluated), so it runs
 * the same from sources and from the build.
 */
const HASH_WORKER = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
parentPort.on('message', ({ job, path, size }) => {
  const hash = createHash('sha256');
  let head;
  const done = (answer) => parentPort.postMessage({ job, ...answer });
  if (size === 0) return done({ sha256: hash.digest('hex'), head: new Uint8Array(0) });
  createReadStream(path, { start: 0, end: size - 1, highWaterMark: ${UPLOAD_PIECE_BYTES} })
    .on('data', (piece) => { head ??= new Uint8Array(piece.subarray(0, 16)); hash.update(piece); })
    .on('end', () => done({ sha256: hash.digest('hex'), head }))
    .on('error', (error) => done({ error: error.message }));
});
`;

let hasher: { worker: Worker; jobs: Map<number, (answer: { sha256?: string; head?: Uint8Array; error?: string }) => void>; next: number } | undefined;

function hashFile(path: string, size: number): Promise<UploadDigest> {
  if (!hasher) {
    const worker = new Worker(HASH_WORKER, { eval: true });
    const jobs = new Map<number, (answer: { sha256?: string; head?: Uint8Array; error?: string }) => void>();
    worker.on('message', (answer: { job: number; sha256?: string; head?: Uint8Array; error?: string }) => {
      jobs.get(answer.job)?.(answer);
      jobs.delete(answer.job);
      if (jobs.size === 0) worker.unref();
    });
    worker.on('error', (error) => {
      for (const settle of jobs.values()) settle({ error: error.message });
      jobs.clear();
      hasher = undefined;
    });
    hasher = { worker, jobs, next: 0 };
  }
  const { worker, jobs } = hasher;
  const job = hasher.next++;
  worker.ref();
  return new Promise((resolve, reject) => {
    jobs.set(job, ({ sha256, head, error }) => (error !== undefined || sha256 === undefined
      ? reject(new Error(`hashing ${path}: ${error}`))
      : resolve({ sha256, head: Buffer.from(head ?? new Uint8Array(0)) })));
    worker.postMessage({ job, path, size });
  });
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Upload bytes in PostgreSQL (`upload_chunks`, one row per piece), so every instance sharing the
 * database reads and continues any upload. PostgreSQL is its own process: the bytes cost this one
 * only the copy to the socket.
 */
export class DatabaseUploadBytes implements UploadByteStore {
  readonly kind = 'database';
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async open(id: string, offset: number): Promise<UploadWriter> {
    const db = this.#db;
    await db.query('DELETE FROM upload_chunks WHERE upload_id = $1 AND start >= $2', [id, offset]);
    let position = offset;
    return {
      async write(parts) {
        const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
        await db.query('INSERT INTO upload_chunks (upload_id, start, data) VALUES ($1, $2, $3)', [id, position, bytes]);
        position += bytes.length;
      },
      async finish() {
        // Each row was committed as it was written.
      },
    };
  }

  async digest(id: string, size: number): Promise<UploadDigest> {
    const hash = createHash('sha256');
    let head: Buffer | undefined;
    for await (const piece of this.#pieces(id, size)) {
      head ??= Buffer.from(piece.subarray(0, 16));
      hash.update(piece);
    }
    return { sha256: hash.digest('hex'), head: head ?? Buffer.alloc(0) };
  }

  async *#pieces(id: string, size: number): AsyncIterable<Buffer> {
    let position = 0;
    while (position < size) {
      const [row] = await this.#db.query<{ start: number; data: unknown }>(
        'SELECT start, data FROM upload_chunks WHERE upload_id = $1 AND start <= $2 ORDER BY start DESC LIMIT 1', [id, position],
      );
      if (!row) throw new Error(`upload ${id} has no bytes at ${position}`);
      const piece = asBuffer(row.data).subarray(position - row.start, size - row.start);
      if (piece.length === 0) throw new Error(`upload ${id} has no bytes at ${position}`);
      yield piece;
      position += piece.length;
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.#db.query('DELETE FROM upload_chunks WHERE upload_id = ANY($1)', [ids]);
  }
}

/** The byte store for `db`: files in `dataDir` beside the embedded database, rows in PostgreSQL. */
export function uploadByteStore(db: Database, dataDir: string): UploadByteStore {
  return db.kind === 'pglite' ? new FileUploadBytes(dataDir) : new DatabaseUploadBytes(db);
}
