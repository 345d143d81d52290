import type * as z from 'zod/mini';
import { localize, type Locale } from '../locale.js';
import type { FieldError } from '../schemas/answers.js';
import type { MessageParams, ProblemFieldError } from './problems.js';

type Issue = z.core.$ZodIssue;
type Reason = Pick<ProblemFieldError, 'messageKey' | 'params'>;

/** The dot-separated path of an issue, after `prefix`. */
function pathOf(prefix: readonly PropertyKey[], path: readonly PropertyKey[]): string {
  return [...prefix, ...path].map(String).join('.');
}

function sized(issue: { readonly origin: string }, bound: number | bigint, small: boolean): Reason {
  const limit = Number(bound);
  switch (issue.origin) {
    case 'string':
      return limit === 1 && small
        ? { messageKey: 'form.error.required', params: {} }
        : { messageKey: small ? 'form.error.too-short' : 'form.error.too-long', params: small ? { min: limit } : { max: limit } };
    case 'number':
    case 'int':
      return { messageKey: small ? 'form.error.below-min' : 'form.error.above-max', params: small ? { min: limit } : { max: limit } };
    case 'array':
    case 'set':
      return { messageKey: small ? 'api.field.too-few-items' : 'api.field.too-many-items', params: small ? { min: limit } : { max: limit } };
    default:
      return { messageKey: 'api.field.invalid', params: {} };
  }
}

/** Why one zod issue failed, as a message key and its params. */
function reasonOf(issue: Issue): Reason {
  const missing = 'input' in issue && issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      return missing ? { messageKey: 'form.error.required', params: {} } : { messageKey: 'form.error.wrong-type', params: { expected: issue.expected } };
    case 'too_small':
      return sized(issue, issue.minimum, true);
    case 'too_big':
      return sized(issue, issue.maximum, false);
    case 'invalid_format':
      return { messageKey: 'form.error.pattern', params: {} };
    case 'invalid_value':
      return missing ? { messageKey: 'form.error.required', params: {} } : { messageKey: 'form.error.invalid-option', params: {} };
    case 'not_multiple_of':
      return Number(issue.divisor) === 1
        ? { messageKey: 'form.error.not-an-integer', params: {} }
        : { messageKey: 'form.error.wrong-type', params: {} };
    case 'unrecognized_keys':
      return { messageKey: 'api.field.unknown', params: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const given = issue.params as { messageKey?: unknown; params?: MessageParams } | undefined;
      return typeof given?.messageKey === 'string'
        ? { messageKey: given.messageKey, params: given.params ?? {} }
        : { messageKey: 'api.field.invalid', params: {} };
    }
    default:
      return { messageKey: 'api.field.invalid', params: {} };
  }
}

/**
 * Turns zod issues into the field errors of a `validation-failed` problem: one per issue, keyed
 * for translation (`form.error.required`, `form.error.too-long`, `identifier.phone.…`), with the
 * field's dot path after `prefix` (e.g. `['query']`). Parse with `{ reportInput: true }` so a
 * missing value is told apart from a wrong one. A custom issue whose `params` carry `messageKey`
 * (and `params`) keeps them, which is how the identifier checks report their reason.
 */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ProblemFieldError[] {
  return issues.flatMap((issue: Issue) => {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest: the one with the fewest issues.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return fieldErrorsFromIssues(best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })), prefix);
    }
    const reason = reasonOf(issue);
    return [{ field: pathOf(prefix, issue.path), messageKey: reason.messageKey, params: reason.params ?? {} }];
  });
}

/**
 * Turns the errors of core's `validateAnswers` into field errors under `answers.<field id>`. When
 * the form definition gives its own text for an error (a pattern's message), it becomes `message`
 * in `locale`.
 */
export function fieldErrorsFromAnswers(errors: readonly FieldError[], locale?: Locale, prefix = 'answers'): ProblemFieldError[] {
  return errors.map((error) => ({
    field: `${prefix}.${error.field}`,
    messageKey: error.messageKey,
    params: { ...error.params },
    ...(error.message && locale ? { message: localize(error.message, locale) } : {}),
  }));
}
