/**
 * The contract schemas of procedures and application forms (zod 4), exported from
 * `@egov-kit/core/contract`. The form engine that checks answers against a form definition
 * (`validateAnswers`, `formVisibility`, `evaluateCondition`) needs no zod and is in the main entry.
 * The OpenAPI generator is in `@egov-kit/core/openapi`.
 *
 * The schemas are built with `zod/mini`, which keeps pages small: they have `parse` and
 * `safeParse`, and are changed with functions rather than methods
 * (`z.optional(procedureSchema)`, `z.extend(actorSchema, {…})` with `import * as z from 'zod/mini'`).
 * @module
 */
export { localizedTextSchema, isoDateSchema, httpUrlSchema, mediaTypeSchema, slugSchema, catalogueCodeSchema } from './common.js';
export {
  procedureCodeSchema, onlineLevelSchema, channelSchema, targetGroupSchema, feeSchema, documentTemplateSchema, requiredDocumentSchema,
  legalBasisSchema, resultDocumentSchema, catalogueEntrySchema, procedureSchema,
  type OnlineLevel, type Channel, type TargetGroup, type Fee, type DocumentTemplate, type RequiredDocument, type LegalBasis,
  type ResultDocument, type CatalogueEntry, type Procedure,
} from './procedure.js';
export { conditionSchema, type Condition, type ConditionValue } from './conditions.js';
export {
  fieldKinds, autocompleteTokens, fieldOptionSchema, patternRuleSchema, textRulesSchema, numberRulesSchema, dateRulesSchema,
  selectionRulesSchema, fileRulesSchema, textFieldSchema, longTextFieldSchema, numberFieldSchema, dateFieldSchema,
  selectFieldSchema, radioFieldSchema, checkboxGroupFieldSchema, identifierFieldSchema, addressFieldSchema, fileFieldSchema,
  formFieldSchema, addressValueSchema, fileReferenceSchema,
  type FieldKind, type FormField, type FormFieldOf, type FieldOption, type AddressValue, type FileReference,
} from './fields.js';
export { formStepSchema, formDefinitionSchema, type FormStep, type FormDefinition } from './form.js';
