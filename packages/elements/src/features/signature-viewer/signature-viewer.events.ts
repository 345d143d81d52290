/**
 * The events `<egov-signature-viewer>` dispatches. Each bubbles and crosses shadow roots.
 * @module
 */
import type { VerificationReport } from '@egov-kit/signature';

/** `egov-verify-start`: a document is being read and its signatures checked; any earlier verdict is gone. */
export class EgovVerifyStartEvent extends Event {
  static readonly type = 'egov-verify-start';
  constructor(
    /** The document's file name, as shown. */
    readonly fileName: string,
  ) {
    super(EgovVerifyStartEvent.type, { bubbles: true, composed: true });
  }
}

/** `egov-verify`: the signatures were checked; `report` is the engine's report (EU DSS vocabulary). */
export class EgovVerifyEvent extends Event {
  static readonly type = 'egov-verify';
  constructor(
    /** The verification report. */
    readonly report: VerificationReport,
  ) {
    super(EgovVerifyEvent.type, { bubbles: true, composed: true });
  }
}

/** `egov-verify-error`: the document could not be checked. */
export class EgovVerifyErrorEvent extends Event {
  static readonly type = 'egov-verify-error';
  constructor(
    /** Why: `not-a-pdf`, `unreachable` (the `src` could not be fetched) or `engine` (the check itself failed). */
    readonly problem: 'not-a-pdf' | 'unreachable' | 'engine',
    /** The sentence the person reads, in the element's language. */
    readonly text: string,
  ) {
    super(EgovVerifyErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'egov-verify-start': EgovVerifyStartEvent;
    'egov-verify': EgovVerifyEvent;
    'egov-verify-error': EgovVerifyErrorEvent;
  }
}
