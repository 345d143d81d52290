import type { LocalizedText } from '../locale.js';
import { statusMessages } from './messages.js';
import { transitionTable } from './transition-table.js';

/** The ids of the ten one-stop dossier statuses, in the order of their official codes 1–10. */
export const dossierStatusIds = [
  'submitted', 'received', 'refused', 'processing', 'supplement-requested',
  'fee-requested', 'withdrawn', 'stopped', 'decided', 'returned',
] as const;

/** A dossier status, by its stable English id (e.g. `'supplement-requested'`). */
export type DossierStatus = (typeof dossierStatusIds)[number];

/** An official one-stop status code (`TrangThaiHoSo`), 1–10. */
export type DossierStatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/**
 * The string states of the national public-service portal's newer API, in code order. Note the
 * portal's own naming: `receiving` is code 1 (submitted) and `new` is code 2 (received).
 */
export const portalStates = [
  'receiving', 'new', 'denied', 'processing', 'waiting', 'paying', 'cancelled', 'unresolved', 'releasing', 'done',
] as const;

/** A state of the national portal's API that has a status code (see {@link portalStates}). */
export type PortalState = (typeof portalStates)[number];

/**
 * What a status does to the dossier's deadline, counted in working days from reception:
 * - `not-started`: not received yet, nothing counts;
 * - `running`: the time counts;
 * - `paused`: the time is subtracted (Decision 766/QĐ-TTg subtracts the wait for a supplement);
 * - `ended`: processing has ended (766 ends it at "decided", "returned", a stop or a refusal),
 *   so whether the dossier was on time is settled.
 */
export type DeadlineClock = 'not-started' | 'running' | 'paused' | 'ended';

/** Everything egov-kit knows about one dossier status. */
export interface DossierStatusInfo {
  readonly id: DossierStatus;
  /** The official `TrangThaiHoSo` code. */
  readonly code: DossierStatusCode;
  /** The national portal's string state. */
  readonly portalState: PortalState;
  /** The official Vietnamese name and its English translation. */
  readonly name: LocalizedText;
  /** The message key of the name, e.g. `status.name.processing`. */
  readonly messageKey: `status.name.${DossierStatus}`;
  readonly clock: DeadlineClock;
  /** Whether no transition leaves this status (read from the transition table). */
  readonly final: boolean;
}

type StatusFacts = Pick<DossierStatusInfo, 'code' | 'portalState' | 'clock'>;

const facts: Record<DossierStatus, StatusFacts> = {
  submitted: { code: 1, portalState: 'receiving', clock: 'not-started' },
  received: { code: 2, portalState: 'new', clock: 'running' },
  refused: { code: 3, portalState: 'denied', clock: 'ended' },
  processing: { code: 4, portalState: 'processing', clock: 'running' },
  'supplement-requested': { code: 5, portalState: 'waiting', clock: 'paused' },
  // Not paused: Decision 766 subtracts only the wait for a supplement, so the time an applicant
  // takes to pay fees or taxes counts against the deadline. A procedure whose own law excludes that
  // time (some land procedures) must say so in its deadline rule, not here.
  'fee-requested': { code: 6, portalState: 'paying', clock: 'running' },
  withdrawn: { code: 7, portalState: 'cancelled', clock: 'ended' },
  stopped: { code: 8, portalState: 'unresolved', clock: 'ended' },
  decided: { code: 9, portalState: 'releasing', clock: 'ended' },
  returned: { code: 10, portalState: 'done', clock: 'ended' },
};

/** The ten one-stop dossier statuses, ordered by code. */
export const dossierStatuses: readonly DossierStatusInfo[] = Object.freeze(
  dossierStatusIds.map((id) => Object.freeze({
    id,
    ...facts[id],
    final: transitionTable[id].length === 0,
    name: Object.freeze({ vi: statusMessages.vi.name[id], en: statusMessages.en.name[id] }),
    messageKey: `status.name.${id}` as const,
  })),
);

const byId = new Map(dossierStatuses.map((info) => [info.id, info]));

/** Whether `value` is a status id. */
export function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === 'string' && byId.has(value as DossierStatus);
}

/** The facts of a status. */
export function dossierStatusInfo(status: DossierStatus): DossierStatusInfo {
  const info = byId.get(status);
  if (!info) throw new RangeError(`Unknown dossier status: ${JSON.stringify(status)}`);
  return info;
}

/** The official `TrangThaiHoSo` code of a status. */
export function codeOf(status: DossierStatus): DossierStatusCode {
  return dossierStatusInfo(status).code;
}

/** The national portal's string state of a status. */
export function portalStateOf(status: DossierStatus): PortalState {
  return dossierStatusInfo(status).portalState;
}

/**
 * The status with official code `code` (a number, or its decimal text as payloads carry it).
 * Returns `undefined` for anything else, including the `0` that means "unknown" in sync data.
 */
export function statusFromCode(code: number | string): DossierStatus | undefined {
  const number = typeof code === 'string' && /^\s*\d{1,2}\s*$/.test(code) ? Number(code) : code;
  return dossierStatuses.find((info) => info.code === number)?.id;
}

/**
 * The status of a national-portal string state (case and surrounding spaces ignored). The portal's
 * `interoperating` and `posting` have no one-stop code (provincial systems map them to 0, unknown),
 * so they return `undefined`, as does any other unknown state.
 */
export function statusFromPortalState(state: string): DossierStatus | undefined {
  const wanted = state.trim().toLowerCase();
  return dossierStatuses.find((info) => info.portalState === wanted)?.id;
}

/** Whether no transition leaves `status` (refused, withdrawn, stopped, returned). */
export function isFinal(status: DossierStatus): boolean {
  return dossierStatusInfo(status).final;
}

/** Whether the deadline clock is paused in `status` (only while a supplement is awaited). */
export function pausesClock(status: DossierStatus): boolean {
  return dossierStatusInfo(status).clock === 'paused';
}
