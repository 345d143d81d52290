import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDateTime, formVisibility, localize, maxFilesOf, type FormField, type FormStep, type Locale, type LocalizedText } from '@egov-kit/core';
import type { ProblemFieldError } from '@egov-kit/core/contract';
import type { ProcedureDetail } from '@egov-kit/sdk';
import { getProcedure } from '@egov-kit/sdk/procedures';
import { ProblemError, type Transport } from '@egov-kit/sdk/transport';
import type { EgovErrorSummary } from '../../components/error-summary/error-summary.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { ApiConnection } from '../shared/api-connection.js';
import { EgovDraftSaveEvent, EgovStepChangeEvent, EgovSubmitErrorEvent, EgovSubmitEvent } from './application-form.events.js';
import { applicationFormMessages } from './application-form.messages.js';
import { applicationFormStyles } from './application-form.styles.js';
import {
  DRAFT_LIFETIME_DAYS, discardDraft, listenForFilings, loadDraft, loadReceipt, newDraft, noteSending, saveDraft, saveReceipt, wasFiled,
  type ApplicantDraft, type Draft, type Receipt,
} from './draft-store.js';
import type { FormHost } from './form-host.js';
import { answerName, readAnswer, readUnfinished, renderField, writeAnswer, writeUnfinished } from './form-fields.js';
import { elementsFor } from './field-elements.js';
import { feeTotalOf, renderProcedureInfo } from './procedure-info.js';
import { renderReceipt } from './receipt-view.js';
import { renderReview } from './review-view.js';
import { APPLICANT_STEP, RECEIPT_STEP, REVIEW_STEP, conditionFields, reachableStep, stepIds, stepOfError } from './step-model.js';
import { answerErrors, buildSubmission, checkApplicant, fileDossier, isNetworkFailure } from './submission.js';
import { uploadTransportFor } from './uploads.js';

type FieldElement = HTMLElement & { value: unknown };

/** What the host may fill in before the person types: the applicant (after a single sign-on) and answers by field id. */
export interface ApplicationPrefill extends Partial<ApplicantDraft> {
  answers?: Record<string, unknown>;
}

/** The key of the form's entry in `history.state`. */
const HISTORY_KEY = 'egovApplicationForm';
/** Links to a step inside the form: `#egov-step=<step>` (`&sua`: back to the check page after it). */
const STEP_LINK = /#egov-step=([^&]+)(&sua)?$/;

type Load = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; detail: ProcedureDetail };

/**
 * Applying for a procedure online, on any agency page: the procedure's information (agency,
 * processing time in working days, fees, who may apply, templates), the applicant, each step of
 * the procedure's form (every field kind core defines, show-if and checks from core, help text),
 * "check your answers" with the fee, sending exactly once, and the receipt with the dossier code
 * and the appointment date counted in working days.
 *
 * Every answer and every upload is kept on the device as it changes (IndexedDB), restored after a
 * reload, a crash or a closed tab, and forgotten once filed. Sending uses the draft's idempotency
 * key: a double press, a lost answer, a second tab or a dropped connection never makes a second
 * dossier; offline, the application waits on the device and goes when the connection returns.
 * The server's refusals land on their fields, on their steps.
 *
 * The step is kept in the element and in `history.state` (Back and Forward move between steps on
 * any page); a host router takes the URL over by cancelling `egov-step-change` and setting `step`.
 *
 * @tagname egov-application-form
 * @summary Apply for a procedure: steps, drafts on the device, one dossier, receipt.
 *
 * @event egov-step-change - The form is about to show another step (`step`, `from`); cancel it to route it yourself.
 * @event egov-draft-save - The draft was saved on the device (`stored` false: the browser refused storage).
 * @event egov-submit - The application was filed; `dossier` holds the dossier (code, access token).
 * @event egov-submit-error - Sending failed: `problem` (`validation-failed`, `network`…), `text`, `fieldErrors`.
 *
 * @csspart base - The wrapper of everything shown.
 */
export class EgovApplicationForm extends LitElement implements FormHost {
  static override styles = [baseStyles, applicationFormStyles];

