import { toCivilDate, vietnamDateOf, type CivilDate, type IsoDate } from '../dates.js';
import { checkAnswer, type AnswerProblem, type UnitLookup } from './checks.js';
import { isFilled } from './evaluate.js';
import type { FormDefinition } from './form.js';
import { answerOf, formVisibility } from './visibility.js';

/** A problem with one field's answer, keyed for translation (`form.error.required`, `identifier.cccd.wrong-length`…). */
export interface FieldError extends AnswerProblem {
  /** The field's id. */
  field: string;
}

/** The outcome of {@link validateAnswers}: `ok` exactly when `errors` is empty. */
export interface AnswersValidation {
  ok: boolean;
  errors: FieldError[];
}

/** Options of {@link validateAnswers}. */
export interface ValidateAnswersOptions {
  /** The day that "not in the future" and ages count from; defaults to today in Vietnam. */
  today?: Date | IsoDate | CivilDate;
  /**
   * The current administrative units by code (`getUnit` of `@egov-kit/core/units/current`). With
   * it an address must name a current province and one of its communes; without it (this entry
   * loads no unit data) only the form of the codes is checked.
   */
  units?: UnitLookup;
}

/**
 * Checks `answers` (field id → answer) against a parsed form definition. Only shown fields are
 * checked: a field hidden by its own or its step's show-if is neither required nor validated.
 * A shown field that is empty fails only if required; otherwise its kind's rules apply. Each
 * field gets at most one error, for the first rule it breaks, in the form's order. Answers of
 * any shape are accepted (anything that is not an object counts as no answers); this never throws.
 */
export function validateAnswers(form: FormDefinition, answers: unknown, options: ValidateAnswersOptions = {}): AnswersValidation {
  const today = options.today === undefined ? vietnamDateOf(new Date()) : toCivilDate(options.today);
  const shown = formVisibility(form, answers).fields;
  const errors: FieldError[] = [];
  for (const step of form.steps) {
    for (const field of step.fields) {
      if (!shown.has(field.id)) continue;
      const answer = answerOf(answers, field.id);
      const found = isFilled(answer)
        ? checkAnswer(field, answer, { today, ...(options.units ? { units: options.units } : {}) })
        : field.required ? { messageKey: 'form.error.required', params: {} } : undefined;
      if (found) errors.push({ field: field.id, ...found });
    }
  }
  return { ok: errors.length === 0, errors };
}
