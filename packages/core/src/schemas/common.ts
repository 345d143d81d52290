import { z } from 'zod';
import { toNfc } from '../text/index.js';

/** A non-blank text of at most `max` characters, trimmed and stored in NFC. */
export function nfcText(max: number) {
  return z.string().trim().min(1).max(max).overwrite(toNfc);
}

/** A text in Vietnamese (first) and English, each non-blank and stored in NFC. */
export const localizedTextSchema = z.object({
  vi: nfcText(10_000),
  en: nfcText(10_000),
});

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/** An absolute `http(s)` URL (no `javascript:` or `data:` links in a catalogue). */
export const httpUrlSchema = z.url({ protocol: /^https?$/ }).max(2000);

/** A media type such as `application/pdf` (no parameters). */
export const mediaTypeSchema = z.string().max(255).regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i);

/** A machine name: a letter, then letters, digits, `_` or `-`; at most 64 characters. */
export const slugSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);

/** A short code from an official catalogue (field, agency…): treated as opaque. */
export const catalogueCodeSchema = z.string().trim().min(1).max(50);

/** Reports every repeated value in `values` (found at `pathOf(index)`) as a custom issue. */
export function reportDuplicates(
  ctx: z.RefinementCtx, values: readonly unknown[], pathOf: (index: number) => PropertyKey[], what: string,
): void {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: pathOf(index), message: `Duplicate ${what}: ${String(value)}` });
    seen.add(value);
  });
}

/** Reports `low > high` for two optional bounds of an object, at the path of `lowKey`. */
export function reportInvertedRange<T extends object>(ctx: z.RefinementCtx, value: T, lowKey: keyof T & string, highKey: keyof T & string): void {
  const low = value[lowKey];
  const high = value[highKey];
  if (low !== undefined && high !== undefined && (low as number | string) > (high as number | string)) {
    ctx.addIssue({ code: 'custom', path: [lowKey], message: `${lowKey} must not be greater than ${highKey}` });
  }
}
