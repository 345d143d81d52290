import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { formatIdentifier, validateIdentifier, type IdentifierKind } from '@egov-kit/core';
import type { Problem } from '../../internal/validation.js';
import { EgovTextField } from '../text-field/text-field.js';
import { identifierFieldMessages } from './identifier-field.messages.js';

const KEYBOARDS: Record<IdentifierKind, { type: EgovTextField['type']; inputmode: string; autocomplete?: string }> = {
  cccd: { type: 'text', inputmode: 'numeric' },
  cmnd: { type: 'text', inputmode: 'numeric' },
  'tax-code': { type: 'text', inputmode: 'numeric' },
  phone: { type: 'tel', inputmode: 'tel', autocomplete: 'tel' },
  'social-insurance': { type: 'text', inputmode: 'numeric' },
  email: { type: 'email', inputmode: 'email', autocomplete: 'email' },
};

/**
 * A field for an identifier: personal ID number (CCCD), old ID card (CMND), tax code, mobile number,
 * social insurance number or email. Core's validators check it (`validateIdentifier`) and explain
 * each mistake in the page's language; once the person leaves the box it is shown in its usual
 * groups (`001 095 012 345`, `0912 345 678`, core's `formatIdentifier`). The form receives the
 * canonical value (`001095012345`, `+84912345678`). The label and hint default to the kind's.
 *
 * @tagname egov-identifier-field
 * @summary CCCD, tax code, phone… checked and formatted by core.
 *
 * @slot label - The label, when it needs more than text.
 * @slot hint - Help under the label.
 *
 * @event input - The person typed.
 * @event change - The person committed a new value.
 * @event invalid - The value was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The wrapper of the whole field.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The text box.
 *
 * @cssprop --egov-text-field-width - Width of the box.
 */
export class EgovIdentifierField extends EgovTextField {
  static override messages = identifierFieldMessages;

  /** What the identifier is: `cccd` (default), `cmnd`, `tax-code`, `phone`, `social-insurance` or `email`. */
  @property({ reflect: true }) kind: IdentifierKind = 'cccd';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('kind')) {
      const keyboard = KEYBOARDS[this.kind] ?? KEYBOARDS.cccd;
      this.type = keyboard.type;
      this.inputmode ??= keyboard.inputmode;
      if (keyboard.autocomplete) this.autocomplete ??= keyboard.autocomplete;
      this.spellcheck = false;
    }
    super.willUpdate(changed);
    // A value set from outside (not typed in the box) is shown formatted too.
    const typed = this.renderRoot.querySelector?.('input')?.value;
    if (changed.has('value') && this.value && typed !== this.value) this.value = formatIdentifier(this.kind, this.value);
  }

  protected override defaultLabel(): string {
    return this.localize.core(`identifier.${this.kind}.label`);
  }

  protected override hintText(): string {
    // The kind's hint, unless the page gives its own (attribute or slot).
    if (this.hint || this.querySelector(':scope > [slot="hint"]')) return this.hint;
    return this.localize.t(`identifier.hint.${this.kind}`);
  }

  protected override requiredProblem(): Problem {
    return { key: `identifier.${this.kind}.empty`, ns: 'core', flag: 'valueMissing' };
  }

  protected override checkValue(value: string): Problem | undefined {
    const result = validateIdentifier(this.kind, value);
    return result.ok ? undefined : { key: result.messageKey, ns: 'core', params: result.params ?? {}, flag: 'badInput' };
  }

  /** The canonical value when valid (`+84912345678`), otherwise the text as typed (NFC). */
  protected override formValue(): string {
    const result = validateIdentifier(this.kind, this.value);
    return result.ok ? result.value : this.value.normalize('NFC');
  }

  /** The canonical value of a valid identifier (what is submitted), or `''`. */
  get canonicalValue(): string {
    const result = validateIdentifier(this.kind, this.value);
    return result.ok ? result.value : '';
  }

  protected override userCommitted(): void {
    this.value = formatIdentifier(this.kind, this.value);
    super.userCommitted();
  }
}
