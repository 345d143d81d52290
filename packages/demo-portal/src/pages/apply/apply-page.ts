import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDateTime, formVisibility, maxFilesOf, type FormField, type FormStep } from '@egov-kit/core';
import type { DossierSubmission, ProblemFieldError } from '@egov-kit/core/contract';
import type { EgovErrorSummary } from '@egov-kit/elements';
import type { Dossier, ProcedureDetail } from '@egov-kit/sdk';
import { submitDossier } from '@egov-kit/sdk/dossiers';
import { getProcedure } from '@egov-kit/sdk/procedures';
import { ProblemError } from '@egov-kit/sdk/transport';
import { api } from '../../api.js';
import { applyMessages } from '../../messages/apply.js';
import { PortalPage } from '../../portal-element.js';
import { navigate, paths } from '../../router.js';
import { errorText, renderFailure, renderLoading, type Load } from '../load-state.js';
import { rememberAccess } from '../track/access.js';
import { discardDraft, idempotencyKeyOf, loadDraft, newDraft, noteSending, saveDraft, saveReceipt, wasFiled, type Draft } from './draft.js';
import { answerName, readAnswer, readUnfinished, renderField, writeAnswer, writeUnfinished } from './form-fields.js';
import { renderReceipt } from './receipt-view.js';
import { renderReview } from './review-view.js';
import { APPLICANT_STEP, RECEIPT_STEP, REVIEW_STEP, answerErrors, buildSubmission, checkApplicant, shownSteps, stepOfError } from './submission.js';
import { uploadTransport } from './uploads.js';

type FieldElement = HTMLElement & { value: unknown };

/**
 * Applying for a procedure: the applicant, then each step of the procedure's form (show-if from
 * core's `formVisibility`, checks from core's `validateAnswers` shown through the error summary and
 * the fields), "check your answers", sending with the draft's idempotency key, and the receipt.
 * Routes: `/nop-ho-so/<code>/<step>` where step is `nguoi-nop`, a form step's id, `kiem-tra` or
 * `bien-nhan`; `?sua` brings the person back to the check page after changing an answer.
 */
export class ApplyPage extends PortalPage {
  @property() code = '';
  @property() step = '';
  @property({ type: Boolean }) returnToReview = false;

  @state() private detail: Load<ProcedureDetail> = { state: 'loading' };
  @state() private draft: Draft | undefined;
  @state() private restoredAt = '';
  @state() private sending = false;
  @state() private sendError: unknown;
  /** The server's field errors waiting for their step to be shown. */
  private pendingErrors: ProblemFieldError[] = [];
  /** Fields given what the draft holds for them. */
  private filled = new WeakSet<Element>();

