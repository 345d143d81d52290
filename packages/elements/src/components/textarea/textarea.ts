import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl } from '../../internal/form-control.js';
import { textLength, type Problem } from '../../internal/validation.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { inputStyles } from '../../styles/input.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { textareaMessages } from './textarea.messages.js';
import { textareaStyles } from './textarea.styles.js';

/** How long typing must pause before the remaining count is read out (as GOV.UK's character count). */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

/**
 * A multi-line text field. With `maxlength`, it shows how many characters are left (counted as core
 * counts them: code points of the trimmed NFC text); people may type past the limit, which is then
 * shown as an error rather than silently cutting their text. Screen readers are told the limit with
 * the field, and the count once typing pauses.
 *
 * @tagname egov-textarea
 * @summary Multi-line text input with a character count.
 *
 * @slot label - The label, when it needs more than text.
 * @slot hint - Help under the label, when it needs more than text.
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
 * @csspart input - The text area.
 * @csspart count - The characters-left count.
 */
export class EgovTextarea extends FormControl<string> {
  static override styles = [baseStyles, fieldStyles, inputStyles, textareaStyles];
  static override messages = textareaMessages;

  /** The current text. */
  @property({ attribute: false }) value = '';
  /** The initial text (the `value` attribute), restored by a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';
  /** Visible lines. */
  @property({ type: Number }) rows = 5;
  /** The most characters accepted; shows the count. */
  @property({ type: Number }) maxlength?: number;
  /** The fewest characters accepted. */
  @property({ type: Number }) minlength?: number;
  /** What the browser may fill in. */
  @property() autocomplete?: string;

  /** The count as last read out. */
  @state() private spokenCount = '';
  private countTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
  }

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
    return undefined;
  }

  protected formValue(): string {
    return this.value.normalize('NFC');
  }

  protected resetValue(): void {
    this.value = this.defaultValue;
    this.spokenCount = '';
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** What the count says now: characters left, or over. */
  private countText(): string {
    if (this.maxlength === undefined) return '';
    const left = this.maxlength - textLength(this.value);
    return left >= 0 ? this.localize.t('textarea.remaining', { count: left }) : this.localize.t('textarea.over', { count: -left });
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.userChanged();
    if (this.maxlength !== undefined) {
      clearTimeout(this.countTimer);
      this.countTimer = setTimeout(() => (this.spokenCount = this.countText()), COUNT_ANNOUNCE_DELAY_MS);
    }
  }

  private onChange(): void {
    this.value = this.value.normalize('NFC');
    this.userCommitted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    const counted = this.maxlength !== undefined;
    const over = counted && textLength(this.value) > this.maxlength!;
    return html`<div part="base" class="field ${invalid ? 'invalid' : ''}">
      ${this.renderLabel()} ${this.renderHint()} ${this.renderError()}
      <textarea
        id="control"
        part="input"
        class="input"
        rows=${this.rows}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly || this.loading}
        autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
        aria-describedby=${ifDefined(this.describedBy(...(counted ? ['limit'] : [])) || undefined)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-busy=${this.loading ? 'true' : 'false'}
        @input=${this.onInput}
        @change=${this.onChange}
      ></textarea>
      ${counted
        ? html`<div id="limit" class="sr-only">${this.localize.t('textarea.limit', { count: this.maxlength })}</div>
            <div class="count ${over ? 'over' : ''}" part="count" aria-hidden="true">${this.countText()}</div>
            <div class="sr-only" role="status">${this.spokenCount}</div>`
        : nothing}
      ${this.renderAnnouncer()}
    </div>`;
  }
}
