import type * as z from 'zod/mini';
import { fieldErrorsFromIssues } from '../contract.js';
import { ProblemError } from './problem.js';

/**
 * Parses `value` with a contract schema; on failure throws a `validation-failed` problem whose
 * field paths start with `where` (`query.limit`; body fields have no prefix: `applicant.phone`).
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params' | 'headers' = 'body'): z.output<S> {
  const result = (schema as unknown as z.ZodMiniType).safeParse(value, { reportInput: true });
  if (result.success) return result.data as z.output<S>;
  throw new ProblemError('validation-failed', { errors: fieldErrorsFromIssues(result.error.issues, where === 'body' ? [] : [where]) });
}