  /** The procedure's code (`1.000656`). */
  @property({ reflect: true }) procedure = '';
  /** The API's address (the server's root or its `/api/v1`), absolute or relative to the page. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** An SDK client or transport of the host's; it wins over `api-base`. */
  @property({ attribute: false }) client: Transport | undefined;
  /**
   * The step shown: `nguoi-nop` (applicant), a form step's id, `kiem-tra` (check) or `bien-nhan`
   * (receipt); empty for the one the draft was on. Set it from a host router.
   */
  @property() step = '';
  /** After the step shown, go back to the check page (the person is changing an answer). */
  @property({ type: Boolean, attribute: 'return-to-review' }) returnToReview = false;
  /** The applicant and answers the host knows already (a single sign-on); never overwrites what the person typed. */
  @property({ attribute: false }) prefill: ApplicationPrefill | undefined;
  /** Where the receipt's "track this application" goes; `{code}` becomes the dossier code. None: no link. */
  @property({ attribute: 'track-href' }) trackHref = '';
  /** How many days a draft is kept after its last change. */
  @property({ type: Number, attribute: 'draft-days' }) draftDays = DRAFT_LIFETIME_DAYS;
  /** The level of the form's top heading, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private load: Load = { state: 'loading' };
  @state() private draft: Draft | undefined;
  @state() private receipt: Receipt | undefined;
  @state() private restoredAt = '';
  @state() private sending = false;
  @state() private sendError: unknown;
  @state() private queued = false;
  @state() private storageRefused = false;
  /** The server's field errors waiting for their step to be shown. */
  private pendingErrors: ProblemFieldError[] = [];
  /** Fields given what the draft holds for them. */
  private filled = new WeakSet<Element>();
  private stopListening: (() => void) | undefined;
  private readonly localize = new LocalizeController(this, applicationFormMessages);
  private readonly connection = new ApiConnection(() => this.locale);
  private readonly upload = uploadTransportFor(() => this.api, (error) => this.errorText(error));

  /** The element's language now. */
  get locale(): Locale {
    return this.localize.locale;
  }

  /** @internal */
  t(key: string, params?: Record<string, unknown>): string {
    return this.localize.t(`applicationForm.${key}`, params);
  }

  /** @internal */
  core(key: string, params?: Record<string, unknown>): string {
    return this.localize.core(key, params);
  }

  /** @internal */
  text(value: LocalizedText): string {
    return localize(value, this.locale);
  }

  /** @internal */
  stepHref(step: string, returnToReview = false): string {
    return `#egov-step=${encodeURIComponent(step)}${returnToReview ? '&sua' : ''}`;
  }

  private get api(): Transport | undefined {
    return this.connection.of({ client: this.client, apiBase: this.apiBase });
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    removeEventListener('online', this.onOnline);
    this.stopListening?.();
    this.stopListening = undefined;
  }

  // —— steps and history ——

  /**
   * Shows `step`: tells the host (which may route it itself), else keeps it in `history.state`, a
   * new entry unless `replace`.
   */
  private goTo(step: string, { replace = false, returnToReview = false } = {}): void {
    if (!this.dispatchEvent(new EgovStepChangeEvent(step, this.step, replace, returnToReview))) return;
    const entry = { ...(history.state as object | null), [HISTORY_KEY]: { procedure: this.procedure, step, returnToReview } };
    if (replace) history.replaceState(entry, '');
    else history.pushState(entry, '');
    this.returnToReview = returnToReview;
    this.step = step;
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    const entry = (event.state as Record<string, { procedure: string; step: string; returnToReview: boolean }> | null)?.[HISTORY_KEY];
    if (!entry || entry.procedure !== this.procedure) return;
    this.returnToReview = entry.returnToReview;
    this.step = entry.step;
  };

