import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { lockScroll, unlockScroll } from '../../internal/scroll-lock.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { dialogMessages } from './dialog.messages.js';
import { dialogStyles } from './dialog.styles.js';

/** The element that has focus, looking into shadow roots (the real control, not its host). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * A modal dialog on the platform's `<dialog>` and `showModal()`: the rest of the page is inert
 * (not reachable by Tab, mouse or screen reader) while it is open, Escape closes it, and it is
 * named by its heading. Focus moves into it when it opens — to the element with `autofocus` in it,
 * else to the dialog itself so its title is read first — and goes back to the element that opened
 * it when it closes. While it is open the page behind does not scroll (the document element gets
 * `overflow: hidden` through CSSOM, so a strict CSP allows it); the page's scroll comes back when
 * the last open dialog closes.
 *
 * Closing: `close(value)`, the close button, Escape, a click outside with `light-dismiss`, a
 * `<form method="dialog">` inside (its submit button's `value` becomes `returnValue`), or any
 * element inside with a `data-close` attribute (its `value`, if any, becomes `returnValue`).
 *
 * @tagname egov-dialog
 * @summary Modal dialog on native `<dialog>`: focus in and back, Escape, inert page behind.
 *
 * @slot - The content.
 * @slot heading - The title, when it needs more than text (the `heading` attribute is simpler).
 * @slot footer - The actions (buttons), at the bottom.
 *
 * @event cancel - The person asked to close it without choosing (Escape, the close button, a click outside). Cancelable: `preventDefault()` keeps it open.
 * @event close - It closed; `returnValue` says how.
 *
 * @csspart dialog - The `<dialog>` box.
 * @csspart header - The title bar.
 * @csspart title - The title.
 * @csspart close - The close button.
 * @csspart body - The content.
 * @csspart footer - The actions.
 *
 * @cssprop --egov-dialog-width - The width on large screens, 36rem by default.
 */
export class EgovDialog extends LitElement {
  static override styles = [baseStyles, dialogStyles];

  /** Whether it is open (set it, or call `show()`/`close()`). */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The title, which names the dialog. */
  @property() heading = '';
  /** The level of the title, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Hides the close button (the content must then offer a way to close). */
  @property({ type: Boolean, attribute: 'no-close-button' }) noCloseButton = false;
  /** A click on the backdrop closes it (as a cancel). */
  @property({ type: Boolean, attribute: 'light-dismiss' }) lightDismiss = false;
  /** How it was closed: the value given to `close()`, or the button's; `''` when cancelled. */
  returnValue = '';

  @state() private hasFooter = false;
  private readonly localize = new LocalizeController(this, dialogMessages);
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    // Forms and close buttons written in the page (light DOM): their events reach the host.
    this.addEventListener('submit', (event) => this.onSubmit(event));
    this.addEventListener('click', (event) => this.onClick(event));
  }

  /** The native `<dialog>`. */
  get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  /** Opens it as a modal dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes it; `returnValue` becomes `value`. */
  close(value = ''): void {
    this.returnValue = value;
    this.open = false;
  }

  /** Asks to close, as Escape does: fires `cancel`, and closes unless it is prevented. Returns whether it closed. */
  requestClose(): boolean {
    if (!this.open) return false;
    const event = new Event('cancel', { cancelable: true });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return false;
    this.close('');
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('open')) this.syncOpen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unlockScroll(this);
    // Taken out of the page while open: give focus back to the opener.
    if (this.opener?.isConnected && !deepActiveElement()) this.opener.focus();
    this.opener = null;
  }

  private syncOpen(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      if (!this.isConnected) return;
      this.opener = deepActiveElement();
      this.returnValue = '';
      dialog.showModal();
      lockScroll(this);
      const first = this.querySelector<HTMLElement>('[autofocus]');
      if (first) first.focus();
      else dialog.focus();
    } else if (!this.open && dialog.open) {
      dialog.close(this.returnValue);
    }
  }

  /** The native dialog closed (by `close()`, or Escape after `cancel`). */
  private onNativeClose(): void {
    unlockScroll(this);
    this.open = false;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    const event = new Event('close');
    this.dispatchEvent(event);
  }

  /** Escape: the native `cancel`, passed on from the host so the page can prevent it. */
  private onNativeCancel(native: Event): void {
    const event = new Event('cancel', { cancelable: true });
    this.dispatchEvent(event);
    if (event.defaultPrevented) native.preventDefault();
    else this.returnValue = '';
  }

  private onSubmit(event: Event): void {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.getAttribute('method')?.toLowerCase() !== 'dialog') return;
    // A `<form method="dialog">` in light DOM has no <dialog> ancestor in its own tree: close it here.
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter;
    this.close(submitter && 'value' in submitter ? String(submitter.value) : '');
  }

  private onClick(event: MouseEvent): void {
    const closer = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-close'));
    if (!closer || !this.contains(closer)) return;
    // `value` of a native button, or the attribute on anything else (an <egov-button>).
    const value = 'value' in closer && typeof closer.value === 'string' ? closer.value : closer.getAttribute('value');
    this.close(value ?? '');
  }

  private onDialogClick(event: MouseEvent): void {
    const dialog = this.dialog;
    if (!this.lightDismiss || !dialog || event.target !== dialog) return;
    // A click on the backdrop targets the <dialog> itself, outside its box.
    const box = dialog.getBoundingClientRect();
    const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
    if (outside) this.requestClose();
  }

  protected override render() {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<dialog part="dialog" aria-labelledby="title" tabindex="-1"
      @close=${this.onNativeClose} @cancel=${this.onNativeCancel} @click=${this.onDialogClick}>
      <div part="header" class="header">
        <div id="title" part="title" class="title" role="heading" aria-level=${level}>${this.heading}<slot name="heading"></slot></div>
        ${this.noCloseButton ? nothing : html`<button part="close" class="close" type="button" @click=${() => this.requestClose()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" fill="none"/></svg>
          <span>${this.localize.t('dialog.close')}</span></button>`}
      </div>
      <div part="body" class="body"><slot></slot></div>
      <div part="footer" class="footer" ?hidden=${!this.hasFooter}><slot name="footer" @slotchange=${this.onFooterChange}></slot></div>
    </dialog>`;
  }

  private onFooterChange(event: Event): void {
    this.hasFooter = (event.target as HTMLSlotElement).assignedElements({ flatten: true }).length > 0;
  }
}
