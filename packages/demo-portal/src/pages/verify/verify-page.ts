import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '@egov-kit/elements/define/signature-viewer';
import { downloadDocument } from '@egov-kit/sdk/documents';
import { lookupDossier } from '@egov-kit/sdk/tracking';
import { api } from '../../api.js';
import { verifyMessages } from '../../messages/verify.js';
import { PortalPage } from '../../portal-element.js';
import { paths } from '../../router.js';
import { errorText } from '../load-state.js';
import { accessOf } from '../track/access.js';

/** A result document opened from the tracking page: its bytes and how it is named. */
interface Opened {
  bytes: Uint8Array;
  fileName: string;
  label: { key: string; params: Record<string, unknown> };
}

/**
 * Verifying the signatures of a PDF in `<egov-signature-viewer>` against the server's trust list:
 * one the person picks or drops, or a result document opened from the tracking page
 * (`?ma=<dossier>&van-ban=<document>`, downloaded with this tab's access token).
 */
export class VerifyPage extends PortalPage {
  @property() dossierCode = '';
  @property() documentId = '';

  @state() private opened: Opened | undefined;
  @state() private openFailure: { error?: unknown } | undefined;

  constructor() {
    super(verifyMessages);
  }

  get pageTitle(): string {
    return this.t('verify.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('dossierCode') || changed.has('documentId')) && this.dossierCode && this.documentId) void this.openDocument();
  }

  private async openDocument(): Promise<void> {
    const access = accessOf(this.dossierCode);
    this.openFailure = undefined;
    if (!access) {
      this.openFailure = {};
      return;
    }
    try {
      const dossier = await lookupDossier(api, this.dossierCode, access);
      const document = dossier.documents.find((d) => d.id === this.documentId);
      const bytes = await downloadDocument(api, this.dossierCode, this.documentId, access);
      this.opened = {
        bytes,
        fileName: `${(document?.number ?? this.documentId).replace(/[^\p{L}\p{N}._-]+/gu, '-')}.pdf`,
        label: document ? { key: 'verify.fromDossier', params: { number: document.number, code: dossier.code } } : { key: 'verify.document', params: { name: this.documentId } },
      };
    } catch (error) {
      this.openFailure = { error };
    }
  }

  protected override render() {
    return html`
      <h1>${this.t('verify.title')}</h1>
      <p class="lead">${this.t('verify.intro')}</p>
      ${this.openFailure ? html`<egov-notification-banner variant="error" alert><p>${this.t('verify.openFailed')}${
        'error' in this.openFailure ? ` ${errorText(this, this.openFailure.error)}` : ''}</p>
        <p><a href=${paths.track(this.dossierCode)}>${this.t('nav.track')}</a></p></egov-notification-banner>` : nothing}
      ${this.opened ? html`<p class="source">${this.t(this.opened.label.key, this.opened.label.params)}</p>` : nothing}
      <egov-signature-viewer trust-list=${api.urlOf({ path: '/trust-list' }).href} file-name=${this.opened?.fileName ?? ''}
        .bytes=${this.opened?.bytes}></egov-signature-viewer>`;
  }
}
