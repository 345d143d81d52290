import { constants, createReadStream, mkdirSync } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { asBuffer } from '../db/database.js';

/** Where a chunk's bytes go while it arrives; nothing counts until the upload's offset moves. */
export interface UploadWriter {
  /** Writes `bytes` after what this writer wrote so far. */
  write(bytes: Buffer): Promise<void>;
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
  /** The upload's first `size` bytes, in pieces of at most {@link UPLOAD_PIECE_BYTES}. */
  read(id: string, size: number): AsyncIterable<Buffer>;
  /** Deletes the bytes of these uploads. */
  remove(ids: readonly string[]): Promise<void>;
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
      async write(bytes) {
        await file.write(bytes, 0, bytes.length, position);
        position += bytes.length;
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

  async *read(id: string, size: number): AsyncIterable<Buffer> {
    if (size === 0) return;
    yield* createReadStream(join(this.folder, fileName(id)), { start: 0, end: size - 1, highWaterMark: UPLOAD_PIECE_BYTES }) as AsyncIterable<Buffer>;
  }

  async remove(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => rm(join(this.folder, fileName(id)), { force: true })));
  }
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
      async write(bytes) {
        await db.query('INSERT INTO upload_chunks (upload_id, start, data) VALUES ($1, $2, $3)', [id, position, bytes]);
        position += bytes.length;
      },
      async finish() {
        // Each row was committed as it was written.
      },
    };
  }

  async *read(id: string, size: number): AsyncIterable<Buffer> {
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
