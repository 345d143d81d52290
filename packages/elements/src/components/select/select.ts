import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SingleChoiceControl } from '../../internal/single-choice.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { inputStyles } from '../../styles/input.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { selectMessages } from './select.messages.js';

/**
 * A drop-down list, as the native `<select>` (the phone's own picker on mobile). It starts on a
 * "— Chọn —" entry that is not a choice, so nobody submits the first option by accident. Choices
 * come from the `options` property or from `<option>` children.
 *
 * @tagname egov-select
 * @summary Native drop-down list with label, hint and error.
 *
 * @slot label - The label, when it needs more than text.
 * @slot hint - Help under the label.
 *
 * @event change - The person chose an option.
 * @event invalid - The field was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The wrapper of the whole field.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The select box.
 */
export class EgovSelect extends SingleChoiceControl {
  static override styles = [baseStyles, fieldStyles, inputStyles];
  static override messages = selectMessages;

  /** What the browser may fill in (`address-level1`, `country`…). */
  @property() autocomplete?: string;


  private onChange(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
    this.userChanged();
    this.userCommitted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    return html`<div part="base" class="field ${invalid ? 'invalid' : ''}">
      ${this.renderLabel()} ${this.renderHint()} ${this.renderError()}
      <select
        id="control"
        part="input"
        class="input"
        ?required=${this.required}
        ?disabled=${this.isDisabled || this.readonly || this.loading}
        autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
        aria-describedby=${ifDefined(this.describedBy() || undefined)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-busy=${this.loading ? 'true' : 'false'}
        @change=${this.onChange}
      >
        <option value="" .selected=${this.value === ''}>${this.localize.t('select.choose')}</option>
        ${this.choices.map((c) => html`<option value=${c.value} ?disabled=${!!c.disabled} .selected=${c.value === this.value}>${c.label}</option>`)}
      </select>
      ${this.renderAnnouncer()}
    </div>`;
  }
}
