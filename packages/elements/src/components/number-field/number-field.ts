import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl } from '../../internal/form-control.js';
import { implicitSubmit } from '../../internal/options.js';
import type { Problem } from '../../internal/validation.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { inputStyles } from '../../styles/input.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import { formatLocalNumber, parseLocalNumber } from './number-parse.js';

/**
 * A number typed as people write numbers in their language (`1.500.000` or `2,5` in Vietnamese,
 * `1,500,000` or `2.5` in English), shown back with thousands grouped once the person leaves the
 * box. The value and what the form submits are a plain decimal with a `.` point (`1500000`, `2.5`),
 * as core's number check reads them. A text box with a numeric keyboard rather than
 * `type="number"`, whose spinner and scroll-wheel changes cause mistakes.
 *
 * @tagname egov-number-field
 * @summary Number input in local notation, submitting a plain decimal.
 *
 * @slot label - The label, when it needs more than text.
 * @slot hint - Help under the label, when it needs more than text.
 * @slot prefix - Shown before the box.
 * @slot suffix - Shown after the box: the unit (m², đồng).
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
export class EgovNumberField extends FormControl<string> {
  static override styles = [baseStyles, fieldStyles, inputStyles, textFieldStyles];

  /** The number as a plain decimal with a `.` point (`'1500000'`), or what was typed when it is not a number. */
  @property({ attribute: false }) value = '';
  /** The initial number (the `value` attribute, a plain decimal), restored by a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';
  /** The smallest number accepted. */
  @property({ type: Number }) min?: number;
  /** The largest number accepted. */
  @property({ type: Number }) max?: number;
  /** Only whole numbers are accepted (the keyboard then has no decimal key). */
  @property({ type: Boolean }) integer = false;
  /** Shows the number without thousands groups: a year (`2001`, not `2.001`), a house number. */
  @property({ type: Boolean, attribute: 'no-grouping' }) noGrouping = false;
  /** What the browser may fill in. */
  @property() autocomplete?: string;

  /** What the box shows: the typed text while typing, the grouped number afterwards. */
  @state() private text = '';
  private textLocale = this.localize.locale;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The box follows the value when it is set from outside, and the language's notation.
    if ((changed.has('value') && parseLocalNumber(this.text, this.localize.locale) !== this.value) || this.textLocale !== this.localize.locale) {
      this.text = this.display(this.value);
      this.textLocale = this.localize.locale;
    }
  }

  /** The number, or `NaN` when the box holds no number. */
  get valueAsNumber(): number {
    return /^-?\d+(\.\d+)?$/.test(this.value) ? Number(this.value) : Number.NaN;
  }

  private display(value: string): string {
    return /^-?\d+(\.\d+)?$/.test(value) ? formatLocalNumber(value, this.localize.locale, !this.noGrouping) : value;
  }

  protected readValue(): string {
    return this.value;
  }

  protected isEmpty(value: string): boolean {
    return value.trim() === '';
  }

  protected override checkValue(value: string): Problem | undefined {
    const number = this.valueAsNumber;
    if (Number.isNaN(number) || !/^-?\d+(\.\d+)?$/.test(value)) return { key: 'form.error.not-a-number', ns: 'core', flag: 'badInput' };
    const shown = (n: number) => formatLocalNumber(String(n), this.localize.locale, !this.noGrouping);
    if (this.integer && !Number.isInteger(number)) return { key: 'form.error.not-an-integer', ns: 'core', flag: 'stepMismatch' };
    if (this.min !== undefined && number < this.min) return { key: 'form.error.below-min', ns: 'core', params: { min: shown(this.min) }, flag: 'rangeUnderflow' };
    if (this.max !== undefined && number > this.max) return { key: 'form.error.above-max', ns: 'core', params: { max: shown(this.max) }, flag: 'rangeOverflow' };
    return undefined;
  }

  protected formValue(): string {
    return this.value;
  }

  protected resetValue(): void {
    this.value = this.defaultValue;
    this.text = this.display(this.value);
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.value = parseLocalNumber(this.text, this.localize.locale) ?? this.text.trim();
    this.userChanged();
  }

  private onChange(): void {
    this.text = this.display(this.value);
    this.userCommitted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing) {
      this.onChange();
      implicitSubmit(this.form);
    }
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
          type="text"
          inputmode=${this.integer && (this.min ?? 0) >= 0 ? 'numeric' : 'decimal'}
          spellcheck="false"
          .value=${live(this.text)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly || this.loading}
          autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-busy=${this.loading ? 'true' : 'false'}
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
