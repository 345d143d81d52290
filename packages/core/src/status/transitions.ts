import { actorSchema, dossierEventSchema, type Actor, type DossierEvent } from './schemas.js';
import type { DossierStatus } from './statuses.js';
import { TransitionError } from './transition-error.js';
import { canTransition } from './transition-table.js';

/** What {@link transition} needs to know about a dossier: its current status. */
export interface DossierState {
  readonly status: DossierStatus;
}

/** Who moves the dossier, when, and why. */
export interface TransitionOptions {
  actor: Actor;
  /** When it happened; an ISO 8601 instant with offset, or a `Date`. Defaults to now. */
  at?: Date | string;
  /** A note for the history, e.g. which documents are missing. Blank notes are dropped. */
  note?: string;
}

/** The state after a transition, and the event that records it. */
export interface TransitionResult<S extends DossierState> {
  state: Omit<S, 'status'> & { status: DossierStatus };
  event: DossierEvent;
}

function instantOf(at: Date | string | undefined): string {
  const date = at === undefined ? new Date() : at instanceof Date ? at : undefined;
  if (date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
    return date.toISOString();
  }
  return at as string;
}

/**
 * Moves a dossier to `to` and records the event. The rest of `state` is kept as it is.
 * @throws {@link TransitionError} when the workflow does not allow `state.status` → `to`.
 * @throws a zod error when the actor, the instant or the note is malformed.
 */
export function transition<S extends DossierState>(state: S, to: DossierStatus, options: TransitionOptions): TransitionResult<S> {
  const from = state.status;
  if (!canTransition(from, to)) throw new TransitionError(from, to);
  const note = options.note?.trim();
  const event = dossierEventSchema.parse({
    from,
    to,
    actor: actorSchema.parse(options.actor),
    at: instantOf(options.at),
    ...(note ? { note } : {}),
  });
  return { state: { ...state, status: to }, event };
}
