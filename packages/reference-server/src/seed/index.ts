import type { DossierStatus } from '@egov-kit/core';
import { formDefinitionSchema, procedureSchema } from '@egov-kit/core/contract';
import type { Database } from '../db/database.js';
import { BOOTSTRAP_LOCK } from '../db/migrations.js';
import { saveProcedure } from '../procedures/repository.js';
import { DEMO_CLIENTS, saveClient } from '../auth/clients.js';
import { catalogue } from './catalogue.js';
import { seedDossiers } from './dossiers.js';

/** What seeding did. */
export interface SeedOutcome {
  /** `false` when the database was seeded before (nothing was done). */
  seeded: boolean;
  procedures: number;
  dossiers: number;
}

/**
 * Seeds an empty database, once (under the bootstrap lock, marked in `server_settings`): the
 * catalogue and its forms, the demo OAuth clients, and `dossierCount` demo dossiers.
 */
export async function seedDatabase(db: Database, options: { dossierCount: number; staffSecret: string; deskSecret: string; now?: Date }): Promise<SeedOutcome> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    const [done] = await tx.query("SELECT value FROM server_settings WHERE key = 'seeded-at'");
    if (done) return { seeded: false, procedures: 0, dossiers: 0 };
    // Every procedure and form must parse with core's schemas: a catalogue mistake stops the seed.
    const sorted = [...catalogue].sort((a, b) => a.procedure.code.localeCompare(b.procedure.code))
      .map((entry) => ({ ...entry, procedure: procedureSchema.parse(entry.procedure), form: formDefinitionSchema.parse(entry.form) }));
    for (const [position, entry] of sorted.entries()) await saveProcedure(tx, entry, position + 1);
    await saveClient(tx, DEMO_CLIENTS.staff, options.staffSecret);
    await saveClient(tx, DEMO_CLIENTS.desk, options.deskSecret);
    const byStatus = await seedDossiers(tx, sorted, options.dossierCount, options.now ?? new Date());
    await tx.query("INSERT INTO server_settings (key, value) VALUES ('seeded-at', $1)", [new Date().toISOString()]);
    return { seeded: true, procedures: sorted.length, dossiers: [...byStatus.values()].reduce((sum, codes) => sum + codes.length, 0) };
  });
}

/** A dossier to try the lookup with: its code and the applicant's phone. */
export interface DemoDossier {
  code: string;
  status: DossierStatus;
  phone: string;
  idNumber: string;
}

/** One dossier per status (the most recent), to print as examples. */
export async function demoDossiers(db: Database): Promise<DemoDossier[]> {
  return db.query<DemoDossier>(
    `SELECT DISTINCT ON (status) code, status, applicant ->> 'phone' AS phone, applicant ->> 'idNumber' AS "idNumber"
     FROM dossiers ORDER BY status, submitted_at DESC`,
  );
}
