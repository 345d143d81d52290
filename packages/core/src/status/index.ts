/**
 * The one-stop dossier status model: the ten official statuses (`TrangThaiHoSo` 1–10) with the
 * national portal's string states, the deadline clock, and the workflow's allowed transitions.
 * Their zod schemas and `transition` are in `@egov-kit/core/contract`.
 * @module
 */
export {
  dossierStatusIds, dossierStatuses, portalStates, isDossierStatus, dossierStatusInfo, codeOf, portalStateOf,
  statusFromCode, statusFromPortalState, isFinal, pausesClock,
  type DossierStatus, type DossierStatusCode, type PortalState, type DeadlineClock, type DossierStatusInfo,
} from './statuses.js';
export { transitionTable, allowedTransitions, canTransition } from './transition-table.js';
export { TransitionError } from './transition-error.js';
// Types only: the schemas, and `transition` which parses the event it records, use zod and are
// exported from `@egov-kit/core/contract`, so that the main entry loads no zod.
export type { DossierState, TransitionOptions, TransitionResult } from './transitions.js';
export type { Actor, DossierEvent } from './schemas.js';
export { eventTitleKey, type TitledEvent } from './event-title.js';
export { dossierDeadline, type Deadline, type DeadlineInput, type OverdueReason } from './deadline.js';
