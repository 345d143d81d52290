import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

const LOCK_FILE = 'server.lock';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the data folder for this process: PGlite is one process's database, so a second server on
 * the same folder would corrupt it. A lock left by a process that died (kill -9) is taken over.
 * @throws Error when a live process holds the folder.
 */
function lockDataFolder(folder: string): () => void {
  const path = join(folder, LOCK_FILE);
  try {
    const holder = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(holder) && holder !== process.pid && processIsAlive(holder)) {
      throw new Error(`The data folder ${folder} is in use by process ${holder}. Stop it, or use another folder (EGOV_DATA_DIR), or PostgreSQL (DATABASE_URL) for several instances.`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(path, `${process.pid}\n`);
  return () => rmSync(path, { force: true });
}

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<R>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** Opens (creating it on first use) the embedded database in `folder`. */
export async function openPglite(folder: string): Promise<Database> {
  mkdirSync(folder, { recursive: true });
  const unlock = lockDataFolder(folder);
  let pg: PGlite;
  try {
    pg = new PGlite(join(folder, 'pgdata'));
    await pg.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const root = wrap(pg);
  return {
    kind: 'pglite',
    location: folder,
    query: root.query,
    exec: root.exec,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    // One process, one connection: notifications are never lost, so `onLost` is never called.
    async listen(channel, onMessage) {
      const stop = await pg.listen(channel, onMessage);
      return async () => {
        if (!pg.closed) await stop();
      };
    },
    async close() {
      if (!pg.closed) await pg.close();
      unlock();
    },
  };
}
