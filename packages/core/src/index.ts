/**
 * `@egov-kit/core`: the domain of a provincial e-government, written once. No DOM, no network,
 * no Node-only APIs, and no zod: the zod schemas of the contract are behind `@egov-kit/core/contract`,
 * administrative-unit data behind `@egov-kit/core/units`.
 * @packageDocumentation
 */
export * from './locale.js';
export * from './dates.js';
export * from './text/index.js';
export * from './identifiers/index.js';
export * from './calendar/index.js';
export * from './status/index.js';
// The form engine needs no zod; the zod schemas (procedures, forms, statuses, the API) are in `@egov-kit/core/contract`.
export {
  onlineLevelSchemes, onlineLevels, onlineLevelFromLegacy, channels, codeOfChannel, channelFromCode, targetGroups,
} from './schemas/procedure-vocabulary.js';
export { conditionReferences, evaluateCondition, isFilled } from './schemas/evaluate.js';
export { formVisibility, type FormVisibility } from './schemas/visibility.js';
export { validateAnswers, type FieldError, type AnswersValidation, type ValidateAnswersOptions } from './schemas/answers.js';
export { answerShapeErrors, nfcAnswers, ANSWER_LIMITS } from './schemas/answer-shape.js';
export type { AnswerProblem, UnitLookup } from './schemas/checks.js';
export { formatFileSize, maxFilesOf, megabytes } from './schemas/file-rules.js';
export type {
  Condition, ConditionValue, FieldKind, FormField, FormFieldOf, FieldOption, AddressValue, FileReference, FormStep, FormDefinition,
  OnlineLevel, Channel, TargetGroup, Fee, DocumentTemplate, RequiredDocument, LegalBasis, ResultDocument, CatalogueEntry, Procedure,
} from './schemas/index.js';
export { defineMessages, type MessageTree, type SameKeys } from './messages/define.js';
