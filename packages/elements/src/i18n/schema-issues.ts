/**
 * Zod's messages in Vietnamese and English: a zod issue (or any issue of that shape) becomes a
 * {@link Message} naming core's text for it, `form.error.too-short` and the like, so that a schema
 * checked in an element speaks the page's language. Zod is not imported: only the issue's shape is read.
 * @module
 */
import { coreNs, getI18n, type Message } from './i18n.js';

/** The parts of a zod 4 issue this reads. */
export interface SchemaIssue {
  code?: string;
  message: string;
  /** What was checked: `string`, `number`, `array`… (zod 4's `origin`). */
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  divisor?: number | bigint;
  input?: unknown;
  /** Parameters of a custom issue, for its message key. */
  params?: Record<string, unknown>;
}

const LENGTH_ORIGINS = new Set(['string', 'file']);
const COUNT_ORIGINS = new Set(['array', 'set', 'map']);
const NUMBER_ORIGINS = new Set(['number', 'int', 'bigint', 'date']);

function core(key: string, params?: Record<string, unknown>): Message {
  return params ? { key: `form.error.${key}`, ns: coreNs, params } : { key: `form.error.${key}`, ns: coreNs };
}

/**
 * The message for a schema issue. A custom issue whose message is a key of core's catalogue
 * (`identifier.cccd.wrong-length`) is translated with its `params`; zod's own checks map to core's
 * form errors; anything else keeps the schema's own text.
 */
export function issueMessage(issue: SchemaIssue): Message {
  const i18n = getI18n();
  if (i18n.exists(issue.message, { ns: coreNs })) return { key: issue.message, ns: coreNs, params: issue.params ?? {} };
  const origin = issue.origin ?? '';
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (LENGTH_ORIGINS.has(origin)) return min <= 1 ? core('required') : core('too-short', { min });
      if (COUNT_ORIGINS.has(origin)) return core('too-few-selected', { min });
      if (NUMBER_ORIGINS.has(origin)) return core('below-min', { min });
      break;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (LENGTH_ORIGINS.has(origin)) return core('too-long', { max });
      if (COUNT_ORIGINS.has(origin)) return core('too-many-selected', { max });
      if (NUMBER_ORIGINS.has(origin)) return core('above-max', { max });
      break;
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return core('required');
      return issue.expected === 'number' ? core('not-a-number') : core('wrong-type');
    case 'invalid_format':
      return core('pattern');
    case 'invalid_value':
      return core('invalid-option');
    case 'not_multiple_of':
      return Number(issue.divisor) === 1 ? core('not-an-integer') : core('wrong-type');
  }
  return { text: issue.message };
}
