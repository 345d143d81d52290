import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale } from '@egov-kit/core';
import type { DossierAccess } from '@egov-kit/core/contract';
import type { Dossier } from '@egov-kit/sdk';
import { getApplicantDossier } from '@egov-kit/sdk/applicant';
import { lookupDossier, type SubscriptionState } from '@egov-kit/sdk/tracking';
import { ProblemError, type Transport } from '@egov-kit/sdk/transport';
import type { EgovErrorSummary } from '../../components/error-summary/error-summary.js';
import type { EgovTextField } from '../../components/text-field/text-field.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { ApiConnection } from '../shared/api-connection.js';
import { forgetAccess, rememberAccess, rememberedAccess } from './access-memory.js';
import type { ApplicantList } from './applicant-list.js';
import { renderDossier, type DossierView } from './dossier-view.js';
import { EgovDossierChangeEvent, EgovDossierLoadEvent, EgovLookupErrorEvent } from './dossier-tracker.events.js';
import { dossierTrackerMessages } from './dossier-tracker.messages.js';
import { dossierTrackerStyles } from './dossier-tracker.styles.js';
import { LiveDossier } from './live-dossier.js';
import { failureOf, type Failure } from './problem-text.js';
import { openDocument, VIEWER_TAG } from './result-documents.js';
import type { SupplementAnswer } from './supplement-answer.js';

/** What the tracker shows. */
type View = 'lookup' | 'list' | 'dossier';

/**
 * Follows a dossier from receipt to result, on any agency page. The person gives the dossier code
 * and a second factor they know (the applicant's phone or ID number); a wrong pair and an unknown
 * code read the same, and a rate limit says when to try again. Nothing about a dossier is shown
 * without that pair, a token the API handed out for it (kept for this tab, so a reload reopens it),
 * or the person's sign-in.
 *
 * The dossier shows its procedure, agency, channel and dates, its status with the official name,
 * the deadline in working days as core counted it ("Còn 3 ngày làm việc", "Quá hạn 2 ngày làm
 * việc", paused while a supplement is awaited, the new date once it is settled), fees due and how
 * to pay, the whole history (newest or oldest first; the applicant's own steps say so), a request
 * for supplements answered in place (kept on the device until sent), and the result documents,
 * opened in `<egov-signature-viewer>` when the page has it, downloaded otherwise. It stays live
 * while open (server-sent events, polling as a fallback), announces each change to screen readers,
 * and says when live updates stop. Personal data is masked until the person shows it; it prints.
 *
 * Signed in (the host's bearer token from the national single sign-on in `token`), it lists the
 * person's dossiers with filters, a page at a time, and opens them without asking for anything.
 *
 * @tagname egov-dossier-tracker
 * @summary Track a dossier: lookup, status, deadline, history, supplements, results, live.
 *
 * @event egov-dossier-load - A dossier was opened; `dossier` holds it (with its access token).
 * @event egov-dossier-change - The dossier shown changed while open; `dossier` and the live `change`.
 * @event egov-lookup-error - A dossier could not be opened; `problem` (`dossier-not-found`, `rate-limited`, `network`…), `text`, `retryAfterMs`.
 *
 * @csspart base - The wrapper of everything shown.
 */
export class EgovDossierTracker extends LitElement {
  static override styles = [baseStyles, dossierTrackerStyles];

