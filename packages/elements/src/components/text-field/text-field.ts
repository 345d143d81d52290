import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FormControl } from '../../internal/form-control.js';
import { implicitSubmit } from '../../internal/options.js';
import { textLength, type Problem } from '../../internal/validation.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { inputStyles } from '../../styles/input.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { textFieldStyles } from './text-field.styles.js';

/**
 * A one-line text field with its label, hint and error, that works in a plain `<form>`.
 * Text is submitted in Unicode NFC, as egov-kit stores and compares it.
 *
 * @tagname egov-text-field
 * @summary One-line text input, form-associated, with label, hint and error.
 *
 * @slot label - The label, when it needs more than text (the `label` attribute is simpler).
 * @slot hint - Help under the label, when it needs more than text.
 * @slot prefix - Shown before the box, e.g. a currency.
 * @slot suffix - Shown after the box, e.g. a unit (m²).
 *
 * @event input - The person typed (native, from the inner input).
 * @event change - The person committed a new value.
 * @event invalid - The value was checked and is not valid; the error now shows.
 * @event egov-error-change - The error shown changed; `message` is the new text or `''`.
 *
 * @csspart base - The wrapper of the whole field.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The text box.
 *
 * @cssprop --egov-text-field-width - Width of the box (e.g. `10ch` for a postcode); full width by default.
 */
export class EgovTextField extends FormControl<string> {
  static override styles = [baseStyles, fieldStyles, inputStyles, textFieldStyles];

  /** The current text. */
  @property({ attribute: false }) value = '';
  /** The initial text (the `value` attribute), restored by a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';
  /** The kind of text: `text`, `email`, `tel`, `url`, `password` or `search`. */
  @property() type: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search' = 'text';
  /** What the browser may fill in (`name`, `email`, `street-address`…), WCAG 1.3.5. */
  @property() autocomplete?: string;
  /** The on-screen keyboard to show (`numeric`, `decimal`, `tel`, `email`…). */
  @property() inputmode?: string;
  /** The fewest characters accepted (code points of the trimmed text). */
  @property({ type: Number }) minlength?: number;
  /** The most characters accepted; typing more is allowed, and shown as an error. */
  @property({ type: Number }) maxlength?: number;
  /** A regular expression (u flag) the whole text must match. */
  @property() pattern?: string;
  /** The error shown when the text does not match `pattern`. */
  @property({ attribute: 'pattern-message' }) patternMessage?: string;
  /** Turn the browser's spell checker on or off. */
  @property({ type: Boolean }) override spellcheck = true;

  protected readValue(): string {
    return this.value;
  }

  protected isEmpty(value: string): boolean {
    return value.trim() === '';
  }

  protected override checkValue(value: string): Problem | undefined {
    const length = textLength(value);
    if (this.minlength !== undefined && length < this.minlength) {
      return { key: 'form.error.too-short', ns: 'core', params: { min: this.minlength, length }, flag: 'tooShort' };
    }
    if (this.maxlength !== undefined && length > this.maxlength) {
      return { key: 'form.error.too-long', ns: 'core', params: { max: this.maxlength, length }, flag: 'tooLong' };
    }
    if (this.pattern && !new RegExp(`^(?:${this.pattern})$`, 'u').test(value.trim().normalize('NFC'))) {
      return this.patternMessage
        ? { text: this.patternMessage, flag: 'patternMismatch' }
        : { key: 'form.error.pattern', ns: 'core', flag: 'patternMismatch' };
    }
    return undefined;
  }

  protected formValue(): string {
    return this.value.normalize('NFC');
  }

  protected resetValue(): void {
    this.value = this.defaultValue;
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.userChanged();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing) {
      this.onChange();
      implicitSubmit(this.form);
    }
  }

  private onChange(): void {
    // Committed text is stored in NFC, as typed text from some keyboards is decomposed.
    this.value = this.value.normalize('NFC');
    this.userCommitted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    return html`<div part="base" class="field ${invalid ? 'invalid' : ''}">
      ${this.renderLabel()} ${this.renderHint()} ${this.renderError()}
      <div class="control">
        <slot name="prefix"></slot>
        <input
          id="control"
          part="input"
          class="input"
          .type=${this.type}
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly || this.loading}
          aria-busy=${this.loading ? 'true' : 'false'}
          .spellcheck=${this.spellcheck}
          autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
          inputmode=${ifDefined(this.inputmode)}
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          aria-invalid=${invalid ? 'true' : 'false'}
          @input=${this.onInput}
          @change=${this.onChange}
          @keydown=${this.onKeydown}
        />
        <slot name="suffix"></slot>
      </div>
      ${this.renderAnnouncer()}
    </div>`;
  }
}
