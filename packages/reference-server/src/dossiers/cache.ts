import { CachedDossier } from './cached-dossier.js';
import type { DossierRecord } from './repository.js';

/** How many dossiers one instance keeps; beyond that the one cached longest ago goes. */
export const DOSSIER_CACHE_SIZE = 10_000;

/** A read of one dossier under way; `current` turns false when the dossier changes meanwhile. */
interface Read {
  promise: Promise<CachedDossier | undefined>;
  current: boolean;
}

/**
 * This instance's dossiers as last assembled, kept by code. An entry is dropped when its dossier
 * changes: on this instance as soon as the change commits ({@link forget}), on the others when
 * the change's NOTIFY arrives (the event hub forwards it). A read under way when its dossier
 * changes is answered but not kept. While notifications may be missed ({@link suspend}) nothing
 * is kept and every read goes to the database. Unknown codes are never kept: a dossier filed
 * later on another instance is found by the next read.
 */
export class DossierCache {
  readonly #load: (code: string) => Promise<DossierRecord | undefined>;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, CachedDossier>();
  readonly #reads = new Map<string, Read>();
  #suspended = false;

  constructor(load: (code: string) => Promise<DossierRecord | undefined>, maxEntries = DOSSIER_CACHE_SIZE) {
    this.#load = load;
    this.#maxEntries = maxEntries;
  }

  /** The dossier if it is cached; never reads the database. */
  peek(code: string): CachedDossier | undefined {
    return this.#entries.get(code);
  }

  /**
   * The dossier as the database has it (`undefined` if there is none), kept for next time.
   * Concurrent reads of one code share one query, unless the dossier changed in between.
   */
  read(code: string): Promise<CachedDossier | undefined> {
    const pending = this.#reads.get(code);
    if (pending) return pending.promise;
    const read: Read = { current: true, promise: Promise.resolve(undefined) };
    const settle = () => {
      if (this.#reads.get(code) === read) this.#reads.delete(code);
    };
    read.promise = this.#load(code).then((record) => {
      settle();
      const cached = record ? new CachedDossier(record) : undefined;
      if (cached && read.current && !this.#suspended) this.#keep(code, cached);
      return cached;
    }, (error: unknown) => {
      settle();
      throw error;
    });
    this.#reads.set(code, read);
    return read.promise;
  }

  /** Dossier `code` changed: drop it, and what reads under way bring back. */
  forget(code: string): void {
    this.#entries.delete(code);
    const read = this.#reads.get(code);
    if (read) {
      read.current = false;
      this.#reads.delete(code);
    }
  }

  /** Any dossier may have changed: drop everything. */
  clear(): void {
    this.#entries.clear();
    for (const read of this.#reads.values()) read.current = false;
    this.#reads.clear();
  }

  /** Changes may go unnoticed from now on (notifications are interrupted): drop everything and keep nothing until {@link resume}. */
  suspend(): void {
    this.#suspended = true;
    this.clear();
  }

  /** Notifications flow again: drop what may have changed meanwhile, and keep dossiers again. */
  resume(): void {
    this.clear();
    this.#suspended = false;
  }

  /** How many dossiers are kept, for tests and logs. */
  get size(): number {
    return this.#entries.size;
  }

  #keep(code: string, cached: CachedDossier): void {
    this.#entries.delete(code);
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(code, cached);
  }
}