  /** The API's address (the server's root or its `/api/v1`), absolute or relative to the page. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** An SDK client or transport of the host's; it wins over `api-base` (and carries the host's sign-in). */
  @property({ attribute: false }) client: Transport | undefined;
  /** A dossier code to open (a deep link): filled into the lookup, or opened at once with a token or the sign-in. */
  @property() code = '';
  /**
   * An access token the API handed out for `code` (with the submission, say), to open it without
   * asking for the verifier. The tracker also keeps the tokens it gets for this tab by itself.
   */
  @property({ attribute: false }) access: DossierAccess | undefined;
  /**
   * The signed-in applicant's bearer token from the host's single sign-on: the tracker then lists
   * their dossiers. A property only, never an attribute (a token does not belong in the page's HTML).
   */
  @property({ attribute: false }) token = '';
  /** The query parameter of the page's URL that carries the dossier code (e.g. `ma-ho-so`): read on load, kept up to date. */
  @property({ attribute: 'code-param' }) codeParam = '';
  /** Where fees are paid online (the province's payment page); without it, the tracker says how to pay. */
  @property({ attribute: 'payment-href' }) paymentHref = '';
  /** The level of the tracker's top heading, 1–6 (its sections' come below it). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The history's order; the person can change it. */
  @property({ reflect: true }) order: 'newest-first' | 'oldest-first' = 'newest-first';

  @state() private view: View = 'lookup';
  @state() private dossier: Dossier | undefined;
  @state() private liveState: SubscriptionState | undefined;
  @state() private stoppedText = '';
  @state() private announcement = '';
  @state() private revealed = false;
  @state() private busy = false;
  @state() private sentSupplement = false;
  @state() private documentFailure = '';
  private live: LiveDossier | undefined;
  private supplement: SupplementAnswer | undefined;
  private list: ApplicantList | undefined;
  private readonly localize = new LocalizeController(this, dossierTrackerMessages);
  private readonly connection = new ApiConnection(() => this.localize.locale, () => ({ auth: () => this.token || undefined }));

  /** The element's language now. */
  get locale(): Locale {
    return this.localize.locale;
  }

  /** A text of the tracker's own. */
  t(key: string, params?: Record<string, unknown>): string {
    return this.localize.t(key, params);
  }

  /** A text of core's catalogue. */
  core(key: string, params?: Record<string, unknown>): string {
    return this.localize.core(key, params);
  }

  /** The API, from `client` or `api-base`. */
  api(): Transport | undefined {
    return this.connection.of({ client: this.client, apiBase: this.apiBase });
  }

