import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { DatabaseUnavailableError, isConnectionFailure, sqlState, type Database, type Queryable } from './database.js';

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

/**
 * A failure of the engine itself (closed, out of memory, a file it cannot write: no SQLSTATE, or
 * one of resources or I/O) becomes a {@link DatabaseUnavailableError}. SQL errors, and the
 * programming errors of a bad parameter, pass unchanged.
 */
function translate(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError || error instanceof TypeError || error instanceof RangeError) return error;
  return sqlState(error) === undefined || isConnectionFailure(error) ? new DatabaseUnavailableError(error) : error;
}

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await target.query<R>(sql, params as unknown[]);
        return result.rows;
      } catch (error) {
        throw translate(error);
      }
    },
    async exec(sql: string) {
      try {
        await target.exec(sql);
      } catch (error) {
        throw translate(error);
      }
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
    async transaction(work) {
      let failedInWork = false;
      try {
        return await pg.transaction(async (tx) => {
          try {
            return await work(wrap(tx));
          } catch (error) {
            failedInWork = true;
            throw error;
          }
        });
      } catch (error) {
        // What the work threw is the caller's; a failure to begin, commit or roll back is the engine's.
        throw failedInWork ? error : translate(error);
      }
    },
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
