import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { searchKey } from '@egov-kit/core';
import { FormControl } from '../../internal/form-control.js';
import { implicitSubmit, ChildOptions, type ChoiceOption } from '../../internal/options.js';
import type { Problem } from '../../internal/validation.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { inputStyles } from '../../styles/input.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { comboboxMessages } from './combobox.messages.js';
import { comboboxStyles } from './combobox.styles.js';

/**
 * Loads the options matching what the person typed. Called again, with the previous call's
 * `signal` aborted, each time the text changes (after `debounce` ms).
 */
export type OptionLoader = (query: string, context: { signal: AbortSignal }) => Promise<ChoiceOption[]>;

/** Whether every word of `query` begins some word of `label`, ignoring case and diacritics. */
function matches(label: string, queryWords: readonly string[]): boolean {
  const words = searchKey(label).split(/[^a-z0-9]+/);
  return queryWords.every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * A text box that suggests options as the person types, and submits the chosen option's value
 * (ARIA 1.2 combobox with a list box). Options are a fixed list (`options` or `<option>` children),
 * filtered ignoring case and diacritics (`duc xuan` finds "Đức Xuân"), or loaded as the person types
 * with `loadOptions` (aborted and debounced). Arrow keys move through the list, Enter chooses,
 * Escape closes it or clears the box. Screen readers hear how many results there are, and when
 * the list is loading or failed to load.
 *
 * @tagname egov-combobox
 * @summary Searchable list with async options.
 *
 * @slot label - The label, when it needs more than text.
 * @slot hint - Help under the label.
 *
 * @event input - The person typed.
 * @event change - The person chose an option, or cleared the chosen one (Escape, or typing over it).
 * @event invalid - The value was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The wrapper of the whole field.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The text box.
 * @csspart listbox - The list of options.
 * @csspart option - Each option.
 *
 * @cssstate open - The list is shown.
 */
export class EgovCombobox extends FormControl<string> {
  static override styles = [baseStyles, fieldStyles, inputStyles, comboboxStyles];
  static override messages = comboboxMessages;

  /** The chosen option's value; `''` while none is chosen. */
  @property({ attribute: false }) value = '';
  /** The value chosen at first (the `value` attribute), restored by a form reset. */
  @property({ attribute: 'value' }) defaultValue = '';
  /** The label of the value set by script or the `value` attribute, when the options are loaded; shown again by a form reset. */
  @property({ attribute: 'selected-label' }) selectedLabel = '';
  /** A fixed list of options, filtered as the person types; `<option>` children are used when empty. */
  @property({ attribute: false }) options: ChoiceOption[] = [];
  /** Loads options as the person types (instead of a fixed list). */
  @property({ attribute: false }) loadOptions?: OptionLoader;
  /** Milliseconds to wait after a keystroke before loading options. */
  @property({ type: Number }) debounce = 250;
  /** Characters to type before options are loaded. */
  @property({ type: Number, attribute: 'min-chars' }) minChars = 1;
  /** The most options shown at once. */
  @property({ type: Number }) limit = 50;

  /** The text in the box. */
  @state() private text = '';
  @state() private open = false;
  @state() private results: ChoiceOption[] = [];
  @state() private active = -1;
  @state() private phase: 'idle' | 'loading' | 'done' | 'error' = 'idle';
  @state() private status = '';
  readonly #childOptions = new ChildOptions(this);
  /** What the live region says: the status, once the person pauses (so each keystroke is not read out). */
  @state() private spoken = '';

  /** The option the person chose (or the browser restored): its label may not be among `choices`. */
  private chosen?: ChoiceOption;
  /** The current update comes from the person typing. */
  private typing = false;
  private abort?: AbortController;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private spokenTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    clearTimeout(this.timer);
    clearTimeout(this.spokenTimer);
  }

  /** The fixed options. */
  get choices(): ChoiceOption[] {
    return this.#childOptions.choices;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The box shows the chosen option's label; a value set from outside (not by typing) replaces the text.
    if (!this.typing && (changed.has('value') || changed.has('selectedLabel') || changed.has('options') || changed.has('choices'))) {
      if (this.value) this.text = this.labelOf(this.value) || this.text;
      else if (changed.has('value')) this.text = '';
    }
    this.typing = false;
    try {
      if (this.open) this.internals.states.add('open');
      else this.internals.states.delete('open');
    } catch {
      // No custom states: only the styling hook is missing.
    }
  }

  private labelOf(value: string): string {
    return [...this.choices, this.chosen].find((c) => c?.value === value)?.label || this.selectedLabel || '';
  }

  protected readValue(): string {
    return this.value;
  }

  protected isEmpty(value: string): boolean {
    return value === '' && this.text.trim() === '';
  }

  protected override checkValue(value: string): Problem | undefined {
    return value === '' ? { key: 'form.error.invalid-option', ns: 'core', flag: 'badInput' } : undefined;
  }

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  protected override formState(): string {
    return `${this.value}\n${this.text}`;
  }

  protected resetValue(): void {
    this.close();
    this.chosen = undefined;
    this.value = this.defaultValue;
    this.text = this.value ? this.labelOf(this.value) : '';
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const [value = '', text = ''] = state.split('\n');
    this.value = value;
    this.text = text;
    this.chosen = value ? { value, label: text } : undefined;
  }

  private close(): void {
    this.open = false;
    this.active = -1;
  }

  /** Shows the fixed options matching `query`, or loads them. */
  private search(query: string, immediately = false): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    if (!this.loadOptions) {
      const words = searchKey(query).split(/[^a-z0-9]+/).filter(Boolean);
      this.showResults(this.choices.filter((c) => matches(c.label, words)));
      return;
    }
    if (query.trim().length < this.minChars) {
      this.close();
      this.phase = 'idle';
      return;
    }
    const load = this.loadOptions;
    const controller = (this.abort = new AbortController());
    const run = () => {
      this.phase = 'loading';
      this.open = true;
      this.status = this.localize.t('common.loading');
      load(query, { signal: controller.signal }).then(
        (options) => {
          if (!controller.signal.aborted) this.showResults(options);
        },
        (error: unknown) => {
          if (controller.signal.aborted || (error as Error)?.name === 'AbortError') return;
          this.phase = 'error';
          this.results = [];
          this.status = this.localize.t('combobox.load-error');
        },
      );
    };
    if (immediately) run();
    else this.timer = setTimeout(run, this.debounce);
  }

  private showResults(options: ChoiceOption[]): void {
    this.results = options.slice(0, this.limit);
    this.phase = 'done';
    this.open = true;
    this.active = -1;
    this.status = this.results.length === 0
      ? this.localize.t('combobox.no-results')
      : this.localize.t('combobox.results', { count: this.results.length });
  }

  private choose(option: ChoiceOption): void {
    if (option.disabled) return;
    this.value = option.value;
    this.chosen = option;
    this.text = option.label;
    this.close();
    this.status = this.localize.t('combobox.selected', { label: option.label });
    this.userChanged();
    this.userCommitted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.typing = true;
    this.clearChoice();
    this.search(this.text);
  }

  /** The person changed the text: a chosen option no longer is, and the page hears of it. */
  private clearChoice(): void {
    const had = this.value !== '';
    this.value = '';
    this.userChanged();
    if (had) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private move(step: number): void {
    if (!this.open || this.phase !== 'done') {
      if (this.loadOptions) this.search(this.text, true);
      else this.search(this.text);
      return;
    }
    const count = this.results.length;
    if (count === 0) return;
    let next = this.active;
    for (let i = 0; i < count; i++) {
      next = next < 0 ? (step > 0 ? 0 : count - 1) : (next + step + count) % count;
      if (!this.results[next]!.disabled) break;
    }
    this.active = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector(`#option-${next}`)?.scrollIntoView({ block: 'nearest' }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.results[this.active]!);
        } else if (!this.open) {
          this.commitTyped();
          implicitSubmit(this.form);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (this.text) {
          event.preventDefault();
          this.text = '';
          this.clearChoice();
        }
        break;
    }
  }

  /** When the person leaves the box having typed an option's exact label, that option is chosen. */
  private commitTyped(): void {
    this.close();
    if (this.value || !this.text.trim()) return;
    const key = searchKey(this.text);
    const exact = [...this.results, ...this.choices].find((c) => !c.disabled && searchKey(c.label) === key);
    if (exact) this.choose(exact);
  }

  /** How long the status waits for typing to pause before it is read out. */
  static statusDelay = 500;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as Map<PropertyKey, unknown>).has('status')) {
      clearTimeout(this.spokenTimer);
      const status = this.status;
      this.spokenTimer = setTimeout(() => (this.spoken = status), (this.constructor as typeof EgovCombobox).statusDelay);
    }
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    const showList = this.open && (this.results.length > 0 || this.phase !== 'idle');
    const activeId = this.open && this.active >= 0 ? `option-${this.active}` : undefined;
    return html`<div part="base" class="field ${invalid ? 'invalid' : ''}">
      ${this.renderLabel()} ${this.renderHint()} ${this.renderError()}
      <div class="combo">
        <input
          id="control"
          part="input"
          class="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${showList ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${ifDefined(activeId)}
          .value=${live(this.text)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly || this.loading}
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-busy=${this.loading || this.phase === 'loading' ? 'true' : 'false'}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${() => this.commitTyped()}
        />
        <ul id="listbox" part="listbox" class="popup" role="listbox" aria-labelledby="label" ?hidden=${!showList}>
          ${this.results.map((option, i) => html`<li id="option-${i}" part="option" role="option" class="option ${i === this.active ? 'active' : ''}"
              aria-selected=${i === this.active ? 'true' : 'false'} aria-disabled=${ifDefined(option.disabled ? 'true' : undefined)}
              @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(option)}>${option.label}${option.hint
                ? html`<span class="option-hint">${option.hint}</span>` : nothing}</li>`)}
          ${this.results.length === 0 && this.phase !== 'idle'
            ? html`<li class="popup-status" role="presentation" aria-hidden="true">${this.status}</li>` : nothing}
        </ul>
      </div>
      <div class="sr-only" role="status">${this.spoken}</div>
      ${this.renderAnnouncer()}
    </div>`;
  }
}
