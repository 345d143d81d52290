/**
 * `@egov-kit/reference-server`: a real implementation of the egov-kit API contract. Fastify on
 * PGlite (embedded PostgreSQL, persisted in a folder) by default, on PostgreSQL when
 * `DATABASE_URL` is set; seeded with a provincial catalogue, demo dossiers and a demo PKI.
 * @packageDocumentation
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadTokenKey } from './auth/secrets.js';
import { loadConfig, type ServerConfig } from './config.js';
import type { ServerContext } from './context.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrations.js';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import { ResultDocuments } from './documents/service.js';
import { EventHub } from './events/hub.js';
import { runMaintenance } from './maintenance.js';
import { PadesSigner } from './pki/cms-signer.js';
import { loadOrCreatePki, trustListOf } from './pki/store.js';
import { seedDatabase, type SeedOutcome } from './seed/index.js';
import { uploadByteStore } from './uploads/bytes.js';

export { loadConfig, type ServerConfig } from './config.js';
export { DEMO_CLIENTS } from './auth/clients.js';
export { DEMO_CITIZEN } from './seed/demo-citizen.js';
export { demoDossiers, type DemoDossier } from './seed/index.js';

/** A server that is listening. */
export interface RunningServer {
  app: FastifyInstance;
  /** The origin it listens on, e.g. `http://127.0.0.1:8080`. */
  url: string;
  config: ServerConfig;
  db: Database;
  seed: SeedOutcome;
  /** Whether this start created the demo PKI. */
  pkiCreated: boolean;
  /** Stops accepting requests, lets those in flight finish, ends event streams, closes the database. */
  close(): Promise<void>;
}

const MAINTENANCE_INTERVAL_MS = 10 * 60_000;

/**
 * Starts the server: opens the database (PGlite in `dataDir`, or PostgreSQL at `databaseUrl`),
 * migrates it, seeds it if empty, loads or creates the demo PKI, and listens. Several instances
 * may start together on one PostgreSQL: migration, seeding and PKI creation take a database lock.
 */
export async function startServer(overrides: Partial<ServerConfig> = {}, env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config = loadConfig(env, overrides);
  const db = config.databaseUrl
    ? await openPostgres(config.databaseUrl, { poolSize: config.databasePoolSize, onListenError: (error) => app?.log.warn({ err: error }, 'notification connection lost') })
    : await openPglite(config.dataDir);
  let app: FastifyInstance | undefined;
  try {
    await migrate(db);
    const seed = config.seed
      ? await seedDatabase(db, { dossierCount: config.seedDossiers, staffSecret: config.demoStaffSecret, deskSecret: config.demoDeskSecret })
      : { seeded: false, procedures: 0, dossiers: 0 };
    const { pki, createdAt, created } = await loadOrCreatePki(db);
    const events = await EventHub.start(db);
    const log = { info: (data: object, message: string) => app?.log.info(data, message) };
    const context: ServerContext = {
      config,
      db,
      tokenKey: await loadTokenKey(db),
      events,
      documents: new ResultDocuments(db, new PadesSigner(pki.signer, [pki.issuingCa.certificatePem]), log),
      trustList: trustListOf(pki, createdAt),
      state: { shuttingDown: false },
    };
    app = await buildApp(context);
    const built = app;
    const uploadBytes = uploadByteStore(db, config.dataDir);
    const maintain = () => runMaintenance(db, config.idempotencyTtlHours, uploadBytes).then(
      (report) => built.log.debug({ report }, 'maintenance'),
      (error: unknown) => built.log.warn({ err: error }, 'maintenance failed'),
    );
    void maintain();
    const timer = setInterval(maintain, MAINTENANCE_INTERVAL_MS).unref();
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    let closing: Promise<void> | undefined;
    return {
      app, url, config, db, seed, pkiCreated: created,
      close: () => {
        closing ??= (async () => {
          context.state.shuttingDown = true;
          clearInterval(timer);
          await built.close();
          await events.stop();
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
}
