import type { Message } from '../i18n/i18n.js';
import { issueMessage, type SchemaIssue } from '../i18n/schema-issues.js';

/** A flag of the constraint validation API (`valueMissing`, `tooLong`…). */
export type ValidityFlag = keyof ValidityStateFlags;

/** Why a value is not accepted: the message to show and the validity flag it sets (`customError` if none). */
export type Problem = Message & { flag?: ValidityFlag };

/**
 * A rule a field's value must follow, added with the field's `validators` property. Return
 * `undefined` when the value is fine. Validators run after the field's own rules, and only on a
 * value that is not empty (emptiness is what `required` is for).
 *
 * ```ts
 * field.validators = [(value) => value.includes('@') ? undefined : { key: 'form.error.pattern', ns: 'core' }];
 * ```
 */
export type Validator<V = string> = (value: V) => Problem | undefined | null;

/** The parts of a zod schema this reads: `safeParse`. */
export interface ParsingSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } };
}

/**
 * A validator from a zod schema (or anything with zod's `safeParse`): the first issue becomes the
 * field's error, in the page's language (see `issueMessage`).
 */
export function schemaValidator<V>(schema: ParsingSchema): Validator<V> {
  return (value) => {
    const result = schema.safeParse(value);
    const issue = result.success ? undefined : result.error?.issues[0];
    return issue ? { ...issueMessage(issue), flag: 'customError' } : undefined;
  };
}

/** The length of a text as core counts it: code points of the trimmed NFC text. */
export function textLength(text: string): number {
  return [...text.trim().normalize('NFC')].length;
}
