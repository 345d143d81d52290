import { property } from 'lit/decorators.js';
import { FormControl } from './form-control.js';
import { ChildOptions, type ChoiceOption } from './options.js';
import type { Problem } from './validation.js';

/**
 * A field answered by choosing one of its choices (select, radio group): the value, its default,
 * the choices from `options` or `<option>` children, and the form's submit, reset and restore.
 */
export abstract class SingleChoiceControl extends FormControl<string> {
  /** The chosen value; `''` when none is. */
  @property({ attribute: false }) value = '';
  /** The value chosen at first (the `value` attribute), restored by a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';
  /** The choices; `<option>` children are used when this is empty. */
  @property({ attribute: false }) options: ChoiceOption[] = [];

  readonly #choices = new ChildOptions(this);

  /** The choices shown. */
  get choices(): ChoiceOption[] {
    return this.#choices.choices;
  }

  protected readValue(): string {
    return this.value;
  }

  protected isEmpty(value: string): boolean {
    return value === '';
  }

  protected override requiredProblem(): Problem {
    return { key: 'common.choice-required', flag: 'valueMissing' };
  }

  protected override checkValue(value: string): Problem | undefined {
    return this.choices.some((c) => c.value === value) ? undefined : { key: 'form.error.invalid-option', ns: 'core', flag: 'badInput' };
  }

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  protected override formState(): string {
    return this.value;
  }

  protected resetValue(): void {
    this.value = this.defaultValue;
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }
}
