import { html, LitElement, nothing, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale } from '@egov-kit/core';
import type { DossierAccess } from '@egov-kit/core/contract';
import type { Transport } from '@egov-kit/sdk/transport';
import type { EgovErrorSummary } from '../../components/error-summary/error-summary.js';
import type { EgovTextField } from '../../components/text-field/text-field.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { EgovLookupErrorEvent } from './dossier-tracker.events.js';
import { dossierTrackerMessages } from './dossier-tracker.messages.js';
import { dossierTrackerStyles } from './dossier-tracker.styles.js';
import type { Failure } from './problem-text.js';
import type { TrackerEngine } from './tracker-engine.js';
import { VIEWER_TAG } from './viewer.js';

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

  /** What is shown: the lookup form, the signed-in list, or a dossier. @internal */
  @state() view: 'lookup' | 'list' | 'dossier' = 'lookup';
  /** Whether a dossier is being read. @internal */
  @state() busy = false;
  /** What a screen reader hears next (a live change, a download…). @internal */
  @state() announcement = '';
  private engine: TrackerEngine | undefined;
  private loadingEngine: Promise<TrackerEngine> | undefined;
  private readonly localize = new LocalizeController(this, dossierTrackerMessages);

  /** The styles of the frame and the lookup form (the engine adds the dossier's). @internal */
  get frameStyles(): readonly CSSResultOrNative[] {
    return EgovDossierTracker.elementStyles;
  }

  /** The element's language now. @internal */
  get locale(): Locale {
    return this.localize.locale;
  }

  /** The level of the tracker's top heading, within 1–6. @internal */
  get headingLevelShown(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  /** A text of the tracker's own. @internal */
  t(key: string, params?: Record<string, unknown>): string {
    return this.localize.t(key, params);
  }

  /** A text of core's catalogue. @internal */
  core(key: string, params?: Record<string, unknown>): string {
    return this.localize.core(key, params);
  }

  /** The part that talks to the API and shows a dossier, loaded the first time it is needed. */
  private loadEngine(): Promise<TrackerEngine> {
    this.loadingEngine ??= import('./tracker-engine.js').then(({ TrackerEngine }) => {
      this.engine = new TrackerEngine(this);
      return this.engine;
    });
    return this.loadingEngine;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.code && this.codeParam) this.code = new URL(location.href).searchParams.get(this.codeParam)?.trim() ?? '';
    // The viewer may be defined after the tracker (loaded lazily by the page): offer it once it is.
    if (!customElements.get(VIEWER_TAG)) void customElements.whenDefined(VIEWER_TAG).then(() => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const signedIn = Boolean(this.token);
    if (changed.has('token') && (signedIn || changed.get('token'))) {
      // Signed in, out, or as someone else: what was shown is not theirs to see.
      this.engine?.close();
      this.view = signedIn ? 'list' : 'lookup';
      if (signedIn) void this.loadEngine().then((engine) => engine.loadList());
    }
    // A page that gives the same token again (a new object from its storage on each render) asks for nothing new.
    const newAccess = changed.has('access') && (changed.get('access') as DossierAccess | undefined)?.token !== this.access?.token;
    if ((changed.has('code') || newAccess) && this.code && this.code !== this.engine?.openCode) {
      const code = this.code;
      void this.loadEngine().then((engine) => engine.openByCode(code));
    }
    // The page took the code away (a link to the empty tracker): back to the start.
    if (changed.has('code') && !this.code && changed.get('code') && this.engine?.openCode) {
      this.engine.close();
      this.view = this.token ? 'list' : 'lookup';
    }
  }

  private async onLookup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this.busy || !form.checkValidity()) return;
    const code = form.querySelector<EgovTextField>('[name="code"]')!.value.trim();
    const verifier = form.querySelector<EgovTextField>('[name="verifier"]')!.value.trim();
    this.busy = true;
    try {
      const engine = await this.loadEngine();
      await engine.lookup(code, verifier);
    } catch {
      // The engine itself could not be loaded (offline before anything was asked).
      await this.reportFailure({ problem: 'network', text: this.t('tracker.lookup.offline') });
    } finally {
      this.busy = false;
    }
  }

  /** Shows why a dossier could not be opened, in the form's error summary, and tells the page. @internal */
  async reportFailure(failure: Failure): Promise<void> {
    const event = new EgovLookupErrorEvent(failure.problem, failure.text, failure.retryAfterMs);
    this.dispatchEvent(event);
    await this.updateComplete;
    const summary = this.renderRoot.querySelector<EgovErrorSummary>('form.lookup egov-error-summary, form.filters-form egov-error-summary');
    await summary?.showErrors([{ text: failure.text }]);
  }

  /** Keeps the dossier code in the page's URL, when the page asked for it (`code-param`). @internal */
  keepCodeInUrl(code: string | undefined): void {
    if (!this.codeParam) return;
    const url = new URL(location.href);
    if (code) url.searchParams.set(this.codeParam, code);
    else url.searchParams.delete(this.codeParam);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  /** Back to the lookup form (or the signed-in list), focused, with nothing of the dossier left. @internal */
  async backToStart(): Promise<void> {
    this.engine?.close();
    this.code = '';
    this.keepCodeInUrl(undefined);
    this.view = this.token ? 'list' : 'lookup';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.token ? '#list-title' : 'egov-text-field[name="code"]')?.focus();
  }

  private renderLookup(): TemplateResult {
    const t = (key: string) => this.t(`tracker.lookup.${key}`);
    // The engine starts loading as soon as the person is in the form, so the lookup does not wait for it.
    return html`<div class="title" role="heading" aria-level=${this.headingLevelShown}>${t('title')}</div>
      <p>${t('intro')}</p>
      <form class="lookup" novalidate @focusin=${() => void this.loadEngine()} @submit=${(event: SubmitEvent) => void this.onLookup(event)}>
        <egov-error-summary></egov-error-summary>
        <egov-text-field name="code" label=${t('code')} hint=${t('codeHint')} required spellcheck="false" autocomplete="off"
          .value=${this.code}></egov-text-field>
        <egov-text-field name="verifier" label=${t('verifier')} hint=${t('verifierHint')} required autocomplete="off"></egov-text-field>
        <div class="actions"><egov-button type="submit" ?loading=${this.busy}>${t('submit')}</egov-button></div>
      </form>`;
  }

  protected override render() {
    const content = this.view === 'dossier' ? this.engine?.renderDossier() ?? nothing
      : this.view === 'list' ? this.engine?.renderList() ?? nothing
        : this.renderLookup();
    return html`<div part="base">${content}<div class="sr-only" role="status">${this.announcement}</div></div>`;
  }
}
