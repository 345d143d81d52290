// The logic over show-if conditions, apart from their zod schema (conditions.ts) so that
// evaluating conditions and checking answers does not load zod.
import { DECIMAL } from './checks.js';
import type { Condition, ConditionValue } from './conditions.js';

/** Every field a condition reads, with the path (inside the condition) of its `field` key. */
export function conditionReferences(condition: Condition, path: PropertyKey[] = []): { field: string; path: PropertyKey[] }[] {
  switch (condition.op) {
    case 'not':
      return conditionReferences(condition.condition, [...path, 'condition']);
    case 'all':
    case 'any':
      return condition.conditions.flatMap((c, i) => conditionReferences(c, [...path, 'conditions', i]));
    default:
      return [{ field: condition.field, path: [...path, 'field'] }];
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Whether an answer counts as given: not blank text, not an empty list, not an object (an
 * address) whose parts are all blank.
 */
export function isFilled(answer: unknown): boolean {
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object' && answer !== null) return Object.values(answer).some((part) => !isBlank(part));
  return !isBlank(answer);
}

/** A number and its decimal text (`5` and `" 5 "`, either side) are the same; otherwise strict equality. */
function sameValue(answer: unknown, value: ConditionValue): boolean {
  if (answer === value) return true;
  if (typeof answer === 'number' && typeof value === 'string') return sameNumber(answer, value);
  if (typeof answer === 'string' && typeof value === 'number') return sameNumber(value, answer);
  return false;
}

function sameNumber(number: number, text: string): boolean {
  return DECIMAL.test(text.trim()) && Number(text.trim()) === number;
}

function matches(answer: unknown, value: ConditionValue): boolean {
  return Array.isArray(answer) ? answer.some((item) => sameValue(item, value)) : sameValue(answer, value);
}

/** Evaluates `condition`, reading answers through `answerOf` (which sees hidden fields as unanswered). */
export function evaluateCondition(condition: Condition, answerOf: (field: string) => unknown): boolean {
  switch (condition.op) {
    case 'equals':
      return matches(answerOf(condition.field), condition.value);
    case 'not-equals':
      return !matches(answerOf(condition.field), condition.value);
    case 'in': {
      const answer = answerOf(condition.field);
      return condition.values.some((value) => matches(answer, value));
    }
    case 'filled':
      return isFilled(answerOf(condition.field));
    case 'not':
      return !evaluateCondition(condition.condition, answerOf);
    case 'all':
      return condition.conditions.every((c) => evaluateCondition(c, answerOf));
    case 'any':
      return condition.conditions.some((c) => evaluateCondition(c, answerOf));
  }
}
