import { evaluateCondition } from './evaluate.js';
import type { FormField } from './fields.js';
import type { FormDefinition, FormStep } from './form.js';

/** An answer by field id; own properties only, so a field named `constructor` reads nothing inherited. */
export function answerOf(answers: unknown, fieldId: string): unknown {
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers) && Object.hasOwn(answers, fieldId)
    ? (answers as Record<string, unknown>)[fieldId]
    : undefined;
}

/** Which steps and fields of `form` are shown for `answers`. */
export interface FormVisibility {
  steps: ReadonlySet<string>;
  fields: ReadonlySet<string>;
}

/**
 * The steps and fields shown for `answers`: a step whose show-if holds, and in it the fields whose
 * show-if holds. Conditions read hidden fields as unanswered. Expects a parsed definition
 * (no cycles); should one slip through, a field on a cycle counts as hidden.
 */
export function formVisibility(form: FormDefinition, answers: unknown): FormVisibility {
  const fieldStep = new Map<string, { field: FormField; step: FormStep }>();
  form.steps.forEach((step) => step.fields.forEach((field) => fieldStep.set(field.id, { field, step })));
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();

  const isShown = (fieldId: string): boolean => {
    const known = memo.get(fieldId);
    if (known !== undefined) return known;
    const place = fieldStep.get(fieldId);
    if (!place || visiting.has(fieldId)) return false;
    visiting.add(fieldId);
    const shown = holds(place.step.showIf) && holds(place.field.showIf);
    visiting.delete(fieldId);
    memo.set(fieldId, shown);
    return shown;
  };
  const effectiveAnswer = (fieldId: string) => (isShown(fieldId) ? answerOf(answers, fieldId) : undefined);
  const holds = (condition: FormField['showIf']) => condition === undefined || evaluateCondition(condition, effectiveAnswer);

  const steps = new Set(form.steps.filter((step) => holds(step.showIf)).map((step) => step.id));
  const fields = new Set([...fieldStep.keys()].filter(isShown));
  return { steps, fields };
}
