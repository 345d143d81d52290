import type { Database } from './db/database.js';
import type { UploadByteStore } from './uploads/bytes.js';

/** What one maintenance pass removed. */
export interface MaintenanceReport {
  uploads: number;
  idempotencyKeys: number;
  rateLimits: number;
}

/**
 * Removes what has expired: uploads never attached to a dossier (and their bytes), idempotency
 * keys older than their time to live, stale rate-limit windows. Safe to run on several instances
 * at once.
 */
export async function runMaintenance(db: Database, idempotencyTtlHours: number, uploadBytes?: UploadByteStore): Promise<MaintenanceReport> {
  const uploads = await db.query<{ id: string }>('DELETE FROM uploads WHERE dossier_code IS NULL AND expires_at < now() RETURNING id');
  await uploadBytes?.remove(uploads.map((upload) => upload.id));
  const keys = await db.query('DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1) RETURNING key', [idempotencyTtlHours]);
  const limits = await db.query("DELETE FROM rate_limits WHERE window_start < now() - interval '1 day' RETURNING key");
  return { uploads: uploads.length, idempotencyKeys: keys.length, rateLimits: limits.length };
}
