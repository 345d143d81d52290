import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { UPLOAD_PIECE_BYTES, type UploadByteStore } from './bytes.js';
import type { UploadLeases } from './leases.js';
import { API_BASE_PATH, type Upload, type UploadMediaType } from '../contract.js';
import { contentMatchesType } from './sniff.js';
import { vietnamIso } from '../dossiers/access.js';

/** An upload as stored. */
export interface UploadRecord {
  id: string;
  name: string;
  mediaType: UploadMediaType;
  size: number;
  received: number;
  status: 'uploading' | 'complete' | 'failed' | 'deleted';
  expectedSha256: string | null;
  sha256: string | null;
  dossierCode: string | null;
  createdAt: Date;
  expiresAt: Date;
}

const COLUMNS = `id, name, media_type AS "mediaType", size, received, status, expected_sha256 AS "expectedSha256", sha256,
  dossier_code AS "dossierCode", created_at AS "createdAt", expires_at AS "expiresAt"`;

/** The URL of an upload, relative to the API's origin (tus `Location`). */
export function uploadHref(id: string): string {
  return `${API_BASE_PATH}/uploads/${id}`;
}

/** Creates an upload of `size` bytes, kept `ttlHours` unless attached to a dossier. */
export async function createUpload(db: Queryable, input: { name: string; mediaType: UploadMediaType; size: number; expectedSha256?: string }, ttlHours: number, now = new Date()): Promise<UploadRecord> {
  const id = randomBytes(16).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  const [row] = await db.query<UploadRecord>(
    `INSERT INTO uploads (id, name, media_type, size, received, status, expected_sha256, created_at, expires_at)
     VALUES ($1, $2, $3, $4, 0, 'uploading', $5, $6, $7) RETURNING ${COLUMNS}`,
    [id, input.name, input.mediaType, input.size, input.expectedSha256 ?? null, now.toISOString(), expiresAt.toISOString()],
  );
  return row!;
}

