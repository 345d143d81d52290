import type { Actor, DossierEvent } from './schemas.js';

/** What {@link eventTitleKey} reads of an event. */
export type TitledEvent = Pick<DossierEvent, 'to'> & Partial<Pick<DossierEvent, 'from'>> & { actor?: Pick<Actor, 'kind'> | undefined };

/**
 * The message key of an event's title in a dossier's history: the name of the status it reached,
 * except where that would misread who did what. When the applicant answers a request for
 * supplements the dossier goes back to `received` or `processing`, but the applicant neither
 * received nor processed it: the title says they sent the supplement (`status.event.supplement-answered`).
 */
export function eventTitleKey(event: TitledEvent): string {
  if (event.actor?.kind === 'applicant' && event.from === 'supplement-requested' && event.to !== 'withdrawn') {
    return 'status.event.supplement-answered';
  }
  return `status.name.${event.to}`;
}
