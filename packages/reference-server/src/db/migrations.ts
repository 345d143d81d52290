import type { Database } from './database.js';

/**
 * The schema, as numbered migrations applied in order, once. The same SQL runs on PGlite and
 * PostgreSQL. A migration is never edited once released: a change is a new migration.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: /* sql */ `
      -- Instants as the API writes them: ISO 8601 in Vietnam's time (UTC+7, no daylight saving).
      CREATE FUNCTION vn_instant(value timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT to_char((value AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+07:00"')
      $$;

      CREATE TABLE server_settings (
        key text PRIMARY KEY,
        value text NOT NULL
      );

      CREATE TABLE procedures (
        code text PRIMARY KEY,
        position int NOT NULL,
        agency_code text NOT NULL,
        field_code text NOT NULL,
        online_level text NOT NULL,
        search_text text NOT NULL,
        -- The receiving agency's identifier (Decision 20/2020/QĐ-TTg) that starts dossier codes.
        agency_identifier text NOT NULL,
        processing_days numeric NOT NULL,
        procedure jsonb NOT NULL,
        form jsonb NOT NULL,
        form_version int NOT NULL
      );
      CREATE INDEX procedures_position ON procedures (position);

      CREATE TABLE dossier_counters (
        agency text NOT NULL,
        day date NOT NULL,
        last int NOT NULL,
        PRIMARY KEY (agency, day)
      );

      CREATE TABLE dossiers (
        code text PRIMARY KEY,
        procedure_code text NOT NULL REFERENCES procedures (code),
        status text NOT NULL,
        version int NOT NULL,
        form_version int NOT NULL,
        channel text NOT NULL,
        applicant jsonb NOT NULL,
        applicant_name text NOT NULL,
        answers jsonb NOT NULL,
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        -- The dossier as read, assembled from this row and the rows below it, rewritten in the
        -- transaction of every change: a lookup is one primary-key read.
        record jsonb
      );
      CREATE INDEX dossiers_submitted ON dossiers (submitted_at DESC, code DESC);
      CREATE INDEX dossiers_status ON dossiers (status, submitted_at DESC);

      CREATE TABLE dossier_events (
        dossier_code text NOT NULL REFERENCES dossiers (code),
        seq int NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        actor jsonb NOT NULL,
        at timestamptz NOT NULL,
        note text,
        PRIMARY KEY (dossier_code, seq)
      );

      CREATE TABLE uploads (
        id text PRIMARY KEY,
        name text NOT NULL,
        media_type text NOT NULL,
        size int NOT NULL,
        received int NOT NULL DEFAULT 0,
        status text NOT NULL,               -- uploading | complete | failed | deleted
        expected_sha256 text,
        sha256 text,
        dossier_code text REFERENCES dossiers (code),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX uploads_expiry ON uploads (expires_at) WHERE dossier_code IS NULL;

      CREATE TABLE upload_chunks (
        upload_id text NOT NULL REFERENCES uploads (id) ON DELETE CASCADE,
        start int NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (upload_id, start)
      );

      CREATE TABLE dossier_attachments (
        dossier_code text NOT NULL REFERENCES dossiers (code),
        id text NOT NULL REFERENCES uploads (id),
        name text NOT NULL,
        size int NOT NULL,
        media_type text NOT NULL,
        sha256 text NOT NULL,
        field text,
        supplement_request_id text,
        added_at timestamptz NOT NULL,
        PRIMARY KEY (dossier_code, id)
      );

      CREATE TABLE supplement_requests (
        id text PRIMARY KEY,
        dossier_code text NOT NULL REFERENCES dossiers (code),
        status text NOT NULL,               -- open | answered | closed
        requested_at timestamptz NOT NULL,
        requested_by jsonb NOT NULL,
        items jsonb NOT NULL,
        note text,
        due_date date,
        answered_at timestamptz,
        answer jsonb
      );
      CREATE INDEX supplement_requests_dossier ON supplement_requests (dossier_code, requested_at);

      CREATE TABLE fee_requests (
        id text PRIMARY KEY,
        dossier_code text NOT NULL REFERENCES dossiers (code),
        status text NOT NULL,               -- open | paid | closed
        requested_at timestamptz NOT NULL,
        requested_by jsonb NOT NULL,
        fees jsonb NOT NULL,
        total bigint NOT NULL,
        note text,
        due_date date,
        paid_at timestamptz
      );
      CREATE INDEX fee_requests_dossier ON fee_requests (dossier_code, requested_at);

      CREATE TABLE result_documents (
        id text PRIMARY KEY,
        dossier_code text NOT NULL REFERENCES dossiers (code),
        name jsonb NOT NULL,
        number text NOT NULL,
        outcome text NOT NULL,              -- approved | rejected
        issued_at timestamptz NOT NULL,
        -- The signed PDF; rendered and signed on first download for seeded dossiers.
        pdf bytea
      );
      CREATE INDEX result_documents_dossier ON result_documents (dossier_code, issued_at);
      CREATE SEQUENCE result_document_numbers;

      -- One row per Idempotency-Key: claimed first in the submission's transaction (a second
      -- request with the key waits on the row), then given the dossier and the answer to replay.
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        request_hash text NOT NULL,
        dossier_code text REFERENCES dossiers (code),
        response text,                       -- the first answer, as sent (replayed byte for byte)
        created_at timestamptz NOT NULL
      );
      CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

      -- Counters need no durability: unlogged, so counting costs no WAL flush.
      CREATE UNLOGGED TABLE rate_limits (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits int NOT NULL
      );

      CREATE TABLE oauth_clients (
        id text PRIMARY KEY,
        name text NOT NULL,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL
      );

      CREATE TABLE pki_entities (
        name text PRIMARY KEY,               -- root | issuing-ca | signer
        certificate_pem text NOT NULL,
        private_key_pem text NOT NULL,
        created_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'dossiers by applicant',
    sql: /* sql */ `
      -- A signed-in applicant's list (GET /me/dossiers): their dossiers, newest filing first.
      CREATE INDEX dossiers_applicant ON dossiers ((applicant ->> 'idNumber'), submitted_at DESC, code DESC);
    `,
  },
  {
    version: 3,
    name: 'upload write leases',
    sql: /* sql */ `
      -- The one request writing an upload's next chunk (any instance), until the lease expires
      -- unrenewed. Bytes live outside this row: files beside PGlite, upload_chunks on PostgreSQL.
      ALTER TABLE uploads ADD COLUMN lease_holder text, ADD COLUMN lease_expires timestamptz;
    `,
  },
];

/** A lock id only this server takes, so instances starting together migrate and seed one at a time. */
export const BOOTSTRAP_LOCK = 7_319_204_551;

/** Applies the migrations not yet applied, under the bootstrap lock; returns the versions applied. */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
