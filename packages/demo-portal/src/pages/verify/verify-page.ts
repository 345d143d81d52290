import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale } from '@egov-kit/core';
import type { EgovErrorSummary } from '@egov-kit/elements';
import { downloadDocument } from '@egov-kit/sdk/documents';
import { lookupDossier } from '@egov-kit/sdk/tracking';
import type { VerificationReport } from '@egov-kit/signature';
import { api } from '../../api.js';
import { verifyMessages } from '../../messages/verify.js';
import { PortalPage } from '../../portal-element.js';
import { paths } from '../../router.js';
import { errorText, renderLoading, type Load } from '../load-state.js';
import { accessOf } from '../track/access.js';
import { verifySignatures } from './engine.js';
import { renderReport } from './report-view.js';

/**
 * The file being verified: what names it for people (a portal text and its parameters, put in words
 * at each render so a language switch changes it too), its bytes for the engine.
 */
interface Source {
  label: { key: string; params: Record<string, unknown> };
  bytes: Uint8Array;
}

/** Why a result document could not be opened: no token in this tab, or the API's error. */
type OpenFailure = { error?: unknown };

/**
 * Verifying the signatures of a PDF: one the person chooses, or a result document opened from the
 * tracking page (`?ma=<dossier>&van-ban=<document>`, downloaded with this tab's access token). The
 * verdict is shown as text beside nothing else: no page of the PDF is drawn.
 */
export class VerifyPage extends PortalPage {
  @property() dossierCode = '';
  @property() documentId = '';

  @state() private source: Source | undefined;
  @state() private result: Load<VerificationReport> | undefined;
  @state() private openFailure: OpenFailure | undefined;

  constructor() {
    super(verifyMessages);
  }

  get pageTitle(): string {
    return this.t('verify.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('dossierCode') || changed.has('documentId')) && this.dossierCode && this.documentId) void this.openDocument();
    // The report's sentences are in the language asked for: a language switch verifies again.
    if (this.result?.state === 'ready' && this.result.value.locale !== this.locale && this.source) void this.verify(this.source, this.locale);
  }

  private async openDocument(): Promise<void> {
    const access = accessOf(this.dossierCode);
    this.openFailure = undefined;
    if (!access) {
      this.openFailure = {};
      return;
    }
    this.result = { state: 'loading' };
    try {
      const dossier = await lookupDossier(api, this.dossierCode, access);
      const document = dossier.documents.find((d) => d.id === this.documentId);
      const bytes = await downloadDocument(api, this.dossierCode, this.documentId, access);
      const label = document
        ? { key: 'verify.fromDossier', params: { number: document.number, code: dossier.code } }
        : { key: 'verify.document', params: { name: this.documentId } };
      await this.verify({ label, bytes }, this.locale);
    } catch (error) {
      this.result = undefined;
      this.openFailure = { error };
    }
  }

  private async verify(source: Source, locale: Locale): Promise<void> {
    this.source = source;
    this.result = { state: 'loading' };
    try {
      this.result = { state: 'ready', value: await verifySignatures(source.bytes, locale) };
    } catch (error) {
      this.result = { state: 'failed', error };
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#pdf-file')!;
    const summary = this.querySelector<EgovErrorSummary>('egov-error-summary')!;
    const file = input.files?.[0];
    const problem = !file ? 'verify.noFile' : !/\.pdf$/i.test(file.name) && file.type !== 'application/pdf' ? 'verify.notPdf' : '';
    if (problem || !file) {
      await summary.showErrors([{ field: input, text: this.t(problem) }]);
      return;
    }
    summary.clear();
    await this.verify({ label: { key: 'verify.document', params: { name: file.name } }, bytes: new Uint8Array(await file.arrayBuffer()) }, this.locale);
  }

  private renderResult() {
    const result = this.result;
    if (!result) return nothing;
    if (result.state === 'loading') return html`<p role="status">${this.t('verify.verifying')}</p>${renderLoading(this)}`;
    if (result.state === 'failed') {
      return html`<egov-notification-banner variant="error" alert banner-title=${this.t('verify.failed')}><p>${String(result.error)}</p></egov-notification-banner>`;
    }
    return renderReport(this, result.value);
  }

  protected override render() {
    return html`
      <h1>${this.t('verify.title')}</h1>
      <p class="lead">${this.t('verify.intro')}</p>
      ${this.openFailure ? html`<egov-notification-banner variant="error" alert><p>${this.t('verify.openFailed')}${
        'error' in this.openFailure ? ` ${errorText(this, this.openFailure.error)}` : ''}</p>
        <p><a href=${paths.track(this.dossierCode)}>${this.t('nav.track')}</a></p></egov-notification-banner>` : nothing}
      <form class="verify-form" novalidate @submit=${(event: SubmitEvent) => void this.onSubmit(event)}>
        <egov-error-summary></egov-error-summary>
        <div class="native-field">
          <label for="pdf-file">${this.t('verify.file')}</label>
          <p class="hint" id="pdf-file-hint">${this.t('verify.fileHint')}</p>
          <input id="pdf-file" name="pdf" type="file" accept="application/pdf,.pdf" aria-describedby="pdf-file-hint">
        </div>
        <div class="actions"><egov-button type="submit">${this.t('verify.choose')}</egov-button></div>
      </form>
      <section class="verdict" aria-label=${this.t('verify.result')}>
        ${this.source ? html`<p class="source">${this.t(this.source.label.key, this.source.label.params)}</p>` : nothing}
        ${this.renderResult()}
      </section>`;
  }
}
