import type { Database } from '../db/database.js';
import { DossierCache } from '../dossiers/cache.js';
import { LOOKUP_FAILURES_CHANNEL, LookupFailures, parseFailureNotice } from '../dossiers/lookup-failures.js';
import { loadDossier } from '../dossiers/repository.js';
import { DOSSIER_EVENTS_CHANNEL } from '../dossiers/transitions.js';

/** How long to wait before reading the failure counts again after a read failed. */
const RELOAD_DELAY_MS = 1000;

/**
 * What this instance hears from the database's notifications, and the state it keeps from them.
 * Dossier changes are announced with `NOTIFY dossier_events, '<code>'` in the transaction that
 * makes them: the hub drops the dossier from this instance's {@link dossiers} cache, then wakes
 * its event streams (which read the new events from the database). Failed lookups are announced on
 * `lookup_failures` and kept in {@link lookupFailures}. When the notification connection is
 * lost, the cache and the counts stop vouching for anything; when it is back, the cache starts
 * empty, the counts are read again, and every stream is woken, so nothing missed meanwhile is lost.
 */
export class EventHub {
  readonly #listeners = new Map<string, Set<() => void>>();
  readonly #stops: (() => Promise<void>)[] = [];
  /** This instance's dossiers as last assembled. */
  readonly dossiers: DossierCache;
  /** Failed lookups per client, as counted by every instance. */
  readonly lookupFailures = new LookupFailures();
  #stopped = false;

  private constructor(db: Database) {
    this.dossiers = new DossierCache((code) => loadDossier(db, code));
  }

  /** Starts listening on the database, and reads the current failure counts. */
  static async start(db: Database): Promise<EventHub> {
    const hub = new EventHub(db);
    hub.#stops.push(await db.listen(DOSSIER_EVENTS_CHANNEL, (code) => hub.#dossierChanged(code), () => hub.dossiers.suspend()));
    const reload = (): void => {
      hub.lookupFailures.load(db).catch(() => {
        if (!hub.#stopped) setTimeout(reload, RELOAD_DELAY_MS).unref();
      });
    };
    hub.#stops.push(await db.listen(LOOKUP_FAILURES_CHANNEL, (payload) => {
      if (payload === '') return reload();
      const count = parseFailureNotice(payload);
      if (count) hub.lookupFailures.record(count);
    }, () => hub.lookupFailures.suspend()));
    await hub.lookupFailures.load(db);
    return hub;
  }

  /** Dossier `code` changed (on any instance); `''`: any dossier may have (after notifications were interrupted). */
  #dossierChanged(code: string): void {
    if (code === '') {
      this.dossiers.resume();
      for (const listeners of this.#listeners.values()) listeners.forEach((listener) => listener());
    } else {
      this.dossiers.forget(code);
      this.#listeners.get(code)?.forEach((listener) => listener());
    }
  }

  /** Calls `listener` whenever dossier `code` may have changed; returns the unsubscribe. */
  subscribe(code: string, listener: () => void): () => void {
    let listeners = this.#listeners.get(code);
    if (!listeners) {
      listeners = new Set();
      this.#listeners.set(code, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(code);
    };
  }

  /** How many streams listen, for logs and tests. */
  get size(): number {
    let count = 0;
    for (const listeners of this.#listeners.values()) count += listeners.size;
    return count;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const stop of this.#stops) await stop();
    this.#listeners.clear();
    this.dossiers.clear();
  }
}
