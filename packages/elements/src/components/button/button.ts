import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { spinnerStyles } from '../../styles/spinner.styles.js';
import { buttonMessages } from './button.messages.js';
import { buttonStyles } from './button.styles.js';

/** The attributes a native submit button uses to change how the form is sent. */
const PROXIED = ['form', 'formaction', 'formmethod', 'formenctype', 'formtarget', 'formnovalidate'] as const;

/**
 * A button that works in a plain `<form>`: `type="submit"` submits it (after its fields are
 * checked), `type="reset"` resets it. With `href` it is a link that looks like a button (a "start
 * now" link). While `loading`, it says so to screen readers and ignores presses, but keeps focus.
 *
 * As a native submit button, it sends its `name` and `value` with the form, and honours `formaction`,
 * `formmethod`, `formenctype`, `formtarget` and `formnovalidate` (for a "save draft" that skips the
 * checks). To do so it submits through a native `<button type="submit">` standing in for it, with the
 * same attributes, put right after it for the time of the submission: that button is the submit
 * event's `submitter` (`event.submitter.value` says which action was chosen, and
 * `new FormData(form, event.submitter)` has the entry). It is disabled by a `<fieldset disabled>` or
 * an `<egov-fieldset disabled>` around it, as a native button is.
 *
 * @tagname egov-button
 * @summary Button or button-styled link; submits or resets its form.
 *
 * @slot - The button's text.
 * @slot start - An icon before the text.
 *
 * @csspart base - The native button, or link.
 *
 * @attr formaction - Where a submit sends the form instead of its `action`.
 * @attr formmethod - The method of the submission instead of the form's.
 * @attr formenctype - The encoding of the submission instead of the form's.
 * @attr formtarget - Where the answer is shown instead of the form's `target`.
 * @attr formnovalidate - Submits without checking the fields (e.g. "save draft").
 *
 * @cssstate loading - The action is in progress.
 */
export class EgovButton extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [baseStyles, spinnerStyles, buttonStyles];

  /** `submit` (the default inside a form, as a native button), `reset` or `button`. */
  @property({ reflect: true }) type: 'submit' | 'reset' | 'button' = 'submit';
  /** The look: `primary` (default), `secondary`, `warning` (destructive actions) or `link`. */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'warning' | 'link' = 'primary';
  /** The name under which `value` is sent with the form when this button submits it. */
  @property() name = '';
  /** Sent with the form under `name` when this button submits it: which action was chosen. */
  @property() value = '';
  /** Cannot be pressed. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The action is in progress: presses are ignored and screen readers are told to wait. */
  @property({ type: Boolean, reflect: true }) loading = false;
  /** Makes it a link to this address, styled as a button. */
  @property() href?: string;
  /** Takes the full width of its container (on narrow screens, for the main action). */
  @property({ type: Boolean, reflect: true, attribute: 'full-width' }) fullWidth = false;

  /** Disabled by an ancestor `<egov-fieldset disabled>` (which sets this). */
  @property({ attribute: false }) groupDisabled = false;
  /** Disabled by an ancestor `<fieldset disabled>`. */
  @state() private formDisabled = false;

  private readonly internals: ElementInternals;
  private readonly localize = new LocalizeController(this, buttonMessages);

  constructor() {
    super();
    this.internals = this.attachInternals();
    // On the host, so that `click()` from script (and Enter in a field) acts as a press does.
    this.addEventListener('click', (event) => this.onClick(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // As a field does (FormControl): a button moved in or out of a disabled group follows it.
    this.groupDisabled = this.closest('egov-fieldset[disabled]') !== null;
  }

  /** The form the button belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Disabled by its own attribute or by a fieldset around it. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled || this.groupDisabled;
  }

  private onClick(event: Event): void {
    if (this.isDisabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.internals.form;
    if (!form || this.href) return;
    if (this.type === 'submit') this.submit(form);
    else if (this.type === 'reset') form.reset();
  }

  /** Submits through a native submit button with this one's attributes, so the form sends `name=value`. */
  private submit(form: HTMLFormElement): void {
    const proxy = document.createElement('button');
    proxy.type = 'submit';
    proxy.hidden = true;
    proxy.style.display = 'none'; // CSSOM, allowed by a strict CSP; beats a page's `button { display }`
    proxy.name = this.name;
    proxy.value = this.value;
    for (const name of PROXIED) {
      const value = this.getAttribute(name);
      if (value !== null) proxy.setAttribute(name, value);
    }
    // Next to this button, so it has the same form owner.
    this.after(proxy);
    try {
      form.requestSubmit(proxy);
    } finally {
      proxy.remove();
    }
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override updated(): void {
    try {
      if (this.loading) this.internals.states.add('loading');
      else this.internals.states.delete('loading');
    } catch {
      // No custom states in this browser: only the styling hook is missing.
    }
  }

  protected override render() {
    const content = html`<slot name="start"></slot>${this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<slot></slot><span
      class="sr-only" role="status">${this.loading ? this.localize.t('button.loading') : nothing}</span>`;
    if (this.href) {
      return html`<a part="base" class="button" href=${this.href} draggable="false"
        aria-disabled=${ifDefined(this.disabled || this.loading ? 'true' : undefined)}>${content}</a>`;
    }
    return html`<button part="base" class="button" type="button" ?disabled=${this.isDisabled}
      aria-disabled=${ifDefined(this.loading ? 'true' : undefined)}>${content}</button>`;
  }
}