  constructor() {
    super(applyMessages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  /** Another tab filed this draft: this one shows the receipt rather than offer to send it again. */
  private readonly onStorage = (): void => {
    const { draft, detail } = this;
    if (draft && detail.state === 'ready' && this.step !== RECEIPT_STEP && wasFiled(draft)) this.showFiled(detail.value);
  };

  private showFiled(detail: ProcedureDetail): void {
    this.draft = newDraft(this.code, detail.form.version, APPLICANT_STEP);
    this.filled = new WeakSet();
    this.sendError = undefined;
    navigate(paths.apply(this.code, RECEIPT_STEP), { replace: true });
  }

  get pageTitle(): string {
    const detail = this.detail;
    if (detail.state !== 'ready') return this.t('apply.title');
    return `${this.stepTitle(detail.value)} – ${this.text(detail.value.procedure.name)}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) void this.load();
    else if (changed.has('step')) this.settleStep();
  }

  private async load(): Promise<void> {
    this.detail = { state: 'loading' };
    try {
      const detail = await getProcedure(api, this.code);
      let saved = loadDraft(this.code);
      // Filed in another tab, then saved again by a keystroke there before it heard: filed is filed.
      if (saved && wasFiled(saved)) {
        discardDraft(saved);
        saved = undefined;
      }
      this.draft = saved ?? newDraft(this.code, detail.form.version, APPLICANT_STEP);
      this.restoredAt = saved && this.step !== RECEIPT_STEP ? saved.savedAt : '';
      this.detail = { state: 'ready', value: detail };
      this.settleStep();
    } catch (error) {
      this.detail = { state: 'failed', error };
    }
  }

  /** The steps in order: the applicant, the form's shown steps, the check page. */
  private stepIds(detail: ProcedureDetail, draft: Draft): string[] {
    return [APPLICANT_STEP, ...shownSteps(detail.form, draft.answers).map((s) => s.id), REVIEW_STEP];
  }

  /** Keeps the URL on a step that exists (the draft's, when none is named) and remembers it in the draft. */
  private settleStep(): void {
    const { detail, draft } = this;
    if (detail.state !== 'ready' || !draft || this.step === RECEIPT_STEP) return;
    const steps = this.stepIds(detail.value, draft);
    if (!steps.includes(this.step)) {
      navigate(paths.apply(this.code, steps.includes(draft.step) ? draft.step : APPLICANT_STEP), { replace: true });
    } else if (draft.step !== this.step) {
      draft.step = this.step;
      saveDraft(draft);
    }
  }

  private formStep(detail: ProcedureDetail): FormStep | undefined {
    return detail.form.steps.find((step) => step.id === this.step);
  }

  private stepTitle(detail: ProcedureDetail): string {
    if (this.step === APPLICANT_STEP) return this.t('apply.applicantStep');
    if (this.step === REVIEW_STEP) return this.t('apply.reviewTitle');
    if (this.step === RECEIPT_STEP) return this.t('receipt.title');
    const step = this.formStep(detail);
    return step ? this.text(step.title) : this.t('apply.title');
  }

  private fieldsById(detail: ProcedureDetail): Map<string, FormField> {
    return new Map(detail.form.steps.flatMap((step) => step.fields.map((field) => [field.id, field] as const)));
  }

  // —— the draft follows every change ——

  private readonly capture = (event: Event): void => {
    const { draft, detail } = this;
    if (!draft || detail.state !== 'ready') return;
    const form = event.currentTarget as HTMLFormElement;
    const fields = this.fieldsById(detail.value);
    for (const element of form.querySelectorAll<FieldElement>('[name^="applicant."]')) {
      const key = element.getAttribute('name')!.slice('applicant.'.length) as keyof Draft['applicant'];
      if (key in draft.applicant) draft.applicant[key] = String(element.value ?? '');
    }
    for (const element of form.querySelectorAll<FieldElement>('[name^="answers."]')) {
      const field = fields.get(element.getAttribute('name')!.slice('answers.'.length));
      if (!field) continue;
      const answer = readAnswer(field, element);
      if (answer === undefined) delete draft.answers[field.id];
      else draft.answers[field.id] = answer;
      const unfinished = readUnfinished(field, element);
      if (unfinished) (draft.unfinished ??= {})[field.id] = unfinished;
      else delete draft.unfinished?.[field.id];
    }
    saveDraft(draft);
    // Show-if conditions may have changed, and the "saved at" line.
    this.requestUpdate();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { draft, detail } = this;
    if (!draft || detail.state !== 'ready') return;
    const fields = this.fieldsById(detail.value);
    // Fields that just appeared show what the draft holds for them.
    for (const element of this.querySelectorAll<FieldElement>('form [name^="applicant."], form [name^="answers."]')) {
      if (this.filled.has(element)) continue;
      this.filled.add(element);
      const name = element.getAttribute('name')!;
      if (name.startsWith('applicant.')) {
        const value = draft.applicant[name.slice('applicant.'.length) as keyof Draft['applicant']];
        if (value) element.value = value;
      } else {
        const field = fields.get(name.slice('answers.'.length));
        if (!field) continue;
        writeAnswer(field, element, draft.answers[field.id]);
        writeUnfinished(field, element, draft.unfinished?.[field.id]);
        if (field.kind === 'file') element.addEventListener('change', () => this.keepLeftUpload(draft, field, element));
      }
    }
    if (this.pendingErrors.length > 0) {
      const errors = this.pendingErrors;
      this.pendingErrors = [];
      // After the page has moved focus to its heading, the summary takes it.
      setTimeout(() => void this.showFieldErrors(errors));
    }
  }

  /**
   * An upload that ends after the person left its step: its field is off the page, so the form never
   * hears of it. The draft takes the finished files (beside any chosen since, within the field's
   * limit), and so does the field shown for it now, if it is empty.
   */
  private keepLeftUpload(draft: Draft, field: FormField, element: FieldElement): void {
    if (element.isConnected || this.draft !== draft) return;
    const finished = readAnswer(field, element) as { id?: string }[] | undefined;
    if (!finished) return;
    const current = (draft.answers[field.id] as { id?: string }[] | undefined) ?? [];
    const added = finished.filter((file) => !current.some((kept) => kept.id === file.id));
    const limit = field.kind === 'file' ? maxFilesOf(field) : 1;
    if (added.length === 0 || current.length + added.length > limit) return;
    draft.answers[field.id] = [...current, ...added];
    saveDraft(draft);
    const shown = this.querySelector<FieldElement>(`form [name="${CSS.escape(answerName(field.id))}"]`);
    if (shown && readAnswer(field, shown) === undefined) writeAnswer(field, shown, draft.answers[field.id]);
    this.requestUpdate();
  }

  // —— errors ——

  /** The element of a field error's path (`answers.homeProof.0` → the `answers.homeProof` field). */
  private elementFor(path: string): HTMLElement | undefined {
    const parts = path.split('.');
    for (let n = parts.length; n >= 2; n--) {
      const found = this.querySelector<HTMLElement>(`form [name="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
      if (found) return found;
    }
    return undefined;
  }

  /** Shows field errors (ours or the server's) on their fields and in the error summary, which takes focus. */
  private async showFieldErrors(errors: readonly ProblemFieldError[]): Promise<void> {
    const summary = this.querySelector<EgovErrorSummary>('egov-error-summary');
    if (!summary) return;
    await summary.showErrors(errors.map((error) => {
      const field = this.elementFor(error.field);
      const reason = error.message ? { text: error.message } : { messageKey: error.messageKey, params: error.params ?? {} };
      return field ? { field, ...reason } : reason;
    }));
  }

  /** Sends the person to the step of the first error, where the errors show. */
  private goFix(errors: readonly ProblemFieldError[], detail: ProcedureDetail): void {
    const step = errors[0] ? stepOfError(detail.form, errors[0]) : REVIEW_STEP;
    this.pendingErrors = [...errors];
    if (step === this.step) this.requestUpdate();
    else navigate(`${paths.apply(this.code, step)}?sua`);
  }

  // —— moving on ——

  private async onStepSubmit(event: SubmitEvent, detail: ProcedureDetail, draft: Draft): Promise<void> {
    event.preventDefault();
    this.capture(event);
    // The fields' own checks first: they see what was typed, which the draft may not hold (an upload
    // still running, a date half typed or impossible, such as 31/02, is not "missing").
    if (!(event.currentTarget as HTMLFormElement).checkValidity()) return;
    const step = this.formStep(detail);
    const errors = step ? answerErrors(detail.form, draft.answers, this.locale, step) : checkApplicant(draft).errors;
    if (errors.length > 0) return this.showFieldErrors(errors);
    const steps = this.stepIds(detail, draft);
    const next = this.returnToReview ? REVIEW_STEP : steps[steps.indexOf(this.step) + 1] ?? REVIEW_STEP;
    navigate(paths.apply(this.code, next));
  }

  private async onSend(event: SubmitEvent, detail: ProcedureDetail, draft: Draft): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    // Sent from another tab meanwhile: its receipt, never a second dossier.
    if (wasFiled(draft)) return this.showFiled(detail);
    const { applicant, errors } = checkApplicant(draft);
    const all = [...errors, ...answerErrors(detail.form, draft.answers, this.locale)];
    if (all.length > 0 || !applicant) return this.goFix(all, detail);
    this.sending = true;
    this.sendError = undefined;
    const body = buildSubmission(detail.form, draft, applicant);
    noteSending(draft, body);
    try {
      const { dossier, changedAfterFiling } = await this.file(draft, body);
      // The receipt's "track this application" then opens it in this tab without asking for the verifier.
      rememberAccess(dossier.code, dossier.access);
      saveReceipt({
        draftId: draft.id, procedureCode: this.code, procedureName: detail.procedure.name, dossierCode: dossier.code,
        submittedAt: dossier.submittedAt, status: dossier.status, processingDays: detail.procedure.processingTime.workingDays,
        ...(dossier.deadline.appointmentDate ? { appointmentDate: dossier.deadline.appointmentDate } : {}),
        ...(changedAfterFiling ? { changedAfterFiling } : {}),
      });
      discardDraft(draft);
      this.showFiled(detail);
    } catch (error) {
      if (error instanceof ProblemError && error.is('validation-failed') && error.fieldErrors.length > 0) this.goFix(error.fieldErrors, detail);
      else this.sendError = error;
    } finally {
      this.sending = false;
    }
  }

  /**
   * Sends `body` under the draft's idempotency key. When the server says the key already filed
   * another body (an answer was lost, then the person changed something), the bodies sent before
   * find that dossier: the person gets its receipt, not an error or a second dossier.
   */
  private async file(draft: Draft, body: DossierSubmission): Promise<{ dossier: Dossier; changedAfterFiling: boolean }> {
    const idempotencyKey = idempotencyKeyOf(draft).key;
    const reused = (error: unknown) => error instanceof ProblemError && error.is('idempotency-key-reused');
    try {
      return { dossier: (await submitDossier(api, body, { idempotencyKey })).dossier, changedAfterFiling: false };
    } catch (error) {
      if (!reused(error)) throw error;
      for (const earlier of (draft.unanswered ?? []).filter((sent) => sent !== body).reverse()) {
        try {
          return { dossier: (await submitDossier(api, earlier, { idempotencyKey })).dossier, changedAfterFiling: true };
        } catch (again) {
          if (!reused(again)) throw again;
        }
      }
      throw error;
    }
  }

  private startAgain(detail: ProcedureDetail): void {
    if (this.draft) discardDraft(this.draft);
    this.draft = newDraft(this.code, detail.form.version, APPLICANT_STEP);
    this.restoredAt = '';
    // The fields on screen held the old draft: they start empty, and take the new one.
    this.filled = new WeakSet();
    this.querySelector<HTMLFormElement>('form.step-form')?.reset();
    navigate(paths.apply(this.code, APPLICANT_STEP), { replace: true });
  }

  // —— rendering ——

  private renderApplicant(): TemplateResult {
    return html`
      <egov-text-field name="applicant.fullName" label=${this.t('apply.fullName')} required autocomplete="name" maxlength="200"></egov-text-field>
      <egov-identifier-field name="applicant.idNumber" kind="cccd" required></egov-identifier-field>
      <egov-identifier-field name="applicant.phone" kind="phone" required></egov-identifier-field>
      <egov-identifier-field name="applicant.email" kind="email" label=${this.t('apply.email')}></egov-identifier-field>`;
  }

  private renderFormStep(detail: ProcedureDetail, draft: Draft, step: FormStep): TemplateResult {
    const shown = formVisibility(detail.form, draft.answers).fields;
    const context = { locale: this.locale, upload: uploadTransport, unitHint: (unit: string) => this.t('apply.unit', { unit }) };
    // Keyed by field: an element never carries one field's value over to another.
    return html`${repeat(step.fields.filter((field) => shown.has(field.id)), (field) => field.id,
      (field) => html`<div class="field-row" data-field=${answerName(field.id)}>${renderField(field, context)}</div>`)}`;
  }

  private renderStepForm(detail: ProcedureDetail, draft: Draft): TemplateResult {
    const step = this.formStep(detail);
    const hint = step?.description ? this.text(step.description) : this.step === APPLICANT_STEP ? this.t('apply.applicantHint') : '';
    return html`<form class="step-form" novalidate @input=${this.capture} @change=${this.capture}
        @submit=${(event: SubmitEvent) => void this.onStepSubmit(event, detail, draft)}>
      <egov-error-summary></egov-error-summary>
      <egov-fieldset size="page" hint=${hint}>
        <h1 slot="legend">${this.stepTitle(detail)}</h1>
        ${step ? this.renderFormStep(detail, draft, step) : this.renderApplicant()}
      </egov-fieldset>
      <div class="actions"><egov-button type="submit">${this.t('apply.continue')}</egov-button></div>
      <p class="muted">${this.t('apply.savedAt', { time: formatDateTime(new Date(draft.savedAt)) })}</p>
    </form>`;
  }

  private renderSteps(detail: ProcedureDetail, draft: Draft): TemplateResult {
    const steps = this.stepIds(detail, draft);
    const labels = steps.map((id) => {
      if (id === APPLICANT_STEP) return this.t('apply.applicantStep');
      if (id === REVIEW_STEP) return this.t('apply.reviewStep');
      const step = detail.form.steps.find((s) => s.id === id);
      return step ? this.text(step.title) : id;
    });
    const index = steps.indexOf(this.step);
    const back = index > 0 ? paths.apply(this.code, steps[index - 1]) : paths.procedure(this.code);
    return html`<p class="back"><a href=${back}>${this.t('common.back')}</a></p>
      <p class="caption">${this.text(detail.procedure.name)}</p>
      <egov-step-indicator .steps=${labels} current=${index + 1} counters heading-level="2"></egov-step-indicator>`;
  }

  private renderRestored(detail: ProcedureDetail): TemplateResult | typeof nothing {
    if (!this.restoredAt) return nothing;
    return html`<egov-notification-banner dismissible @close=${() => (this.restoredAt = '')}>
      <p>${this.t('apply.restored', { time: formatDateTime(new Date(this.restoredAt)) })}</p>
      <egov-button type="button" variant="link" @click=${() => this.startAgain(detail)}>${this.t('apply.discard')}</egov-button>
    </egov-notification-banner>`;
  }

  private renderSendError(): TemplateResult | typeof nothing {
    if (this.sendError === undefined) return nothing;
    return html`<egov-notification-banner variant="error" alert banner-title=${this.t('apply.sendFailed')}>
      <p>${errorText(this, this.sendError)}</p><p>${this.t('apply.sendFailedBody')}</p>
    </egov-notification-banner>`;
  }

  private renderReady(detail: ProcedureDetail, draft: Draft): TemplateResult {
    if (this.step === RECEIPT_STEP) return renderReceipt(this, this.code);
    if (detail.procedure.onlineLevel.level === 'information') {
      return html`<h1>${this.text(detail.procedure.name)}</h1><egov-notification-banner heading=${this.t('apply.notOnline')}></egov-notification-banner>`;
    }
    if (this.step === REVIEW_STEP) {
      return html`${this.renderSteps(detail, draft)}${this.renderSendError()}
        <form class="step-form" novalidate @submit=${(event: SubmitEvent) => void this.onSend(event, detail, draft)}>
          <egov-error-summary></egov-error-summary>
          <h1>${this.t('apply.reviewTitle')}</h1>
          ${renderReview(this, detail, draft)}
          <p>${this.t('apply.declaration')}</p>
          <div class="actions"><egov-button type="submit" ?loading=${this.sending}>${this.t('apply.submit')}</egov-button></div>
        </form>`;
    }
    return html`${this.renderSteps(detail, draft)}${this.renderRestored(detail)}${this.renderStepForm(detail, draft)}`;
  }

  protected override render() {
    const { detail, draft } = this;
    if (detail.state === 'ready' && draft) return this.renderReady(detail.value, draft);
    return html`<h1>${this.t('apply.title')}</h1>
      ${detail.state === 'failed' ? renderFailure(this, detail.error, () => void this.load()) : renderLoading(this)}`;
  }
}
