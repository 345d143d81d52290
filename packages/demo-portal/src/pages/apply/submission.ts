/**
 * The rules of an application, all from core: the applicant checked by the contract's
 * `applicantSchema`, the answers by `validateAnswers` (only shown fields count, as `formVisibility`
 * says), both reported as the API reports them (`applicant.phone`, `answers.birthDate`), so the
 * page's own checks and the server's answer are shown the same way.
 */
import { formVisibility, validateAnswers, validateIdentifier, type FormDefinition, type FormStep, type Locale } from '@egov-kit/core';
import { applicantSchema, fieldErrorsFromAnswers, fieldErrorsFromIssues, type Applicant, type DossierSubmission, type ProblemFieldError } from '@egov-kit/core/contract';
import type { Draft } from './draft.js';

/** The step of the applicant, before the form's own. */
export const APPLICANT_STEP = 'nguoi-nop';
/** "Check your answers". */
export const REVIEW_STEP = 'kiem-tra';
/** The receipt. */
export const RECEIPT_STEP = 'bien-nhan';

/** The applicant as the contract reads it (an empty email left out). */
function applicantInput(draft: Draft): Record<string, unknown> {
  const { fullName, idNumber, phone, email } = draft.applicant;
  return { kind: 'citizen', fullName: fullName.trim(), idNumber, phone, ...(email.trim() ? { email: email.trim() } : {}) };
}

/** The applicant checked by the contract: its canonical form, or the field errors. */
export function checkApplicant(draft: Draft): { applicant?: Applicant; errors: ProblemFieldError[] } {
  const parsed = applicantSchema.safeParse(applicantInput(draft), { reportInput: true });
  return parsed.success ? { applicant: parsed.data, errors: [] } : { errors: fieldErrorsFromIssues(parsed.error.issues, ['applicant']) };
}

/** The steps of the form shown for the answers so far. */
export function shownSteps(form: FormDefinition, answers: Draft['answers']): FormStep[] {
  const visible = formVisibility(form, answers);
  return form.steps.filter((step) => visible.steps.has(step.id));
}

/** Errors of the answers, for one step or (without `step`) the whole form. */
export function answerErrors(form: FormDefinition, answers: Draft['answers'], locale: Locale, step?: FormStep): ProblemFieldError[] {
  const { errors } = validateAnswers(form, answers);
  const inStep = step ? new Set(step.fields.map((field) => field.id)) : undefined;
  return fieldErrorsFromAnswers(inStep ? errors.filter((error) => inStep.has(error.field)) : errors, locale);
}

/**
 * The submission: the canonical applicant, and the answers of the fields shown (identifiers in
 * their canonical form, files as attachment references).
 */
export function buildSubmission(form: FormDefinition, draft: Draft, applicant: Applicant): DossierSubmission {
  const shown = formVisibility(form, draft.answers).fields;
  const answers: Record<string, unknown> = {};
  for (const field of form.steps.flatMap((step) => step.fields)) {
    const answer = draft.answers[field.id];
    if (!shown.has(field.id) || answer === undefined) continue;
    if (field.kind === 'identifier' && typeof answer === 'string') {
      const checked = validateIdentifier(field.identifierKind, answer);
      answers[field.id] = checked.ok ? checked.value : answer;
    } else if (field.kind === 'file' && Array.isArray(answer)) {
      answers[field.id] = (answer as { id?: string; name: string; size: number; mediaType: string }[])
        .map(({ id, name, size, mediaType }) => ({ id, name, size, mediaType }));
    } else {
      answers[field.id] = answer;
    }
  }
  return { procedureCode: draft.procedureCode, formVersion: form.version, applicant, answers };
}

/** The step where the field an error names is asked. */
export function stepOfError(form: FormDefinition, error: ProblemFieldError): string {
  const [root, id] = error.field.split('.');
  if (root === 'applicant') return APPLICANT_STEP;
  const step = root === 'answers' ? form.steps.find((s) => s.fields.some((field) => field.id === id)) : undefined;
  return step?.id ?? REVIEW_STEP;
}
