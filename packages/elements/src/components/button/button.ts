import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { buttonMessages } from './button.messages.js';
import { buttonStyles } from './button.styles.js';

/**
 * A button that works in a plain `<form>`: `type="submit"` submits it (after its fields are
 * checked), `type="reset"` resets it. With `href` it is a link that looks like a button (a "start
 * now" link). While `loading`, it says so to screen readers and ignores presses, but keeps focus.
 *
 * @tagname egov-button
 * @summary Button or button-styled link; submits or resets its form.
 *
 * @slot - The button's text.
 * @slot start - An icon before the text.
 *
 * @csspart base - The native button, or link.
 *
 * @cssstate loading - The action is in progress.
 */
export class EgovButton extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [baseStyles, buttonStyles];

  /** `submit` (the default inside a form, as a native button), `reset` or `button`. */
  @property({ reflect: true }) type: 'submit' | 'reset' | 'button' = 'submit';
  /** The look: `primary` (default), `secondary`, `warning` (destructive actions) or `link`. */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'warning' | 'link' = 'primary';
  /** Cannot be pressed. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The action is in progress: presses are ignored and screen readers are told to wait. */
  @property({ type: Boolean, reflect: true }) loading = false;
  /** Makes it a link to this address, styled as a button. */
  @property() href?: string;
  /** Takes the full width of its container (on narrow screens, for the main action). */
  @property({ type: Boolean, reflect: true, attribute: 'full-width' }) fullWidth = false;

  private readonly internals: ElementInternals;
  private readonly localize = new LocalizeController(this, buttonMessages);

  constructor() {
    super();
    this.internals = this.attachInternals();
    // On the host, so that `click()` from script (and Enter in a field) acts as a press does.
    this.addEventListener('click', (event) => this.onClick(event));
  }

  /** The form the button belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  private onClick(event: Event): void {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.internals.form;
    if (!form || this.href) return;
    if (this.type === 'submit') form.requestSubmit();
    else if (this.type === 'reset') form.reset();
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
    const content = html`<slot name="start"></slot>${this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<slot></slot>${
      this.loading ? html`<span class="sr-only" role="status">${this.localize.t('button.loading')}</span>` : nothing}`;
    if (this.href) {
      return html`<a part="base" class="button" href=${this.href} draggable="false"
        aria-disabled=${ifDefined(this.disabled || this.loading ? 'true' : undefined)}>${content}</a>`;
    }
    return html`<button part="base" class="button" type="button" ?disabled=${this.disabled}
      aria-disabled=${ifDefined(this.loading ? 'true' : undefined)}>${content}</button>`;
  }
}
