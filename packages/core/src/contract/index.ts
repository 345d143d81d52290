/**
 * The API contract of the shared-data platform (`/api/v1`), as zod/mini schemas: the domain's
 * procedures, form definitions, dossier statuses and events (with `transition`, which records a
 * checked event), the API's procedure search,
 * uploads (tus), dossiers, server-sent events, staff operations and OAuth, RFC 9457 problems with
 * their registry and vi/en texts, and the trust list. The OpenAPI document built from them lives
 * in `./openapi.ts` (for servers and documentation, not for pages).
 * @module
 */
export * from '../schemas/index.js';
export {
  dossierStatusSchema, dossierStatusCodeSchema, portalStateSchema, actorKinds, actorSchema, dossierEventSchema, EVENT_NOTE_MAX_LENGTH,
  type Actor, type DossierEvent,
} from '../status/schemas.js';
export { transition, type DossierState, type TransitionOptions, type TransitionResult } from '../status/transitions.js';
export { TransitionError } from '../status/transition-error.js';
export {
  API_BASE_PATH, apiHeaders, nfcTextSchema, instantSchema, cursorSchema, PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, pageLimitSchema, pageSchema,
  idempotencyKeySchema, plainMediaTypeSchema, sha256HexSchema,
} from './common.js';
export {
  problemTypes, problemNames, PROBLEM_TYPE_PREFIX, problemTypeUri, problemNameOf, problemMessageKey, problemTitleKey, messageParamsSchema,
  problemFieldErrorSchema, problemSchema, PROBLEM_MEDIA_TYPE, isProblem,
  type ProblemName, type MessageParams, type ProblemFieldError, type Problem,
} from './problems.js';
export { fieldErrorsFromIssues, fieldErrorsFromAnswers } from './field-errors.js';
export { identifierSchema, applicantKinds, applicantSchema, dossierVerifierSchema, verifierCandidates, type ApplicantKind, type Applicant } from './applicant.js';
export {
  procedureSearchQuerySchema, procedureSummarySchema, procedurePageSchema, procedureDetailSchema,
  type ProcedureSearchQuery, type ProcedureSummary, type ProcedurePage, type ProcedureDetail,
} from './procedures.js';
export {
  dossierCodeSchema, answersSchema, attachmentReferenceSchema, dossierSubmissionSchema, supplementAnswerSchema, withdrawalSchema,
  dossierAttachmentSchema, supplementRequestSchema, requestedFeeSchema, feeRequestSchema, issuedDocumentSchema, overdueReasonSchema,
  deadlineSchema, dossierAccessSchema, dossierSchema, dossierHistorySchema, dossierSummarySchema,
  type AttachmentReference, type DossierSubmission, type SupplementAnswer, type Withdrawal, type DossierAttachment,
  type SupplementRequest, type FeeRequest, type IssuedDocument, type DeadlineView, type DossierAccess, type Dossier,
  type DossierHistory, type DossierSummary,
} from './dossiers.js';
export {
  officerSchema, staffOperationBodySchemas, staffOperationSchema, staffDossierQuerySchema, dossierSummaryPageSchema, tokenRequestSchema,
  tokenResponseSchema, type StaffOperationBody, type StaffDossierQuery, type TokenRequest, type TokenResponse,
} from './staff.js';
export {
  staffOperations, staffOperationNames, staffScopes, statusAfterSupplement, formatDossierCode, parseDossierCode,
  type StaffOperation, type StaffScope, type DossierCodeParts,
} from './workflow.js';
export {
  TUS_VERSION, tusExtensions, uploadChecksumAlgorithms, TUS_CHUNK_MEDIA_TYPE, uploadMediaTypes, isUploadMediaType, UPLOAD_MAX_BYTES_DEFAULT,
  uploadMetadataKeys, uploadSchema, base64OfText, textOfBase64, encodeUploadMetadata, parseUploadMetadata,
  type UploadMediaType, type Upload,
} from './uploads.js';
export {
  applicantDossierQuerySchema, applicantTokenRequestSchema, type ApplicantDossierQuery, type ApplicantTokenRequest,
} from './applicant-dossiers.js';
export { DOSSIER_STREAM_EVENT, dossierStreamEventSchema, type DossierStreamEvent } from './events.js';
export { trustListSchema, type TrustList } from './trust-list.js';
export { apiMessages } from './messages.js';
