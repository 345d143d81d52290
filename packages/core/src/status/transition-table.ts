import type { DossierStatus } from './statuses.js';

/**
 * The one-stop workflow: for each status, the statuses a dossier may move to next. A status with
 * no successor is final. Each edge, and why:
 *
 * - **submitted** (online, not yet checked by the desk) → `received` (accepted); `refused` (the
 *   procedure or the dossier is not acceptable, Circular 01/2018's refusal form); `supplement-requested`
 *   (incomplete: the desk asks for completion with Form 02 before accepting); `withdrawn`.
 * - **received** → `processing` (handed to the processing unit); `supplement-requested` (the desk
 *   finds something missing after all); `fee-requested` (fees collected before processing starts);
 *   `withdrawn`. It cannot be refused any more: refusal is an intake decision.
 * - **processing** → `supplement-requested`; `fee-requested` (fees or taxes assessed during
 *   processing); `decided` (the result, which may itself be a reasoned rejection); `stopped` (the
 *   procedure cannot go on, e.g. the law forbids it or the applicant does not answer); `withdrawn`.
 * - **supplement-requested** → `processing` (the supplement arrived during processing); `received`
 *   (the supplement completed a dossier asked for at intake); `withdrawn`; `stopped` (no answer
 *   within the time given).
 * - **fee-requested** → `processing` (paid); `withdrawn`; `stopped` (not paid).
 * - **decided** → `returned` (the result handed over). A decision is not undone by the workflow.
 * - **refused**, **withdrawn**, **stopped**, **returned**: final.
 */
export const transitionTable: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  submitted: ['received', 'refused', 'supplement-requested', 'withdrawn'],
  received: ['processing', 'supplement-requested', 'fee-requested', 'withdrawn'],
  refused: [],
  processing: ['supplement-requested', 'fee-requested', 'decided', 'stopped', 'withdrawn'],
  'supplement-requested': ['processing', 'received', 'withdrawn', 'stopped'],
  'fee-requested': ['processing', 'withdrawn', 'stopped'],
  withdrawn: [],
  stopped: [],
  decided: ['returned'],
  returned: [],
};

/** The statuses a dossier in `from` may move to, in table order; none for a final status. */
export function allowedTransitions(from: DossierStatus): readonly DossierStatus[] {
  return Object.hasOwn(transitionTable, from) ? transitionTable[from] : [];
}

/** Whether the one-stop workflow lets a dossier move from `from` to `to`. */
export function canTransition(from: DossierStatus, to: DossierStatus): boolean {
  return allowedTransitions(from).includes(to);
}
