/**
 * The one-stop dossier status model: the ten official statuses (`TrangThaiHoSo` 1–10) with the
 * national portal's string states, the deadline clock, and the workflow's allowed transitions.
 * @module
 */
export {
  dossierStatusIds, dossierStatuses, portalStates, isDossierStatus, dossierStatusInfo, codeOf, portalStateOf,
  statusFromCode, statusFromPortalState, isFinal, pausesClock,
  type DossierStatus, type DossierStatusCode, type PortalState, type DeadlineClock, type DossierStatusInfo,
} from './statuses.js';
export { transitionTable, allowedTransitions, canTransition } from './transition-table.js';
export {
  transition, TransitionError, type DossierState, type TransitionOptions, type TransitionResult,
} from './transitions.js';
export {
  dossierStatusSchema, dossierStatusCodeSchema, portalStateSchema, actorKinds, actorSchema, dossierEventSchema,
  EVENT_NOTE_MAX_LENGTH, type Actor, type DossierEvent,
} from './schemas.js';
export { dossierDeadline, type Deadline, type DeadlineInput, type OverdueReason } from './deadline.js';
