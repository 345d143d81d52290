import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EgovErrorChangeEvent } from '../events.js';
import { commonMessages } from '../i18n/common.messages.js';
import { registerMessages, type Messages } from '../i18n/i18n.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { Problem, Validator } from './validation.js';
import { afterPointerRelease, watchPointer } from './pointer.js';

/** A server-side error, as a problem response names it: a key of core's catalogue and its parameters. */
export interface ServerError {
  messageKey: string;
  params?: Record<string, unknown>;
}

/**
 * The base of every egov-kit field: a form-associated custom element (ElementInternals) that takes
 * part in a plain `<form>` as a native control does: its value is submitted under `name`, `reset`
 * restores the default, the browser restores it on back/forward, a disabled `<fieldset>` disables it,
 * and constraint validation (`checkValidity`, `reportValidity`, `:invalid`, the `invalid` event) works.
 *
 * What people see follows GOV.UK's pattern: an error shows once the person has left a field they
 * changed, or the form was submitted (an `invalid` event); it goes away as soon as the value is
 * fixed; and it is announced when it appears because of the person's own action. The label, hint
 * and error are tied to the control with `for` and `aria-describedby`.
 *
 * A server's error is set with the `error` attribute (text) or {@link FormControl.setServerError}
 * (a message key): it shows at once, makes the field invalid, and clears when the person edits.
 *
 * Subclasses render the control with {@link FormControl.renderLabel}, {@link FormControl.renderHint},
 * {@link FormControl.renderError} and {@link FormControl.renderAnnouncer}, give it `id="control"`
 * (or override {@link FormControl.validationAnchor}), and implement the abstract members.
 * Enter in a one-line box submits the form, as in a native text input ({@link implicitSubmit}).
 *
 * @cssstate invalid - The value breaks a rule (whether or not the error shows yet).
 * @cssstate user-invalid - The field shows an error.
 * @cssstate disabled - The field is disabled, itself or by a `<fieldset disabled>`.
 * @cssstate required - The field must be filled in.
 * @csspart loading - The notice shown while `loading`.
 */
