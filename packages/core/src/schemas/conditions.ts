import { z } from 'zod';
import { slugSchema } from './common.js';

/** A value a condition compares an answer with. */
export type ConditionValue = string | number | boolean;

/**
 * When a field or step is shown, over other fields' answers:
 * - `equals` / `not-equals`: the answer is (not) `value`; for a checkbox group, "is" means "includes";
 * - `in`: the answer is one of `values` (a checkbox group: includes any of them);
 * - `filled`: the field has an answer;
 * - `not`, `all`, `any`: negation, conjunction, disjunction.
 *
 * A hidden field counts as unanswered, so a condition never depends on an answer the person
 * cannot see. A number compares equal to its decimal text (`5` and `"5"`).
 */
export type Condition =
  | { op: 'equals'; field: string; value: ConditionValue }
  | { op: 'not-equals'; field: string; value: ConditionValue }
  | { op: 'in'; field: string; values: ConditionValue[] }
  | { op: 'filled'; field: string }
  | { op: 'not'; condition: Condition }
  | { op: 'all'; conditions: Condition[] }
  | { op: 'any'; conditions: Condition[] };

const conditionValueSchema = z.union([z.string().max(1000), z.number(), z.boolean()]);

/** A show-if condition (see {@link Condition}). */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() => z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), field: slugSchema, value: conditionValueSchema }),
  z.object({ op: z.literal('not-equals'), field: slugSchema, value: conditionValueSchema }),
  z.object({ op: z.literal('in'), field: slugSchema, values: z.array(conditionValueSchema).min(1).max(100) }),
  z.object({ op: z.literal('filled'), field: slugSchema }),
  z.object({ op: z.literal('not'), condition: conditionSchema }),
  z.object({ op: z.literal('all'), conditions: z.array(conditionSchema).min(1).max(50) }),
  z.object({ op: z.literal('any'), conditions: z.array(conditionSchema).min(1).max(50) }),
]));

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

function sameValue(answer: unknown, value: ConditionValue): boolean {
  if (answer === value) return true;
  return typeof value === 'number' && typeof answer === 'string' && answer.trim() !== '' && Number(answer) === value;
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
