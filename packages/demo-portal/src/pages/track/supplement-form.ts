import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDate, formatDateTime, type FileReference } from '@egov-kit/core';
import type { SupplementRequest } from '@egov-kit/core/contract';
import type { EgovErrorSummary, EgovFileUpload, EgovTextarea } from '@egov-kit/elements';
import type { Dossier } from '@egov-kit/sdk';
import { answerSupplementRequest } from '@egov-kit/sdk/dossiers';
import { attachmentReferenceOf } from '@egov-kit/sdk/uploads';
import { ProblemError } from '@egov-kit/sdk/transport';
import { api } from '../../api.js';
import { trackMessages } from '../../messages/track.js';
import { PortalElement } from '../../portal-element.js';
import { readStored, removeStored, writeStored } from '../../stored.js';
import { uploadTransport } from '../apply/uploads.js';
import { errorText } from '../load-state.js';

/** The updated dossier after the person answered a request for supplements. */
export class SupplementAnsweredEvent extends Event {
  constructor(readonly dossier: Dossier) {
    super('portal-supplement-answered', { bubbles: true, composed: true });
  }
}

/** The answer as typed so far, kept on this device until it is sent. */
interface SupplementDraft {
  note: string;
  files: FileReference[];
}

/**
 * Answering the open request for supplements in place: what the agency asks for, a note and the
 * documents (uploaded through the SDK), sent with the dossier's version so a change made meanwhile
 * is refused rather than overwritten. The answer is kept on this device as it is typed (a reload,
 * or an upload that ends after the person left the page, loses nothing) until it is sent.
 */
export class SupplementForm extends PortalElement {
  @property({ attribute: false }) dossier!: Dossier;
  @property({ attribute: false }) request!: SupplementRequest;
  @property({ attribute: false }) token = '';
  @state() private sending = false;

  constructor() {
    super(trackMessages);
  }

  private get draftKey(): string {
    return `egov-portal:supplement:${this.dossier.code}:${this.request.id}`;
  }

  private get noteField(): EgovTextarea {
    return this.querySelector('egov-textarea')!;
  }

  private get filesField(): EgovFileUpload {
    return this.querySelector('egov-file-upload')!;
  }

  protected override firstUpdated(): void {
    const saved = readStored<SupplementDraft>(this.draftKey);
    if (!saved) return;
    this.noteField.value = saved.note;
    this.filesField.value = saved.files;
  }

  // Listened on the fields themselves: an upload may end after this form left the page.
  private readonly keep = (): void => {
    writeStored(this.draftKey, { note: this.noteField.value, files: this.filesField.value } satisfies SupplementDraft);
  };

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const summary = this.querySelector<EgovErrorSummary>('egov-error-summary')!;
    const form = event.currentTarget as HTMLFormElement;
    if (!form.checkValidity()) return;
    const note = this.noteField.value.trim();
    const attachments = this.filesField.value
      .filter((file) => file.id).map((file) => attachmentReferenceOf({ ...file, id: file.id! }));
    if (!note && attachments.length === 0) {
      await summary.showErrors([{ messageKey: 'api.field.supplement-empty' }]);
      return;
    }
    this.sending = true;
    try {
      const dossier = await answerSupplementRequest(api, this.dossier.code, { token: this.token }, this.request.id,
        { ...(note ? { note } : {}), ...(attachments.length ? { attachments } : {}) }, { ifVersion: this.dossier.version });
      removeStored(this.draftKey);
      this.dispatchEvent(new SupplementAnsweredEvent(dossier));
    } catch (error) {
      const fields = error instanceof ProblemError ? error.fieldErrors : [];
      await summary.showErrors(fields.length
        ? fields.map((f) => ({ messageKey: f.messageKey, params: f.params ?? {} }))
        : [{ text: errorText(this, error) }]);
    } finally {
      this.sending = false;
    }
  }

  protected override render() {
    const request = this.request;
    return html`<section class="supplement" aria-labelledby="supplement-title">
      <h2 id="supplement-title">${this.t('supplement.title')}</h2>
      <p>${this.t('supplement.items')}:</p>
      <ul>${request.items.map((item) => html`<li>${item}</li>`)}</ul>
      ${request.note ? html`<p>${request.note}</p>` : nothing}
      <p class="muted">${this.t('supplement.requested', { time: formatDateTime(new Date(request.requestedAt)) })}${request.dueDate
        ? html`<br>${this.t('supplement.dueDate', { date: formatDate(request.dueDate) })}` : nothing}</p>
      <form novalidate @submit=${(event: SubmitEvent) => void this.onSubmit(event)}>
        <egov-error-summary></egov-error-summary>
        <egov-textarea name="note" label=${this.t('supplement.note')} hint=${this.t('supplement.noteHint')} maxlength="2000" rows="4"
          @input=${this.keep}></egov-textarea>
        <egov-file-upload name="attachments" label=${this.t('supplement.files')} multiple max-files="10" max-size="20971520"
          accept="application/pdf,image/jpeg,image/png" .upload=${uploadTransport} @change=${this.keep}></egov-file-upload>
        <div class="actions"><egov-button type="submit" ?loading=${this.sending}>${this.t('supplement.send')}</egov-button></div>
      </form>
    </section>`;
  }
}
