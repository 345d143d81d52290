/**
 * What text a person may send: no control characters (they are never typed, and NUL cannot be
 * stored by PostgreSQL) and no lone UTF-16 surrogates (not Unicode text; a database would store
 * them as U+FFFD, silently changing what was sent).
 * @module
 */

/** C0 controls, DEL and C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, except tab, line feed and carriage return, which multi-line text may hold. */
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** In a `u` regular expression a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Why a text may not be stored: the reason of its `form.error.<reason>` message. */
export type UnsafeTextReason = 'control-character' | 'invalid-character';

/**
 * Why `text` is not text a person could have typed, or `undefined` when it is. `multiline`
 * allows tab and line breaks.
 */
export function unsafeTextReason(text: string, multiline = false): UnsafeTextReason | undefined {
  if ((multiline ? CONTROL_EXCEPT_LINE_BREAKS : CONTROL).test(text)) return 'control-character';
  if (LONE_SURROGATE.test(text)) return 'invalid-character';
  return undefined;
}

/** Whether `text` can be stored as sent: no NUL and no lone surrogate (the minimum for any string, even opaque ones). */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}
