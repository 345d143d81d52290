import type {
  Dossier, DossierHistory, DossierSubmission, DossierSummary, IssuedDocument, ProcedureDetail, ProcedureSummary, StaffOperation,
  StaffOperationBody, SupplementAnswer, TrustList, Upload,
} from './contract.js';
import type { DossierCredential } from './dossier-access.js';
import { getApplicantDossier, listApplicantDossiers, type ApplicantDossierFilter } from './applicant.js';
import { answerSupplementRequest, submitDossier, withdrawDossier, type DossierChangeOptions, type SubmissionResult, type SubmitOptions } from './dossiers.js';
import { downloadDocument, getTrustList } from './documents.js';
import type { Paginated } from './pagination.js';
import { getProcedure, searchProcedures, type ProcedureSearch } from './procedures.js';
import { getStaffDossier, listStaffDossiers, runStaffOperation, type StaffDossierFilter, type StaffOperationOptions } from './staff.js';
import { getDossierHistory, lookupDossier } from './tracking/lookup.js';
import { subscribeToDossier, type DossierSubscription, type SubscribeOptions } from './tracking/subscribe.js';
import { clientCredentials, isClientCredentials } from './auth/client-credentials.js';
import { createTransport } from './transport/create.js';
import type { ClientOptions } from './transport/options.js';
import type { CallOptions, Transport } from './transport/transport.js';
import { uploadFile, type UploadOptions, type UploadSource } from './uploads/upload.js';

/**
 * The whole API in one object: a {@link Transport} (so every function of the subpath entries
 * takes it too) with the API's parts as namespaces. A page that needs only a part of the API can
 * use {@link createTransport} and the subpath entries instead, and ship less.
 */
export interface Client extends Transport {
  procedures: {
    /** Searches the catalogue; iterate the result (see {@link searchProcedures}). */
    search(search?: ProcedureSearch, options?: CallOptions): Paginated<ProcedureSummary>;
    /** A procedure with its form (see {@link getProcedure}). */
    get(code: string, options?: CallOptions): Promise<ProcedureDetail>;
  };
  uploads: {
    /** Uploads a file with progress and resume (see {@link uploadFile}). */
    upload(source: UploadSource, options?: UploadOptions): Promise<Upload>;
  };
  dossiers: {
    /** Files a dossier under an idempotency key (see {@link submitDossier}). */
    submit(submission: DossierSubmission, options?: SubmitOptions): Promise<SubmissionResult>;
    /** A dossier by code and verifier or token (see {@link lookupDossier}). */
    lookup(code: string, credential: DossierCredential, options?: CallOptions): Promise<Dossier>;
    /** A dossier's history (see {@link getDossierHistory}). */
    history(code: string, credential: DossierCredential, options?: CallOptions): Promise<DossierHistory>;
    /** Answers a request for supplements (see {@link answerSupplementRequest}). */
    answerSupplement(code: string, credential: DossierCredential, requestId: string, answer: SupplementAnswer, options?: DossierChangeOptions): Promise<Dossier>;
    /** Withdraws a dossier (see {@link withdrawDossier}). */
    withdraw(code: string, credential: DossierCredential, reason: string, options?: DossierChangeOptions): Promise<Dossier>;
    /** Follows a dossier's status changes live (see {@link subscribeToDossier}). */
    subscribe(code: string, credential: DossierCredential, options?: SubscribeOptions): DossierSubscription;
  };
  documents: {
    /** A result document's bytes (see {@link downloadDocument}). */
    download(code: string, document: string | Pick<IssuedDocument, 'id'>, credential: DossierCredential, options?: CallOptions): Promise<Uint8Array>;
    /** The trust list of signing certificates (see {@link getTrustList}). */
    trustList(options?: CallOptions): Promise<TrustList>;
  };
  applicant: {
    /** The signed-in applicant's dossiers (see {@link listApplicantDossiers}). */
    list(filter?: ApplicantDossierFilter, options?: CallOptions): Paginated<DossierSummary>;
    /** One of them, with an access token (see {@link getApplicantDossier}). */
    get(code: string, options?: CallOptions): Promise<Dossier>;
  };
  staff: {
    /** Dossiers for staff (see {@link listStaffDossiers}). */
    list(filter?: StaffDossierFilter, options?: CallOptions): Paginated<DossierSummary>;
    /** One dossier for staff (see {@link getStaffDossier}). */
    get(code: string, options?: CallOptions): Promise<Dossier>;
    /** A workflow operation (see {@link runStaffOperation}). */
    run<O extends StaffOperation>(code: string, operation: O, body: StaffOperationBody<O>, options?: StaffOperationOptions): Promise<Dossier>;
  };
  /** Same as `dossiers.subscribe`. */
  subscribe(code: string, credential: DossierCredential, options?: SubscribeOptions): DossierSubscription;
  /** Same as `uploads.upload`. */
  upload(source: UploadSource, options?: UploadOptions): Promise<Upload>;
}

/**
 * Creates a client of the egov-kit API, for browsers and Node 20:
 *
 * ```ts
 * const client = createClient({ baseUrl: 'https://dichvucong.example.gov.vn', locale: 'vi' });
 * for await (const procedure of client.procedures.search({ text: 'khai sinh' })) console.log(procedure.name.vi);
 * ```
 * @throws UnsupportedEnvironmentError when given client credentials in a browser.
 */
export function createClient(options: ClientOptions): Client {
  const { auth, ...rest } = options;
  const api = createTransport({ ...rest, ...(auth === undefined ? {} : { auth: isClientCredentials(auth) ? clientCredentials(auth) : auth }) });
  const subscribe = (code: string, credential: DossierCredential, subscribeOptions?: SubscribeOptions) => subscribeToDossier(api, code, credential, subscribeOptions);
  const upload = (source: UploadSource, uploadOptions?: UploadOptions) => uploadFile(api, source, uploadOptions);
  return {
    ...api,
    procedures: {
      search: (search, call) => searchProcedures(api, search, call),
      get: (code, call) => getProcedure(api, code, call),
    },
    uploads: { upload },
    dossiers: {
      submit: (submission, submitOptions) => submitDossier(api, submission, submitOptions),
      lookup: (code, credential, call) => lookupDossier(api, code, credential, call),
      history: (code, credential, call) => getDossierHistory(api, code, credential, call),
      answerSupplement: (code, credential, requestId, answer, change) => answerSupplementRequest(api, code, credential, requestId, answer, change),
      withdraw: (code, credential, reason, change) => withdrawDossier(api, code, credential, reason, change),
      subscribe,
    },
    documents: {
      download: (code, document, credential, call) => downloadDocument(api, code, document, credential, call),
      trustList: (call) => getTrustList(api, call),
    },
    applicant: {
      list: (filter, call) => listApplicantDossiers(api, filter, call),
      get: (code, call) => getApplicantDossier(api, code, call),
    },
    staff: {
      list: (filter, call) => listStaffDossiers(api, filter, call),
      get: (code, call) => getStaffDossier(api, code, call),
      run: (code, operation, body, operationOptions) => runStaffOperation(api, code, operation, body, operationOptions),
    },
    subscribe,
    upload,
  };
}
