/**
 * The submission: the application checked by core's rules (the applicant by the contract's
 * `applicantSchema`, the answers by `validateAnswers`, only shown fields counting), reported as the
 * API reports them (`applicant.phone`, `answers.birthDate`), built into the contract's body, and
 * sent exactly once: under the draft's idempotency key, with the bodies whose answer was lost
 * tried again when the server says the key filed another one.
 */
import { formVisibility, validateAnswers, validateIdentifier, type FormDefinition, type FormStep, type Locale } from '@egov-kit/core';
import {
  applicantSchema, fieldErrorsFromAnswers, fieldErrorsFromIssues, type Applicant, type DossierSubmission, type ProblemFieldError,
} from '@egov-kit/core/contract';
import type { Dossier } from '@egov-kit/sdk';
import { submitDossier } from '@egov-kit/sdk/dossiers';
import { ProblemError, type Transport } from '@egov-kit/sdk/transport';
import type { Draft } from './draft-store.js';

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

/** Whether an error means the request never got an answer (offline, a dropped connection). */
export function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof ProblemError);
}

/**
 * Sends `body` under the draft's idempotency key. When the server says the key already filed
 * another body (an answer was lost, then the person changed something), the bodies sent before
 * find that dossier: the person gets its receipt, not an error or a second dossier.
 */
export async function fileDossier(api: Transport, draft: Draft, body: DossierSubmission): Promise<{ dossier: Dossier; changedAfterFiling: boolean }> {
  const { idempotencyKey } = draft;
  const reused = (error: unknown) => error instanceof ProblemError && error.is('idempotency-key-reused');
  try {
    return { dossier: (await submitDossier(api, body, { idempotencyKey })).dossier, changedAfterFiling: false };
  } catch (error) {
    if (!reused(error)) throw error;
    for (const earlier of (draft.unanswered ?? []).filter((sent) => JSON.stringify(sent) !== JSON.stringify(body)).reverse()) {
      try {
        return { dossier: (await submitDossier(api, earlier, { idempotencyKey })).dossier, changedAfterFiling: true };
      } catch (again) {
        if (!reused(again)) throw again;
      }
    }
    throw error;
  }
}
