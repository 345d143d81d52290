import * as z from 'zod/mini';
import { _isoDate } from 'zod/v4/core';
import { toNfc, unsafeTextReason } from '../text/index.js';
import { useEnglishIssueMessagesByDefault } from './zod-locale.js';

useEnglishIssueMessagesByDefault();

/**
 * Refuses text no person types: control characters (tab and line breaks are allowed when
 * `multiline`) and lone surrogates, with `form.error.control-character` or
 * `form.error.invalid-character`.
 */
export function safeTextCheck(multiline = false) {
  return z.superRefine((text: string, ctx) => {
    const reason = unsafeTextReason(text, multiline);
    if (reason) ctx.addIssue({ code: 'custom', input: text, message: `The text holds a ${reason.replace('-', ' ')}`, params: { messageKey: `form.error.${reason}` } });
  });
}

/**
 * A non-blank text of at most `max` characters, trimmed and stored in NFC, without control
 * characters (but tab and line breaks when `multiline`) or lone surrogates.
 */
export function nfcText(max: number, { multiline = false }: { multiline?: boolean } = {}) {
  return z.string().check(z.trim(), safeTextCheck(multiline), z.minLength(1), z.maxLength(max), z.overwrite(toNfc));
}

/** A text in Vietnamese (first) and English, each non-blank and stored in NFC. */
export const localizedTextSchema = z.object({
  vi: nfcText(10_000, { multiline: true }),
  en: nfcText(10_000, { multiline: true }),
});

/**
 * A calendar date, `YYYY-MM-DD`: what `z.iso.date()` builds, built without going through the
 * `z.iso` namespace, which would bring all of its schemas into a bundle.
 */
export const isoDateSchema = _isoDate(z.ZodMiniISODate);

/** An absolute `http(s)` URL (no `javascript:` or `data:` links in a catalogue). */
export const httpUrlSchema = z.url({ protocol: /^https?$/ }).check(z.maxLength(2000));

/** A media type such as `application/pdf` (no parameters). */
export const mediaTypeSchema = z.string().check(z.maxLength(255), z.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i));

/** A machine name: a letter, then letters, digits, `_` or `-`; at most 64 characters. */
export const slugSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));

/** A short code from an official catalogue (field, agency…): treated as opaque. */
export const catalogueCodeSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(50));

/** Reports every repeated value in `values` (found at `pathOf(index)`) as a custom issue. */
export function reportDuplicates(
  ctx: z.core.$RefinementCtx, values: readonly unknown[], pathOf: (index: number) => PropertyKey[], what: string,
): void {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: pathOf(index), message: `Duplicate ${what}: ${String(value)}` });
    seen.add(value);
  });
}

/** Reports `low > high` for two optional bounds of an object, at the path of `lowKey`. */
export function reportInvertedRange<T extends object>(ctx: z.core.$RefinementCtx, value: T, lowKey: keyof T & string, highKey: keyof T & string): void {
  const low = value[lowKey];
  const high = value[highKey];
  if (low !== undefined && high !== undefined && (low as number | string) > (high as number | string)) {
    ctx.addIssue({ code: 'custom', path: [lowKey], message: `${lowKey} must not be greater than ${highKey}` });
  }
}
