/**
 * The events `<egov-application-form>` dispatches. Each bubbles and crosses shadow roots.
 * @module
 */
import type { DossierSubmission, ProblemFieldError } from '@egov-kit/core/contract';
import type { Dossier } from '@egov-kit/sdk';

/**
 * `egov-step-change`: the form is about to show another step. Cancel it (`preventDefault()`) to own
 * the URL: the host then sets the form's `step` property itself (from its router). Not cancelled,
 * the form moves and keeps the step in `history.state`, so Back and Forward move between steps.
 */
export class EgovStepChangeEvent extends Event {
  static readonly type = 'egov-step-change';
  constructor(
    /** The step asked for: `nguoi-nop` (applicant), a form step's id, `kiem-tra` (check) or `bien-nhan` (receipt). */
    readonly step: string,
    /** The step shown now. */
    readonly from: string,
    /** Whether the move replaces the current history entry (a correction, not a step forward). */
    readonly replace: boolean,
    /** Whether the person should come back to the check page after this step (changing an answer). */
    readonly returnToReview: boolean,
  ) {
    super(EgovStepChangeEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** `egov-draft-save`: the draft was saved on this device (or could not be: `stored` is false). */
export class EgovDraftSaveEvent extends Event {
  static readonly type = 'egov-draft-save';
  constructor(
    /** The procedure's code. */
    readonly procedure: string,
    /** When it was saved (ISO instant). */
    readonly savedAt: string,
    /** Whether the device keeps it (false: the browser refused storage; it lives in the page only). */
    readonly stored: boolean,
  ) {
    super(EgovDraftSaveEvent.type, { bubbles: true, composed: true });
  }
}

/** `egov-submit`: the application was filed; `dossier` holds the dossier with its code and access token. */
export class EgovSubmitEvent extends Event {
  static readonly type = 'egov-submit';
  constructor(
    /** The dossier filed. */
    readonly dossier: Dossier,
    /** True when the answers were changed after the filed body was sent (its answer was lost). */
    readonly changedAfterFiling: boolean,
  ) {
    super(EgovSubmitEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * `egov-submit-error`: sending failed. `problem` is the problem's name (`validation-failed`…) or
 * `network` (then the application waits on the device and goes when the connection returns).
 */
export class EgovSubmitErrorEvent extends Event {
  static readonly type = 'egov-submit-error';
  constructor(
    readonly problem: string,
    /** The sentence the person reads, in the element's language. */
    readonly text: string,
    /** The fields the server refused, as the API names them (`answers.birthDate`). */
    readonly fieldErrors: readonly ProblemFieldError[],
    /** What was sent. */
    readonly submission: DossierSubmission,
  ) {
    super(EgovSubmitErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'egov-step-change': EgovStepChangeEvent;
    'egov-draft-save': EgovDraftSaveEvent;
    'egov-submit': EgovSubmitEvent;
    'egov-submit-error': EgovSubmitErrorEvent;
  }
}
