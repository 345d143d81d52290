import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { asBuffer } from '../db/database.js';
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

/** What appending bytes did. */
export type AppendOutcome =
  | { kind: 'appended'; upload: UploadRecord }
  | { kind: 'offset-mismatch'; expected: number }
  | { kind: 'gone' }
  | { kind: 'not-found' }
  | { kind: 'too-large' }
  | { kind: 'checksum-mismatch' }
  | { kind: 'type-mismatch' };

/** The whole file of an upload, from its chunks. */
export async function uploadBytes(db: Queryable, id: string): Promise<Buffer> {
  const rows = await db.query<{ data: unknown }>('SELECT data FROM upload_chunks WHERE upload_id = $1 ORDER BY start', [id]);
  return Buffer.concat(rows.map((row) => asBuffer(row.data)));
}

/**
 * Appends `bytes` at `offset`, in one transaction on the locked upload. When they complete the
 * file, checks it whole: its bytes must be of its declared type, and match the `sha256` given at
 * creation if one was; a file that fails is marked failed (gone).
 */
export async function appendToUpload(db: Database, id: string, offset: number, bytes: Buffer, now = new Date()): Promise<AppendOutcome> {
  return db.transaction(async (tx) => {
    const upload = await findUpload(tx, id, true);
    if (!upload) return { kind: 'not-found' };
    if (isGone(upload, now)) return { kind: 'gone' };
    if (offset !== upload.received) return { kind: 'offset-mismatch', expected: upload.received };
    if (offset + bytes.length > upload.size) return { kind: 'too-large' };
    if (bytes.length === 0) return { kind: 'appended', upload };
    await tx.query('INSERT INTO upload_chunks (upload_id, start, data) VALUES ($1, $2, $3)', [id, offset, bytes]);
    const received = offset + bytes.length;
    if (received < upload.size) {
      await tx.query('UPDATE uploads SET received = $2 WHERE id = $1', [id, received]);
      return { kind: 'appended', upload: { ...upload, received } };
    }
    const file = await uploadBytes(tx, id);
    const sha256 = createHash('sha256').update(file).digest('hex');
    const checksumFails = upload.expectedSha256 !== null && upload.expectedSha256 !== sha256;
    const typeFails = !contentMatchesType(file.subarray(0, 16), upload.mediaType);
    if (checksumFails || typeFails) {
      await tx.query("UPDATE uploads SET received = $2, status = 'failed' WHERE id = $1", [id, received]);
      await tx.query('DELETE FROM upload_chunks WHERE upload_id = $1', [id]);
      return { kind: checksumFails ? 'checksum-mismatch' : 'type-mismatch' };
    }
    await tx.query("UPDATE uploads SET received = $2, status = 'complete', sha256 = $3 WHERE id = $1", [id, received, sha256]);
    return { kind: 'appended', upload: { ...upload, received, status: 'complete', sha256 } };
  });
}

/** Deletes an upload not attached to a dossier; `false` if there is none such. */
export async function deleteUpload(db: Database, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const upload = await findUpload(tx, id, true);
    if (!upload || upload.dossierCode !== null || upload.status === 'deleted') return false;
    await tx.query("UPDATE uploads SET status = 'deleted' WHERE id = $1", [id]);
    await tx.query('DELETE FROM upload_chunks WHERE upload_id = $1', [id]);
    return true;
  });
}
