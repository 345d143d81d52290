import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FormControl } from '../../internal/form-control.js';
import { ChildOptions, type ChoiceOption } from '../../internal/options.js';
import type { Problem } from '../../internal/validation.js';
import { choiceGroupStyles } from '../../styles/choice-group.styles.js';
import { fieldsetResetStyles } from '../../styles/fieldset-reset.styles.js';
import { choiceStyles } from '../../styles/choice.styles.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';

/**
 * A question answered by ticking any number of boxes, in a `<fieldset>` whose legend is the
 * question. Each ticked value is submitted under `name`, as native checkboxes sharing a name are.
 * Choices come from the `options` property or from `<option>` children
 * (`<option value="a" data-hint="…">Label</option>`).
 *
 * @tagname egov-checkbox-group
 * @summary Several checkboxes answering one question.
 *
 * @slot label - The question (legend), when it needs more than text.
 * @slot hint - Help under the question.
 *
 * @event change - The person ticked or cleared a box.
 * @event invalid - The field was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - Each box.
 */
export class EgovCheckboxGroup extends FormControl<string[]> {
  static override styles = [baseStyles, fieldStyles, choiceStyles, fieldsetResetStyles, choiceGroupStyles];

  /** The ticked values, in the order of the choices. */
  @property({ attribute: false }) value: string[] = [];
  /** The values ticked at first (the `value` attribute, comma-separated), restored by a form reset. */
  @property({ attribute: 'value', converter: { fromAttribute: (v: string | null) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []) } })
  defaultValue: string[] = [];
  /** The choices; `<option>` children are used when this is empty. */
  @property({ attribute: false }) options: ChoiceOption[] = [];
  /** The fewest boxes that must be ticked. */
  @property({ type: Number, attribute: 'min-selected' }) minSelected?: number;
  /** The most boxes that may be ticked. */
  @property({ type: Number, attribute: 'max-selected' }) maxSelected?: number;
  /** Lays the choices out in a row (for two or three short ones). */
  @property({ type: Boolean, reflect: true }) inline = false;

  readonly #childOptions = new ChildOptions(this);

  /** The choices shown. */
  get choices(): ChoiceOption[] {
    return this.#childOptions.choices;
  }

  protected override get validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('input:not(:disabled)') ?? undefined;
  }

  protected readValue(): string[] {
    return this.value;
  }

  protected isEmpty(value: string[]): boolean {
    return value.length === 0;
  }

  protected override requiredProblem(): Problem {
    return this.minSelected !== undefined && this.minSelected > 1
      ? { key: 'form.error.too-few-selected', ns: 'core', params: { min: this.minSelected }, flag: 'valueMissing' }
      : { key: 'common.choice-required', flag: 'valueMissing' };
  }

  protected override checkValue(value: string[]): Problem | undefined {
    if (this.minSelected !== undefined && value.length < this.minSelected) {
      return { key: 'form.error.too-few-selected', ns: 'core', params: { min: this.minSelected }, flag: 'rangeUnderflow' };
    }
    if (this.maxSelected !== undefined && value.length > this.maxSelected) {
      return { key: 'form.error.too-many-selected', ns: 'core', params: { max: this.maxSelected }, flag: 'rangeOverflow' };
    }
    return undefined;
  }

  protected formValue(): FormData {
    const data = new FormData();
    for (const value of this.value) data.append(this.name, value);
    return data;
  }

  protected resetValue(): void {
    this.value = [...this.defaultValue];
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (state instanceof FormData) this.value = state.getAll(this.name).filter((v): v is string => typeof v === 'string');
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const ticked = new Set(this.value);
    if (input.checked) ticked.add(input.value);
    else ticked.delete(input.value);
    this.value = this.choices.map((c) => c.value).filter((v) => ticked.has(v));
    this.userChanged();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    const disabled = this.isDisabled || this.readonly || this.loading;
    return html`<fieldset part="base" class="field ${invalid ? 'invalid' : ''}" aria-describedby=${ifDefined(this.describedBy() || undefined)}
        aria-busy=${this.loading ? 'true' : 'false'}>
      <legend id="label" class="label" part="label">${this.label}<slot name="label"></slot>${this.renderRequiredMarker()}</legend>
      ${this.renderHint()} ${this.renderError()}
      <div class="choices">
        ${this.choices.map((choice, i) => html`<div class="choice">
          <input id="choice-${i}" part="control" type="checkbox" .value=${choice.value} .checked=${this.value.includes(choice.value)}
            ?disabled=${disabled || !!choice.disabled} aria-describedby=${ifDefined(choice.hint ? `choice-${i}-hint` : undefined)}
            aria-invalid=${invalid ? 'true' : 'false'} @change=${this.onChange} />
          <label for="choice-${i}">${choice.label}</label>
          ${choice.hint ? html`<div id="choice-${i}-hint" class="choice-hint">${choice.hint}</div>` : nothing}
        </div>`)}
      </div>
      ${this.renderAnnouncer()}
    </fieldset>`;
  }
}