export abstract class FormControl<V = string> extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** The class's own texts, registered with the shared i18n when the first instance is made. */
  static messages?: Messages;
  /** The property that holds the default, set by the `value` attribute (`checked` for a checkbox). */
  protected static defaultProperty = 'defaultValue';

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';
  /** The label: what the field asks for. Rich content can go in the `label` slot instead. */
  @property() label = '';
  /** Help under the label: what to enter and in which form. Rich content can go in the `hint` slot instead. */
  @property() hint = '';
  /** The field must be filled in. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** The field cannot be used, and is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The value can be read and submitted but not changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /**
   * An error set by the page, usually the server's answer to a submission: shown at once, it makes
   * the field invalid until the person edits the value, then it clears by itself.
   */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? '' } }) error = '';
  /**
   * The value is being fetched (for example prefilled from the national population database): the
   * field says so, and cannot be changed until it is done.
   */
  @property({ type: Boolean, reflect: true }) loading = false;
  /** Rules the value must also follow, checked after the field's own. */
  @property({ attribute: false }) validators: Validator<V>[] = [];

  /** The error shown now. */
  @state() protected shownProblem: Problem | undefined;
  /** What the polite live region says. */
  @state() protected announcement = '';
  /** Disabled by an ancestor `<fieldset disabled>`. */
  @state() protected formDisabled = false;
  /** Disabled by an ancestor `<egov-fieldset disabled>` (which sets this). */
  @property({ attribute: false }) groupDisabled = false;

  protected readonly internals: ElementInternals;
  protected readonly localize: LocalizeController;

  /** The person changed the value since the last reset. */
  protected dirty = false;
  private serverProblem: Problem | undefined;
  private lastReported = '';
  /** Texts {@link announce} was given that are not said yet. */
  private pendingAnnouncements: string[] = [];

  constructor() {
    super();
    this.internals = this.attachInternals();
    registerMessages(commonMessages);
    this.localize = new LocalizeController(this, (this.constructor as typeof FormControl).messages);
    watchPointer();
    this.addEventListener('invalid', () => this.showProblem(false));
    this.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next === this || (next && this.contains(next))) return;
      // Focus can also be lost because the focused part was re-rendered away (and is then moved
      // within the field): only leaving the field counts. The error waits for a press that moved
      // focus away to be over, so the field's growth cannot move the button from under the pointer.
      if (!next) {
        setTimeout(() => afterPointerRelease(() => {
          if (this.dirty && !this.matches(':focus-within')) this.showProblem(true);
        }));
      } else if (this.dirty) {
        afterPointerRelease(() => this.showProblem(true));
      }
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // An <egov-fieldset> updates the fields inside it when it changes or its children do; a field
    // moved out of it, or added deeper inside it later, follows it here.
    this.groupDisabled = this.closest('egov-fieldset[disabled]') !== null;
  }

  // —— what subclasses provide ——

  /** The value the rules check: `value` for most fields, `checked` for a checkbox. */
  protected abstract readValue(): V;
  /** Whether the value counts as not filled in (then only `required` applies). */
  protected abstract isEmpty(value: V): boolean;
  /** What is submitted: a string, several entries as `FormData`, or `null` for nothing. */
  protected abstract formValue(): string | FormData | null;
  /** Sets the value back to the default (form reset). */
  protected abstract resetValue(): void;
  /** Sets the value from what {@link formValue} or {@link formState} gave (back/forward, autofill). */
  protected abstract restoreValue(state: string | File | FormData | null): void;

  /** The state the browser keeps for back/forward restore; the form value unless overridden. */
  protected formState(): string | FormData | null {
    return this.formValue();
  }

  /** The field's own rules for a non-empty value; the first broken one. */
  protected checkValue(_value: V): Problem | undefined {
    return undefined;
  }

  /** The problem when the field is required and empty. */
  protected requiredProblem(): Problem {
    return { key: 'form.error.required', ns: 'core', flag: 'valueMissing' };
  }

  /** Where the browser anchors its validation bubble, and what gets focus: the element with `id="control"`. */
  protected get validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('#control') ?? undefined;
  }

  // —— public API ——

  /** Disabled by its own attribute or by a `<fieldset disabled>` around it. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled || this.groupDisabled;
  }

  /** The form the field belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The field's validity, as a native control's. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message of the first broken rule, in the field's language; `''` when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the field takes part in constraint validation (not when disabled or read-only). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The error shown now, in the field's language; `''` when none is. An error summary lists these. */
  get errorMessage(): string {
    return this.shownProblem ? this.localize.message(this.shownProblem) || this.validationMessage : '';
  }

  /** The label's text, for an error summary's link. */
  get labelText(): string {
    const slotted = [...this.querySelectorAll(':scope > [slot="label"]')].map((el) => el.textContent ?? '').join(' ');
    return (this.label || slotted || this.defaultLabel()).replace(/\s+/g, ' ').trim();
  }

  /** Checks the value; on failure fires `invalid` (which shows the error) and returns `false`. */
  checkValidity(): boolean {
    this.syncValidity();
    return this.internals.checkValidity();
  }

  /** As {@link checkValidity}, and the browser also reports the problem to the person. */
  reportValidity(): boolean {
    this.syncValidity();
    return this.internals.reportValidity();
  }

  /**
   * Shows a server's error at once, translated from core's catalogue (`messageKey` of a problem
   * response) into the field's language, live. It makes the field invalid until the person edits
   * the value. `null` removes it.
   */
  setServerError(error: ServerError | string | null): void {
    if (error === null || error === '') {
      this.clearError();
    } else if (typeof error === 'string') {
      this.error = error;
    } else {
      this.serverProblem = { key: error.messageKey, ns: 'core', params: error.params ?? {}, flag: 'customError' };
      this.showProblem(false);
    }
    this.requestUpdate();
  }

  /** Moves focus to the control (the first part of a field with several). */
  override focus(options?: FocusOptions): void {
    const anchor = this.validationAnchor;
    if (anchor) anchor.focus(options);
    else super.focus(options);
  }

  // —— for subclasses ——

  /** A label when none is given (e.g. the identifier kind's name). */
  protected defaultLabel(): string {
    return '';
  }

  /** Removes a page's or server's error, attribute included. */
  private clearError(): void {
    this.serverProblem = undefined;
    this.error = '';
    this.removeAttribute('error');
  }

  /** Call after the person changed the value: clears a server error, and an error that is now fixed. */
  protected userChanged(): void {
    this.dirty = true;
    if (this.serverProblem || this.error) {
      // The person is fixing what the server said: its error goes at once.
      this.clearError();
      this.shownProblem = undefined;
    }
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (this.shownProblem && !this.currentProblem()) this.setShown(undefined, false);
    });
  }

  /** Call when the person is done with a value (change event): shows its error, if any. */
  protected userCommitted(): void {
    this.dirty = true;
    // A text box commits when focus leaves it, which may be a press on a button below.
    afterPointerRelease(() => this.showProblem(true));
  }

  /** The problem of the current value, or `undefined` when it is fine. */
  protected currentProblem(): Problem | undefined {
    if (this.isDisabled) return undefined;
    if (this.serverProblem) return this.serverProblem;
    if (this.error) return { text: this.error, flag: 'customError' };
    const value = this.readValue();
    if (this.isEmpty(value)) return this.required ? this.requiredProblem() : undefined;
    const own = this.checkValue(value);
    if (own) return own;
    for (const validator of this.validators) {
      const problem = validator(value);
      if (problem) return problem;
    }
    return undefined;
  }

  private showProblem(announce: boolean): void {
    this.syncValidity();
    this.setShown(this.currentProblem(), announce);
  }

  private setShown(problem: Problem | undefined, announce: boolean): void {
    this.shownProblem = problem;
    const message = problem ? this.localize.message(problem) : '';
    if (announce && message) this.announce(message);
  }

  /**
   * Says `text` through the polite live region (rendered by {@link renderAnnouncer}). Texts given
   * before the next frame are said together, in order (each once), so none replaces another.
   */
  protected announce(text: string): void {
    if (this.pendingAnnouncements.includes(text)) return;
    this.pendingAnnouncements.push(text);
    if (this.pendingAnnouncements.length > 1) return;
    // Clearing first lets the same text be said again.
    this.announcement = '';
    void this.updateComplete.then(() => requestAnimationFrame(() => {
      const texts = this.pendingAnnouncements;
      this.pendingAnnouncements = [];
      // Each its own sentence, so screen readers pause between them.
      this.announcement = texts.length === 1 ? texts[0]! : texts.map((t) => (/[.!?…]$/.test(t) ? t : `${t}.`)).join(' ');
    }));
  }

  /** Sends the value and validity to the form. */
  protected syncValidity(): void {
    this.internals.setFormValue(this.isDisabled ? null : this.formValue(), this.formState());
    const problem = this.currentProblem();
    if (problem) {
      const message = this.localize.message(problem) || ('key' in problem ? problem.key : '') || ' ';
      this.internals.setValidity({ [problem.flag ?? 'customError']: true }, message, this.validationAnchor);
    } else {
      this.internals.setValidity({});
    }
    const states = this.internals.states;
    toggleState(states, 'invalid', !!problem);
    toggleState(states, 'user-invalid', !!this.shownProblem);
    toggleState(states, 'disabled', this.isDisabled);
    toggleState(states, 'required', this.required);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The default sets the value until the person edits it (on the first render, unless a value
    // was set directly), as a native control's `value` attribute does; a form reset puts it back.
    const defaultChanged = (changed as Map<PropertyKey, unknown>).has((this.constructor as typeof FormControl).defaultProperty);
    if (defaultChanged && !this.dirty && (this.hasUpdated || this.isEmpty(this.readValue()))) this.resetValue();
    if (changed.has('error') && this.error) {
      this.serverProblem = undefined;
      // A page or server set an error: show it at once.
      this.shownProblem = { text: this.error, flag: 'customError' };
    }
    if (changed.has('error') && !this.error && this.shownProblem && 'text' in this.shownProblem && !this.serverProblem) {
      this.shownProblem = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncValidity();
    // The shown error changed (appeared, went, or changed language): tell an error summary.
    const message = this.errorMessage;
    if (message !== this.lastReported) {
      this.lastReported = message;
      const event = new EgovErrorChangeEvent(message);
      this.dispatchEvent(event);
    }
  }

  // —— form-associated callbacks ——

  /** @internal */
  formResetCallback(): void {
    this.resetValue();
    this.dirty = false;
    this.clearError();
    this.setShown(undefined, false);
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.restoreValue(state);
    // What the person left (an emptied field too) is theirs: the default must not replace it on the first render.
    this.dirty = true;
  }

  // —— rendering helpers ——

  /** The ids `aria-describedby` should name: the hint and the error when they show, then `extra`. */
  protected describedBy(...extra: string[]): string {
    const ids: string[] = [];
    if (this.hasHint()) ids.push('hint');
    if (this.loading) ids.push('loading');
    if (this.shownProblem) ids.push('error');
    return [...ids, ...extra].join(' ');
  }

  /** The hint's text: the `hint` attribute, or a default when a subclass has one. */
  protected hintText(): string {
    return this.hint;
  }

  protected hasHint(): boolean {
    return this.hintText() !== '' || this.querySelector(':scope > [slot="hint"]') !== null;
  }

  /** `<label for=forId>` with the `label` slot and the required marker. */
  protected renderLabel(forId = 'control'): TemplateResult {
    return html`<label id="label" class="label" part="label" for=${forId}>${this.label || this.defaultLabel()}<slot
        name="label" @slotchange=${() => this.requestUpdate()}></slot>${this.renderRequiredMarker()}</label>`;
  }

  /** The marker of a required field: an asterisk, hidden from assistive technology (which is told by `required`). */
  protected renderRequiredMarker(): TemplateResult | typeof nothing {
    return this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing;
  }

  /** The hint, with the `hint` slot (hidden when empty), and the loading notice while `loading`. */
  protected renderHint(): TemplateResult {
    return html`<div id="hint" class="hint" part="hint" ?hidden=${!this.hasHint()}>${this.hintText()}<slot
        name="hint" @slotchange=${() => this.requestUpdate()}></slot></div>${this.loading
      ? html`<div id="loading" class="loading" part="loading"><span class="spinner" aria-hidden="true"></span>${this.localize.t('common.loading')}</div>` : nothing}`;
  }

  /** The error shown now, prefixed "Lỗi:" for screen readers; hidden when none. */
  protected renderError(): TemplateResult {
    const message = this.errorMessage;
    return html`<div id="error" class="error" part="error" ?hidden=${!message}>${message
      ? html`<span class="sr-only">${this.localize.t('common.error-prefix')} </span>${message}` : nothing}</div>`;
  }

  /** The polite live region errors and statuses are announced through. */
  protected renderAnnouncer(): TemplateResult {
    return html`<div class="sr-only" role="status">${this.announcement}</div>`;
  }
}

function toggleState(states: CustomStateSet, name: string, on: boolean): void {
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // Browsers without custom states: the styling hook is missing, nothing else.
  }
}
