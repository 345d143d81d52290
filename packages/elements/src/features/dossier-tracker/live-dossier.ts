/**
 * Keeps an open dossier live: follows its status changes (the SDK's `subscribeToDossier`, over
 * server-sent events, falling back to polling), applies each change at once (the event carries
 * the step: the history and status need no round trip), then reads the dossier again for what a
 * step changes besides (deadline, requests, documents). Tells its owner of every change, of where
 * the subscription stands, and of why it stopped.
 */
import type { DossierAccess } from '@egov-kit/core/contract';
import type { Dossier } from '@egov-kit/sdk';
import { lookupDossier, subscribeToDossier, type DossierStreamEvent, type DossierSubscription, type SubscriptionState } from '@egov-kit/sdk/tracking';
import { ProblemError, type Transport } from '@egov-kit/sdk/transport';

/** What {@link LiveDossier} tells its owner. */
export interface LiveDossierHandlers {
  /** A step arrived and was applied (`dossier` holds it); the full read follows with {@link onRefresh}. */
  onChange(dossier: Dossier, change: DossierStreamEvent): void;
  /** The dossier as read again after a change. */
  onRefresh(dossier: Dossier): void;
  /** Where the subscription stands. */
  onState(state: SubscriptionState): void;
  /** Following stopped for good (the access expired and cannot be renewed…), or a read after a change failed. */
  onProblem(error: unknown, stopped: boolean): void;
  /**
   * A fresh dossier (with a new access token) when the token expired, if the owner can get one
   * without asking the person (a signed-in applicant); `undefined` otherwise.
   */
  renew?(): Promise<Dossier | undefined>;
}

/** Runs `next` after the next frame is painted (or soon, in a page that is not shown). */
function afterPaint(next: () => void): void {
  if (document.visibilityState !== 'visible') setTimeout(next);
  else requestAnimationFrame(() => setTimeout(next));
}

/** The step `change` applied to `dossier`, if it is the next one; `undefined` when it is not (a read will catch up). */
export function withChange(dossier: Dossier, change: DossierStreamEvent): Dossier | undefined {
  if (change.code !== dossier.code || change.seq !== dossier.history.length + 1) return undefined;
  return {
    ...dossier, status: change.status, statusCode: change.statusCode, version: change.version,
    history: [...dossier.history, change.event], updatedAt: change.event.at,
  };
}

/** One open dossier, followed live until {@link close}. */
export class LiveDossier {
  #dossier: Dossier;
  #access: DossierAccess;
  #subscription: DossierSubscription | undefined;
  #refreshing: Promise<void> | undefined;
  #again = false;
  #closed = false;

  constructor(private readonly api: Transport, dossier: Dossier & { access: DossierAccess }, private readonly handlers: LiveDossierHandlers) {
    this.#dossier = dossier;
    this.#access = dossier.access;
    this.#follow();
  }

  /** The dossier as last known. */
  get dossier(): Dossier {
    return this.#dossier;
  }

  /** The access token it is followed with. */
  get access(): DossierAccess {
    return this.#access;
  }

  /** Takes a newer copy of the dossier (an answer the person sent), without waiting for its event. */
  replace(dossier: Dossier): void {
    if (dossier.version < this.#dossier.version) return;
    this.#dossier = dossier;
    if (dossier.access) this.#access = dossier.access;
  }

  /** Follows again after it stopped (the person asked to). */
  resume(): void {
    if (this.#closed) return;
    this.#follow();
  }

  close(): void {
    this.#closed = true;
    this.#subscription?.close();
  }

  #follow(): void {
    this.#subscription?.close();
    this.#subscription = subscribeToDossier(this.api, this.#dossier.code, this.#access, {
      after: this.#dossier.history.length,
      onStateChange: (state) => {
        if (!this.#closed) this.handlers.onState(state);
      },
      onEvent: (change) => this.#apply(change),
      onError: (error) => void this.#stopped(error),
    });
  }

  #apply(change: DossierStreamEvent): void {
    if (this.#closed) return;
    const next = withChange(this.#dossier, change);
    if (next) {
      this.#dossier = next;
      this.handlers.onChange(next, change);
    }
    // The step is on screen first; the whole dossier is read (and checked) once that frame is painted.
    afterPaint(() => void this.#refresh());
  }

  /** Reads the dossier again; changes that come while a read is under way get one more read after it. */
  async #refresh(): Promise<void> {
    if (this.#refreshing) {
      this.#again = true;
      return this.#refreshing;
    }
    this.#refreshing = (async () => {
      do {
        this.#again = false;
        try {
          const read = await lookupDossier(this.api, this.#dossier.code, this.#access);
          if (this.#closed) return;
          if (read.version >= this.#dossier.version) {
            this.#dossier = read;
            this.handlers.onRefresh(read);
          }
        } catch (error) {
          if (!this.#closed) this.handlers.onProblem(error, false);
        }
      } while (this.#again && !this.#closed);
    })().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  async #stopped(error: unknown): Promise<void> {
    if (this.#closed) return;
    const expired = error instanceof ProblemError && error.is('dossier-access-expired');
    const renewed = expired ? await this.handlers.renew?.().catch(() => undefined) : undefined;
    if (this.#closed) return;
    if (renewed?.access) {
      this.#access = renewed.access;
      if (renewed.version >= this.#dossier.version) {
        this.#dossier = renewed;
        this.handlers.onRefresh(renewed);
      }
      this.#follow();
      return;
    }
    this.handlers.onState('closed');
    this.handlers.onProblem(error, true);
  }
}
