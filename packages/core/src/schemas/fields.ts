import { z } from 'zod';
import { identifierKinds } from '../identifiers/index.js';
import { isoDateSchema, localizedTextSchema, mediaTypeSchema, reportDuplicates, reportInvertedRange, slugSchema } from './common.js';
import { conditionSchema } from './conditions.js';

/** The kinds of form fields. */
export const fieldKinds = [
  'text', 'long-text', 'number', 'date', 'select', 'radio', 'checkbox-group', 'identifier', 'address', 'file',
] as const;

/** A kind of form field. */
export type FieldKind = (typeof fieldKinds)[number];

/** HTML autocomplete tokens a field may name, so browsers and assistive tech can fill it (WCAG 1.3.5). */
export const autocompleteTokens = [
  'off', 'on', 'name', 'honorific-prefix', 'given-name', 'additional-name', 'family-name', 'nickname',
  'organization-title', 'organization', 'street-address', 'address-line1', 'address-line2', 'address-line3',
  'address-level1', 'address-level2', 'address-level3', 'country', 'country-name', 'postal-code',
  'bday', 'bday-day', 'bday-month', 'bday-year', 'sex', 'tel', 'tel-national', 'email', 'url', 'language',
] as const;

const autocomplete = z.enum(autocompleteTokens).optional();

/** A choice of a select, radio or checkbox group: the stored `value` and what people read. */
export const fieldOptionSchema = z.object({
  value: z.string().min(1).max(100),
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
});

/** What every field has: a unique `id` (its answer's key), label and help in vi/en, whether it is required, when it is shown. */
const fieldBase = {
  id: slugSchema,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  /** Absent means optional. A hidden field is never required. */
  required: z.boolean().optional(),
  /** Shown only when this holds; always shown without it. */
  showIf: conditionSchema.optional(),
};

/**
 * A pattern the whole answer must match: a JavaScript regular expression source, compiled with the
 * `u` flag and anchored at both ends, and the message to show when it does not match.
 */
export const patternRuleSchema = z.object({
  regex: z.string().min(1).max(500).refine(compiles, 'Not a valid regular expression (u flag)'),
  message: localizedTextSchema,
});

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Length bounds (in Unicode code points of the trimmed NFC answer) and a pattern. */
export const textRulesSchema = z.object({
  minLength: z.int().min(0).optional(),
  maxLength: z.int().min(1).optional(),
  pattern: patternRuleSchema.optional(),
}).superRefine((rules, ctx) => reportInvertedRange(ctx, rules, 'minLength', 'maxLength'));

/** Bounds of a number answer, and whether it must be whole. */
export const numberRulesSchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
}).superRefine((rules, ctx) => reportInvertedRange(ctx, rules, 'min', 'max'));

/**
 * Bounds of a date answer. `minAgeYears`/`maxAgeYears` read the date as a birth date: the person
 * must be at least / at most that many full years old today.
 */
export const dateRulesSchema = z.object({
  notInFuture: z.boolean().optional(),
  notInPast: z.boolean().optional(),
  min: isoDateSchema.optional(),
  max: isoDateSchema.optional(),
  minAgeYears: z.int().min(0).max(200).optional(),
  maxAgeYears: z.int().min(0).max(200).optional(),
}).superRefine((rules, ctx) => {
  reportInvertedRange(ctx, rules, 'min', 'max');
  reportInvertedRange(ctx, rules, 'minAgeYears', 'maxAgeYears');
});

/** How many boxes of a checkbox group may be ticked. */
export const selectionRulesSchema = z.object({
  minSelected: z.int().min(0).optional(),
  maxSelected: z.int().min(1).optional(),
}).superRefine((rules, ctx) => reportInvertedRange(ctx, rules, 'minSelected', 'maxSelected'));

/**
 * What files a file field takes: `accept` lists media types (`application/pdf`, `image/*`) or
 * extensions (`.pdf`); sizes are in bytes; `maxFiles` defaults to 1.
 */
export const fileRulesSchema = z.object({
  accept: z.array(z.union([mediaTypeSchema, z.string().regex(/^[a-z]+\/\*$/i), z.string().regex(/^\.[a-z0-9]{1,10}$/i)])).min(1).optional(),
  maxSizeBytes: z.int().min(1).optional(),
  minFiles: z.int().min(0).optional(),
  maxFiles: z.int().min(1).max(100).optional(),
}).superRefine((rules, ctx) => reportInvertedRange(ctx, rules, 'minFiles', 'maxFiles'));

