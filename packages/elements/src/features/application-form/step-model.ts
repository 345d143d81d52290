/**
 * The step model: which steps an application has for the answers so far (the applicant, the form's
 * steps that show-if leaves, the check page, the receipt), where a field error is asked, and how far
 * the person may go (no step after one whose answers are not valid yet).
 */
import { conditionReferences, formVisibility, validateAnswers, type FormDefinition, type FormStep } from '@egov-kit/core';
import type { ProblemFieldError } from '@egov-kit/core/contract';
import type { Draft } from './draft-store.js';
import { checkApplicant } from './submission.js';

/** The step of the applicant, before the form's own. */
export const APPLICANT_STEP = 'nguoi-nop';
/** "Check your answers". */
export const REVIEW_STEP = 'kiem-tra';
/** The receipt. */
export const RECEIPT_STEP = 'bien-nhan';

/** The steps of the form shown for the answers so far. */
export function shownSteps(form: FormDefinition, answers: Draft['answers']): FormStep[] {
  const visible = formVisibility(form, answers);
  return form.steps.filter((step) => visible.steps.has(step.id));
}

/** The steps in order: the applicant, the form's shown steps, the check page. */
export function stepIds(form: FormDefinition, draft: Draft): string[] {
  return [APPLICANT_STEP, ...shownSteps(form, draft.answers).map((step) => step.id), REVIEW_STEP];
}

/** The step where the field an error names is asked. */
export function stepOfError(form: FormDefinition, error: ProblemFieldError): string {
  const [root, id] = error.field.split('.');
  if (root === 'applicant') return APPLICANT_STEP;
  const step = root === 'answers' ? form.steps.find((s) => s.fields.some((field) => field.id === id)) : undefined;
  return step?.id ?? REVIEW_STEP;
}

/**
 * The step the person may be on when asking for `step`: `step` itself, or the first step before it
 * whose answers are not valid (a link straight to a later step does not skip, nor mark done, an
 * earlier step that still needs answers).
 */
export function reachableStep(form: FormDefinition, draft: Draft, step: string): string {
  const steps = stepIds(form, draft);
  const wanted = steps.indexOf(step);
  if (wanted <= 0) return wanted === 0 ? step : steps.includes(draft.step) ? draft.step : APPLICANT_STEP;
  if (checkApplicant(draft).errors.length > 0) return APPLICANT_STEP;
  const invalid = new Set(validateAnswers(form, draft.answers).errors.map((error) => error.field));
  const blocking = shownSteps(form, draft.answers).slice(0, wanted - 1).find((s) => s.fields.some((field) => invalid.has(field.id)));
  return blocking?.id ?? step;
}

/** The fields some show-if condition reads: only a change to one of them can show or hide a field or a step. */
export function conditionFields(form: FormDefinition): Set<string> {
  const conditions = [...form.steps, ...form.steps.flatMap((step) => step.fields)].flatMap((item) => (item.showIf ? [item.showIf] : []));
  return new Set(conditions.flatMap((condition) => conditionReferences(condition).map((reference) => reference.field)));
}