/** Reads an upload; with `forUpdate`, locks it for the caller's transaction. */
export async function findUpload(db: Queryable, id: string, forUpdate = false): Promise<UploadRecord | undefined> {
  const [row] = await db.query<UploadRecord>(`SELECT ${COLUMNS} FROM uploads WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row;
}

/** Whether an upload can no longer be used: failed, deleted, or expired before being attached. */
export function isGone(upload: UploadRecord, now = new Date()): boolean {
  return upload.status === 'failed' || upload.status === 'deleted' || (upload.dossierCode === null && upload.expiresAt.getTime() <= now.getTime());
}

/** The upload as the API describes it. */
export function uploadView(upload: UploadRecord): Upload {
  return {
    id: upload.id,
    name: upload.name,
    mediaType: upload.mediaType,
    size: upload.size,
    offset: upload.received,
    status: upload.status === 'complete' ? 'complete' : 'uploading',
    ...(upload.sha256 ? { sha256: upload.sha256 } : {}),
    createdAt: vietnamIso(upload.createdAt),
    ...(upload.dossierCode === null ? { expiresAt: vietnamIso(upload.expiresAt) } : {}),
    href: uploadHref(upload.id),
  };
}

/** What receiving a chunk did. */
export type AppendOutcome =
  | { kind: 'appended'; upload: UploadRecord }
  | { kind: 'offset-mismatch'; expected: number }
  | { kind: 'gone' }
  | { kind: 'not-found' }
  | { kind: 'too-large' }
  | { kind: 'checksum-mismatch' }
  | { kind: 'type-mismatch' }
  /** The client went away mid-chunk; what arrived was kept (unless a checksum had to cover it). */
  | { kind: 'interrupted'; kept: number };

/** A writer renews its lease when it writes a piece this long after taking or renewing it. */
const RENEW_AFTER_MS = 3_000;

/** Why the upload is not writable at `offset` right now. */
async function refusal(db: Queryable, id: string, offset: number, now: Date): Promise<AppendOutcome> {
  const upload = await findUpload(db, id);
  if (!upload) return { kind: 'not-found' };
  if (isGone(upload, now)) return { kind: 'gone' };
  // At the right offset but being written by another request: the client asks again where it stands.
  return { kind: 'offset-mismatch', expected: upload.received };
}

/** The chunk as it arrives: `Upload-Checksum` to check, the bytes it may hold. */
export interface ChunkInput {
  body: AsyncIterable<Buffer>;
  /** Bytes left in the upload: a chunk past them is `too-large`. */
  limit: number;
  checksum?: { algorithm: 'sha1' | 'sha256'; digest: string };
}

/**
 * Receives a chunk of upload `upload` at `offset`, streaming it to `bytes` in pieces (one piece
 * in memory at a time) under the upload's write lease. The offset moves only once the bytes are
 * durable and, with a checksum, verified. When they complete the file, checks it whole: its bytes
 * must be of its declared type, and match the `sha256` given at creation if one was; a file that
 * fails is marked failed (gone) and its bytes deleted.
 */
export async function receiveChunk(db: Database, store: { bytes: UploadByteStore; leases: UploadLeases }, upload: UploadRecord, offset: number, input: ChunkInput, now = new Date()): Promise<AppendOutcome> {
  const { bytes, leases } = store;
  const holder = randomBytes(12).toString('base64url');
  if (!(await leases.take(upload.id, holder))) return refusal(db, upload.id, offset, now);
  let released = false;
  try {
    const writer = await bytes.open(upload.id, offset);
    const hash = input.checksum ? createHash(input.checksum.algorithm) : undefined;
    let piece: Buffer[] = [];
    let pieceLength = 0;
    let renewedAt = Date.now();
    let written = 0;
    let length = 0;
    let complete = true;
    let leaseLost = false;
    const flush = async () => {
      if (pieceLength === 0) return;
      if (Date.now() - renewedAt >= RENEW_AFTER_MS) {
        if (!(await leases.renew(upload.id, holder))) {
          leaseLost = true;
          return;
        }
        renewedAt = Date.now();
      }
      await writer.write(piece);
      written += pieceLength;
      piece = [];
      pieceLength = 0;
    };
    try {
      for await (const part of input.body) {
        length += part.length;
        if (length > input.limit) break; // not read further: the route answers 413 and closes the connection
        hash?.update(part);
        piece.push(part);
        pieceLength += part.length;
        if (pieceLength >= UPLOAD_PIECE_BYTES) await flush();
        if (leaseLost) break;
      }
    } catch {
      complete = false;
    }
    if (leaseLost) {
      await writer.finish();
      return refusal(db, upload.id, offset, now);
    }
    if (length > input.limit) {
      await writer.finish();
      return { kind: 'too-large' };
    }
    // A checksum covers the whole chunk: an interrupted or damaged chunk keeps nothing.
    if (input.checksum && (!complete || hash!.digest('base64') !== input.checksum.digest)) {
      await writer.finish();
      return complete ? { kind: 'checksum-mismatch' } : { kind: 'interrupted', kept: 0 };
    }
    await flush();
    await writer.finish();
    if (leaseLost || !(await leases.renew(upload.id, holder))) return refusal(db, upload.id, offset, now);
    const received = offset + written;
    const outcome = received === upload.size ? await finishUpload(db, bytes, upload, offset, holder) : await moveOffset(db, upload, offset, holder, received);
    await leases.release(upload.id, holder);
    released = true;
    if (!complete) return { kind: 'interrupted', kept: outcome.kind === 'appended' ? written : 0 };
    return outcome;
  } finally {
    if (!released) await leases.release(upload.id, holder).catch(() => undefined);
  }
}

/**
 * Whether the upload still stands at `offset`, uploading, and no other request holds its lease:
 * the condition of every write that moves its offset.
 */
const STILL_OURS = "id = $1 AND received = $2 AND status = 'uploading' AND (lease_holder IS NULL OR lease_holder = $3)";

/** Moves the offset from `offset` to `received`, if nothing else moved it meanwhile. */
async function moveOffset(db: Database, upload: UploadRecord, offset: number, holder: string, received: number): Promise<AppendOutcome> {
  const rows = await db.query(`UPDATE uploads SET received = $4, lease_holder = NULL, lease_expires = NULL WHERE ${STILL_OURS} RETURNING id`, [upload.id, offset, holder, received]);
  if (rows.length === 0) return { kind: 'offset-mismatch', expected: (await findUpload(db, upload.id))?.received ?? upload.received };
  return { kind: 'appended', upload: { ...upload, received } };
}

/** Checks the whole file (read back piece by piece) and marks the upload complete, or failed. */
async function finishUpload(db: Database, bytes: UploadByteStore, upload: UploadRecord, offset: number, holder: string): Promise<AppendOutcome> {
  const { sha256, head } = await bytes.digest(upload.id, upload.size);
  const checksumFails = upload.expectedSha256 !== null && upload.expectedSha256 !== sha256;
  const typeFails = !contentMatchesType(head, upload.mediaType);
  const failed = checksumFails || typeFails;
  const rows = await db.query(
    `UPDATE uploads SET received = size, status = $4, sha256 = $5, lease_holder = NULL, lease_expires = NULL WHERE ${STILL_OURS} RETURNING id`,
    [upload.id, offset, holder, failed ? 'failed' : 'complete', failed ? null : sha256],
  );
  if (rows.length === 0) return { kind: 'offset-mismatch', expected: (await findUpload(db, upload.id))?.received ?? upload.received };
  if (failed) {
    await bytes.remove([upload.id]);
    return { kind: checksumFails ? 'checksum-mismatch' : 'type-mismatch' };
  }
  return { kind: 'appended', upload: { ...upload, received: upload.size, status: 'complete', sha256 } };
}

/** Deletes an upload not attached to a dossier, and its bytes; `false` if there is none such. */
export async function deleteUpload(db: Database, bytes: UploadByteStore, id: string): Promise<boolean> {
  const deleted = await db.query("UPDATE uploads SET status = 'deleted' WHERE id = $1 AND dossier_code IS NULL AND status <> 'deleted' RETURNING id", [id]);
  if (deleted.length === 0) return false;
  await bytes.remove([id]);
  return true;
}
