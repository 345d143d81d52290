/**
 * The events `<egov-dossier-tracker>` dispatches. Each bubbles and crosses shadow roots.
 * @module
 */
import type { Dossier } from '@egov-kit/sdk';
import type { DossierStreamEvent } from '@egov-kit/sdk/tracking';

/** `egov-dossier-load`: a dossier was opened (by its code and verifier, a kept token, or the person's sign-in). */
export class EgovDossierLoadEvent extends Event {
  static readonly type = 'egov-dossier-load';
  constructor(
    /** The dossier as the API answered it, with its access token (`access`). */
    readonly dossier: Dossier,
  ) {
    super(EgovDossierLoadEvent.type, { bubbles: true, composed: true });
  }
}

/** `egov-dossier-change`: the dossier shown changed while open (a step by the agency, or the person's own answer). */
export class EgovDossierChangeEvent extends Event {
  static readonly type = 'egov-dossier-change';
  constructor(
    /** The dossier now. */
    readonly dossier: Dossier,
    /** The step that arrived live, when the change came from the agency's side. */
    readonly change?: DossierStreamEvent,
  ) {
    super(EgovDossierChangeEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * `egov-lookup-error`: a dossier could not be opened. A wrong verifier and an unknown code give the
 * same event (`dossier-not-found`); nothing about the dossier is in it.
 */
export class EgovLookupErrorEvent extends Event {
  static readonly type = 'egov-lookup-error';
  constructor(
    /** The problem's name (`dossier-not-found`, `rate-limited`, `dossier-access-expired`…), or `network`. */
    readonly problem: string,
    /** The sentence the person reads, in the element's language. */
    readonly text: string,
    /** For `rate-limited`: how long until a lookup may be tried again, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(EgovLookupErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'egov-dossier-load': EgovDossierLoadEvent;
    'egov-dossier-change': EgovDossierChangeEvent;
    'egov-lookup-error': EgovLookupErrorEvent;
  }
}
