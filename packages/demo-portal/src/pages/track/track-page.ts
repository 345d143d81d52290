import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DossierAccess } from '@egov-kit/core/contract';
import type { EgovErrorSummary, EgovTextField } from '@egov-kit/elements';
import type { Dossier } from '@egov-kit/sdk';
import { lookupDossier, subscribeToDossier, type DossierSubscription, type SubscriptionState } from '@egov-kit/sdk/tracking';
import { ProblemError } from '@egov-kit/sdk/transport';
import { api } from '../../api.js';
import { trackMessages } from '../../messages/track.js';
import { PortalPage } from '../../portal-element.js';
import { replaceQuery } from '../../router.js';
import { errorText } from '../load-state.js';
import { accessOf, rememberAccess } from './access.js';
import { renderDocuments, renderFacts } from './dossier-view.js';
import type { SupplementAnsweredEvent } from './supplement-form.js';

/**
 * Tracking a dossier: its code and the applicant's phone or ID number open it (SDK `lookupDossier`);
 * then its status, deadline and history, kept live while the page is open (SDK `subscribe` over
 * server-sent events, falling back to polling), the open request for supplements answerable here,
 * and the result documents with their signature check.
 */
export class TrackPage extends PortalPage {
  /** The dossier code (`?ma=`), e.g. from the receipt. */
  @property() code = '';

  @state() private dossier: Dossier | undefined;
  @state() private live: SubscriptionState | undefined;
  @state() private announcement = '';
  @state() private answered = false;
  @state() private looking = false;
  private access: DossierAccess | undefined;
  private subscription: DossierSubscription | undefined;

  constructor() {
    super(trackMessages);
  }

  get pageTitle(): string {
    return this.dossier ? this.t('track.dossier', { code: this.dossier.code }) : this.t('track.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('code') || !this.code || this.dossier?.code === this.code) return;
    // Back from the receipt or a reload: the token of this tab opens the dossier without asking again.
    const access = accessOf(this.code);
    // Offline, or the token expired: the lookup form says why, and the phone or ID number opens it.
    if (access) this.open(this.code, access).catch((error: unknown) => this.showLookupError(error));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.subscription?.close();
  }

  private async onLookup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.checkValidity()) return;
    const code = (form.querySelector('[name="code"]') as EgovTextField).value.trim();
    const verifier = (form.querySelector('[name="verifier"]') as EgovTextField).value.trim();
    try {
      await this.open(code, verifier);
      await this.updateComplete;
      this.querySelector<HTMLElement>('#dossier-title')?.focus();
    } catch (error) {
      await this.showLookupError(error);
    }
  }

  /** Shows why a dossier could not be opened in the lookup form's error summary, which takes focus. */
  private async showLookupError(error: unknown): Promise<void> {
    await this.updateComplete;
    const summary = this.querySelector<EgovErrorSummary>('form.lookup egov-error-summary');
    await summary?.showErrors([error instanceof ProblemError ? { messageKey: error.messageKey, params: error.params } : { text: errorText(this, error) }]);
  }

  /** Opens the dossier with the verifier or a token, keeps its token for this tab and follows it live. */
  private async open(code: string, credential: string | DossierAccess): Promise<void> {
    this.looking = true;
    try {
      const dossier = await lookupDossier(api, code, credential);
      this.show(dossier);
      replaceQuery({ ma: dossier.code });
      this.follow(dossier, credential);
    } finally {
      this.looking = false;
    }
  }

  private show(dossier: Dossier): void {
    this.dossier = dossier;
    if (dossier.access) {
      this.access = dossier.access;
      rememberAccess(dossier.code, dossier.access);
    }
  }

  /** Follows the dossier's events from the last one shown; each change reloads it and is announced. */
  private follow(dossier: Dossier, credential: string | DossierAccess): void {
    this.subscription?.close();
    this.subscription = subscribeToDossier(api, dossier.code, credential, {
      after: dossier.history.length,
      onStateChange: (live) => (this.live = live),
      onEvent: (event) => void this.refresh(event.status),
      // The token it follows with expired (tokens do not renew): the page keeps what it shows and says why it stopped.
      onError: (error) => (this.announcement = errorText(this, error)),
    });
  }

  private async refresh(status: string): Promise<void> {
    const { dossier, access } = this;
    if (!dossier || !access) return;
    try {
      this.show(await lookupDossier(api, dossier.code, access));
      this.announcement = this.t('track.changed', { status: this.core(`status.name.${status}`) });
    } catch (error) {
      // The page keeps what it shows, says why it could not update, and the next change tries again.
      this.announcement = errorText(this, error);
    }
  }

  private onAnswered(event: SupplementAnsweredEvent): void {
    this.show(event.dossier);
    this.answered = true;
  }

  private renderLookup(): TemplateResult {
    return html`<p class="lead">${this.t('track.intro')}</p>
      <form class="lookup" novalidate @submit=${(event: SubmitEvent) => void this.onLookup(event)}>
        <egov-error-summary></egov-error-summary>
        <egov-text-field name="code" label=${this.t('track.code')} hint=${this.t('track.codeHint')} required spellcheck="false"
          autocomplete="off" .value=${this.code}></egov-text-field>
        <egov-text-field name="verifier" label=${this.t('track.verifier')} hint=${this.t('track.verifierHint')} required
          autocomplete="off" inputmode="text"></egov-text-field>
        <div class="actions"><egov-button type="submit" ?loading=${this.looking}>${this.t('track.lookup')}</egov-button></div>
      </form>`;
  }

  private renderDossier(dossier: Dossier): TemplateResult {
    const open = dossier.status === 'supplement-requested' ? dossier.supplementRequests.find((r) => r.status === 'open') : undefined;
    const liveText = this.live === 'polling' ? this.t('track.livePolling') : this.live && this.live !== 'closed' ? this.t('track.live') : '';
    return html`
      <h2 id="dossier-title" tabindex="-1">${this.t('track.dossier', { code: dossier.code })}</h2>
      ${liveText ? html`<p class="muted live-note">${liveText}</p>` : nothing}
      ${this.answered ? html`<egov-notification-banner variant="success"><p>${this.t('supplement.sent')}</p></egov-notification-banner>` : nothing}
      ${renderFacts(this, dossier)}
      ${open && this.access ? html`<portal-supplement-form .dossier=${dossier} .request=${open} .token=${this.access.token}
        @portal-supplement-answered=${this.onAnswered}></portal-supplement-form>` : nothing}
      <h3>${this.t('track.history')}</h3>
      <egov-timeline .events=${dossier.history} submitted-at=${dossier.submittedAt} newest-first heading-level="4"></egov-timeline>
      <h3>${this.t('track.documents')}</h3>
      ${renderDocuments(this, dossier, this.access?.token)}`;
  }

  protected override render() {
    return html`<h1>${this.t('track.title')}</h1>
      ${this.renderLookup()}
      <div class="sr-only" role="status">${this.announcement}</div>
      ${this.dossier ? html`<section class="dossier" aria-labelledby="dossier-title">${this.renderDossier(this.dossier)}</section>` : nothing}`;
  }
}