  /** The dossier shown, if any. */
  get shownDossier(): Dossier | undefined {
    return this.dossier;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.code && this.codeParam) this.code = new URL(location.href).searchParams.get(this.codeParam)?.trim() ?? '';
    // The viewer may be defined after the tracker (loaded lazily by the page): offer it once it is.
    if (!customElements.get(VIEWER_TAG)) void customElements.whenDefined(VIEWER_TAG).then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeDossier();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const signedIn = Boolean(this.token);
    if (changed.has('token') && (signedIn || changed.get('token'))) {
      // Signed in, out, or as someone else: what was shown is not theirs to see.
      this.closeDossier();
      this.view = signedIn ? 'list' : 'lookup';
      if (signedIn) void this.loadList();
    }
    if ((changed.has('code') || changed.has('access')) && this.code && this.code !== this.dossier?.code) void this.openByCode(this.code);
    // The page took the code away (a link to the empty tracker): back to the start.
    if (changed.has('code') && !this.code && changed.get('code') && this.dossier) {
      this.closeDossier();
      this.view = this.token ? 'list' : 'lookup';
    }
  }

  // —— opening a dossier ——

  /** Opens `code` without asking, if a kept token or the sign-in allows it; else leaves it in the lookup form. */
  private async openByCode(code: string): Promise<void> {
    this.closeDossier();
    const api = this.api();
    const given = this.access && Date.parse(this.access.expiresAt) > Date.now() ? this.access : undefined;
    const kept = given ?? rememberedAccess(code);
    if (!api || (!kept && !this.token)) {
      this.view = this.token ? 'list' : 'lookup';
      return;
    }
    try {
      await this.open(kept ? await this.read(() => lookupDossier(api, code, kept)) : await this.read(() => getApplicantDossier(api, code)));
    } catch (error) {
      // Refused (expired, or not this dossier's): the verifier opens it. Offline: the token is kept for later.
      if (kept && error instanceof ProblemError && error.status < 500) forgetAccess(code);
      this.view = this.token ? 'list' : 'lookup';
      await this.reportFailure(failureOf(this, error));
    }
  }

  private async read(call: () => Promise<Dossier>): Promise<Dossier> {
    this.busy = true;
    try {
      return await call();
    } finally {
      this.busy = false;
    }
  }

  private async onLookup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const api = this.api();
    if (this.busy || !form.checkValidity()) return;
    const code = form.querySelector<EgovTextField>('[name="code"]')!.value.trim();
    const verifier = form.querySelector<EgovTextField>('[name="verifier"]')!.value.trim();
    if (!api) {
      await this.reportFailure({ problem: 'no-api', text: this.t('tracker.lookup.noApi') });
      return;
    }
    this.closeDossier();
    try {
      // A rate limit is said at once with when to retry, not waited out behind a spinner.
      await this.open(await this.read(() => lookupDossier(api, code, verifier, { retry: { statuses: [503] } })));
    } catch (error) {
      await this.reportFailure(failureOf(this, error));
    }
  }

  /** Shows why a dossier could not be opened, in the lookup form's error summary, and tells the page. */
  private async reportFailure(failure: Failure): Promise<void> {
    const event = new EgovLookupErrorEvent(failure.problem, failure.text, failure.retryAfterMs);
    this.dispatchEvent(event);
    await this.updateComplete;
    const summary = this.renderRoot.querySelector<EgovErrorSummary>('form.lookup egov-error-summary, form.filters-form egov-error-summary');
    await summary?.showErrors([{ text: failure.text }]);
  }

  /** Shows a dossier the API answered (with its access token) and follows it live. */
  private async open(dossier: Dossier): Promise<void> {
    const api = this.api();
    if (!api || !dossier.access) return;
    this.closeDossier();
    rememberAccess(dossier.code, dossier.access);
    this.dossier = dossier;
    this.code = dossier.code;
    this.view = 'dossier';
    this.keepCodeInUrl(dossier.code);
    this.live = new LiveDossier(api, { ...dossier, access: dossier.access }, {
      onChange: (next, change) => {
        this.dossier = next;
        this.announcement = this.t('tracker.live.changed', { status: this.core(`status.name.${change.status}`) });
        const changeEvent = new EgovDossierChangeEvent(next, change);
        this.dispatchEvent(changeEvent);
      },
      onRefresh: (next) => {
        this.dossier = next;
        if (next.access) rememberAccess(next.code, next.access);
      },
      onState: (live) => {
        this.liveState = live;
        if (live !== 'closed') this.stoppedText = '';
      },
      onProblem: (error, stopped) => {
        const failure = failureOf(this, error);
        const reason = failure.problem === 'dossier-access-expired' ? this.t('tracker.live.expired') : failure.text;
        if (stopped) this.stoppedText = this.t('tracker.live.stopped', { reason });
        else this.announcement = failure.text;
      },
      renew: this.token ? () => getApplicantDossier(api, dossier.code) : undefined,
    });
    if (dossier.status === 'supplement-requested') void this.loadSupplement();
    const loaded = new EgovDossierLoadEvent(dossier);
    this.dispatchEvent(loaded);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#dossier-title')?.focus();
  }

  /** Stops following the dossier shown and forgets it (nothing of it stays on screen). */
  private closeDossier(): void {
    this.live?.close();
    this.live = undefined;
    this.dossier = undefined;
    this.liveState = undefined;
    this.stoppedText = '';
    this.sentSupplement = false;
    this.revealed = false;
    this.documentFailure = '';
  }

  private keepCodeInUrl(code: string | undefined): void {
    if (!this.codeParam) return;
    const url = new URL(location.href);
    if (code) url.searchParams.set(this.codeParam, code);
    else url.searchParams.delete(this.codeParam);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  private async backToStart(): Promise<void> {
    this.closeDossier();
    this.code = '';
    this.keepCodeInUrl(undefined);
    this.view = this.token ? 'list' : 'lookup';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.token ? '#list-title' : 'egov-text-field[name="code"]')?.focus();
  }

  // —— the parts loaded when needed ——

  private async loadSupplement(): Promise<void> {
    if (this.supplement) return;
    const { SupplementAnswer } = await import('./supplement-answer.js');
    this.supplement ??= new SupplementAnswer(this);
    this.requestUpdate();
  }

  private async loadList(): Promise<void> {
    if (!this.list) {
      const { ApplicantList } = await import('./applicant-list.js');
      this.list ??= new ApplicantList(this);
    }
    if (this.code && this.code !== this.dossier?.code) return;
    this.list.reload();
  }

  /** The person chose a dossier of their list. */
  choose(code: string): void {
    void this.openByCode(code);
  }

  /** The person sent their answer to a request for supplements. */
  answered(dossier: Dossier): void {
    this.live?.replace(dossier);
    this.dossier = this.live?.dossier ?? dossier;
    // The success banner is an alert: it is read out and takes focus.
    this.sentSupplement = true;
    const changed = new EgovDossierChangeEvent(this.dossier);
    this.dispatchEvent(changed);
  }

  private async openResult(document: Dossier['documents'][number], how: 'view' | 'download'): Promise<void> {
    const api = this.api();
    const access = this.live?.access;
    if (!api || !access || !this.dossier) return;
    this.documentFailure = '';
    this.announcement = this.t('tracker.documents.downloading');
    try {
      await openDocument({
        api, code: this.dossier.code, document, access, title: document.name[this.locale], container: this.renderRoot as ShadowRoot,
      }, how);
      this.announcement = '';
    } catch (error) {
      this.documentFailure = this.t('tracker.documents.failed', { reason: failureOf(this, error).text });
      this.announcement = this.documentFailure;
    }
  }

  // —— rendering ——

  private get level(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  private renderLookup(): TemplateResult {
    const t = (key: string) => this.t(`tracker.lookup.${key}`);
    return html`<div class="title" role="heading" aria-level=${this.level}>${t('title')}</div>
      <p>${t('intro')}</p>
      <form class="lookup" novalidate @submit=${(event: SubmitEvent) => void this.onLookup(event)}>
        <egov-error-summary></egov-error-summary>
        <egov-text-field name="code" label=${t('code')} hint=${t('codeHint')} required spellcheck="false" autocomplete="off"
          .value=${this.code}></egov-text-field>
        <egov-text-field name="verifier" label=${t('verifier')} hint=${t('verifierHint')} required autocomplete="off"></egov-text-field>
        <div class="actions"><egov-button type="submit" ?loading=${this.busy}>${t('submit')}</egov-button></div>
      </form>`;
  }

  private get dossierView(): DossierView {
    return {
      host: this, level: this.level, order: this.order, revealed: this.revealed, paymentHref: this.paymentHref,
      liveState: this.liveState, stoppedText: this.stoppedText, answered: this.sentSupplement, documentFailure: this.documentFailure,
      signedIn: Boolean(this.token), access: this.live?.access,
      supplement: this.supplement,
      onReveal: () => {
        this.revealed = !this.revealed;
      },
      onOrder: (order) => {
        this.order = order;
      },
      onResume: () => this.live?.resume(),
      onBack: () => void this.backToStart(),
      onOpenDocument: (document, how) => void this.openResult(document, how),
    };
  }

  protected override render() {
    const content = this.view === 'dossier' && this.dossier ? renderDossier(this.dossierView, this.dossier)
      : this.view === 'list' ? this.list?.render(this.level) ?? nothing
        : this.renderLookup();
    return html`<div part="base">${content}<div class="sr-only" role="status">${this.announcement}</div></div>`;
  }
}