  /** Links to steps (`#egov-step=…`, also inside the summary list's shadow root) are followed in the form. */
  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const match = anchor && STEP_LINK.exec(anchor.getAttribute('href') ?? '');
    if (!match) return;
    event.preventDefault();
    this.goTo(decodeURIComponent(match[1]!), { returnToReview: Boolean(match[2]) });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedure') || ((changed.has('apiBase') || changed.has('client')) && this.load.state !== 'ready')) void this.loadProcedure();
    else if (changed.has('step')) this.settleStep();
    if (changed.has('prefill')) this.applyPrefill();
  }

  private async loadProcedure(): Promise<void> {
    const api = this.api;
    const code = this.procedure;
    this.stopListening?.();
    this.load = { state: 'loading' };
    if (!api || !code) return;
    try {
      // The device's draft and receipt are read while the procedure comes.
      const [detail, stored, receipt] = await Promise.all([getProcedure(api, code), loadDraft(code, this.draftDays), loadReceipt(code)]);
      let saved = stored;
      // Filed in another tab, then saved again by a keystroke there before it heard: filed is filed.
      if (saved && receipt?.draftId === saved.id) {
        await discardDraft(saved);
        saved = undefined;
      }
      if (code !== this.procedure) return;
      this.receipt = receipt;
      this.draft = saved ?? newDraft(code, detail.form.version, APPLICANT_STEP);
      this.restoredAt = saved && this.step !== RECEIPT_STEP ? saved.savedAt : '';
      this.queued = saved?.queued === true;
      this.load = { state: 'ready', detail };
      this.stopListening = listenForFilings(code, () => void this.onFiledElsewhere());
      this.applyPrefill();
      this.settleStep();
      if (this.queued && navigator.onLine) void this.send();
    } catch (error) {
      if (code === this.procedure) this.load = { state: 'failed', error };
    }
  }

  /** Keeps the form on a step that exists and may be reached (the draft's, when none is named), and remembers it in the draft. */
  private settleStep(): void {
    const { load, draft } = this;
    if (load.state !== 'ready' || !draft) return;
    if (this.step === RECEIPT_STEP) {
      if (!this.receipt) this.goTo(APPLICANT_STEP, { replace: true });
      return;
    }
    const wanted = stepIds(load.detail.form, draft).includes(this.step) ? this.step : draft.step;
    const step = reachableStep(load.detail.form, draft, wanted);
    if (step !== this.step) {
      this.goTo(step, { replace: true, returnToReview: step === wanted && this.returnToReview });
    } else if (draft.step !== step) {
      draft.step = step;
      this.persist(draft);
    }
  }

  private formStep(detail: ProcedureDetail): FormStep | undefined {
    return detail.form.steps.find((step) => step.id === this.step);
  }

  private stepTitle(detail: ProcedureDetail, step = this.step): string {
    if (step === APPLICANT_STEP) return this.t('apply.applicantStep');
    if (step === REVIEW_STEP) return this.t('apply.reviewStep');
    const found = detail.form.steps.find((s) => s.id === step);
    return found ? this.text(found.title) : step;
  }

  private readonly fieldMaps = new WeakMap<ProcedureDetail, Map<string, FormField>>();

  private fieldsById(detail: ProcedureDetail): Map<string, FormField> {
    let fields = this.fieldMaps.get(detail);
    if (!fields) this.fieldMaps.set(detail, (fields = new Map(detail.form.steps.flatMap((step) => step.fields.map((field) => [field.id, field] as const)))));
    return fields;
  }

  // —— the draft follows every change ——

  /** A save waiting for the keystroke's own work to end (keystrokes in the same task share one write). */
  private pendingSave: ReturnType<typeof setTimeout> | undefined;

  /** Saves the draft on the device, right after the current task. */
  private persist(draft: Draft): void {
    draft.savedAt = new Date().toISOString();
    if (this.pendingSave !== undefined) return;
    this.pendingSave = setTimeout(() => {
      this.pendingSave = undefined;
      void saveDraft(draft).then((stored) => {
        this.storageRefused = !stored;
        this.dispatchEvent(new EgovDraftSaveEvent(draft.procedureCode, draft.savedAt, stored));
      });
    });
  }

  /** Drops a save still waiting (the draft is saved or discarded by other means now). */
  private cancelPendingSave(): void {
    clearTimeout(this.pendingSave);
    this.pendingSave = undefined;
  }

  /** The host's prefill, where the person has typed nothing yet. */
  private applyPrefill(): void {
    const { draft, prefill } = this;
    if (!draft || !prefill) return;
    const { answers, ...applicant } = prefill;
    for (const [key, value] of Object.entries(applicant) as [keyof ApplicantDraft, string | undefined][]) {
      if (key in draft.applicant && !draft.applicant[key] && value) draft.applicant[key] = value;
    }
    for (const [id, value] of Object.entries(answers ?? {})) if (draft.answers[id] === undefined) draft.answers[id] = value;
    // Fields on screen that are still empty show it.
    for (const element of this.renderRoot?.querySelectorAll<FieldElement>('form [name]') ?? []) {
      if (!element.value) this.filled.delete(element);
    }
    this.requestUpdate();
  }

  /** The fields whose answers show or hide others, per form definition. */
  private readonly conditioning = new WeakMap<ProcedureDetail, Set<string>>();
  /** The minute of the "saved at" line as shown: the form re-renders when it changes, not on every keystroke. */
  private savedShown = '';

  /** What `element` holds now goes into the draft; returns whether show-if may have changed. */
  private captureField(element: FieldElement, detail: ProcedureDetail, draft: Draft): boolean {
    const name = element.getAttribute('name') ?? '';
    if (name.startsWith('applicant.')) {
      const key = name.slice('applicant.'.length) as keyof ApplicantDraft;
      if (key in draft.applicant) draft.applicant[key] = String(element.value ?? '');
      return false;
    }
    const field = this.fieldsById(detail).get(name.slice('answers.'.length));
    if (!name.startsWith('answers.') || !field) return false;
    const answer = readAnswer(field, element);
    if (answer === undefined) delete draft.answers[field.id];
    else draft.answers[field.id] = answer;
    const unfinished = readUnfinished(field, element);
    if (unfinished) (draft.unfinished ??= {})[field.id] = unfinished;
    else delete draft.unfinished?.[field.id];
    let conditioning = this.conditioning.get(detail);
    if (!conditioning) this.conditioning.set(detail, (conditioning = conditionFields(detail.form)));
    return conditioning.has(field.id);
  }

  /**
   * The draft follows every change: the field that changed (all of the step's, for a submit or a
   * reset), saved on the device at once. The form re-renders only when what it shows changed (a
   * show-if condition's field, the minute of "saved at"): a keystroke costs the field's own update.
   */
  private readonly capture = (event: Event): void => {
    const { draft, load } = this;
    if (!draft || load.state !== 'ready') return;
    const form = event.currentTarget as HTMLFormElement;
    const target = event.target as Element;
    const elements = target !== form && target.hasAttribute('name') ? [target as FieldElement]
      : [...form.querySelectorAll<FieldElement>('[name^="applicant."], [name^="answers."]')];
    let visibilityMayChange = false;
    for (const element of elements) visibilityMayChange = this.captureField(element, load.detail, draft) || visibilityMayChange;
    this.persist(draft);
    if (visibilityMayChange || this.savedMinute(draft) !== this.savedShown) this.requestUpdate();
  };

  private savedMinute(draft: Draft): string {
    return `${this.storageRefused}${draft.savedAt.slice(0, 16)}`;
  }

  private savedText(draft: Draft): string {
    return this.storageRefused ? this.t('apply.notSaved') : this.t('apply.savedAt', { time: formatDateTime(new Date(draft.savedAt)) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const { draft, load } = this;
    if (!draft || load.state !== 'ready') return;
    const fields = this.fieldsById(load.detail);
    // Fields that just appeared show what the draft holds for them.
    for (const element of this.renderRoot.querySelectorAll<FieldElement>('form [name^="applicant."], form [name^="answers."]')) {
      if (this.filled.has(element)) continue;
      this.filled.add(element);
      const name = element.getAttribute('name')!;
      if (name.startsWith('applicant.')) {
        const value = draft.applicant[name.slice('applicant.'.length) as keyof ApplicantDraft];
        if (value) element.value = value;
      } else {
        const field = fields.get(name.slice('answers.'.length));
        if (!field) continue;
        writeAnswer(field, element, draft.answers[field.id]);
        writeUnfinished(field, element, draft.unfinished?.[field.id]);
        if (field.kind === 'file') element.addEventListener('change', () => this.keepLeftUpload(draft, field, element));
      }
    }
    // A move to another step (not the first one shown): its heading takes focus, for screen readers.
    if (changed.has('step') && changed.get('step')) this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    if (this.pendingErrors.length > 0) {
      const errors = this.pendingErrors;
      this.pendingErrors = [];
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
    this.persist(draft);
    const shown = this.renderRoot.querySelector<FieldElement>(`form [name="${CSS.escape(answerName(field.id))}"]`);
    if (shown && readAnswer(field, shown) === undefined) writeAnswer(field, shown, draft.answers[field.id]);
    this.requestUpdate();
  }

  // —— errors ——

  /** The element of a field error's path (`answers.homeProof.0` → the `answers.homeProof` field). */
  private elementFor(path: string): HTMLElement | undefined {
    const parts = path.split('.');
    for (let n = parts.length; n >= 2; n--) {
      const found = this.renderRoot.querySelector<HTMLElement>(`form [name="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
      if (found) return found;
    }
    return undefined;
  }

  /** Shows field errors (ours or the server's) on their fields and in the error summary, which takes focus. */
  private async showFieldErrors(errors: readonly ProblemFieldError[]): Promise<void> {
    const summary = this.renderRoot.querySelector<EgovErrorSummary>('egov-error-summary');
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
    else this.goTo(step, { returnToReview: true });
  }

  private errorText(error: unknown): string {
    return error instanceof ProblemError ? this.core(error.messageKey, error.params) : this.t('apply.offline');
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
    const steps = stepIds(detail.form, draft);
    this.goTo(this.returnToReview ? REVIEW_STEP : steps[steps.indexOf(this.step) + 1] ?? REVIEW_STEP);
  }

  /** Another tab filed this draft: this one shows the receipt rather than offer to send it again. */
  private async onFiledElsewhere(): Promise<void> {
    const { draft, load } = this;
    if (draft && load.state === 'ready' && this.step !== RECEIPT_STEP && (await wasFiled(draft))) await this.showFiled(load.detail);
  }

  private async showFiled(detail: ProcedureDetail): Promise<void> {
    this.receipt = await loadReceipt(this.procedure);
    this.draft = newDraft(this.procedure, detail.form.version, APPLICANT_STEP);
    this.filled = new WeakSet();
    this.sendError = undefined;
    this.queued = false;
    this.restoredAt = '';
    this.goTo(RECEIPT_STEP, { replace: true });
  }

  private readonly onOnline = (): void => {
    if (this.queued) void this.send();
  };

  /** Sends the application (once, whatever is pressed meanwhile). */
  private async send(): Promise<void> {
    const { draft, load, api } = this;
    if (this.sending || !draft || load.state !== 'ready' || !api) return;
    const { detail } = load;
    this.cancelPendingSave();
    this.sending = true;
    this.sendError = undefined;
    const { applicant, errors } = checkApplicant(draft);
    const all = [...errors, ...answerErrors(detail.form, draft.answers, this.locale)];
    let body;
    try {
      // Sent from another tab meanwhile: its receipt, never a second dossier.
      if (await wasFiled(draft)) return await this.showFiled(detail);
      if (all.length > 0 || !applicant) return this.goFix(all, detail);
      body = buildSubmission(detail.form, draft, applicant);
      await noteSending(draft, body);
      const { dossier, changedAfterFiling } = await fileDossier(api, draft, body);
      await saveReceipt({
        draftId: draft.id, procedureCode: this.procedure, procedureName: detail.procedure.name, dossierCode: dossier.code,
        access: dossier.access, submittedAt: dossier.submittedAt, status: dossier.status,
        processingDays: detail.procedure.processingTime.workingDays, feeTotal: feeTotalOf(detail),
        ...(dossier.deadline.appointmentDate ? { appointmentDate: dossier.deadline.appointmentDate } : {}),
        ...(changedAfterFiling ? { changedAfterFiling } : {}),
      });
      await discardDraft(draft);
      this.dispatchEvent(new EgovSubmitEvent(dossier, changedAfterFiling));
      await this.showFiled(detail);
    } catch (error) {
      if (!body) throw error;
      this.onSendFailed(error, draft, detail, body);
    } finally {
      this.sending = false;
    }
  }

  private onSendFailed(error: unknown, draft: Draft, detail: ProcedureDetail, body: Parameters<typeof fileDossier>[2]): void {
    const fieldErrors = error instanceof ProblemError && error.is('validation-failed') ? error.fieldErrors : [];
    const offline = isNetworkFailure(error) && !navigator.onLine;
    const problem = error instanceof ProblemError ? error.problemName ?? error.type : 'network';
    this.dispatchEvent(new EgovSubmitErrorEvent(problem, offline ? this.t('apply.offlineQueued') : this.errorText(error), fieldErrors, body));
    if (fieldErrors.length > 0) return this.goFix(fieldErrors, detail);
    if (offline) {
      // Kept on the device, sent when the connection returns (here, or after a reload).
      this.queued = true;
      draft.queued = true;
      this.persist(draft);
      return;
    }
    this.sendError = error;
  }

  private startAgain(detail: ProcedureDetail): void {
    this.cancelPendingSave();
    // Only the stored draft that is still the old one goes: what is typed from now on is kept.
    if (this.draft) void discardDraft(this.draft);
    this.draft = newDraft(this.procedure, detail.form.version, APPLICANT_STEP);
    this.restoredAt = '';
    this.queued = false;
    // The fields on screen held the old draft: they start empty, and take the new one.
    this.filled = new WeakSet();
    this.renderRoot.querySelector<HTMLFormElement>('form.step-form')?.reset();
    this.applyPrefill();
    this.goTo(APPLICANT_STEP, { replace: true });
  }

  // —— rendering ——

  private heading(text: string, level = this.level): TemplateResult {
    return html`<div class="title" role="heading" aria-level=${level} tabindex="-1">${text}</div>`;
  }

  private renderApplicant(): TemplateResult {
    return html`
      <egov-text-field name="applicant.fullName" label=${this.t('apply.fullName')} required autocomplete="name" maxlength="200"></egov-text-field>
      <egov-identifier-field name="applicant.idNumber" kind="cccd" required></egov-identifier-field>
      <egov-identifier-field name="applicant.phone" kind="phone" required></egov-identifier-field>
      <egov-identifier-field name="applicant.email" kind="email" label=${this.t('apply.email')}></egov-identifier-field>`;
  }

  /** Whether the elements of `kinds` are there; if not, they are loaded and the form renders again then. */
  private ready(kinds: Parameters<typeof elementsFor>[0]): boolean {
    const loading = elementsFor(kinds);
    if (loading) void loading.then(() => this.requestUpdate(), (error: unknown) => (this.load = { state: 'failed', error }));
    return !loading;
  }

  private renderFormStep(detail: ProcedureDetail, draft: Draft, step: FormStep): TemplateResult {
    const shown = formVisibility(detail.form, draft.answers).fields;
    if (!this.ready(step.fields.map((field) => field.kind))) return html`<egov-skeleton lines="4" label=${this.t('apply.loading')}></egov-skeleton>`;
    const context = { locale: this.locale, upload: this.upload, unitHint: (unit: string) => this.t('apply.unit', { unit }) };
    // Keyed by field: an element never carries one field's value over to another.
    return html`${repeat(step.fields.filter((field) => shown.has(field.id)), (field) => field.id,
      (field) => html`<div class="field-row" data-field=${answerName(field.id)}>${renderField(field, context)}</div>`)}`;
  }

  private renderStepForm(detail: ProcedureDetail, draft: Draft): TemplateResult {
    const step = this.formStep(detail);
    const hint = step?.description ? this.text(step.description) : this.step === APPLICANT_STEP ? this.t('apply.applicantHint') : '';
    this.savedShown = this.savedMinute(draft);
    const saved = this.savedText(draft);
    return html`<form class="step-form" novalidate @input=${this.capture} @change=${this.capture}
        @submit=${(event: SubmitEvent) => void this.onStepSubmit(event, detail, draft)}>
      <egov-error-summary></egov-error-summary>
      <egov-fieldset size="page" hint=${hint}>
        <div slot="legend">${this.heading(this.stepTitle(detail))}</div>
        ${step ? this.renderFormStep(detail, draft, step) : this.renderApplicant()}
      </egov-fieldset>
      <div class="actions"><egov-button type="submit">${this.t('apply.continue')}</egov-button></div>
      <p class="muted">${saved}</p>
    </form>`;
  }

  private renderSteps(detail: ProcedureDetail, draft: Draft): TemplateResult {
    const steps = stepIds(detail.form, draft);
    const index = steps.indexOf(this.step);
    const back = index > 0 ? html`<p class="back"><a href=${this.stepHref(steps[index - 1]!)}>${this.t('apply.back')}</a></p>` : nothing;
    return html`${back}
      <p class="caption">${this.text(detail.procedure.name)}</p>
      ${index === 0 ? renderProcedureInfo(this, detail) : nothing}
      <egov-step-indicator .steps=${steps.map((id) => this.stepTitle(detail, id))} current=${index + 1} counters
        heading-level=${Math.min(6, this.level + 1)}></egov-step-indicator>`;
  }

  private renderRestored(detail: ProcedureDetail): TemplateResult | typeof nothing {
    if (!this.restoredAt) return nothing;
    return html`<egov-notification-banner dismissible @close=${() => (this.restoredAt = '')}>
      <p>${this.t('apply.restored', { time: formatDateTime(new Date(this.restoredAt)) })}</p>
      <egov-button type="button" variant="link" @click=${() => this.startAgain(detail)}>${this.t('apply.discard')}</egov-button>
    </egov-notification-banner>`;
  }

  private renderSendState(): TemplateResult | typeof nothing {
    if (this.queued) return html`<egov-notification-banner variant="warning" alert><p>${this.t('apply.offlineQueued')}</p></egov-notification-banner>`;
    if (this.sendError === undefined) return nothing;
    return html`<egov-notification-banner variant="error" alert banner-title=${this.t('apply.sendFailed')}>
      <p>${this.errorText(this.sendError)}</p><p>${this.t('apply.sendFailedBody')}</p>
    </egov-notification-banner>`;
  }

  private renderReady(detail: ProcedureDetail, draft: Draft): TemplateResult {
    if ((this.step === RECEIPT_STEP || this.step === REVIEW_STEP) && !this.ready(['summary'])) {
      return html`<egov-skeleton lines="4" label=${this.t('apply.loading')}></egov-skeleton>`;
    }
    if (this.step === RECEIPT_STEP && this.receipt) return renderReceipt(this, this.receipt, this.level, this.trackHref);
    if (detail.procedure.onlineLevel.level === 'information') {
      return html`${this.heading(this.text(detail.procedure.name))}
        <egov-notification-banner heading=${this.t('apply.notOnline')}></egov-notification-banner>`;
    }
    if (this.step === REVIEW_STEP) {
      return html`${this.renderSteps(detail, draft)}${this.renderSendState()}
        <form class="step-form" novalidate @submit=${(event: SubmitEvent) => { event.preventDefault(); void this.send(); }}>
          <egov-error-summary></egov-error-summary>
          ${this.heading(this.t('apply.reviewTitle'))}
          ${renderReview(this, detail.form, draft, feeTotalOf(detail))}
          <p>${this.t('apply.declaration')}</p>
          <div class="actions"><egov-button type="submit" ?loading=${this.sending || this.queued}>${this.t('apply.submit')}</egov-button></div>
        </form>`;
    }
    return html`${this.renderSteps(detail, draft)}${this.renderRestored(detail)}${this.renderStepForm(detail, draft)}`;
  }

  private renderNotReady(): TemplateResult {
    const { load } = this;
    if (!this.api) return html`<egov-notification-banner variant="error"><p>${this.t('apply.noApi')}</p></egov-notification-banner>`;
    if (load.state !== 'failed') return html`<egov-skeleton lines="4" label=${this.t('apply.loading')}></egov-skeleton>`;
    return html`<egov-notification-banner variant="error" alert banner-title=${this.t('apply.loadFailed')}>
      <p>${this.errorText(load.error)}</p>
      <egov-button type="button" variant="secondary" @click=${() => void this.loadProcedure()}>${this.t('apply.retry')}</egov-button>
    </egov-notification-banner>`;
  }

  protected override render() {
    const { load, draft } = this;
    const content = load.state === 'ready' && draft && this.step ? this.renderReady(load.detail, draft) : this.renderNotReady();
    return html`<div part="base" @click=${this.onClick}>${content}</div>`;
  }
}
