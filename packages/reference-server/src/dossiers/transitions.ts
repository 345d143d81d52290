import { TransitionError, type Actor, type DossierEvent, type DossierStatus } from '@egov-kit/core';
import { transition } from '@egov-kit/core/contract';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import type { DossierCache } from './cache.js';
import { refreshDossier, type DossierRecord } from './repository.js';

/** The channel on which a dossier's changes are announced (payload: its code) to every instance. */
export const DOSSIER_EVENTS_CHANNEL = 'dossier_events';

/** A dossier as locked for a change. */
export interface LockedDossier {
  code: string;
  status: DossierStatus;
  version: number;
  procedureCode: string;
  answers: Record<string, unknown>;
  /** The last event of its history, if any. */
  lastEvent?: Pick<DossierEvent, 'from' | 'to'>;
}

/** A move of a dossier through the workflow. */
export interface Move {
  code: string;
  /** Where it goes; a function of the locked dossier when that depends on its state. */
  to: DossierStatus | ((locked: LockedDossier) => DossierStatus);
  actor: Actor;
  note?: string;
  /** The version the caller last saw (`If-Match`); a mismatch is `dossier-changed` (412). */
  expectedVersion?: number;
  /**
   * Runs in the transaction after the dossier is locked and the move is known to be allowed: checks
   * that need the locked state (throw a `ProblemError`) and the rows that go with the move.
   */
  alongside?: (tx: Queryable, locked: LockedDossier, event: DossierEvent) => Promise<void>;
}

/** Where dossiers move: the database, and this instance's cache of them. */
export interface MoveTarget {
  db: Database;
  dossiers: Pick<DossierCache, 'forget'>;
}

/**
 * Moves a dossier as core's workflow allows, in one transaction: locks the row (`FOR UPDATE`, so
 * concurrent moves on any instance queue), asks core's `transition` whether the move is allowed
 * (`transition-forbidden` if not), appends the event, bumps the version, settles open requests
 * the move ends, and announces the change with `NOTIFY` (which other instances' caches hear).
 * This instance's cache forgets the dossier as soon as the transaction ends, so the next lookup
 * here sees the move. Returns the dossier after the move.
 * @throws ProblemError `dossier-not-found`, `dossier-changed`, `transition-forbidden`, or what `alongside` throws.
 */
export async function moveDossier({ db, dossiers }: MoveTarget, move: Move, now = new Date()): Promise<DossierRecord> {
  try {
    return await db.transaction((tx) => applyMove(tx, move, now));
  } finally {
    // Also when the commit's outcome is unknown (the connection dropped): forgetting is always safe.
    dossiers.forget(move.code);
  }
}

/** The move itself, in its transaction. */
async function applyMove(tx: Queryable, move: Move, now: Date): Promise<DossierRecord> {
  const [row] = await tx.query<Omit<LockedDossier, 'lastEvent'>>(
    'SELECT code, status, version, procedure_code AS "procedureCode", answers FROM dossiers WHERE code = $1 FOR UPDATE', [move.code],
  );
  if (!row) throw new ProblemError('dossier-not-found');
  const [last] = await tx.query<{ from: DossierStatus; to: DossierStatus; seq: number }>(
    'SELECT from_status AS "from", to_status AS "to", seq FROM dossier_events WHERE dossier_code = $1 ORDER BY seq DESC LIMIT 1', [move.code],
  );
  const locked: LockedDossier = { ...row, ...(last ? { lastEvent: { from: last.from, to: last.to } } : {}) };
  if (move.expectedVersion !== undefined && move.expectedVersion !== locked.version) {
    throw new ProblemError('dossier-changed', { params: { current: locked.version } });
  }
  const to = typeof move.to === 'function' ? move.to(locked) : move.to;
  let event: DossierEvent;
  try {
    ({ event } = transition(locked, to, { actor: move.actor, at: now, ...(move.note ? { note: move.note } : {}) }));
  } catch (error) {
    if (error instanceof TransitionError) throw new ProblemError('transition-forbidden', { params: { from: error.from, to: error.to } });
    throw error;
  }
  await move.alongside?.(tx, locked, event);
  const at = now.toISOString();
  await tx.query(
    'INSERT INTO dossier_events (dossier_code, seq, from_status, to_status, actor, at, note) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)',
    [move.code, (last?.seq ?? 0) + 1, event.from, event.to, JSON.stringify(event.actor), at, event.note ?? null],
  );
  await tx.query('UPDATE dossiers SET status = $2, version = version + 1, updated_at = $3 WHERE code = $1', [move.code, to, at]);
  await settleRequests(tx, move.code, event.from, to, at);
  const record = await refreshDossier(tx, move.code);
  await tx.query('SELECT pg_notify($1, $2)', [DOSSIER_EVENTS_CHANNEL, move.code]);
  return record;
}

/** Closes the requests a move ends: a supplement request nobody answered, fees paid (on to processing) or no longer due. */
async function settleRequests(tx: Queryable, code: string, from: DossierStatus, to: DossierStatus, at: string): Promise<void> {
  if (from === 'supplement-requested' && to !== 'supplement-requested') {
    await tx.query("UPDATE supplement_requests SET status = 'closed' WHERE dossier_code = $1 AND status = 'open'", [code]);
  }
  if (from === 'fee-requested' && to !== 'fee-requested') {
    await tx.query(
      "UPDATE fee_requests SET status = CASE WHEN $2 THEN 'paid' ELSE 'closed' END, paid_at = CASE WHEN $2 THEN $3::timestamptz END WHERE dossier_code = $1 AND status = 'open'",
      [code, to === 'processing', at],
    );
  }
}
