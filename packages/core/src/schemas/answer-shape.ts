import { toNfc, unsafeTextReason } from '../text/index.js';
import type { FieldError } from './answers.js';
import type { FormDefinition } from './form.js';

/** How deep one answer may nest (an address is 2, a list of files 3) and how many characters it may hold. */
export const ANSWER_LIMITS = { maxDepth: 8, maxCharacters: 100_000 } as const;

/** Unknown keys reported at most, so a flood of them does not make a flood of errors. */
const MAX_UNKNOWN_REPORTED = 10;

/**
 * Why one answer cannot be taken whatever its field's rules: nested deeper than
 * {@link ANSWER_LIMITS}, larger than it, or holding text no person types (control characters,
 * except tab and line breaks in long text; lone surrogates), in values or keys. Walks without
 * recursion, so any depth is safe to check.
 */
function shapeProblem(answer: unknown, multiline: boolean): Omit<FieldError, 'field'> | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value: answer, depth: 0 }];
  let characters = 0;
  const text = (value: string) => {
    characters += value.length;
    const reason = unsafeTextReason(value, multiline);
    return reason ? { messageKey: `form.error.${reason}`, params: {} } : undefined;
  };
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, depth } = next;
    if (typeof value === 'string') {
      const found = text(value);
      if (found) return found;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= ANSWER_LIMITS.maxDepth) return { messageKey: 'form.error.too-deep', params: { max: ANSWER_LIMITS.maxDepth } };
      for (const [key, inner] of Object.entries(value)) {
        const found = Array.isArray(value) ? undefined : text(key);
        if (found) return found;
        pending.push({ value: inner, depth: depth + 1 });
      }
    }
    if (characters > ANSWER_LIMITS.maxCharacters) {
      return { messageKey: 'form.error.answer-too-large', params: { maxSizeKb: Math.round(ANSWER_LIMITS.maxCharacters / 1000) } };
    }
  }
  return undefined;
}

/**
 * The errors of answers whatever the fields' rules say: a key the form does not define
 * (`api.field.unknown`), and an answer too deep, too large or holding control characters or lone
 * surrogates. A server checks this before {@link validateAnswers} and before storing anything.
 */
export function answerShapeErrors(form: FormDefinition, answers: Readonly<Record<string, unknown>>): FieldError[] {
  const fields = new Map(form.steps.flatMap((step) => step.fields.map((field) => [field.id, field] as const)));
  const errors: FieldError[] = [];
  let unknown = 0;
  for (const [key, answer] of Object.entries(answers)) {
    const field = fields.get(key);
    if (!field) {
      if (unknown++ < MAX_UNKNOWN_REPORTED) errors.push({ field: key, messageKey: 'api.field.unknown', params: { keys: key } });
      continue;
    }
    const found = shapeProblem(answer, field.kind === 'long-text');
    if (found) errors.push({ field: key, ...found });
  }
  return errors;
}

/** Answers with every text in Unicode NFC, as they are stored and compared. Check their shape first. */
export function nfcAnswers<T>(answers: T): T {
  if (typeof answers === 'string') return toNfc(answers) as T;
  if (Array.isArray(answers)) return answers.map(nfcAnswers) as T;
  if (answers !== null && typeof answers === 'object') {
    return Object.fromEntries(Object.entries(answers).map(([key, value]) => [toNfc(key), nfcAnswers(value)])) as T;
  }
  return answers;
}
