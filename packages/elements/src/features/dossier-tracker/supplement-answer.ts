/**
 * Answering the open request for supplements in place: what the agency asks for, a note and the
 * documents (uploaded at once through the SDK's resumable uploads), sent with the dossier's
 * version so a change made meanwhile is refused rather than overwritten. What the person types
 * and uploads is kept on the device (IndexedDB) as they go, and given back after a reload, until
 * it is sent. Loaded by the tracker only when a dossier waits for a supplement.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, type FileReference } from '@egov-kit/core';
import type { DossierAccess, SupplementRequest } from '@egov-kit/core/contract';
import type { Dossier } from '@egov-kit/sdk';
import { answerSupplementRequest } from '@egov-kit/sdk/dossiers';
import { ProblemError, type Transport } from '@egov-kit/sdk/transport';
import { attachmentReferenceOf, memoryResumeStore, uploadFile, webStorageResumeStore, type UploadResumeStore } from '@egov-kit/sdk/uploads';
import type { UploadTransport } from '../../components/file-upload/file-upload.js';
import type { EgovErrorSummary } from '../../components/error-summary/error-summary.js';
import type { EgovFileUpload } from '../../components/file-upload/file-upload.js';
import type { EgovTextarea } from '../../components/textarea/textarea.js';
import '../../define/error-summary.js';
import '../../define/file-upload.js';
import '../../define/textarea.js';
import { failureOf, type Texts } from './problem-text.js';
import { readDraft, removeDraft, writeDraft } from './supplement-drafts.js';

/** What the answer needs from the tracker. */
export interface SupplementHost extends ReactiveControllerHost, Texts {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The API, when the tracker has one. */
  api(): Transport | undefined;
  /** The person sent the answer: the dossier as the API answered. */
  answered(dossier: Dossier): void;
}

/** Where unfinished uploads are remembered, to resume them after a reload. */
function resumeStore(): UploadResumeStore {
  try {
    return webStorageResumeStore(localStorage);
  } catch {
    return memoryResumeStore();
  }
}

/** The answer form of the open request of one dossier. */
export class SupplementAnswer implements ReactiveController {
  private sending = false;
  /** `code/request` whose draft was given back to the fields (once per request). */
  private restoredFor = '';
  private restored = false;
  private shown: { code: string; requestId: string } | undefined;
  private readonly store = resumeStore();

  constructor(private readonly host: SupplementHost) {
    host.addController(this);
  }

  private field<T extends Element>(selector: string): T | null {
    return this.host.renderRoot.querySelector<T>(`form.supplement ${selector}`);
  }

  private readonly upload: UploadTransport = async (file, { signal, onProgress }) => {
    const api = this.host.api();
    if (!api) throw new Error('no API');
    const done = await uploadFile(api, file, {
      signal, resumeStore: this.store, onProgress: ({ uploadedBytes, totalBytes }) => onProgress(uploadedBytes, totalBytes),
    });
    return { id: done.id };
  };

  hostUpdated(): void {
    const shown = this.shown;
    if (!shown || this.restoredFor === `${shown.code}/${shown.requestId}`) return;
    const note = this.field<EgovTextarea>('egov-textarea');
    const files = this.field<EgovFileUpload>('egov-file-upload');
    if (!note || !files) return;
    this.restoredFor = `${shown.code}/${shown.requestId}`;
    void readDraft(shown.code, shown.requestId).then((draft) => {
      if (!draft || this.shown !== shown || (!draft.note && draft.files.length === 0)) return;
      // What the person typed since the page opened wins over an older draft.
      if (!note.value) note.value = draft.note;
      if (files.value.length === 0) files.value = draft.files;
      this.restored = true;
      this.host.requestUpdate();
    });
  }

  private keep(): void {
    const shown = this.shown;
    const note = this.field<EgovTextarea>('egov-textarea');
    const files = this.field<EgovFileUpload>('egov-file-upload');
    if (!shown || !note || !files) return;
    const uploaded = files.value.filter((file): file is FileReference & { id: string } => Boolean(file.id));
    void writeDraft(shown.code, shown.requestId, { note: note.value, files: uploaded });
  }

  private async send(event: SubmitEvent, dossier: Dossier, request: SupplementRequest, access: DossierAccess): Promise<void> {
    event.preventDefault();
    const api = this.host.api();
    const form = event.currentTarget as HTMLFormElement;
    const summary = this.field<EgovErrorSummary>('egov-error-summary')!;
    if (this.sending || !api || !form.checkValidity()) return;
    const note = this.field<EgovTextarea>('egov-textarea')!.value.trim();
    const attachments = this.field<EgovFileUpload>('egov-file-upload')!.value
      .filter((file) => file.id).map((file) => attachmentReferenceOf({ ...file, id: file.id! }));
    if (!note && attachments.length === 0) {
      await summary.showErrors([{ messageKey: 'api.field.supplement-empty' }]);
      return;
    }
    this.sending = true;
    this.host.requestUpdate();
    try {
      const answered = await answerSupplementRequest(api, dossier.code, access, request.id,
        { ...(note ? { note } : {}), ...(attachments.length ? { attachments } : {}) }, { ifVersion: dossier.version });
      await removeDraft(dossier.code, request.id);
      this.restored = false;
      this.host.answered(answered);
    } catch (error) {
      const fields = error instanceof ProblemError ? error.fieldErrors : [];
      await summary.showErrors(fields.length
        ? fields.map((f) => ({ messageKey: f.messageKey, params: f.params ?? {} }))
        : [{ text: failureOf(this.host, error).text }]);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** The request and the form to answer it. */
  render(dossier: Dossier, request: SupplementRequest, access: DossierAccess, level: number): TemplateResult {
    this.shown = this.shown?.code === dossier.code && this.shown.requestId === request.id ? this.shown : { code: dossier.code, requestId: request.id };
    const t = (key: string, params?: Record<string, unknown>) => this.host.t(`tracker.supplement.${key}`, params);
    return html`<section class="card" aria-labelledby="supplement-title">
      <div id="supplement-title" class="section-title" role="heading" aria-level=${level}>${t('title')}</div>
      <p>${t('items')}:</p>
      <ul class="plain-list">${request.items.map((item) => html`<li>${item}</li>`)}</ul>
      ${request.note ? html`<p>${request.note}</p>` : nothing}
      <p class="muted">${t('requested', { time: formatDateTime(new Date(request.requestedAt)) })}${request.dueDate
        ? html`<br>${t('dueDate', { date: formatDate(request.dueDate) })}` : nothing}</p>
      ${this.restored ? html`<p class="muted" role="status">${t('restored')}</p>` : nothing}
      <form class="supplement" novalidate @submit=${(event: SubmitEvent) => void this.send(event, dossier, request, access)}>
        <egov-error-summary></egov-error-summary>
        <egov-textarea name="note" label=${t('note')} hint=${t('noteHint')} maxlength="2000" rows="4" @input=${() => this.keep()}></egov-textarea>
        <egov-file-upload name="attachments" label=${t('files')} multiple max-files="10" max-size="20971520"
          accept="application/pdf,image/jpeg,image/png" .upload=${this.upload} @change=${() => this.keep()}></egov-file-upload>
        <div class="actions"><egov-button type="submit" ?loading=${this.sending}>${t('send')}</egov-button></div>
      </form>
    </section>`;
  }
}