function optionsOf(min: number) {
  return z.array(fieldOptionSchema).min(min).max(500);
}

function reportDuplicateOptions(field: { options: { value: string }[] }, ctx: z.RefinementCtx): void {
  reportDuplicates(ctx, field.options.map((o) => o.value), (i) => ['options', i, 'value'], 'option value');
}

/** A one-line text field. */
export const textFieldSchema = z.object({ ...fieldBase, kind: z.literal('text'), autocomplete, validation: textRulesSchema.optional() });
/** A multi-line text field. */
export const longTextFieldSchema = z.object({ ...fieldBase, kind: z.literal('long-text'), validation: textRulesSchema.optional() });
/** A number field; `unit` is shown beside it (e.g. "m²"). Answers: a number or its decimal text. */
export const numberFieldSchema = z.object({
  ...fieldBase, kind: z.literal('number'), autocomplete, unit: localizedTextSchema.optional(), validation: numberRulesSchema.optional(),
});
/** A date field. Answers: `YYYY-MM-DD`. */
export const dateFieldSchema = z.object({ ...fieldBase, kind: z.literal('date'), autocomplete, validation: dateRulesSchema.optional() });
/** A drop-down list. Answers: one option value. */
export const selectFieldSchema = z.object({ ...fieldBase, kind: z.literal('select'), autocomplete, options: optionsOf(1) })
  .superRefine(reportDuplicateOptions);
/** Radio buttons. Answers: one option value. */
export const radioFieldSchema = z.object({ ...fieldBase, kind: z.literal('radio'), options: optionsOf(2) })
  .superRefine(reportDuplicateOptions);
/** Checkboxes. Answers: a list of distinct option values. */
export const checkboxGroupFieldSchema = z.object({
  ...fieldBase, kind: z.literal('checkbox-group'), options: optionsOf(1), validation: selectionRulesSchema.optional(),
}).superRefine(reportDuplicateOptions);
/** An identifier (CCCD, tax code, phone…), checked by the identifier validators. Answers: text. */
export const identifierFieldSchema = z.object({
  ...fieldBase, kind: z.literal('identifier'), identifierKind: z.enum(identifierKinds), autocomplete,
});
/**
 * An address: province and commune (current two-level units) and the street part. Answers:
 * `{ provinceCode, communeCode, street }`; `streetOptional` lets the street be left out.
 */
export const addressFieldSchema = z.object({
  ...fieldBase, kind: z.literal('address'), streetOptional: z.boolean().optional(),
});
/** Attachments. Answers: a list of {@link fileReferenceSchema}. */
export const fileFieldSchema = z.object({ ...fieldBase, kind: z.literal('file'), validation: fileRulesSchema.optional() });

/** A form field of any kind, told apart by `kind`. */
export const formFieldSchema = z.discriminatedUnion('kind', [
  textFieldSchema, longTextFieldSchema, numberFieldSchema, dateFieldSchema, selectFieldSchema, radioFieldSchema,
  checkboxGroupFieldSchema, identifierFieldSchema, addressFieldSchema, fileFieldSchema,
]);

/** A form field. */
export type FormField = z.infer<typeof formFieldSchema>;
/** A field of kind `K`. */
export type FormFieldOf<K extends FieldKind> = Extract<FormField, { kind: K }>;
/** A choice of a select, radio or checkbox group. */
export type FieldOption = z.infer<typeof fieldOptionSchema>;

/** The answer of an address field: two-digit province code, five-digit commune code, street part. */
export const addressValueSchema = z.object({
  provinceCode: z.string().regex(/^\d{2}$/),
  communeCode: z.string().regex(/^\d{5}$/),
  street: z.string().max(500),
});

/** The answer of an address field. */
export type AddressValue = z.infer<typeof addressValueSchema>;

/**
 * An attachment as a file field's answer holds it: its name, size in bytes and media type, and
 * the `id` the upload service gave it (absent while a file is only chosen, not yet uploaded).
 */
export const fileReferenceSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  name: z.string().min(1).max(255),
  size: z.int().min(0),
  mediaType: mediaTypeSchema,
});

/** An uploaded attachment. */
export type FileReference = z.infer<typeof fileReferenceSchema>;
