import { isStorableText, unsafeTextReason } from '@egov-kit/core';
import type { FastifyRequest } from 'fastify';
import type { ProblemFieldError } from '../contract.js';
import { ProblemError } from './problem.js';

/** How deep a request body may nest: far more than any contract body needs, far less than blows a stack. */
export const MAX_BODY_DEPTH = 32;

/** Field errors reported at most for one body. */
const MAX_ERRORS = 10;

const isPlain = (value: unknown): value is object =>
  Array.isArray(value) || (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value)));

/**
 * Refuses a parsed body that no handler should see: nested deeper than {@link MAX_BODY_DEPTH}
 * (before anything recursive, such as hashing or storing it, touches it), a `__proto__` key, or a
 * string or key with NUL or a lone surrogate (a database cannot store them as sent). Walks
 * without recursion. Text fields are checked more strictly by the contract's schemas.
 * @throws ProblemError `malformed-request` or `validation-failed`.
 */
export function guardBody(body: unknown): void {
  if (!isPlain(body)) return;
  const errors: ProblemFieldError[] = [];
  const pending: { value: object; path: string[] }[] = [{ value: body, path: [] }];
  const check = (text: string, path: string[]) => {
    if (errors.length < MAX_ERRORS && !isStorableText(text)) {
      errors.push({ field: path.join('.') || 'body', messageKey: `form.error.${unsafeTextReason(text) ?? 'invalid-character'}` });
    }
  };
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (path.length >= MAX_BODY_DEPTH) {
      throw new ProblemError('validation-failed', { errors: [{ field: path.slice(0, 3).join('.'), messageKey: 'form.error.too-deep', params: { max: MAX_BODY_DEPTH } }] });
    }
    for (const [key, inner] of Object.entries(value)) {
      if (key === '__proto__') throw new ProblemError('malformed-request');
      const at = [...path, key];
      if (!Array.isArray(value)) check(key, at);
      if (typeof inner === 'string') check(inner, at);
      else if (isPlain(inner)) pending.push({ value: inner, path: at });
    }
  }
  if (errors.length > 0) throw new ProblemError('validation-failed', { errors });
}

/** Whether every `%` escape of a URL part decodes to UTF-8. */
function decodes(part: string): boolean {
  try {
    decodeURIComponent(part.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses path and query parameters that cannot be what a client meant before they reach a
 * handler or SQL: a query with broken `%` escapes (`malformed-request`), and any parameter with
 * control characters or lone surrogates (`validation-failed`, field `params.<name>` or
 * `query.<name>`). Broken escapes in the path are refused by the router (see `app.ts`).
 * @throws ProblemError
 */
export function guardUrl(request: FastifyRequest): void {
  const query = request.url.indexOf('?');
  if (query >= 0 && !request.url.slice(query + 1).split(/[&=]/).every(decodes)) throw new ProblemError('malformed-request');
  const errors: ProblemFieldError[] = [];
  const check = (where: 'params' | 'query', values: unknown) => {
    for (const [name, value] of Object.entries(values ?? {})) {
      for (const text of [value].flat()) {
        const reason = typeof text === 'string' ? unsafeTextReason(text) : undefined;
        if (reason && errors.length < MAX_ERRORS) errors.push({ field: `${where}.${name}`, messageKey: `form.error.${reason}` });
      }
    }
  };
  check('params', request.params);
  check('query', request.query);
  if (errors.length > 0) throw new ProblemError('validation-failed', { errors });
}

/**
 * Whether a database error was caused by the values a request sent (PostgreSQL's class 22, data
 * exceptions such as an untranslatable character or a number or date out of range; class 54,
 * program limits): the last line of defence that turns them into a 4xx instead of a 500.
 */
export function isInputDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^(22|54)[0-9A-Z]{3}$/.test(code);
}
