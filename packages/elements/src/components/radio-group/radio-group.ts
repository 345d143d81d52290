import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SingleChoiceControl } from '../../internal/single-choice.js';
import { choiceGroupStyles } from '../../styles/choice-group.styles.js';
import { fieldsetResetStyles } from '../../styles/fieldset-reset.styles.js';
import { choiceStyles } from '../../styles/choice.styles.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';

/**
 * A question answered by choosing one of a few options, as native radio buttons in a `<fieldset>`
 * whose legend is the question: Tab reaches the group, the arrow keys choose. Choices come from the
 * `options` property or from `<option>` children.
 *
 * @tagname egov-radio-group
 * @summary Radio buttons answering one question.
 *
 * @slot label - The question (legend), when it needs more than text.
 * @slot hint - Help under the question.
 *
 * @event change - The person chose an option.
 * @event invalid - The field was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart control - Each radio button.
 */
export class EgovRadioGroup extends SingleChoiceControl {
  static override styles = [baseStyles, fieldStyles, choiceStyles, fieldsetResetStyles, choiceGroupStyles];

  /** Lays the choices out in a row (for "Có / Không"). */
  @property({ type: Boolean, reflect: true }) inline = false;

  private readonly group = `egov-radio-${Math.random().toString(36).slice(2)}`;

  protected override get validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('input:checked') ?? this.renderRoot.querySelector<HTMLElement>('input:not(:disabled)') ?? undefined;
  }

  private onChange(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.userChanged();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    const disabled = this.isDisabled || this.readonly || this.loading;
    return html`<fieldset part="base" class="field ${invalid ? 'invalid' : ''}" role="radiogroup"
        aria-describedby=${ifDefined(this.describedBy() || undefined)} aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : 'false'} aria-busy=${this.loading ? 'true' : 'false'}>
      <legend id="label" class="label" part="label">${this.label}<slot name="label"></slot>${this.renderRequiredMarker()}</legend>
      ${this.renderHint()} ${this.renderError()}
      <div class="choices">
        ${this.choices.map((choice, i) => html`<div class="choice">
          <input id="choice-${i}" part="control" type="radio" name=${this.group} .value=${choice.value}
            .checked=${this.value === choice.value} ?disabled=${disabled || !!choice.disabled}
            aria-describedby=${ifDefined(choice.hint ? `choice-${i}-hint` : undefined)} @change=${this.onChange} />
          <label for="choice-${i}">${choice.label}</label>
          ${choice.hint ? html`<div id="choice-${i}-hint" class="choice-hint">${choice.hint}</div>` : nothing}
        </div>`)}
      </div>
      ${this.renderAnnouncer()}
    </fieldset>`;
  }
}
