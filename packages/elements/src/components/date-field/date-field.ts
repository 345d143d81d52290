import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatDate, formatIsoDate, isValidCivilDate, parseDate, parseIsoDate, vietnamDateOf } from '@egov-kit/core';
import { FormControl } from '../../internal/form-control.js';
import { implicitSubmit } from '../../internal/options.js';
import type { Problem } from '../../internal/validation.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { inputStyles } from '../../styles/input.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { dateFieldMessages } from './date-field.messages.js';
import { dateFieldStyles } from './date-field.styles.js';
import { fieldsetResetStyles } from '../../styles/fieldset-reset.styles.js';

/** The three boxes of a date, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

type PartName = keyof DateParts;
const PART_NAMES: readonly PartName[] = ['day', 'month', 'year'];
const EMPTY: DateParts = { day: '', month: '', year: '' };

function partsOf(iso: string): DateParts {
  const date = parseIsoDate(iso);
  return date ? { day: String(date.day), month: String(date.month), year: String(date.year) } : { ...EMPTY };
}

/**
 * A date typed as people write it in Vietnam, day first, in three boxes (GOV.UK's date input): the
 * best way to enter a date one knows, such as a date of birth. Pasting a whole date (`29/01/2025`)
 * into any box fills all three (read by core's `parseDate`). With `picker`, a button also opens the
 * browser's own calendar, for dates one looks up. The value and what is submitted are ISO
 * (`YYYY-MM-DD`), `''` while the date is incomplete or not real.
 *
 * @tagname egov-date-field
 * @summary Day, month and year boxes, with an optional calendar.
 *
 * @slot label - The question (legend), when it needs more than text.
 * @slot hint - Help under the question ("Ví dụ: 27 3 1990").
 *
 * @event input - The person typed in a box.
 * @event change - The person committed a new date.
 * @event invalid - The date was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - Each of the three boxes.
 * @csspart picker-button - The calendar button.
 */
export class EgovDateField extends FormControl<DateParts> {
  static override styles = [baseStyles, fieldStyles, inputStyles, fieldsetResetStyles, dateFieldStyles];
  static override messages = dateFieldMessages;

