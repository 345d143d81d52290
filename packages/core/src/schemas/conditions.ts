import * as z from 'zod/mini';
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

const conditionValueSchema = z.union([z.string().check(z.maxLength(1000)), z.number(), z.boolean()]);

/** A show-if condition (see {@link Condition}). */
export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() => z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), field: slugSchema, value: conditionValueSchema }),
  z.object({ op: z.literal('not-equals'), field: slugSchema, value: conditionValueSchema }),
  z.object({ op: z.literal('in'), field: slugSchema, values: z.array(conditionValueSchema).check(z.minLength(1), z.maxLength(100)) }),
  z.object({ op: z.literal('filled'), field: slugSchema }),
  z.object({ op: z.literal('not'), condition: conditionSchema }),
  z.object({ op: z.literal('all'), conditions: z.array(conditionSchema).check(z.minLength(1), z.maxLength(50)) }),
  z.object({ op: z.literal('any'), conditions: z.array(conditionSchema).check(z.minLength(1), z.maxLength(50)) }),
]));
