import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { notificationBannerMessages } from './notification-banner.messages.js';
import { notificationBannerStyles } from './notification-banner.styles.js';

/** The kinds of banner. */
export type BannerVariant = 'info' | 'success' | 'warning' | 'error';
const VARIANTS: readonly BannerVariant[] = ['info', 'success', 'warning', 'error'];

/** The first visible heading after `banner` in its tree, else the last one before it. */
function headingNear(banner: Element): HTMLElement | undefined {
  const headings = [...(banner.getRootNode() as ParentNode).querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter((heading) => !banner.contains(heading) && heading.checkVisibility());
  const after = (heading: Node) => (banner.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return headings.find(after) ?? headings.findLast((heading) => !after(heading));
}

/** Focuses `element`, focusable for as long as it has focus if it is not already (as GOV.UK Frontend does). */
function focusTemporarily(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}

/**
 * A banner that tells people something they need to know, outside a form's errors (the error
 * summary is for those): a service change, a deadline, or the result of what they just did. It
 * follows GOV.UK's notification banner: a coloured title bar ("Thông tin quan trọng", "Thành công"…),
 * then a heading and the text.
 *
 * An ordinary banner is a labelled landmark (`role="region"`, named by its title). A banner that
 * reports the result of the person's action — `variant="success"`, or any with `alert` — is an
 * alert: it is read out when it appears and takes focus (unless `no-autofocus`), so a keyboard
 * user goes on from it.
 *
 * Closing a `dismissible` banner with focus in it does not drop focus on the page (WCAG 2.4.3): it
 * goes back to the element that had it before focus came into the banner, so the next Tab goes on
 * past where the banner was; when there is none (an alert that took focus as the page loaded), to
 * the heading after the banner (GOV.UK places a banner just before the page's `<h1>`), else the one
 * before it. A heading is made focusable (`tabindex="-1"`) only while it has focus, as GOV.UK
 * Frontend does for what its skip link and error summary move focus to. A page that wants another
 * place can move focus in its `close` listener, which runs after this.
 *
 * @tagname egov-notification-banner
 * @summary Information, success, warning or error banner (GOV.UK notification banner).
 *
 * @slot - The text of the banner, with links if needed.
 * @slot heading - The banner's heading, when it needs more than text (the `heading` attribute is simpler).
 *
 * @event close - The person closed the banner (`dismissible`); it is hidden now.
 *
 * @csspart base - The banner.
 * @csspart header - The title bar.
 * @csspart title - The title in the bar.
 * @csspart content - The heading and text.
 * @csspart heading - The heading given by the `heading` attribute.
 * @csspart dismiss - The close button.
 *
 * @cssprop --egov-notification-banner-color - The colour of the border and title bar (by variant by default).
 */
export class EgovNotificationBanner extends LitElement {
  static override styles = [baseStyles, notificationBannerStyles];

  /** `info` (default), `success`, `warning` or `error`. */
  @property({ reflect: true }) variant: BannerVariant = 'info';
  /** The title in the bar; by default the variant's ("Thông tin quan trọng", "Thành công"…). */
  @property({ attribute: 'banner-title' }) bannerTitle = '';
  /** The heading of the message (rich content can go in the `heading` slot instead). */
  @property() heading = '';
  /** The level of the title in the bar, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** It reports the result of the person's action: read out at once (`role="alert"`) and focused. Always so for `success`. */
  @property({ type: Boolean, reflect: true }) alert = false;
  /** An alert banner does not take focus when it appears. */
  @property({ type: Boolean, attribute: 'no-autofocus' }) noAutofocus = false;
  /** The person can close it. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  private readonly localize = new LocalizeController(this, notificationBannerMessages);
  /** What had focus before focus came into the banner. */
  private focusBefore: HTMLElement | null = null;

  constructor() {
    super();
    this.addEventListener('focusin', (event) => {
      const from = event.relatedTarget;
      if (from === this || (from instanceof Node && this.contains(from))) return;
      this.focusBefore = from instanceof HTMLElement ? from : null;
    });
  }

  /** Whether it is read out as an alert. */
  get isAlert(): boolean {
    return this.alert || this.variant === 'success';
  }

  /** Focuses the banner (alerts do it themselves when they appear). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.banner')?.focus(options);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.isAlert && !this.noAutofocus && !this.hidden) this.focus();
  }

  private dismiss(): void {
    const hadFocus = this.matches(':focus-within');
    this.hidden = true;
    if (hadFocus) this.moveFocusAway();
    const event = new Event('close');
    this.dispatchEvent(event);
  }

  /** After closing: back to where focus was before, else to the nearest heading (see the class's description). */
  private moveFocusAway(): void {
    const before = this.focusBefore;
    this.focusBefore = null;
    if (before?.isConnected && before.checkVisibility()) {
      before.focus();
      if (before.matches(':focus-within')) return;
    }
    const heading = headingNear(this);
    if (heading) focusTemporarily(heading);
  }

  protected override render() {
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'info';
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const alert = this.isAlert;
    return html`<div part="base" class="banner" role=${alert ? 'alert' : 'region'} aria-labelledby="title"
      tabindex=${alert ? '-1' : nothing}>
      <div part="header" class="header">
        <div id="title" part="title" class="title" role="heading" aria-level=${level}>${this.bannerTitle || this.localize.t(`notification-banner.title.${variant}`)}</div>
        ${this.dismissible ? html`<button part="dismiss" class="dismiss" type="button" @click=${this.dismiss}>${this.localize.t('notification-banner.dismiss')}<span
          class="sr-only"> ${this.localize.t('notification-banner.dismiss-hidden')}</span></button>` : nothing}
      </div>
      <div part="content" class="content">
        ${this.heading ? html`<p part="heading" class="heading">${this.heading}</p>` : nothing}<slot name="heading"></slot>
        <slot></slot>
      </div>
    </div>`;
  }
}