  /** The date, ISO `YYYY-MM-DD`; `''` while incomplete or not a real date. Setting it fills the boxes. */
  @property({ attribute: false })
  get value(): string {
    const { day, month, year } = this.parts;
    const date = { day: Number(day), month: Number(month), year: Number(year) };
    return /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year) && isValidCivilDate(date) ? formatIsoDate(date) : '';
  }
  set value(iso: string) {
    const old = this.value;
    this.parts = partsOf(iso ?? '');
    this.requestUpdate('value', old);
  }

  /** The initial date (the `value` attribute, ISO), restored by a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';
  /** The earliest date accepted (ISO). */
  @property() min?: string;
  /** The latest date accepted (ISO). */
  @property() max?: string;
  /** Dates after today (in Vietnam) are refused, e.g. a date of birth. */
  @property({ type: Boolean, attribute: 'not-in-future' }) notInFuture = false;
  /** Dates before today (in Vietnam) are refused, e.g. an appointment. */
  @property({ type: Boolean, attribute: 'not-in-past' }) notInPast = false;
  /** `bday` for a date of birth: the browser may fill the three boxes. */
  @property() autocomplete?: string;
  /** Adds a button that opens the browser's calendar. */
  @property({ type: Boolean }) picker = false;

  /** The three boxes as typed. */
  @state() parts: DateParts = { ...EMPTY };

  protected override get validationAnchor(): HTMLElement | undefined {
    const part = this.problemPart() ?? 'day';
    return this.renderRoot.querySelector<HTMLElement>(`#${part}`) ?? undefined;
  }

  /** The box the current problem is about, or `undefined` when it is about the whole date. */
  private problemPart(): PartName | undefined {
    const filled = PART_NAMES.filter((p) => this.parts[p].trim() !== '');
    if (filled.length === 0 || filled.length === 3) {
      return filled.length === 3 && !/^\d{4}$/.test(this.parts.year.trim()) ? 'year' : undefined;
    }
    return PART_NAMES.find((p) => this.parts[p].trim() === '');
  }

  protected readValue(): DateParts {
    return this.parts;
  }

  protected isEmpty(parts: DateParts): boolean {
    return PART_NAMES.every((p) => parts[p].trim() === '');
  }

  protected override checkValue(parts: DateParts): Problem | undefined {
    const missing = PART_NAMES.find((p) => parts[p].trim() === '');
    if (missing) return { key: `date.missing-${missing}`, flag: 'badInput' };
    if (!/^\d{4}$/.test(parts.year.trim()) && /^\d+$/.test(parts.year.trim())) return { key: 'date.year-digits', flag: 'badInput' };
    const iso = this.value;
    if (!iso) return { key: 'form.error.invalid-date', ns: 'core', flag: 'badInput' };
    const today = formatIsoDate(vietnamDateOf(new Date()));
    if (this.notInFuture && iso > today) return { key: 'form.error.date-in-future', ns: 'core', params: { today: formatDate(today) }, flag: 'rangeOverflow' };
    if (this.notInPast && iso < today) return { key: 'form.error.date-in-past', ns: 'core', params: { today: formatDate(today) }, flag: 'rangeUnderflow' };
    if (this.min && parseIsoDate(this.min) && iso < this.min) return { key: 'form.error.date-before-min', ns: 'core', params: { min: formatDate(this.min) }, flag: 'rangeUnderflow' };
    if (this.max && parseIsoDate(this.max) && iso > this.max) return { key: 'form.error.date-after-max', ns: 'core', params: { max: formatDate(this.max) }, flag: 'rangeOverflow' };
    return undefined;
  }

  protected formValue(): string {
    return this.value;
  }

  protected override formState(): string {
    return `${this.parts.day}/${this.parts.month}/${this.parts.year}`;
  }

  protected resetValue(): void {
    this.parts = partsOf(this.defaultValue);
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const [day = '', month = '', year = ''] = state.split('/');
    this.parts = { day, month, year };
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const part = input.id as PartName;
    // A whole date pasted or typed into one box fills the three.
    const whole = /[/.-]/.test(input.value) ? parseDate(input.value) : undefined;
    this.parts = whole ? partsOf(whole) : { ...this.parts, [part]: input.value.trim() };
    this.userChanged();
  }

  private onChange(): void {
    this.userCommitted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing) {
      this.onChange();
      implicitSubmit(this.form);
    }
  }

  private openPicker(): void {
    const native = this.renderRoot.querySelector<HTMLInputElement>('.native');
    if (!native) return;
    native.value = this.value;
    native.showPicker();
  }

  private onPicked(event: Event): void {
    const iso = (event.target as HTMLInputElement).value;
    if (!iso) return;
    this.parts = partsOf(iso);
    this.userChanged();
    this.onChange();
    this.renderRoot.querySelector<HTMLElement>('#day')?.focus();
  }

  private renderPart(part: PartName, invalid: boolean) {
    const autocomplete = this.autocomplete === 'bday' ? `bday-${part}` : undefined;
    return html`<div class="part ${part}">
      <label for=${part}>${this.localize.t(`date.${part}`)}</label>
      <input id=${part} part="input" class="input" type="text" inputmode="numeric" spellcheck="false"
        maxlength="10"
        .value=${live(this.parts[part])}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly || this.loading}
        autocomplete=${ifDefined(autocomplete as AutoFill | undefined)}
        aria-invalid=${invalid ? 'true' : 'false'}
        @input=${this.onInput} @change=${this.onChange} @keydown=${this.onKeydown} />
    </div>`;
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    const part = invalid ? this.problemPart() : undefined;
    const canPick = this.picker && typeof HTMLInputElement.prototype.showPicker === 'function';
    return html`<fieldset part="base" class="field ${invalid ? 'invalid' : ''}" role="group"
        aria-describedby=${ifDefined(this.describedBy() || undefined)} aria-busy=${this.loading ? 'true' : 'false'}>
      <legend id="label" class="label" part="label">${this.label}<slot name="label"></slot>${this.renderRequiredMarker()}</legend>
      ${this.renderHint()} ${this.renderError()}
      <div class="parts">
        ${PART_NAMES.map((p) => this.renderPart(p, invalid && (part === undefined || part === p)))}
        ${canPick
          ? html`<button type="button" class="picker-button" part="picker-button" ?disabled=${this.isDisabled || this.readonly || this.loading}
                @click=${this.openPicker}>${this.localize.t('date.picker')}</button>
              <input class="native" type="date" tabindex="-1" aria-hidden="true" min=${ifDefined(this.min)} max=${ifDefined(this.max)}
                @change=${this.onPicked} />`
          : nothing}
      </div>
      ${this.renderAnnouncer()}
    </fieldset>`;
  }
}
