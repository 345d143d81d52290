/**
 * `@egov-kit/sdk`: the typed client of the egov-kit shared-data API, for browsers and Node 20 —
 * procedures, uploads, dossiers, live status, result documents and the staff API, with
 * authentication, timeouts, retries where they are safe, idempotent submission, typed errors and
 * answers checked against the contract.
 *
 * `createClient` gives the whole API as one object. Pages that need only a part import the
 * subpath entries (`@egov-kit/sdk/transport`, `/tracking`, `/uploads`, `/procedures`,
 * `/dossiers`, `/documents`, `/applicant`, `/staff`) and ship only that.
 * @packageDocumentation
 */
export { createClient, type Client } from './client.js';
export * from './transport/index.js';
export { clientCredentials } from './auth/client-credentials.js';
export type { ClientOptions, AuthOption, ClientCredentialsOptions } from './transport/options.js';
export * from './tracking/index.js';
export * from './uploads/index.js';
export { searchProcedures, getProcedure, type ProcedureSearch } from './procedures.js';
export {
  submitDossier, rememberedIdempotencyKey, answerSupplementRequest, withdrawDossier,
  type SubmitOptions, type SubmissionResult, type KeyValueStorage, type RememberedKey, type DossierChangeOptions,
} from './dossiers.js';
export { downloadDocument, getTrustList } from './documents.js';
export { listApplicantDossiers, getApplicantDossier, type ApplicantDossierFilter } from './applicant.js';
export { listStaffDossiers, getStaffDossier, runStaffOperation, type StaffDossierFilter, type StaffOperationOptions } from './staff.js';
export { isBrowserLike, randomUuid } from './environment.js';
export type {
  Dossier, DossierSubmission, DossierSummary, ProcedureDetail, ProcedureSummary, Problem, ProblemFieldError, ProblemName,
  SupplementAnswer, TrustList, Upload, StaffOperation, StaffOperationBody, IssuedDocument,
} from './contract.js';
