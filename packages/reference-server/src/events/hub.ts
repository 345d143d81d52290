import type { Database } from '../db/database.js';
import { DOSSIER_EVENTS_CHANNEL } from '../dossiers/transitions.js';

/**
 * Fans dossier changes out to this instance's event streams. Changes are announced with
 * `NOTIFY dossier_events, '<code>'` in the transaction that makes them, so a stream on any
 * instance hears of a change made on any other; the stream then reads the new events from the
 * database. An empty payload (after the notification connection was re-established) wakes every
 * stream, so nothing missed meanwhile is lost.
 */
export class EventHub {
  readonly #listeners = new Map<string, Set<() => void>>();
  #stop: (() => Promise<void>) | undefined;

  private constructor() {}

  /** Starts listening on the database. */
  static async start(db: Database): Promise<EventHub> {
    const hub = new EventHub();
    hub.#stop = await db.listen(DOSSIER_EVENTS_CHANNEL, (code) => hub.#wake(code));
    return hub;
  }

  #wake(code: string): void {
    if (code === '') {
      for (const listeners of this.#listeners.values()) listeners.forEach((listener) => listener());
    } else {
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
    await this.#stop?.();
    this.#listeners.clear();
  }
}
