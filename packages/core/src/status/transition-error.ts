import { isDossierStatus, dossierStatusInfo, type DossierStatus } from './statuses.js';

function describe(status: string): string {
  return isDossierStatus(status) ? `“${dossierStatusInfo(status).name.en}” (${status}, code ${dossierStatusInfo(status).code})` : JSON.stringify(status);
}

/** A move the one-stop workflow does not allow. `messageKey` translates it; `params` name both statuses. */
export class TransitionError extends Error {
  override readonly name = 'TransitionError';
  readonly messageKey = 'status.transition-forbidden';
  readonly params: { from: DossierStatus; to: DossierStatus };

  constructor(readonly from: DossierStatus, readonly to: DossierStatus) {
    super(`A dossier cannot move from ${describe(from)} to ${describe(to)}.`);
    this.params = { from, to };
  }
}
