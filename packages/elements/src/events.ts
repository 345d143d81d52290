/**
 * The events egov-kit elements dispatch besides the native ones (`input`, `change`, `invalid`).
 * Every one bubbles and crosses shadow roots (`composed`).
 * @module
 */

/**
 * `egov-error-change`: the error a field shows changed: it appeared, changed text, or went away
 * (`message` is then `''`). An error summary listens for it to stay in step with the fields.
 */
export class EgovErrorChangeEvent extends Event {
  static readonly type = 'egov-error-change';
  constructor(
    /** The error text shown now, in the field's language; `''` when none is shown. */
    readonly message: string,
  ) {
    super(EgovErrorChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'egov-error-change': EgovErrorChangeEvent;
  }
}
