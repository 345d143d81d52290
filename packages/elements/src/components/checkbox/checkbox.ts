import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl } from '../../internal/form-control.js';
import type { Problem } from '../../internal/validation.js';
import { choiceStyles } from '../../styles/choice.styles.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { checkboxMessages } from './checkbox.messages.js';

/**
 * One checkbox, for a yes/no question or an agreement ("Tôi cam đoan…"). When ticked, the form
 * submits `value` under `name`, as a native checkbox does; `required` means it must be ticked.
 *
 * @tagname egov-checkbox
 * @summary A single checkbox with its label, hint and error.
 *
 * @slot - The label, when it needs more than text (a link to the terms).
 * @slot hint - Help under the label.
 *
 * @event change - The person ticked or cleared the box.
 * @event invalid - The field was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The wrapper of the whole field.
 * @csspart control - The box.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 */
export class EgovCheckbox extends FormControl<boolean> {
  static override styles = [baseStyles, fieldStyles, choiceStyles];
  static override messages = checkboxMessages;
  protected static override defaultProperty = 'defaultChecked';

  /** Whether the box is ticked. */
  @property({ attribute: false }) checked = false;
  /** Ticked at first (the `checked` attribute), restored by a form reset. */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;
  /** What is submitted when ticked. */
  @property() value = 'on';

  protected readValue(): boolean {
    return this.checked;
  }

  protected isEmpty(checked: boolean): boolean {
    return !checked;
  }

  protected override requiredProblem(): Problem {
    return { key: 'checkbox.required', flag: 'valueMissing' };
  }

  protected formValue(): string | null {
    return this.checked ? this.value : null;
  }

  protected override formState(): string {
    return this.checked ? 'checked' : '';
  }

  protected resetValue(): void {
    this.checked = this.defaultChecked;
  }

  protected restoreValue(state: string | File | FormData | null): void {
    this.checked = state === 'checked';
  }

  private onChange(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
    this.userChanged();
    this.userCommitted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The label's text, for an error summary's link: the `label` and what the box holds (a link to the terms…). */
  override get labelText(): string {
    const held = [...this.childNodes].filter((node) => !(node instanceof Element && node.hasAttribute('slot'))).map((node) => node.textContent ?? '');
    return [this.label, ...held].join(' ').replace(/\s+/g, ' ').trim() || super.labelText;
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    return html`<div part="base" class="field ${invalid ? 'invalid' : ''}">
      ${this.renderError()}
      <div class="choice">
        <input
          id="control"
          part="control"
          type="checkbox"
          .checked=${live(this.checked)}
          ?required=${this.required}
          ?disabled=${this.isDisabled || this.readonly || this.loading}
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          aria-invalid=${invalid ? 'true' : 'false'}
          @change=${this.onChange}
        />
        <label for="control" part="label">${this.label}<slot></slot>${this.renderRequiredMarker()}</label>
        <div class="choice-hint">${this.renderHint()}</div>
      </div>
      ${this.renderAnnouncer()}
    </div>`;
  }
}
