import * as z from 'zod/mini';
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

const autocomplete = z.optional(z.enum(autocompleteTokens));

/** A choice of a select, radio or checkbox group: the stored `value` and what people read. */
export const fieldOptionSchema = z.object({
  value: z.string().check(z.minLength(1), z.maxLength(100)),
  label: localizedTextSchema,
  help: z.optional(localizedTextSchema),
});

/** What every field has: a unique `id` (its answer's key), label and help in vi/en, whether it is required, when it is shown. */
const fieldBase = {
  id: slugSchema,
  label: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  /** Absent means optional. A hidden field is never required. */
  required: z.optional(z.boolean()),
  /** Shown only when this holds; always shown without it. */
  showIf: z.optional(conditionSchema),
};

/**
 * A pattern the whole answer must match: a JavaScript regular expression source, compiled with the
 * `u` flag and anchored at both ends, and the message to show when it does not match.
 */
export const patternRuleSchema = z.object({
  regex: z.string().check(z.minLength(1), z.maxLength(500), z.refine(compiles, 'Not a valid regular expression (u flag)')),
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
  minLength: z.optional(z.int().check(z.minimum(0))),
  maxLength: z.optional(z.int().check(z.minimum(1))),
  pattern: z.optional(patternRuleSchema),
}).check(z.superRefine((rules, ctx) => reportInvertedRange(ctx, rules, 'minLength', 'maxLength')));

/** Bounds of a number answer, and whether it must be whole. */
export const numberRulesSchema = z.object({
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  integer: z.optional(z.boolean()),
}).check(z.superRefine((rules, ctx) => reportInvertedRange(ctx, rules, 'min', 'max')));

/**
 * Bounds of a date answer. `minAgeYears`/`maxAgeYears` read the date as a birth date: the person
 * must be at least / at most that many full years old today.
 */
export const dateRulesSchema = z.object({
  notInFuture: z.optional(z.boolean()),
  notInPast: z.optional(z.boolean()),
  min: z.optional(isoDateSchema),
  max: z.optional(isoDateSchema),
  minAgeYears: z.optional(z.int().check(z.minimum(0), z.maximum(200))),
  maxAgeYears: z.optional(z.int().check(z.minimum(0), z.maximum(200))),
}).check(z.superRefine((rules, ctx) => {
  reportInvertedRange(ctx, rules, 'min', 'max');
  reportInvertedRange(ctx, rules, 'minAgeYears', 'maxAgeYears');
}));

/** How many boxes of a checkbox group may be ticked. */
export const selectionRulesSchema = z.object({
  minSelected: z.optional(z.int().check(z.minimum(0))),
  maxSelected: z.optional(z.int().check(z.minimum(1))),
}).check(z.superRefine((rules, ctx) => reportInvertedRange(ctx, rules, 'minSelected', 'maxSelected')));

/**
 * What files a file field takes: `accept` lists media types (`application/pdf`, `image/*`) or
 * extensions (`.pdf`); sizes are in bytes; `maxFiles` defaults to 1.
 */
export const fileRulesSchema = z.object({
  accept: z.optional(z.array(z.union([mediaTypeSchema, z.string().check(z.regex(/^[a-z]+\/\*$/i)), z.string().check(z.regex(/^\.[a-z0-9]{1,10}$/i))]))
    .check(z.minLength(1))),
  maxSizeBytes: z.optional(z.int().check(z.minimum(1))),
  minFiles: z.optional(z.int().check(z.minimum(0))),
  maxFiles: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
}).check(z.superRefine((rules, ctx) => reportInvertedRange(ctx, rules, 'minFiles', 'maxFiles')));

function optionsOf(min: number) {
  return z.array(fieldOptionSchema).check(z.minLength(min), z.maxLength(500));
}

function reportDuplicateOptions(field: { options: { value: string }[] }, ctx: z.core.$RefinementCtx): void {
  reportDuplicates(ctx, field.options.map((o) => o.value), (i) => ['options', i, 'value'], 'option value');
}

/** A one-line text field. */
export const textFieldSchema = z.object({ ...fieldBase, kind: z.literal('text'), autocomplete, validation: z.optional(textRulesSchema) });
/** A multi-line text field. */
export const longTextFieldSchema = z.object({ ...fieldBase, kind: z.literal('long-text'), validation: z.optional(textRulesSchema) });
/**
 * A number field; `unit` is shown beside it (e.g. "m²"). `grouping: false` shows it without
 * thousands groups (a year: 2001, not 2.001). Answers: a number or its decimal text.
 */
export const numberFieldSchema = z.object({
  ...fieldBase, kind: z.literal('number'), autocomplete, unit: z.optional(localizedTextSchema), validation: z.optional(numberRulesSchema),
  grouping: z.optional(z.boolean()),
});
/** A date field. Answers: `YYYY-MM-DD`. */
export const dateFieldSchema = z.object({ ...fieldBase, kind: z.literal('date'), autocomplete, validation: z.optional(dateRulesSchema) });
/** A drop-down list. Answers: one option value. */
export const selectFieldSchema = z.object({ ...fieldBase, kind: z.literal('select'), autocomplete, options: optionsOf(1) })
  .check(z.superRefine(reportDuplicateOptions));
/** Radio buttons. Answers: one option value. */
export const radioFieldSchema = z.object({ ...fieldBase, kind: z.literal('radio'), options: optionsOf(2) })
  .check(z.superRefine(reportDuplicateOptions));
/** Checkboxes. Answers: a list of distinct option values. */
export const checkboxGroupFieldSchema = z.object({
  ...fieldBase, kind: z.literal('checkbox-group'), options: optionsOf(1), validation: z.optional(selectionRulesSchema),
}).check(z.superRefine(reportDuplicateOptions));
/** An identifier (CCCD, tax code, phone…), checked by the identifier validators. Answers: text. */
export const identifierFieldSchema = z.object({
  ...fieldBase, kind: z.literal('identifier'), identifierKind: z.enum(identifierKinds), autocomplete,
});
/**
 * An address: province and commune (current two-level units) and the street part. Answers:
 * `{ provinceCode, communeCode, street }`; `streetOptional` lets the street be left out.
 */
export const addressFieldSchema = z.object({
  ...fieldBase, kind: z.literal('address'), streetOptional: z.optional(z.boolean()),
});
/** Attachments. Answers: a list of {@link fileReferenceSchema}. */
export const fileFieldSchema = z.object({ ...fieldBase, kind: z.literal('file'), validation: z.optional(fileRulesSchema) });

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
  provinceCode: z.string().check(z.regex(/^\d{2}$/)),
  communeCode: z.string().check(z.regex(/^\d{5}$/)),
  street: z.string().check(z.maxLength(500)),
});

/** The answer of an address field. */
export type AddressValue = z.infer<typeof addressValueSchema>;

/**
 * An attachment as a file field's answer holds it: its name, size in bytes and media type, and
 * the `id` the upload service gave it (absent while a file is only chosen, not yet uploaded).
 */
export const fileReferenceSchema = z.object({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  size: z.int().check(z.minimum(0)),
  mediaType: mediaTypeSchema,
});

/** An uploaded attachment. */
export type FileReference = z.infer<typeof fileReferenceSchema>;
